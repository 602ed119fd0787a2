import CasebookGit
import Testing

@Suite struct HistoryTests {
  @Test func commitsInARangeComeOldestFirst() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      var chain: [ObjectID] = []
      for number in 1...4 {
        chain.append(try repository.commitFiles(["n.txt": "\(number)\n"], message: "Commit \(number)",
          time: 1_700_000_000 + Int64(number)))
      }
      #expect(try repository.commits(from: chain[0], to: chain[3]).map(\.id) == Array(chain[1...]))
      #expect(try repository.commits(from: nil, to: chain[3]).map(\.id) == chain)
      #expect(try repository.commits(from: chain[3], to: chain[3]).isEmpty)
      #expect(try repository.commits(from: chain[0], to: chain[3]).map(\.summary)
        == ["Commit 2", "Commit 3", "Commit 4"])
    }
  }

  @Test func commitsAcrossAMergeHaveParentsBeforeChildren() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let root = try repository.commitFiles(["a.txt": "a\n"], message: "Root")
      // A side branch whose commit is newer than the main line's, to show the order is not by time.
      let side = try repository.commitChanges(
        ["side.txt": .write(Array("s\n".utf8), .regular)], message: "Side", author: alice,
        branch: "refs/heads/side", expecting: .absent, parent: root)
      var older = alice
      older.time -= 1000
      let main = try repository.commitChanges(
        ["main.txt": .write(Array("m\n".utf8), .regular)], message: "Main", author: older,
        committer: older, branch: "refs/heads/main")
      let mergedTree = try repository.commitChanges(
        ["side.txt": .write(Array("s\n".utf8), .regular)], message: "Tree", author: alice,
        branch: "refs/heads/scratch", expecting: .absent, parent: main)
      let merge = try repository.createCommit(
        tree: try repository.commit(mergedTree).tree, parents: [main, side], author: alice, message: "Merge")
      try repository.updateReference("refs/heads/main", to: merge, expected: .commit(main), message: "merge")

      let commits = try repository.commits(from: root, to: merge).map(\.id)
      #expect(Set(commits) == Set(try git("rev-list", "\(root.hex)..\(merge.hex)", in: folder)
        .split(separator: "\n").compactMap { ObjectID(hex: String($0)) }))
      #expect(commits.count == 3)
      #expect(commits.last == merge)
      try git("fsck", "--strict", in: folder)
    }
  }

  @Test func historyListsTheCommitsThatChangedAPathNewestFirst() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      var time: Int64 = 1_700_000_000
      func commit(_ changes: [String: FileChange], _ message: String) throws -> ObjectID {
        time += 60
        var author = alice
        author.time = time
        return try repository.commitChanges(changes, message: message, author: author, branch: "refs/heads/main")
      }
      let added = try commit(["cases/a.yaml": .write(Array("v1\n".utf8), .regular)], "Add a")
      _ = try commit(["cases/b.yaml": .write(Array("b\n".utf8), .regular)], "Add b")
      let changed = try commit(["cases/a.yaml": .write(Array("v2\n".utf8), .regular)], "Change a")
      let moded = try commit(["cases/a.yaml": .write(Array("v2\n".utf8), .executable)], "Mode of a")
      _ = try commit(["cases/b.yaml": .write(Array("b2\n".utf8), .regular)], "Change b")
      let deleted = try commit(["cases/a.yaml": .delete], "Delete a")
      let readded = try commit(["cases/a.yaml": .write(Array("v3\n".utf8), .regular)], "Add a again")
      let last = try commit(["cases/b.yaml": .delete], "Delete b")

      let history = try repository.history(of: "cases/a.yaml", from: last).map(\.id)
      #expect(history == [readded, deleted, moded, changed, added])
      let oracle = try git("log", "--format=%H", "main", "--", "cases/a.yaml", in: folder)
        .split(separator: "\n").compactMap { ObjectID(hex: String($0)) }
      #expect(history == oracle)
      #expect(try repository.history(of: "cases/a.yaml", from: changed).map(\.id) == [changed, added])
      #expect(try repository.history(of: "cases/none.yaml", from: last).isEmpty)
      #expect(try repository.history(of: "cases", from: last).count == 8)
    }
  }
}
