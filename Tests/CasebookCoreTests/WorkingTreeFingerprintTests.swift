import CasebookTestSupport
import CasebookYAML
import Foundation
import Testing

@testable import CasebookCore

/// The working tree's index as `search` loads it, seen from `now`.
private func load(_ catalogue: TemporaryCatalogue, now: Int64 = later()) throws -> LoadedSearchIndex {
  try SearchIndex.load(
    workingTreeOf: try Workspace(directory: catalogue.root), limits: YAMLLimits(), useCache: true, now: now)
}

private let gritting = "cases/gb/riverton/2011-gritting-updates.yaml"

/// The newest modification or status-change time (seconds) of any file under the catalogue folders.
private func newestTime(_ catalogue: TemporaryCatalogue) throws -> Int64 {
  var newest: Int64 = 0
  for folder in ["cases", "schema"] {
    let base = catalogue.root + "/" + folder
    for relative in try FileManager.default.subpathsOfDirectory(atPath: base) {
      var status = stat()
      try #require(lstat(base + "/" + relative, &status) == 0)
      guard status.st_mode & S_IFMT != S_IFDIR else { continue }
      newest = max(newest, Int64(status.st_mtim.tv_sec), Int64(status.st_ctim.tv_sec))
    }
  }
  return newest
}

/// Overwrites a file in place (same inode) with `text`, of the same size, and sets its times back to what
/// they were to the nanosecond, as a tool that preserves times would: only its status-change time tells.
private func rewriteInPlace(_ path: String, _ text: String) throws {
  var before = stat()
  try #require(lstat(path, &before) == 0)
  try #require(text.utf8.count == Int(before.st_size))
  let handle = try #require(FileHandle(forWritingAtPath: path))
  try handle.write(contentsOf: Data(text.utf8))
  try handle.close()
  let times = [before.st_atim, before.st_mtim]
  try #require(utimensat(AT_FDCWD, path, times, 0) == 0)
  var after = stat()
  try #require(lstat(path, &after) == 0)
  #expect(after.st_ino == before.st_ino && after.st_size == before.st_size)
  #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
}

@Suite("Working-tree fingerprint")
struct WorkingTreeFingerprintTests {
  @Test("Unchanged files give the same fingerprint; one that changes in any way git notices gives another")
  func changes() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let original = try fingerprint(catalogue)
    #expect(try fingerprint(catalogue) == original)
    let path = catalogue.root + "/" + gritting
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try rewriteInPlace(path, text.replacing("Gritting", with: "Grittinq"))
    let rewritten = try fingerprint(catalogue)
    #expect(rewritten != original)
    try catalogue.write("cases/gb/riverton/notes.txt", "scratch\n")
    let added = try fingerprint(catalogue)
    #expect(added != rewritten)
    try catalogue.remove("cases/gb/riverton/notes.txt")
    #expect(try fingerprint(catalogue) == rewritten)
    try FileManager.default.createDirectory(atPath: catalogue.root + "/cases/gb/empty", withIntermediateDirectories: false)
    #expect(try fingerprint(catalogue) != rewritten)
  }

  @Test("A fingerprint is settled only when every file time lies at least 3 seconds in the past")
  func settled() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let newest = try newestTime(catalogue)
    #expect(try !fingerprint(catalogue, now: newest + 2).isSettled)
    #expect(try fingerprint(catalogue, now: newest + 3).isSettled)
  }

  @Test(
    "Settling compares without overflow, even for times a file system cannot store",
    arguments: [(Int64(100), Int64(103), true), (100, 102, false), (.max, 1_800_000_000, false), (.min, 0, true)])
  func settling(newest: Int64, now: Int64, settled: Bool) {
    #expect(WorkingTreeFingerprint.isSettled(newest: newest, now: now) == settled)
  }

  @Test("A file dated at the end of time neither crashes nor counts as settled")
  func farFuture() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    // File systems clamp such a time to the latest they can store; either way it lies in the future.
    let path = catalogue.root + "/" + gritting
    let times = [timespec(tv_sec: Int.max, tv_nsec: 0), timespec(tv_sec: Int.max, tv_nsec: 0)]
    try #require(utimensat(AT_FDCWD, path, times, 0) == 0)
    #expect(try !fingerprint(catalogue).isSettled)
    #expect(try load(catalogue).index.documentCount == 7)
  }

  @Test("No fingerprint beyond the file limit; a nested repository is not walked into")
  func limits() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let workspace = try Workspace(directory: catalogue.root)
    workspace.maxFiles = 3
    #expect(workspace.workingTreeFingerprint(context: "test", now: later()) == nil)
    try catalogue.write("cases/gb/riverton/vendor/.git/HEAD", "ref: refs/heads/main\n")
    let nested = try fingerprint(catalogue)
    // Neither the repository's own files nor its working files are read, as the snapshot reads neither.
    try catalogue.write("cases/gb/riverton/vendor/.git/objects/ab/cdef", "x")
    try catalogue.write("cases/gb/riverton/vendor/notes.yaml", "title: vendored\n")
    #expect(try fingerprint(catalogue) == nested)
  }
}

@Suite("Working-tree search index found by stat data")
struct WorkingTreeSearchCacheTests {
  @Test("A change between the fingerprint and reading the files is not remembered, and shows next time")
  func changeWhileReading() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let path = catalogue.root + "/" + gritting
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let first = try SearchIndex.load(
      workingTreeOf: try Workspace(directory: catalogue.root), limits: YAMLLimits(), useCache: true, now: later(),
      beforeSnapshot: { try? catalogue.write(gritting, text.replacing("Gritting", with: "Snowplough")) })
    #expect(try first.index.search(SearchQuery(words: QueryWord.parse(["snowplough"]))).total == 1)
    #expect(!FileManager.default.fileExists(atPath: WorkingTreeKeys(gitDirectory: catalogue.repository.gitDirectory).file.path))
    let next = try load(catalogue)
    #expect(next.source == .cache && !next.foundByFingerprint)
    #expect(try load(catalogue).foundByFingerprint)
  }

  @Test("Once the files are settled, a warm search finds its index by their stat data, with the same answers")
  func foundByFingerprint() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let built = try load(catalogue)
    #expect(built.source == .built)
    let warm = try load(catalogue)
    #expect(warm.source == .cache && warm.foundByFingerprint)
    #expect(try allIDs(warm.index) == allIDs(built.index))
  }

  @Test("Files written moments ago are not trusted by their stat data: the index is found by content instead")
  func freshFilesNotTrusted() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let now = try newestTime(catalogue) + 2
    _ = try load(catalogue, now: now)
    let again = try load(catalogue, now: now)
    #expect(again.source == .cache && !again.foundByFingerprint)
    #expect(!FileManager.default.fileExists(atPath: WorkingTreeKeys(gitDirectory: catalogue.repository.gitDirectory).file.path))
  }

  @Test("An edit that keeps size and modification time, a new file and a removed file all show in the next search")
  func editsShow() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    _ = try load(catalogue)
    #expect(try load(catalogue).foundByFingerprint)
    let path = catalogue.root + "/" + gritting
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try rewriteInPlace(path, text.replacing("Gritting", with: "Snowplow"))
    let edited = try load(catalogue)
    #expect(edited.source == .built)
    #expect(try edited.index.search(SearchQuery(words: QueryWord.parse(["snowplow"]))).total == 1)
    #expect(try load(catalogue).foundByFingerprint)

    let copy = "cases/gb/riverton/2012-gritting-again.yaml"
    try catalogue.write(copy, try String(contentsOfFile: path, encoding: .utf8))
    let added = try load(catalogue)
    #expect(try allIDs(added.index).contains("gb/riverton/2012-gritting-again"))
    try catalogue.remove(copy)
    let removed = try load(catalogue)
    #expect(try !allIDs(removed.index).contains("gb/riverton/2012-gritting-again"))
    #expect(removed.source == .cache)  // the content is as before the copy: that index is still kept
  }

  @Test("Switching between the working tree and revisions rebuilds neither; older indexes are removed")
  func slots() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let revision = { (name: String) throws in
      try QuerySession.searchIndex(directory: catalogue.root, revision: name)
    }
    // Recency is the files' modification time: apart by more than a tick of the file system's clock.
    let pause = { Thread.sleep(forTimeInterval: 0.02) }
    #expect(try load(catalogue).source == .built)
    pause()
    #expect(try revision("HEAD").source == .built)
    pause()
    #expect(try load(catalogue).source == .cache)
    pause()
    #expect(try revision("HEAD").source == .cache)
    for number in 1...3 {
      pause()
      try catalogue.write("cases/gb/riverton/2013-extra-\(number).yaml", try String(contentsOfFile: catalogue.root + "/" + gritting, encoding: .utf8))
      #expect(try load(catalogue).source == .built)
    }
    #expect(try searchIndexFiles(catalogue).count == SearchIndex.keptIndexes)
    #expect(try revision("HEAD").source == .built)  // the least recently used index went first
  }

  @Test("A damaged or foreign file of remembered states is ignored: the search is still right", arguments: [0, 9, -1])
  func damagedKeys(position: Int) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let built = try load(catalogue)
    _ = try load(catalogue)
    let keys = WorkingTreeKeys(gitDirectory: catalogue.repository.gitDirectory)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: keys.file.path)))
    bytes[position < 0 ? bytes.count - 1 : position] ^= 0x5A
    try Data(bytes).write(to: URL(fileURLWithPath: keys.file.path))
    let loaded = try load(catalogue)
    #expect(loaded.source == .cache && !loaded.foundByFingerprint)
    #expect(try allIDs(loaded.index) == allIDs(built.index))
    #expect(try load(catalogue).foundByFingerprint)
    // A state remembered with a key whose index is gone is looked up by content again.
    let searchState = try #require(
      try Workspace(directory: catalogue.root).workingTreeFingerprint(
        context: SearchIndex.keyPreamble(YAMLLimits()), now: later()))
    keys.remember(String(repeating: "0", count: 40), for: searchState.digest)
    #expect(keys.key(for: searchState.digest) == String(repeating: "0", count: 40))
    let fallback = try load(catalogue)
    #expect(fallback.source == .cache && !fallback.foundByFingerprint)
    #expect(try allIDs(fallback.index) == allIDs(built.index))
    #expect(keys.key(for: searchState.digest) == fallback.key)
  }
}

@Suite("Fingerprint hash")
struct FingerprintHasherTests {
  private func digest(_ words: [UInt64]) -> FingerprintDigest {
    var hasher = FingerprintHasher()
    for word in words { hasher.combine(word) }
    return hasher.finish()
  }

  @Test("Streams that differ in one word, in any bit, never share a digest", arguments: [0, 1, 7, 31, 32, 63])
  func oneWord(bit: Int) {
    let words: [UInt64] = (0..<40).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
    let original = digest(words)
    for position in words.indices {
      var changed = words
      changed[position] ^= 1 << UInt64(bit)
      #expect(digest(changed) != original)
    }
  }

  @Test("Byte strings are told apart by length as well as content")
  func byteStrings() {
    func digest(_ texts: [String]) -> FingerprintDigest {
      var hasher = FingerprintHasher()
      for text in texts { hasher.combine(text: text) }
      return hasher.finish()
    }
    let digests = [
      digest(["ab"]), digest(["ab\u{0}"]), digest(["a", "b"]), digest(["abcdefgh"]), digest(["abcdefghi"]),
      digest(["abcdefgh", ""]), digest([]),
    ]
    #expect(Set(digests).count == digests.count)
  }
}
