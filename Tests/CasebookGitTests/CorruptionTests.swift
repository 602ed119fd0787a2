import CasebookGit
import Foundation
import Testing

@Suite struct CorruptionTests {
  enum Damage: String, CaseIterable { case junk, empty, swapped }
  enum Target: String, CaseIterable { case blob, tree, commit }

  /// Replaces the loose object file of `id`.
  func damage(_ id: ObjectID, with damage: Damage, donor: ObjectID, in gitDirectory: String) throws {
    func path(_ id: ObjectID) -> String {
      gitDirectory + "objects/" + id.hex.prefix(2) + "/" + id.hex.dropFirst(2)
    }
    let bytes: Data =
      switch damage {
      case .junk: Data("this is not a git object at all".utf8)
      case .empty: Data()
      case .swapped: try Data(contentsOf: URL(fileURLWithPath: path(donor)))
      }
    try FileManager.default.removeItem(atPath: path(id))
    try bytes.write(to: URL(fileURLWithPath: path(id)))
  }

  @Test(arguments: Damage.allCases, Target.allCases)
  func damagedLooseObjectGivesAnErrorNotACrash(damage kind: Damage, target: Target) throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let commit = try repository.commitFiles(["cases/a.yaml": "a: 1\n", "b.txt": "b\n"], message: "A")
      let info = try repository.commit(commit)
      let blob = try #require(try repository.entry(at: "cases/a.yaml", commit: commit)).id
      let donor = try #require(try repository.entry(at: "b.txt", commit: commit)).id
      let victim: ObjectID =
        switch target {
        case .blob: blob
        case .tree: info.tree
        case .commit: commit
        }
      try damage(victim, with: kind, donor: donor, in: repository.gitDirectory)

      // A fresh instance, so nothing comes from libgit2's object cache.
      let reopened = try Repository.open(at: folder)
      let error = try #require(throws: GitError.self) {
        switch target {
        case .blob: _ = try reopened.blob(blob)
        case .tree: _ = try reopened.treeEntries(commit: commit)
        case .commit: _ = try reopened.commit(commit)
        }
      }
      guard case .corruptRepository(_, let message) = error else {
        Issue.record("expected corruptRepository, got \(error)")
        return
      }
      #expect(!message.isEmpty)
      #expect(error.description.contains("git fsck"))
      if target == .blob, kind != .swapped {
        #expect(throws: GitError.self) { _ = try reopened.blobSize(blob) }
      }
      if target != .blob {
        #expect(throws: GitError.self) { _ = try reopened.diff(from: nil, to: commit) }
        #expect(throws: GitError.self) { _ = try reopened.history(of: "cases/a.yaml", from: commit) }
      }
    }
  }

  @Test func malformedObjectsWithValidIdsAreReportedAsDamage() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      func writeLiterally(_ type: String, _ bytes: [UInt8]) throws -> ObjectID {
        try #require(ObjectID(hex: try git(
          "hash-object", "--literally", "-t", type, "-w", "--stdin", in: folder, input: bytes)))
      }
      let signature = "A <a@example.org> 1700000000 +0000"
      let badCommit = try writeLiterally("commit", Array("tree nonsense\n\nmessage\n".utf8))
      let badTree = try writeLiterally("tree", Array("100644 truncated".utf8))
      let commitOfBadTree = try writeLiterally(
        "commit", Array("tree \(badTree.hex)\nauthor \(signature)\ncommitter \(signature)\n\nmessage\n".utf8))
      try repository.updateReference("refs/heads/main", to: commitOfBadTree, expected: .any, message: "test")

      func expectDamage(_ body: () throws -> Void) {
        #expect {
          try body()
        } throws: { error in
          if case .corruptRepository = error as? GitError { true } else { false }
        }
      }
      expectDamage { _ = try repository.commit(badCommit) }
      expectDamage { _ = try repository.resolveCommit(badCommit.hex) }
      expectDamage { _ = try repository.commits(from: nil, to: badCommit) }
      expectDamage { _ = try repository.treeEntries(commit: commitOfBadTree) }
      expectDamage { _ = try repository.diff(from: nil, to: commitOfBadTree) }
      expectDamage { _ = try repository.entry(at: "a", commit: commitOfBadTree) }
      expectDamage { _ = try repository.commitFiles(["a": "a\n"], message: "On damage") }
      #expect(try repository.commit(commitOfBadTree).tree == badTree)
    }
  }
}
