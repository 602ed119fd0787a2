import CasebookGit
import Foundation
import Testing

/// Ancestry is read from the commits themselves: what git can be told to pretend does not enter it.
@Suite struct AncestryTests {
  /// main: root → one → two; `side` branches off `root`.
  private func history(in folder: String) throws -> (Repository, root: ObjectID, two: ObjectID, side: ObjectID) {
    let repository = try Repository.create(at: folder, bare: true)
    let root = try repository.commitFiles(["a.txt": "a\n"], message: "root")
    try repository.commitFiles(["a.txt": "b\n"], message: "one")
    let two = try repository.commitFiles(["a.txt": "c\n"], message: "two")
    let side = try repository.commitChanges(
      ["s.txt": .write(Array("s\n".utf8), .regular)], message: "side", author: alice, branch: "refs/heads/side",
      expecting: .absent, parent: root)
    return (repository, root, two, side)
  }

  @Test("A replace reference and a grafts file fool git's merge-base, but not isAncestor, mergeBase or commits")
  func replaceAndGrafts() throws {
    try withScratchFolder { folder in
      let (repository, root, two, side) = try history(in: folder)
      #expect(try !repository.isAncestor(two, of: side))
      // `side` replaced by a commit with the same tree whose parent is `two`.
      let fake = try repository.createCommit(
        tree: try repository.commit(side).tree, parents: [two], author: alice, message: "side")
      try repository.updateReference("refs/replace/\(side.hex)", to: fake, expected: .absent, message: "replace")
      #expect(throws: Never.self) { try git("merge-base", "--is-ancestor", two.hex, side.hex, in: folder) }
      // And a graft that says the same.
      try FileManager.default.createDirectory(atPath: folder + "/info", withIntermediateDirectories: true)
      try Data("\(side.hex) \(two.hex)\n".utf8).write(to: URL(fileURLWithPath: folder + "/info/grafts"))
      for repository in [repository, try Repository.open(at: folder)] {
        #expect(try !repository.isAncestor(two, of: side))
        #expect(try repository.isAncestor(root, of: side))
        #expect(try repository.mergeBase(two, side) == root)
        #expect(try repository.commits(from: [two], to: side, limit: 10).map(\.id) == [side])
      }
    }
  }

  @Test("commits(from:to:limit:) hides every given tip and stops past the limit without reading commits")
  func commitsWithLimit() throws {
    try withScratchFolder { folder in
      let (repository, root, two, side) = try history(in: folder)
      #expect(try repository.commits(from: [root], to: two, limit: 2).count == 2)
      #expect(throws: GitError.tooManyCommits(head: two, limit: 1)) {
        try repository.commits(from: [root], to: two, limit: 1)
      }
      #expect(try repository.commits(from: [two, side], to: two, limit: 5).isEmpty)
      #expect(try repository.mergeBaseCount(two, side) == 1)
    }
  }

  @Test("Tree entries keep their recorded mode: a mode git does not know is `.other`, not a file")
  func unknownModes() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let blob = try repository.writeBlob(Array("x".utf8))
      var bytes: [UInt8] = []
      for (mode, name) in [("10644", "fifo"), ("100664", "old"), ("100600", "private")] {
        bytes += Array("\(mode) \(name)".utf8) + [0] + blob.bytes
      }
      let tree = try repository.writeUncheckedObject(bytes, kind: .tree)
      let commit = try repository.createCommit(tree: tree, parents: [], author: alice, message: "modes")
      let modes = Dictionary(uniqueKeysWithValues: try repository.treeEntries(commit: commit).map { ($0.path, $0.mode) })
      #expect(modes == ["fifo": .other(0o10644), "old": .regular, "private": .other(0o100600)])
      #expect(try repository.entry(at: "fifo", commit: commit)?.mode == .other(0o10644))
      #expect(try repository.diff(from: nil, to: commit).map(\.new?.mode) == [.other(0o10644), .regular, .other(0o100600)])
    }
  }

  @Test("References are listed with their targets; peeling leads tags to commits and trees to nothing")
  func referencesAndPeeling() throws {
    try withScratchFolder { folder in
      let (repository, _, two, side) = try history(in: folder)
      let names = try repository.references().map(\.name)
      #expect(names == ["refs/heads/main", "refs/heads/side"])
      #expect(try repository.peeledCommit(two) == two)
      #expect(try repository.peeledCommit(try repository.commit(side).tree) == nil)
      #expect(try repository.objectKind(try repository.commit(side).tree) == .tree)
    }
  }
}
