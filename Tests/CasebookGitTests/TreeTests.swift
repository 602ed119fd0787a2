import CasebookGit
import Foundation
import Testing

/// The entries `git ls-tree -r` lists, as an independent check of `treeEntries`.
func lsTree(_ revision: String, in folder: String) throws -> [TreeEntry] {
  try git("ls-tree", "-r", "-z", "--full-tree", revision, in: folder)
    .split(separator: "\0").map { line in
      let parts = line.split(separator: "\t", maxSplits: 1)
      let fields = parts[0].split(separator: " ")
      return TreeEntry(
        path: String(parts[1]), id: try #require(ObjectID(hex: String(fields[2]))),
        mode: FileMode(rawMode: try #require(UInt32(fields[0], radix: 8))))
    }
}

let someCommitID = ObjectID(hex: "1111111111111111111111111111111111111111")!

@Suite struct TreeTests {
  @Test func treeEntriesListEveryKindOfEntryInGitOrder() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let commit = try repository.commitChanges(
        [
          "a.txt": .write(Array("a\n".utf8), .regular),
          "a/b.txt": .write(Array("b\n".utf8), .regular),
          "a/deeper/c.txt": .write(Array("c\n".utf8), .regular),
          "a-b": .write(Array("dash\n".utf8), .regular),
          "a0": .write(Array("zero\n".utf8), .regular),
          "bin/run.sh": .write(Array("#!/bin/sh\n".utf8), .executable),
          "link": .write(Array("a.txt".utf8), .symlink),
          "vendor/lib": .entry(someCommitID, .submodule),
          "caf\u{e9}.txt": .write(Array("utf8\n".utf8), .regular),
        ], message: "Kinds", author: alice, branch: "refs/heads/main")
      let entries = try repository.treeEntries(commit: commit)
      #expect(entries == (try lsTree("main", in: folder)))
      #expect(entries.map(\.path) == entries.map(\.path).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
      let modes = Dictionary(uniqueKeysWithValues: entries.map { ($0.path, $0.mode) })
      #expect(modes["bin/run.sh"] == .executable)
      #expect(modes["link"] == .symlink)
      #expect(modes["vendor/lib"] == .submodule)
      #expect(modes["a/deeper/c.txt"] == .regular)
      try git("fsck", "--strict", in: folder)

      let below = try repository.treeEntries(commit: commit, under: "a")
      #expect(below.map(\.path) == ["a/b.txt", "a/deeper/c.txt"])
      #expect(try repository.treeEntries(commit: commit, under: "a/") == below)
      #expect(try repository.treeEntries(commit: commit, under: "missing").isEmpty)
      #expect(try repository.treeEntries(commit: commit, under: "a.txt").isEmpty)
      #expect(throws: GitError.invalidPath("../a")) { try repository.treeEntries(commit: commit, under: "../a") }
    }
  }

  @Test func entryLooksUpOnePath() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let commit = try repository.commitFiles(["cases/a.yaml": "a\n"], message: "A")
      let entry = try #require(try repository.entry(at: "cases/a.yaml", commit: commit))
      #expect(entry.id.hex == (try git("rev-parse", "main:cases/a.yaml", in: folder)))
      #expect(entry.mode == .regular)
      #expect(try repository.entry(at: "cases", commit: commit)?.mode == .tree)
      #expect(try repository.entry(at: "cases/b.yaml", commit: commit) == nil)
    }
  }

  @Test func submoduleLinkCanBeStagedThroughTheIndex() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: false)
      let index = try repository.index()
      try index.add(path: "vendor/lib", blob: someCommitID, mode: .submodule)
      try index.add(path: "readme", blob: try repository.writeBlob(Array("hi\n".utf8)), mode: .regular)
      let tree = try index.writeTree()
      let commit = try repository.createCommit(tree: tree, parents: [], author: alice, message: "Link")
      try repository.updateReference("refs/heads/main", to: commit, expected: .absent, message: "commit")
      try index.write()
      #expect(try repository.treeEntries(commit: commit) == (try lsTree("HEAD", in: folder)))
      #expect(try repository.entry(at: "vendor/lib", commit: commit) == TreeEntry(
        path: "vendor/lib", id: someCommitID, mode: .submodule))
      #expect(index.entry(path: "vendor/lib")?.mode == .submodule)
    }
  }

  @Test(arguments: [
    [], Array("hello\n".utf8), Array(0...255), Array(repeating: 0x61, count: 100_000),
  ] as [[UInt8]])
  func blobRoundTripsAndHashesLikeGit(bytes: [UInt8]) throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let id = try repository.writeBlob(bytes)
      #expect(try repository.blob(id) == bytes)
      #expect(try repository.blobSize(id) == bytes.count)
      #expect(try repository.withBlob(id) { $0.count } == bytes.count)
      #expect(ObjectID.blob(hashing: bytes) == id)
      #expect(ObjectID.blob(hashing: bytes).hex == (try git("hash-object", "--stdin", in: folder, input: bytes)))
    }
  }

  @Test func blobOfACommitIdIsNotFound() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let commit = try repository.commitFiles(["a": "a\n"], message: "A")
      #expect(throws: GitError.objectNotFound(commit)) { try repository.blob(commit) }
      #expect(throws: GitError.objectNotFound(commit)) { try repository.blobSize(commit) }
      #expect(throws: GitError.objectNotFound(someCommitID)) { try repository.blob(someCommitID) }
      #expect(throws: GitError.objectNotFound(someCommitID)) { try repository.commit(someCommitID) }
    }
  }

  @Test func diffReportsEachKindOfChangeLikeGit() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let otherCommitID = ObjectID(hex: "2222222222222222222222222222222222222222")!
      let base = try repository.commitChanges(
        [
          "keep.txt": .write(Array("keep\n".utf8), .regular),
          "mod.txt": .write(Array("old\n".utf8), .regular),
          "del.txt": .write(Array("gone\n".utf8), .regular),
          "exec.sh": .write(Array("echo\n".utf8), .regular),
          "link": .write(Array("keep.txt".utf8), .symlink),
          "dir/x.txt": .write(Array("x\n".utf8), .regular),
          "dir/y.txt": .write(Array("y\n".utf8), .regular),
          "file-to-dir": .write(Array("file\n".utf8), .regular),
          "sub": .entry(someCommitID, .submodule),
        ], message: "Base", author: alice, branch: "refs/heads/main")
      try repository.commitChanges(
        [
          "mod.txt": .write(Array("new\n".utf8), .regular),
          "del.txt": .delete,
          "new.txt": .write(Array("new\n".utf8), .regular),
          "exec.sh": .write(Array("echo\n".utf8), .executable),
          "link": .write(Array("now a file\n".utf8), .regular),
          "dir/x.txt": .write(Array("x2\n".utf8), .regular),
          "file-to-dir": .delete,
          "sub": .entry(otherCommitID, .submodule),
          "newdir/deep/z.txt": .write(Array("z\n".utf8), .regular),
        ], message: "Change", author: alice, branch: "refs/heads/main")
      let head = try repository.commitChanges(
        ["file-to-dir/inner.txt": .write(Array("inner\n".utf8), .regular)],
        message: "Folder", author: alice, branch: "refs/heads/main")

      let changes = try repository.diff(from: base, to: head)
      let letters: [TreeChange.Status: String] = [.added: "A", .modified: "M", .deleted: "D", .typeChanged: "T"]
      let ours = changes.map { "\(letters[$0.status]!)\t\($0.path)" }
      let theirs = try git("diff", "--no-renames", "--name-status", base.hex, head.hex, in: folder)
        .split(separator: "\n").map(String.init)
      #expect(ours == theirs)
      let exec = try #require(changes.first { $0.path == "exec.sh" })
      #expect(exec.status == .modified && exec.old?.mode == .regular && exec.new?.mode == .executable)
      let link = try #require(changes.first { $0.path == "link" })
      #expect(link.status == .typeChanged && link.old?.mode == .symlink && link.new?.mode == .regular)
      let sub = try #require(changes.first { $0.path == "sub" })
      #expect(sub.old?.id == someCommitID && sub.new?.id == otherCommitID)
      #expect(changes.first { $0.path == "del.txt" }?.new == nil)
      #expect(changes.first { $0.path == "new.txt" }?.old == nil)

      let everything = try repository.diff(from: nil, to: base)
      #expect(everything.allSatisfy { $0.status == .added })
      #expect(everything.compactMap(\.new) == (try lsTree(base.hex, in: folder)))
      #expect(try repository.diff(from: head, to: head).isEmpty)
    }
  }
}
