import CasebookCore
import CasebookTestSupport
import CasebookYAML
import Foundation
import Testing

@Suite("Configurable limits")
struct LimitTests {
  @Test("Options win over environment variables, which win over the defaults")
  func precedence() throws {
    let limits = try CatalogueLimits(
      options: [.depth: "10", .fileSize: "2M"],
      environment: ["CASEBOOK_MAX_DEPTH": "20", "CASEBOOK_MAX_ALIASES": "7", "CASEBOOK_MAX_NODES": ""])
    #expect(limits.yaml.maxDepth == 10)
    #expect(limits.yaml.maxBytes == 2 * 1024 * 1024)
    #expect(limits.yaml.maxAliases == 7)
    #expect(limits.yaml.maxNodes == 100_000, "an empty variable counts as unset")
    #expect(limits.maxFiles == 200_000, "the README's default")
    #expect(try CatalogueLimits(options: [:], environment: [:]) == CatalogueLimits())
  }

  @Test(
    "Sizes take K, M and G suffixes in powers of 1024",
    arguments: [("4096", 4096), ("64K", 65_536), ("64kib", 65_536), ("3M", 3_145_728), ("1GB", 1_073_741_824)])
  func sizes(text: String, bytes: Int) throws {
    #expect(try LimitSetting.fileSize.parse(text) == bytes)
  }

  @Test(
    "Unusable values are refused with the setting's name",
    arguments: [
      (LimitSetting.depth, "5000"), (.depth, "0"), (.nodes, "-1"), (.nodes, "1e6"), (.aliases, "many"),
      (.files, ""), (.fileSize, "99999999999999999999G"), (.depth, "64K"),
    ])
  func refused(setting: LimitSetting, text: String) {
    #expect {
      _ = try setting.parse(text)
    } throws: { error in
      (error as? LimitSettingError)?.description.contains("--\(setting.option)") == true
    }
  }

  @Test("Each variable name follows the option's name")
  func variableNames() {
    #expect(LimitSetting.allCases.map(\.environmentVariable) == [
      "CASEBOOK_MAX_FILE_SIZE", "CASEBOOK_MAX_DEPTH", "CASEBOOK_MAX_ALIASES", "CASEBOOK_MAX_NODES", "CASEBOOK_MAX_FILES",
    ])
  }

  @Test("validate applies limits from options and the environment; a bad value is a usage error")
  func commandLine() throws {
    let catalogue = try hostileCatalogue()
    let path = "\(municipalityFolder)/2020-diep.yaml"
    // Three levels: the mapping, `contact` and the list under it.
    try catalogue.commit(["\(path)": "title: Diep\ncontact:\n  names: [a, b]\n"], message: "Deep")
    let defaults = try measuredCasebook(["validate", path], in: catalogue.root)
    #expect(!defaults.output.contains("yaml.too-deep"), "\(defaults)")

    let option = try measuredCasebook(["validate", "--max-depth", "2", path], in: catalogue.root)
    #expect(option.status == 1)
    #expect(hasLine(option.output, "\(path):3:10: error: [yaml.too-deep] "), "\(option)")

    let variable = try measuredCasebook(["validate", path], in: catalogue.root, environment: ["CASEBOOK_MAX_DEPTH": "2"])
    #expect(hasLine(variable.output, "\(path):3:10: error: [yaml.too-deep] "), "\(variable)")

    let overridden = try measuredCasebook(
      ["validate", "--max-depth", "3", path], in: catalogue.root, environment: ["CASEBOOK_MAX_DEPTH": "2"])
    #expect(!overridden.output.contains("yaml.too-deep"), "\(overridden)")

    let small = try measuredCasebook(["validate", "--max-file-size", "16", path], in: catalogue.root)
    #expect(hasLine(small.output, "\(path):1:1: error: [yaml.too-large] "), "\(small)")

    let files = try measuredCasebook(["validate", "--rev", "HEAD", "--max-files", "3"], in: catalogue.root)
    #expect(files.status == 1)
    #expect(files.errors.contains("more than 3 files"), "\(files)")

    let bad = try measuredCasebook(["validate", "--max-nodes", "lots"], in: catalogue.root)
    #expect(bad.status == 64)
    #expect(bad.errors.contains("--max-nodes"), "\(bad)")
    let badVariable = try measuredCasebook(["validate"], in: catalogue.root, environment: ["CASEBOOK_MAX_ALIASES": "x"])
    #expect(badVariable.status == 64)
    #expect(badVariable.errors.contains("CASEBOOK_MAX_ALIASES"), "\(badVariable)")
  }
}
