import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// The limits as the README's "Hostile input" table states them, in bytes and counts. Written out here, not
/// taken from the implementation, so that a changed default fails until the README says so too.
private enum Documented {
  static let fileSize = 1_048_576  // 1 MiB
  static let depth = 64
  static let aliases = 100
  static let nodes = 100_000
  static let files = 200_000
}

/// The default column of the README's limits table, by environment variable.
private func readmeDefaults() throws -> [String: String] {
  let readme = try String(contentsOfFile: packageRoot + "/README.md", encoding: .utf8)
  var defaults: [String: String] = [:]
  for line in readme.split(separator: "\n") where line.hasPrefix("| ") {
    let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    guard cells.count == 4, cells[3].hasPrefix("`CASEBOOK_MAX_") else { continue }
    defaults[cells[3].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = cells[1]
  }
  return defaults
}

/// The rules `casebook validate --format json` reported, by file.
private func rulesByFile(_ output: String) throws -> [String: Set<String>] {
  let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
  let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
  var rules: [String: Set<String>] = [:]
  for diagnostic in diagnostics {
    guard let file = diagnostic["file"] as? String, let rule = diagnostic["rule"] as? String else { continue }
    rules[file, default: []].insert(rule)
  }
  return rules
}

@Suite("The documented limits")
struct DocumentedLimitsTests {
  @Test("The README's table states the defaults this test holds the code to")
  func readmeTable() throws {
    #expect(
      try readmeDefaults() == [
        "CASEBOOK_MAX_FILE_SIZE": "1 MiB", "CASEBOOK_MAX_DEPTH": "64 (at most 1000)", "CASEBOOK_MAX_ALIASES": "100",
        "CASEBOOK_MAX_NODES": "100,000", "CASEBOOK_MAX_FILES": "200,000",
      ])
  }

  @Test("Without options or variables, the limits are the documented numbers")
  func defaults() throws {
    let limits = try CatalogueLimits(options: [:], environment: [:])
    #expect(limits.yaml.maxBytes == Documented.fileSize)
    #expect(limits.yaml.maxDepth == Documented.depth)
    #expect(limits.yaml.maxAliases == Documented.aliases)
    #expect(limits.yaml.maxNodes == Documented.nodes)
    #expect(limits.maxFiles == Documented.files)
    #expect(
      LimitSetting.allCases.map(\.defaultValue)
        == [Documented.fileSize, Documented.depth, Documented.aliases, Documented.nodes, Documented.files])
  }

  @Test("validate with no limits set accepts a file at each documented limit and refuses one just past it")
  func boundaries() throws {
    let catalogue = try hostileCatalogue()
    let folder = municipalityFolder
    func padded(to size: Int) -> String {
      let head = "title: Groot\n#"
      return head + String(repeating: "x", count: size - head.utf8.count - 1) + "\n"
    }
    func nested(_ depth: Int) -> String {
      String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth) + "\n"
    }
    func aliases(_ count: Int) -> String {
      "a: &x 1\nb: [" + Array(repeating: "*x", count: count).joined(separator: ", ") + "]\n"
    }
    // A sequence of n - 1 items is n values.
    func values(_ count: Int) -> String {
      "[" + Array(repeating: "0", count: count - 1).joined(separator: ",") + "]\n"
    }
    let files: [(name: String, text: String, rule: String)] = [
      ("size", padded(to: Documented.fileSize), "yaml.too-large"),
      ("depth", nested(Documented.depth), "yaml.too-deep"),
      ("aliases", aliases(Documented.aliases), "yaml.too-many-aliases"),
      ("nodes", values(Documented.nodes), "yaml.too-many-nodes"),
    ]
    var written: [String: String] = [:]
    for file in files {
      written["\(folder)/2020-\(file.name)-at.yaml"] = file.text
    }
    written["\(folder)/2020-size-past.yaml"] = padded(to: Documented.fileSize + 1)
    written["\(folder)/2020-depth-past.yaml"] = nested(Documented.depth + 1)
    written["\(folder)/2020-aliases-past.yaml"] = aliases(Documented.aliases + 1)
    written["\(folder)/2020-nodes-past.yaml"] = values(Documented.nodes + 1)
    #expect(written["\(folder)/2020-size-at.yaml"]?.utf8.count == Documented.fileSize)
    try catalogue.commit(written, message: "Files at and past each limit")

    let run = try measuredCasebook(["validate", "--format", "json", folder], in: catalogue.root)
    #expect(run.status == 1, "\(run)")
    let rules = try rulesByFile(run.output)
    for file in files {
      let at = rules["\(folder)/2020-\(file.name)-at.yaml"] ?? []
      let past = rules["\(folder)/2020-\(file.name)-past.yaml"] ?? []
      #expect(!at.contains(file.rule), "\(file.name) at the limit: \(at)")
      #expect(past.contains(file.rule), "\(file.name) one past the limit: \(past)")
    }
  }

  @Test("--max-aliases and CASEBOOK_MAX_ALIASES set the alias limit; 0 allows none")
  func maxAliases() throws {
    let catalogue = try hostileCatalogue()
    let path = "\(municipalityFolder)/2020-ankers.yaml"
    // Three aliases, at line 3, columns 8, 12 and 16.
    try catalogue.commit([path: "title: Ankers\nsummary: &s Kort\ntags: [*s, *s, *s]\n"], message: "Aliases")
    let three = try measuredCasebook(["validate", "--max-aliases", "3", path], in: catalogue.root)
    #expect(!three.output.contains("yaml.too-many-aliases"), "\(three)")
    let two = try measuredCasebook(["validate", "--max-aliases", "2", path], in: catalogue.root)
    #expect(two.status == 1)
    #expect(hasLine(two.output, "\(path):3:16: error: [yaml.too-many-aliases] "), "\(two)")
    let variable = try measuredCasebook(["validate", path], in: catalogue.root, environment: ["CASEBOOK_MAX_ALIASES": "2"])
    #expect(hasLine(variable.output, "\(path):3:16: error: [yaml.too-many-aliases] "), "\(variable)")
    let none = try measuredCasebook(["validate", "--max-aliases", "0", path], in: catalogue.root)
    #expect(hasLine(none.output, "\(path):3:8: error: [yaml.too-many-aliases] "), "\(none)")
    let overridden = try measuredCasebook(
      ["validate", "--max-aliases", "3", path], in: catalogue.root, environment: ["CASEBOOK_MAX_ALIASES": "0"])
    #expect(!overridden.output.contains("yaml.too-many-aliases"), "\(overridden)")
    let bad = try measuredCasebook(["validate", "--max-aliases", "-1", path], in: catalogue.root)
    #expect(bad.status == 64, "\(bad)")
  }
}
