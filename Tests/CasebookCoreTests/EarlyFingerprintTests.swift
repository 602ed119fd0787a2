import CasebookTestSupport
import CasebookYAML
import Foundation
import Testing

@testable import CasebookCore

private let context = SearchIndex.keyPreamble(YAMLLimits())

@Suite("Early working-tree fingerprint")
struct EarlyFingerprintTests {
  @Test(
    "The working tree is guessed as the nearest folder at or above the start that holds a .git folder",
    arguments: ["", "/cases", "/cases/gb/riverton", "/schema"])
  func guess(subfolder: String) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    #expect(EarlyFingerprint.guessedWorkingDirectory(from: catalogue.root + subfolder) == catalogue.root + "/")
  }

  @Test("Nothing is guessed, and no walk starts, in a bare repository or a missing folder")
  func noGuess() throws {
    let bare = try TemporaryCatalogue.searchFixture(bare: true)
    #expect(EarlyFingerprint.guessedWorkingDirectory(from: bare.root) == nil)
    #expect(EarlyFingerprint.take(directory: bare.root, context: context, maxFiles: 10, now: later()) == nil)
    #expect(EarlyFingerprint.guessedWorkingDirectory(from: bare.root + "/no-such-folder") == nil)
  }

  @Test("The early fingerprint is the repository's own, and is given only for the same root, context and limit")
  func sameAsTheRepositorys() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let now = later()
    let maxFiles = CatalogueLimits.defaultMaxFiles
    let started = try #require(
      EarlyFingerprint.take(directory: catalogue.root + "/cases/gb", context: context, maxFiles: maxFiles, now: now))
    let workspace = try Workspace(directory: catalogue.root)
    let root = try #require(workspace.workingDirectory)
    let gitDirectory = workspace.gitDirectory
    let own = try #require(workspace.workingTreeFingerprint(context: context, now: now))
    func early(_ root: String, _ context: String, _ maxFiles: Int) -> WorkingTreeFingerprint?? {
      started.fingerprint(root: root, context: context, maxFiles: maxFiles, gitDirectory: gitDirectory)
    }
    #expect(early(root, context, maxFiles) == .some(own))
    #expect(early(root + "cases/", context, maxFiles) == nil)
    #expect(early(root, context + "other", maxFiles) == nil)
    #expect(early(root, context, maxFiles - 1) == nil)
  }

  @Test("A wrong guess is not used: a folder linked to the same git directory searches its own files")
  func wrongGuess() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let now = later()
    let top = try Workspace(directory: catalogue.root)
    _ = try SearchIndex.load(workingTreeOf: top, limits: YAMLLimits(), useCache: true, now: now)
    let remembered = try SearchIndex.load(workingTreeOf: top, limits: YAMLLimits(), useCache: true, now: now)
    #expect(remembered.foundByFingerprint)
    let topIDs = try allIDs(remembered.index)

    // `linked/.git` is a file naming the top's git directory: git takes `linked/` as that repository's working
    // tree, while the guess (the nearest `.git` folder) is the top, whose fingerprint is remembered.
    let linked = "linked/"
    try catalogue.write(linked + ".git", "gitdir: \(catalogue.root)/.git\n")
    let kept = "cases/gb/riverton/"
    for (path, text) in try TemporaryCatalogue.searchFixtureFiles() where path.hasPrefix(kept) {
      try catalogue.write(linked + path, text)
    }
    for (path, text) in try TemporaryCatalogue.files(under: "schema") { try catalogue.write(linked + path, text) }
    let directory = catalogue.root + "/" + linked
    let early = try #require(
      EarlyFingerprint.take(
        directory: directory, context: context, maxFiles: CatalogueLimits.defaultMaxFiles, now: now))
    #expect(early.root == catalogue.root + "/")
    let workspace = try Workspace(directory: directory)
    #expect(workspace.workingDirectory == directory)

    let loaded = try SearchIndex.load(
      workingTreeOf: workspace, limits: YAMLLimits(), useCache: true, now: now, early: early)
    #expect(!loaded.foundByFingerprint)
    let ids = try allIDs(loaded.index)
    #expect(ids == [FixtureCase.flood, FixtureCase.gritting])
    #expect(ids != topIDs)
  }
}
