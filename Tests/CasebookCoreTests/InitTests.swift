import CasebookCore
import CasebookGit
import CasebookTestSupport
import CasebookYAML
import Foundation
import Testing

private func temporaryFolder() -> String {
  FileManager.default.temporaryDirectory.appendingPathComponent("casebook-init-\(UUID().uuidString)").path
}

@Suite("casebook init")
struct InitTests {
  @Test("A new catalogue validates clean and names its stewards")
  func validatesClean() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try CatalogueInitializer.run(
      InitRequest(directory: folder, stewards: ["a@example.org", "b@example.org"], commit: false))
    #expect(result.commit == nil)
    for path in [
      "schema/case.schema.json", "schema/stewards.yaml", "README.md", "cases/README.md", ".vscode/settings.json",
      ".github/workflows/casebook.yml", ".gitlab-ci.yml", "hooks/pre-receive",
    ] {
      #expect(result.files.contains(path), "\(path) is missing")
    }
    #expect(FileManager.default.isExecutableFile(atPath: folder + "/hooks/pre-receive"))
    let report = try CatalogueValidator.validate(try Workspace(directory: folder).workingTreeSnapshot())
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    let stewards = try YAMLParser.parse(try String(contentsOfFile: folder + "/schema/stewards.yaml", encoding: .utf8))
    #expect(stewards["stewards"]?.items?.compactMap(\.string) == ["a@example.org", "b@example.org"])
  }

  @Test("The editor settings are JSON with comments that map each kind of file to its schema")
  func editorSettings() throws {
    let files = CatalogueInitializer.files(stewards: ["a@example.org"])
    let file = try #require(files.first { $0.path == ".vscode/settings.json" })
    let text = String(decoding: file.bytes, as: UTF8.self)
    let json = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
      .joined(separator: "\n")
    let settings = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let schemas = try #require(settings["yaml.schemas"] as? [String: [String]])
    for (schema, _) in schemas {
      #expect(FileManager.default.fileExists(atPath: packageRoot + "/" + schema), "\(schema) does not exist")
    }
    #expect(schemas["./schema/municipality.schema.json"] == ["cases/*/*/municipality.yaml"])
  }

  @Test("A folder with files is refused unless forced, and nothing is written")
  func refusesNonEmpty() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data("mine\n".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
    #expect(throws: CatalogueError.directoryNotEmpty(path: folder)) {
      try CatalogueInitializer.run(InitRequest(directory: folder, stewards: ["a@example.org"], commit: false))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.txt"])
    _ = try CatalogueInitializer.run(InitRequest(directory: folder, stewards: ["a@example.org"], force: true, commit: false))
    #expect(FileManager.default.fileExists(atPath: folder + "/schema/stewards.yaml"))
    #expect(FileManager.default.fileExists(atPath: folder + "/notes.txt"))
  }

  @Test("A fresh clone of an empty repository counts as empty; the CI jobs guard its branch")
  func emptyClone() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    _ = try Repository.create(at: folder, bare: false, initialBranch: "trunk")
    let result = try CatalogueInitializer.run(InitRequest(directory: folder, stewards: ["a@example.org"], commit: false))
    #expect(result.branch == "trunk")
    let workflow = try String(contentsOfFile: folder + "/.github/workflows/casebook.yml", encoding: .utf8)
    #expect(workflow.contains("branches: [trunk]"))
    #expect(workflow.contains("${{ github.event.pull_request.number || github.ref }}"))
  }

  @Test("A steward address that is not an e-mail address is a usage error, before anything is written")
  func badSteward() throws {
    let folder = temporaryFolder()
    let error = #expect(throws: CatalogueError.self) {
      try CatalogueInitializer.run(InitRequest(directory: folder, stewards: ["not an address"], commit: false))
    }
    #expect(error?.isUsageError == true)
    #expect(!FileManager.default.fileExists(atPath: folder))
  }
}
