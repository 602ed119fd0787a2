import CasebookGit
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `Repository.fetch`: one branch of another repository into a reference of our own, incrementally, under
/// limits of time and size. These tests fetch from local repositories (`file://` and plain paths); servers
/// over HTTP and the git protocol are tested end to end in CasebookCLITests.
@Suite struct FetchTests {
  static let reference = "refs/casebook/peers/other"
  static let generous = FetchLimits(stallTimeout: 30, totalTimeout: 60, maxBytes: 1 << 30, maxObjects: 1_000_000)

  /// A bare repository with a `main` branch of `files`, and the empty repository that fetches it.
  func pair(in folder: String, files: [String: String?]) throws -> (peer: Repository, local: Repository) {
    let peer = try Repository.create(at: folder + "/peer.git", bare: true)
    try peer.commitFiles(files, message: "First")
    let local = try Repository.create(at: folder + "/local", bare: false)
    try local.commitFiles(["README.md": "local\n"], message: "Local")
    return (peer, local)
  }

  @Test func firstFetchThenOnlyWhatIsNewThenNothing() throws {
    try withScratchFolder { folder in
      // Two hundred files of 2 kB that do not compress, so that what travels is mostly their content.
      var generator = SystemRandomNumberGenerator()
      var files: [String: String?] = [:]
      for number in 0..<200 {
        let noise = (0..<2_000).map { _ in Character(UnicodeScalar(UInt8.random(in: 33...126, using: &generator))) }
        files["cases/nl/x/case-\(number).yaml"] = "title: case \(number)\nnote: \(String(noise))\n"
      }
      let (peer, local) = try pair(in: folder, files: files)
      let headBefore = try local.headCommit()
      let first = try local.fetch(
        branch: "main", from: "file://" + folder + "/peer.git", into: Self.reference, limits: Self.generous,
        callbacks: FetchCallbacks())
      #expect(first.previous == nil)
      #expect(first.commit == (try peer.referenceTarget("refs/heads/main")))
      #expect(try local.referenceTarget(Self.reference) == first.commit)
      #expect(first.receivedObjects >= 202)
      // One file changes: only the new commit, its trees and one blob travel, not the catalogue again.
      try peer.commitFiles(["cases/nl/x/case-7.yaml": "title: changed\n"], message: "Change one")
      let second = try local.fetch(
        branch: "main", from: folder + "/peer.git", into: Self.reference, limits: Self.generous, callbacks: FetchCallbacks())
      #expect(second.previous == first.commit)
      #expect(!second.rewritten)
      #expect(second.receivedObjects > 0 && second.receivedObjects <= 6)
      #expect(second.receivedBytes * 20 < first.receivedBytes)
      let third = try local.fetch(
        branch: "main", from: folder + "/peer.git", into: Self.reference, limits: Self.generous, callbacks: FetchCallbacks())
      #expect(third.unchanged && third.receivedObjects == 0)
      // Nothing of the user's moved: HEAD, branches, no remote-tracking references, no FETCH_HEAD, no remote.
      #expect(try local.headCommit() == headBefore)
      #expect(try git("for-each-ref", "--format=%(refname)", in: folder + "/local") == "refs/casebook/peers/other\nrefs/heads/main")
      #expect(!FileManager.default.fileExists(atPath: folder + "/local/.git/FETCH_HEAD"))
      #expect(try git("config", "--list", "--local", in: folder + "/local").contains("remote.") == false)
      try git("fsck", "--strict", in: folder + "/local")
    }
  }

  @Test func aRewrittenHistoryIsFollowedAndSaidSo() throws {
    try withScratchFolder { folder in
      let (peer, local) = try pair(in: folder, files: ["a.yaml": "a: 1\n"])
      let url = folder + "/peer.git"
      let first = try local.fetch(branch: "main", from: url, into: Self.reference, limits: Self.generous, callbacks: FetchCallbacks())
      // A force push: main now starts over from a new root commit.
      let tip = try peer.commitFiles(["b.yaml": "b: 2\n"], message: "tmp")
      let tree = try peer.createCommit(tree: try peer.commit(tip).tree, parents: [], author: alice, message: "Rewritten")
      try peer.updateReference("refs/heads/main", to: tree, expected: .any, message: "force")
      let second = try local.fetch(branch: "main", from: url, into: Self.reference, limits: Self.generous, callbacks: FetchCallbacks())
      #expect(second.previous == first.commit)
      #expect(second.commit == tree)
      #expect(second.rewritten)
      #expect(try local.referenceTarget(Self.reference) == tree)
    }
  }

  @Test func aMissingBranchNamesTheOnesThereAre() throws {
    try withScratchFolder { folder in
      let (_, local) = try pair(in: folder, files: ["a.yaml": "a: 1\n"])
      #expect(throws: GitError.remoteBranchNotFound(url: folder + "/peer.git", branch: "trunk", available: ["main"])) {
        try local.fetch(
          branch: "trunk", from: folder + "/peer.git", into: Self.reference, limits: Self.generous, callbacks: FetchCallbacks())
      }
      #expect(try local.referenceTarget(Self.reference) == nil)
      #expect(throws: GitError.invalidReferenceName("refs/heads/..")) {
        try local.fetch(branch: "..", from: folder + "/peer.git", into: Self.reference, limits: Self.generous, callbacks: FetchCallbacks())
      }
    }
  }

  @Test func aPackLargerThanTheLimitIsStoppedAndMovesNothing() throws {
    try withScratchFolder { folder in
      // About 300 kB that do not compress.
      var generator = SystemRandomNumberGenerator()
      let noise = (0..<300_000).map { _ in Character(UnicodeScalar(UInt8.random(in: 33...126, using: &generator))) }
      let (_, local) = try pair(in: folder, files: ["big.txt": String(noise)])
      var limits = Self.generous
      limits.maxBytes = 100_000
      #expect(throws: GitError.fetchTooLarge(url: folder + "/peer.git", limit: 100_000)) {
        try local.fetch(branch: "main", from: folder + "/peer.git", into: Self.reference, limits: limits, callbacks: FetchCallbacks())
      }
      #expect(try local.referenceTarget(Self.reference) == nil)
      limits.maxBytes = 1_000_000
      let fetched = try local.fetch(
        branch: "main", from: folder + "/peer.git", into: Self.reference, limits: limits, callbacks: FetchCallbacks())
      #expect(fetched.receivedBytes > 100_000)
      try git("fsck", "--strict", in: folder + "/local")
    }
  }

  @Test func aPackWithMoreObjectsThanTheLimitIsStopped() throws {
    try withScratchFolder { folder in
      var files: [String: String?] = [:]
      for number in 0..<30 { files["f\(number).yaml"] = "n: \(number)\n" }
      let (_, local) = try pair(in: folder, files: files)
      var limits = Self.generous
      limits.maxObjects = 20
      #expect(throws: GitError.fetchTooManyObjects(url: folder + "/peer.git", limit: 20)) {
        try local.fetch(branch: "main", from: folder + "/peer.git", into: Self.reference, limits: limits, callbacks: FetchCallbacks())
      }
      #expect(try local.referenceTarget(Self.reference) == nil)
    }
  }

  @Test func progressIsReported() throws {
    try withScratchFolder { folder in
      let (_, local) = try pair(in: folder, files: ["a.yaml": "a: 1\n", "b.yaml": "b: 2\n"])
      var seen: [FetchProgress] = []
      _ = try local.fetch(
        branch: "main", from: folder + "/peer.git", into: Self.reference, limits: Self.generous,
        callbacks: FetchCallbacks(progress: { seen.append($0) }))
      #expect(seen.last?.totalObjects == 4)
      #expect(seen.last?.receivedObjects == 4)
    }
  }

  /// A server that accepts the connection and never answers: the kernel completes the handshake for a
  /// listening socket, nobody reads or writes. Without the watchdog libgit2 would wait in `recv` forever.
  @Test(arguments: ["git", "http"]) func aStalledServerIsGivenUp(scheme: String) throws {
    try withScratchFolder { folder in
      let local = try Repository.create(at: folder + "/local", bare: false)
      let listener = try SilentListener()
      defer { listener.close() }
      var limits = Self.generous
      limits.stallTimeout = 0.5
      let url = "\(scheme)://127.0.0.1:\(listener.port)/peer.git"
      let started = Date()
      #expect(throws: GitError.fetchTimedOut(url: url, seconds: 0.5, stalled: true)) {
        try local.fetch(branch: "main", from: url, into: Self.reference, limits: limits, callbacks: FetchCallbacks())
      }
      #expect(Date().timeIntervalSince(started) < 10)
      limits.stallTimeout = 30
      limits.totalTimeout = 0.5
      #expect(throws: GitError.fetchTimedOut(url: url, seconds: 0.5, stalled: false)) {
        try local.fetch(branch: "main", from: url, into: Self.reference, limits: limits, callbacks: FetchCallbacks())
      }
      // The thread is not left interrupted: blocking calls afterwards work as usual.
      usleep(200_000)
      #expect(try local.referenceTarget(Self.reference) == nil)
    }
  }

  @Test func referencesUnderAPrefix() throws {
    try withScratchFolder { folder in
      let (_, local) = try pair(in: folder, files: ["a.yaml": "a: 1\n"])
      _ = try local.fetch(branch: "main", from: folder + "/peer.git", into: Self.reference, limits: Self.generous, callbacks: FetchCallbacks())
      let found = try local.references(under: "refs/casebook/peers/")
      #expect(found.map(\.name) == [Self.reference])
      #expect(Repository.isValidShortBranchName("release/2025"))
      #expect(!Repository.isValidShortBranchName("a..b"))
      #expect(!Repository.isValidShortBranchName(""))
    }
  }
}

/// A TCP socket on 127.0.0.1 that listens and never accepts: connections complete and then hear nothing.
final class SilentListener {
  let descriptor: Int32
  let port: Int

  init() throws {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
    }
    guard bound == 0, listen(descriptor, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    self.descriptor = descriptor
    port = Int(UInt16(bigEndian: address.sin_port))
  }

  func close() { _ = Glibc.close(descriptor) }
}
