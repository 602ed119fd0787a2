import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// A folder outside the repository that links point at; it must stay empty.
private final class OutsideFolder {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-outside-\(UUID().uuidString)")
      .resolvingSymlinksInPath().path
    try FileManager.default.createDirectory(atPath: path + "/nl/testdorp", withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Every file below the folder (folders made by the test itself are not files).
  var files: [String] {
    (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).filter {
      var folder: ObjCBool = false
      return FileManager.default.fileExists(atPath: path + "/" + $0, isDirectory: &folder) && !folder.boolValue
    }
  }
}

/// Every path below `root` except those in `.git`.
private func treeListing(_ root: String) -> [String] {
  (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { !$0.hasPrefix(".git") }.sorted()
}

@Suite("Nothing casebook writes lands outside the repository")
struct ConfinementTests {
  @Test("new refuses a linked cases/, country or municipality folder and writes nothing",
    arguments: [("cases", ""), ("cases/nl", "/nl"), ("cases/nl/testdorp", "/nl/testdorp")])
  func newThroughLink(link: String, target: String) throws {
    let catalogue = try TemporaryCatalogue()
    let outside = try OutsideFolder()
    let sandbox = try Sandbox(identity: (name: "Ann", email: "ann@testdorp.example"))
    try FileManager.default.createDirectory(
      atPath: catalogue.root + "/" + (link as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: catalogue.root + "/" + link, withDestinationPath: outside.path + target)
    let before = treeListing(catalogue.root)
    let result = try sandbox.casebook(
      ["new", "case", "--municipality", "nl/testdorp", "--title", "Wijkapp voor meldingen"], in: catalogue.root)
    #expect(result.status == 1, "\(result)")
    #expect(result.errors.contains("`\(link)`") && result.errors.contains("symbolic link"), "\(result)")
    #expect(outside.files.isEmpty, "written outside: \(outside.files)")
    #expect(treeListing(catalogue.root) == before)
  }

  @Test("init --force refuses a linked schema/ before writing any file")
  func initThroughLink() throws {
    let sandbox = try Sandbox(identity: (name: "Sam Steward", email: "steward@catalogue.example"))
    let outside = try OutsideFolder()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-init-\(UUID().uuidString)")
      .resolvingSymlinksInPath().path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: folder + "/schema", withDestinationPath: outside.path)
    let result = try sandbox.casebook(["init", folder, "--force"], in: sandbox.home)
    #expect(result.status == 1, "\(result)")
    #expect(result.errors.contains("`schema`") && result.errors.contains("symbolic link"), "\(result)")
    #expect(outside.files.isEmpty, "written outside: \(outside.files)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["schema"], "nothing else written")
  }

  @Test("A linked .git/casebook or .git/casebook/cache stops every command; nothing is written through it",
    arguments: ["casebook", "casebook/cache"])
  func cacheThroughLink(link: String) throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.commit(
      ["cases/nl/testdorp/municipality.yaml": Sample.municipality(), "cases/nl/testdorp/2020-a.yaml": Sample.caseStudy()],
      message: "Testdorp")
    let outside = try OutsideFolder()
    let sandbox = try Sandbox(identity: (name: "Ann", email: "maintainer@example.org"))
    try? FileManager.default.removeItem(atPath: catalogue.root + "/.git/casebook")
    try FileManager.default.createDirectory(atPath: catalogue.root + "/.git/casebook", withIntermediateDirectories: true)
    try? FileManager.default.removeItem(atPath: catalogue.root + "/.git/" + link)
    try FileManager.default.createSymbolicLink(atPath: catalogue.root + "/.git/" + link, withDestinationPath: outside.path)
    try catalogue.write("cases/nl/testdorp/2021-b.yaml", Sample.caseStudy(title: "Tweede wijkapp", year: 2021))
    for arguments in [
      ["validate"], ["validate", "--rev", "HEAD"], ["search", "wijkapp"], ["stats"], ["rank"],
      ["submit", "cases/nl/testdorp/2021-b.yaml", "-m", "Add"],
    ] {
      let result = try sandbox.casebook(arguments, in: catalogue.root)
      #expect(result.status == 1, "\(arguments): \(result)")
      #expect(result.errors.contains(".git/\(link)`") && result.errors.contains("symbolic link"), "\(arguments): \(result)")
    }
    #expect(outside.files.isEmpty, "written outside: \(outside.files)")
  }

  @Test("A linked cases/ or schema/ is an error for validate and validate --rev", arguments: ["cases", "schema"])
  func linkedCatalogueFolder(folder: String) throws {
    let catalogue = try TemporaryCatalogue(schemas: folder == "cases")
    let outside = try OutsideFolder()
    let target = folder == "cases" ? outside.path : packageRoot + "/schema"
    try catalogue.repository.commitChanges(
      [folder: .write(Array(target.utf8), .symlink)], message: "Link \(folder)", author: testAuthor,
      branch: "refs/heads/main")
    try FileManager.default.createSymbolicLink(atPath: catalogue.root + "/" + folder, withDestinationPath: target)
    for arguments in [["validate"], ["validate", "--rev", "HEAD"]] {
      let result = try casebook(arguments, in: catalogue.root)
      #expect(result.status == 1, "\(arguments): \(result)")
      #expect(result.output.contains("\(folder):1:1: error: [catalog.symlink]"), "\(arguments): \(result)")
    }
  }
}
