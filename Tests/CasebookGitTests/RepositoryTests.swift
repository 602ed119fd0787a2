import CasebookText
import CasebookGit
import Foundation
import Testing

@Suite struct RepositoryTests {
  @Test func createdRepositoryHasUnbornHeadOnInitialBranch() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder + "/work", bare: false, initialBranch: "trunk")
      #expect(!repository.isBare)
      #expect(repository.workingDirectory == folder + "/work/")
      #expect(repository.gitDirectory == folder + "/work/.git/")
      #expect(try repository.headBranch() == "refs/heads/trunk")
      #expect(try repository.headCommit() == nil)
      #expect(try git("symbolic-ref", "HEAD", in: folder + "/work") == "refs/heads/trunk")
    }
  }

  @Test func openFindsWorkingTreeAndGitFolderButDoesNotSearchUpward() throws {
    try withScratchFolder { folder in
      _ = try Repository.create(at: folder, bare: false)
      try FileManager.default.createDirectory(atPath: folder + "/a/b", withIntermediateDirectories: true)
      #expect(try Repository.open(at: folder).workingDirectory == folder + "/")
      #expect(try Repository.open(at: folder + "/.git").workingDirectory == folder + "/")
      #expect(throws: GitError.notARepository(path: folder + "/a/b")) {
        try Repository.open(at: folder + "/a/b")
      }
    }
  }

  @Test func discoverSearchesUpward() throws {
    try withScratchFolder { folder in
      _ = try Repository.create(at: folder + "/repo", bare: false)
      try FileManager.default.createDirectory(atPath: folder + "/repo/a/b", withIntermediateDirectories: true)
      let found = try Repository.discover(from: folder + "/repo/a/b")
      #expect(found.workingDirectory == folder + "/repo/")
      #expect(throws: GitError.notARepository(path: folder)) { try Repository.discover(from: folder) }
      #expect(throws: GitError.notARepository(path: folder + "/missing")) {
        try Repository.open(at: folder + "/missing")
      }
    }
  }

  @Test func bareRepositoryCanBeCommittedToAndReopened() throws {
    try withScratchFolder { folder in
      let path = folder + "/server.git"
      let created = try Repository.create(at: path, bare: true)
      #expect(created.isBare)
      #expect(created.workingDirectory == nil)
      #expect(created.gitDirectory == path + "/")
      let commit = try created.commitFiles(["cases/a.yaml": "title: A\n"], message: "Add A")
      #expect(throws: GitError.bareRepository) { try created.index() }

      let opened = try Repository.open(at: path)
      #expect(opened.isBare)
      #expect(try opened.resolveCommit("main") == commit)
      #expect(try git("rev-parse", "main", in: path) == commit.hex)
      #expect(try git("cat-file", "-p", "main:cases/a.yaml", in: path) == "title: A")
      try git("fsck", "--strict", in: path)
    }
  }

  @Test func objectsOfAQuarantineFolderBecomeReadable() throws {
    try withScratchFolder { folder in
      let server = try Repository.create(at: folder + "/server.git", bare: true)
      let pushed = try Repository.create(at: folder + "/incoming.git", bare: true)
      let commit = try pushed.commitFiles(["cases/a.yaml": "a: 1\n"], message: "Pushed")
      #expect(throws: GitError.objectNotFound(commit)) { try server.commit(commit) }
      try server.addAlternateObjectDirectory(pushed.gitDirectory + "objects")
      #expect(try server.commit(commit).summary == "Pushed")
      #expect(try server.resolveCommit(commit.hex) == commit)
      #expect(try server.treeEntries(commit: commit).map(\.path) == ["cases/a.yaml"])
    }
  }

  @Test func createOnExistingRepositoryKeepsItsHistoryAndHead() throws {
    try withScratchFolder { folder in
      let first = try Repository.create(at: folder, bare: false, initialBranch: "main")
      let commit = try first.commitFiles(["a.txt": "a\n"], message: "A")
      let again = try Repository.create(at: folder, bare: false, initialBranch: "other")
      #expect(try again.headBranch() == "refs/heads/main")
      #expect(try again.headCommit() == commit)
    }
  }

  @Test func resolvesRevisionExpressions() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: false)
      let first = try repository.commitFiles(["a.txt": "1\n"], message: "First")
      let second = try repository.commitFiles(["a.txt": "2\n"], message: "Second")
      try repository.updateReference("refs/tags/v1", to: first, expected: .absent, message: "tag")
      #expect(try repository.resolveCommit("HEAD") == second)
      #expect(try repository.resolveCommit("HEAD~1") == first)
      #expect(try repository.resolveCommit("main") == second)
      #expect(try repository.resolveCommit("refs/heads/main") == second)
      #expect(try repository.resolveCommit("v1") == first)
      #expect(try repository.resolveCommit(String(first.hex.prefix(8))) == first)
      #expect(try repository.resolveCommit(first.hex) == first)
      #expect(try repository.resolveCommit("HEAD~1") == ObjectID(hex: try git("rev-parse", "HEAD~1", in: folder)))
    }
  }

  @Test(arguments: ["nope", "HEAD~5", "main..HEAD", "0123456789abcdef0123456789abcdef01234567"])
  func unknownRevisionIsReportedWithAdvice(revision: String) throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: false)
      try repository.commitFiles(["a.txt": "1\n"], message: "First")
      #expect(throws: GitError.unknownRevision(revision)) { try repository.resolveCommit(revision) }
      let message = GitError.unknownRevision(revision).description
      #expect(message.contains("was not found") && message.contains("git log --oneline"))
    }
  }

  @Test func revisionOfABlobIsNotACommit() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: false)
      try repository.commitFiles(["a.txt": "1\n"], message: "First")
      #expect(throws: GitError.notACommit("HEAD:a.txt")) { try repository.resolveCommit("HEAD:a.txt") }
    }
  }

  @Test(arguments: ["HEAD", "main", "HEAD~1"])
  func emptyRepositoryHasItsOwnError(revision: String) throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: true)
      #expect(throws: GitError.emptyRepository) { try repository.resolveCommit(revision) }
    }
  }

  @Test func detachedHeadHasACommitButNoBranch() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: false)
      let first = try repository.commitFiles(["a.txt": "1\n"], message: "First")
      try repository.commitFiles(["a.txt": "2\n"], message: "Second")
      // Another process (here the git command line) detaches HEAD.
      try git("update-ref", "--no-deref", "HEAD", first.hex, in: folder)
      #expect(try repository.headBranch() == nil)
      #expect(try repository.headCommit() == first)
      #expect(try repository.resolveCommit("HEAD") == first)
    }
  }

  @Test func commitInfoIsCopiedOut() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: false)
      let first = try repository.commitFiles(["a.txt": "1\n"], message: "First")
      let committer = Signature(name: "Bob", email: "bob@example.org", time: 1_700_000_500, offsetMinutes: -120)
      let second = try repository.commitChanges(
        ["b.txt": .write(Array("b\n".utf8), .regular)], message: "\nSecond line one  \n\nBody text",
        author: alice, committer: committer, branch: "refs/heads/main")
      let info = try repository.commit(second)
      #expect(info.id == second)
      #expect(info.parents == [first])
      #expect(info.author == alice)
      #expect(info.committer == committer)
      #expect(info.summary == "Second line one")
      #expect(info.message.hasSuffix("Body text\n"))
      #expect(info.tree.hex == (try git("rev-parse", "HEAD^{tree}", in: folder)))
      #expect(try git("log", "-1", "--format=%an <%ae> %at %ai|%cn %ct %ci", in: folder)
        == "Alice Example <alice@example.org> 1700000000 2023-11-14 23:13:20 +0100|Bob 1700000500 2023-11-14 20:21:40 -0200")
    }
  }

  @Test func configuredIdentityReadsRepositoryConfig() throws {
    try withScratchFolder { folder in
      let repository = try Repository.create(at: folder, bare: false)
      try repository.setConfigValue("Carol Config", for: "user.name")
      try repository.setConfigValue("carol@example.org", for: "user.email")
      let identity = try #require(try repository.configuredIdentity())
      #expect(identity.name == "Carol Config")
      #expect(identity.email == "carol@example.org")
      #expect(try git("config", "user.name", in: folder) == "Carol Config")
      let signature = try repository.defaultSignature()
      #expect(signature.name == "Carol Config" && signature.email == "carol@example.org")
    }
  }

  @Test func signatureNowRejectsWhatGitCannotStore() throws {
    let now = try Signature.now(name: "Dana", email: "dana@example.org")
    #expect(now.time > 1_700_000_000)
    #expect(throws: GitError.invalidSignature("Eve <evil>")) {
      try Signature.now(name: "Eve <evil>", email: "eve@example.org")
    }
  }

  @Test func parallelReadersOpenOneRepositoryEach() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-git-\(UUID())").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let repository = try Repository.create(at: folder, bare: true)
    var files: [String: String?] = [:]
    for number in 0..<200 { files["cases/\(number).yaml"] = "number: \(number)\n" }
    let head = try repository.commitFiles(files, message: "Many")
    let gitDirectory = repository.gitDirectory
    let totals = try await withThrowingTaskGroup(of: Int.self) { group in
      for worker in 0..<4 {
        group.addTask {
          let own = try Repository.open(at: gitDirectory)
          var total = 0
          for (offset, entry) in try own.treeEntries(commit: head).enumerated() where offset % 4 == worker {
            total += try own.blob(entry.id).count
          }
          return total
        }
      }
      return try await group.reduce(into: [Int]()) { $0.append($1) }
    }
    let expected = try repository.treeEntries(commit: head).reduce(0) { $0 + (try repository.blobSize($1.id)) }
    #expect(totals.reduce(0, +) == expected)
  }
}
