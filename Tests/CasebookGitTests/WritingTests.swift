import CasebookGit
import Foundation
import Testing

@Suite struct WritingTests {
  @Test func commitChangesBuildsOnTheBranchTip() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: false)
      let first = try repository.commitFiles(["a.txt": "a\n", "dir/b.txt": "b\n"], message: "First")
      #expect(try repository.commit(first).parents.isEmpty)
      let second = try repository.commitFiles(["dir/b.txt": nil, "c.txt": "c\n", "gone.txt": nil], message: "Second")
      #expect(try repository.commit(second).parents == [first])
      #expect(try repository.treeEntries(commit: second).map(\.path) == ["a.txt", "c.txt"])
      #expect(try git("log", "--format=%s", in: folder) == "Second\nFirst")
      #expect(try git("reflog", "show", "--format=%gs", "main", in: folder)
        == "commit: Second\ncommit (initial): First")
      try git("fsck", "--strict", in: folder)
    }
  }

  @Test func oneCommitCanTurnAFileIntoAFolderAndBack() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      try repository.commitFiles(["a": "file\n", "d/x": "x\n", "d/y": "y\n"], message: "Start")
      let swapped = try repository.commitFiles(["a": nil, "a/inside": "now a folder\n", "d/x": nil, "d/y": nil, "d": "file\n"],
        message: "Swap")
      #expect(try repository.treeEntries(commit: swapped).map(\.path) == ["a/inside", "d"])
      try git("fsck", "--strict", in: folder)
    }
  }

  @Test func commitChangesCanStartABranchFromAnotherCommit() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let main = try repository.commitFiles(["a.txt": "a\n"], message: "Main")
      let topic = try repository.commitChanges(
        ["b.txt": .write(Array("b\n".utf8), .regular)], message: "Topic", author: alice,
        branch: "refs/heads/topic", expecting: .absent, parent: try repository.headCommit())
      #expect(try repository.commit(topic).parents == [main])
      #expect(try repository.treeEntries(commit: topic).map(\.path) == ["a.txt", "b.txt"])
      #expect(try repository.resolveCommit("main") == main)
      #expect(throws: GitError.branchExists(name: "refs/heads/topic")) {
        try repository.commitChanges(
          [:], message: "Again", author: alice, branch: "refs/heads/topic", expecting: .absent, parent: main)
      }
    }
  }

  @Test func branchThatMovedMeanwhileIsNotOverwritten() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let seen = try repository.commitFiles(["a.txt": "a\n"], message: "Seen")
      // Another process moves the branch after we read its tip.
      let other = try Repository.open(at: folder)
      let moved = try other.commitFiles(["a.txt": "theirs\n"], message: "Theirs")

      #expect(throws: GitError.referenceChanged(name: "refs/heads/main")) {
        try repository.commitChanges(
          ["a.txt": .write(Array("ours\n".utf8), .regular)], message: "Ours", author: alice,
          branch: "refs/heads/main", expecting: .commit(seen))
      }
      // The compare-and-swap itself, as it runs when the branch moves while the commit is being built.
      let ours = try repository.createCommit(
        tree: try repository.commit(seen).tree, parents: [seen], author: alice, message: "Ours")
      #expect(throws: GitError.referenceChanged(name: "refs/heads/main")) {
        try repository.updateReference("refs/heads/main", to: ours, expected: .commit(seen), message: "ours")
      }
      #expect(throws: GitError.referenceChanged(name: "refs/heads/main")) {
        try repository.updateReference("refs/heads/main", to: ours, expected: .absent, message: "ours")
      }
      #expect(throws: GitError.referenceChanged(name: "refs/heads/gone")) {
        try repository.updateReference("refs/heads/gone", to: ours, expected: .commit(seen), message: "ours")
      }
      #expect(try repository.resolveCommit("main") == moved)
      #expect(try git("rev-parse", "main", in: folder) == moved.hex)
      #expect(try git("cat-file", "-p", "main:a.txt", in: folder) == "theirs")
      #expect(try git("for-each-ref", "--format=%(refname)", in: folder) == "refs/heads/main")
    }
  }

  @Test func invalidChangesLeaveTheBranchAlone() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let tip = try repository.commitFiles(["a.txt": "a\n"], message: "A")
      for path in ["", "/abs", "a//b", "a/../b", "./a", ".git/config", "x/.GIT/y", "trailing/"] {
        #expect(throws: GitError.invalidPath(path)) {
          try repository.commitChanges(
            [path: .write([1], .regular)], message: "Bad", author: alice, branch: "refs/heads/main")
        }
      }
      #expect(throws: GitError.unsupportedMode(path: "x", mode: .submodule)) {
        try repository.commitChanges(
          ["x": .write([1], .submodule)], message: "Bad", author: alice, branch: "refs/heads/main")
      }
      #expect(throws: GitError.invalidReferenceName("main")) {
        try repository.commitChanges([:], message: "Bad", author: alice, branch: "main")
      }
      #expect(throws: GitError.fileFolderConflict(path: "a.txt")) {
        try repository.commitChanges(
          ["a.txt/inside": .write([1], .regular)], message: "Bad", author: alice, branch: "refs/heads/main")
      }
      #expect(throws: GitError.fileFolderConflict(path: "new")) {
        try repository.commitChanges(
          ["new": .write([1], .regular), "new/inside": .write([2], .regular)], message: "Bad", author: alice,
          branch: "refs/heads/main")
      }
      var badAuthor = alice
      badAuthor.name = "Mallory\nparent 0000"
      #expect(throws: GitError.invalidSignature(badAuthor.name)) {
        try repository.commitChanges(
          ["b.txt": .write([1], .regular)], message: "Bad", author: badAuthor, branch: "refs/heads/main")
      }
      #expect(try repository.resolveCommit("main") == tip)
    }
  }

  @Test func submitFlowLeavesTheWorkingTreeClean() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: false)
      try writeFile(folder + "/cases/a.yaml", "a: 1\n")
      let index = try repository.index()
      try index.addAll()
      let tree = try index.writeTree()
      let first = try repository.createCommit(tree: tree, parents: [], author: alice, message: "Initial")
      try repository.updateReference("refs/heads/main", to: first, expected: .absent, message: "commit (initial)")
      try index.write()
      #expect(try git("status", "--porcelain", in: folder) == "")

      // What `casebook submit` does: commit the files, then stage exactly those paths.
      try writeFile(folder + "/cases/b.yaml", "b: 2\n")
      try writeFile(folder + "/cases/a.yaml", "a: 2\n")
      try writeFile(folder + "/notes.txt", "not submitted\n")
      try index.checkNotLocked()
      let branch = try #require(try repository.headBranch())
      let tip = try #require(try repository.headCommit())
      let second = try repository.commitChanges(
        [
          "cases/a.yaml": .write(Array("a: 2\n".utf8), .regular),
          "cases/b.yaml": .write(Array("b: 2\n".utf8), .regular),
        ], message: "Submit", author: alice, branch: branch, expecting: .commit(tip))
      for path in ["cases/a.yaml", "cases/b.yaml"] { try index.add(path: path) }
      try index.write()
      #expect(try repository.headCommit() == second)
      #expect(try git("status", "--porcelain", in: folder) == "?? notes.txt")
      #expect(index.entry(path: "cases/b.yaml")?.id == ObjectID.blob(hashing: Array("b: 2\n".utf8)))
      #expect(index.entries().map(\.path) == ["cases/a.yaml", "cases/b.yaml"])

      try FileManager.default.removeItem(atPath: folder + "/cases/a.yaml")
      try index.remove(path: "cases/a.yaml")
      try index.write()
      #expect(try git("status", "--porcelain", in: folder) == "D  cases/a.yaml\n?? notes.txt")
      #expect(throws: GitError.pathNotFound("cases/missing.yaml")) { try index.add(path: "cases/missing.yaml") }
    }
  }

  @Test func heldIndexLockIsReportedAndNothingChanges() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: false)
      try writeFile(folder + "/a.txt", "a\n")
      let index = try repository.index()
      try index.add(path: "a.txt")
      try index.write()
      let indexBefore = try Data(contentsOf: URL(fileURLWithPath: folder + "/.git/index"))
      try writeFile(folder + "/.git/index.lock", "")

      try writeFile(folder + "/b.txt", "b\n")
      try index.add(path: "b.txt")
      let lock = folder + "/.git/index.lock"
      #expect(throws: GitError.locked(path: lock)) { try index.checkNotLocked() }
      #expect(throws: GitError.locked(path: lock)) { try index.write() }
      #expect(GitError.locked(path: lock).description.contains("another git process seems to be running"))
      #expect(GitError.locked(path: lock).description.contains("remove `\(lock)`"))
      #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/.git/index")) == indexBefore)
      #expect(FileManager.default.fileExists(atPath: lock))

      try FileManager.default.removeItem(atPath: lock)
      try index.write()
      #expect(try git("status", "--porcelain", in: folder) == "A  a.txt\nA  b.txt")
    }
  }

  @Test func heldBranchLockIsReported() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let tip = try repository.commitFiles(["a.txt": "a\n"], message: "A")
      try writeFile(folder + "/refs/heads/main.lock", "")
      #expect(throws: GitError.locked(path: folder + "/refs/heads/main.lock")) {
        try repository.commitFiles(["a.txt": "b\n"], message: "B")
      }
      #expect(try repository.resolveCommit("main") == tip)
    }
  }

  @Test func setHeadPointsAtAnotherBranch() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      try repository.setHead("refs/heads/elsewhere")
      #expect(try repository.headBranch() == "refs/heads/elsewhere")
      #expect(try repository.headCommit() == nil)
      let commit = try repository.commitFiles(["a.txt": "a\n"], message: "A")
      #expect(try git("rev-parse", "HEAD", in: folder) == commit.hex)
    }
  }
}
