@testable import CasebookGit
import Testing

@Suite struct HostileTreeTests {
  /// Builds a "tree bomb": `levels` folders deep, each folder listing the next one `width` times, so a few
  /// small objects describe width^levels paths. Made with `git mktree`, as this layer refuses to write trees
  /// directly.
  func treeBomb(in folder: String, repository: Repository, width: Int, levels: Int) throws -> ObjectID {
    var tree = try git("mktree", in: folder, input: Array(
      "100644 blob \(try repository.writeBlob(Array("x\n".utf8)).hex)\tleaf\n".utf8))
    for _ in 0..<levels {
      let listing = (0..<width).map { "040000 tree \(tree)\td\($0)\n" }.joined()
      tree = try git("mktree", in: folder, input: Array(listing.utf8))
    }
    let treeID = try #require(ObjectID(hex: tree))
    return try repository.createCommit(tree: treeID, parents: [], author: alice, message: "Bomb")
  }

  @Test func treeBombStopsAtTheLimitInsteadOfExhaustingMemory() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      let bomb = try treeBomb(in: folder, repository: repository, width: 10, levels: 12)
      #expect(throws: GitError.treeTooLarge(commit: bomb, limit: 5_000)) {
        try repository.treeEntries(commit: bomb, under: nil, limit: 5_000)
      }
      #expect(throws: GitError.treeTooLarge(commit: bomb, limit: 5_000)) {
        try repository.diff(from: nil, to: bomb, limit: 5_000)
      }
      let small = try treeBomb(in: folder, repository: repository, width: 3, levels: 3)
      #expect(try repository.treeEntries(commit: small).count == 27)
      #expect(try repository.treeEntries(commit: small) == (try lsTree(small.hex, in: folder)))
      #expect(try repository.diff(from: nil, to: small).count == 27)
    }
  }

  /// Folders of nothing but folders: `levels` deep, each listing the next `width` times, ending in an empty
  /// folder. No path is a file, so only counting folders stops a walk over width^levels of them.
  @Test func emptyFolderBombStopsAtTheLimit() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      var tree = try git("mktree", in: folder, input: [])
      for _ in 0..<40 {
        let listing = (0..<2).map { "040000 tree \(tree)\td\($0)\n" }.joined()
        tree = try git("mktree", in: folder, input: Array(listing.utf8))
      }
      let bomb = try repository.createCommit(
        tree: try #require(ObjectID(hex: tree)), parents: [], author: alice, message: "Empty bomb")
      #expect(throws: GitError.treeTooLarge(commit: bomb, limit: 5_000)) {
        try repository.treeEntries(commit: bomb, under: nil, limit: 5_000)
      }
      #expect(throws: GitError.treeTooLarge(commit: bomb, limit: 5_000)) {
        try repository.diff(from: nil, to: bomb, limit: 5_000)
      }
    }
  }
}
