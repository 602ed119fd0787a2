import CasebookTestSupport
import Foundation
import Testing

@testable import CasebookCore

private func listingsPath(_ catalogue: TemporaryCatalogue) -> String {
  CacheFile(gitDirectory: catalogue.repository.gitDirectory, name: FolderListings.cacheName).path
}

/// The fingerprint of the files as they are, every folder read from disk.
private func freshFingerprint(_ catalogue: TemporaryCatalogue) throws -> WorkingTreeFingerprint {
  try? FileManager.default.removeItem(atPath: listingsPath(catalogue))
  return try fingerprint(catalogue)
}

private func stamp(_ path: String) throws -> FolderStamp {
  var status = stat()
  try #require(lstat(path, &status) == 0)
  return FolderStamp(status)
}

@Suite("Folder listings kept between walks")
struct FolderListingsTests {
  @Test("Kept listings give the fingerprint a fresh walk gives, before and after a folder gains or loses a file")
  func sameAsFresh() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let original = try fingerprint(catalogue)
    #expect(FileManager.default.fileExists(atPath: listingsPath(catalogue)))
    #expect(try fingerprint(catalogue) == original)
    try catalogue.write("cases/gb/riverton/2012-gritting-again.yaml", "title: again\n")
    let added = try fingerprint(catalogue)
    #expect(added != original)
    #expect(try freshFingerprint(catalogue) == added)
    _ = try fingerprint(catalogue)
    try catalogue.remove("cases/gb/riverton/2012-gritting-again.yaml")
    #expect(try fingerprint(catalogue) == original)
    try catalogue.write("cases/gb/harbourside/notes.txt", "scratch\n")
    #expect(try fingerprint(catalogue) == freshFingerprint(catalogue))
  }

  @Test("A kept listing is used while its folder's stamp is unchanged, and never once the stamp changed")
  func usedByStamp() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let truth = try fingerprint(catalogue)
    let folder = catalogue.root + "/cases/gb/riverton"
    // A listing that leaves out every entry, kept under the folder's real stamp: the walk believes it.
    let empty = try #require(FolderContents(ByteRegion([]), namesLength: 0, count: 0))
    FolderListings.save([(try stamp(folder), empty)], gitDirectory: catalogue.repository.gitDirectory)
    let believed = try #require(
      WorkingTreeFingerprint.take(
        root: catalogue.root + "/", folders: ["cases"], context: "test", maxFiles: 1000, now: later(),
        listings: FolderListings.load(gitDirectory: catalogue.repository.gitDirectory)))
    let fresh = try #require(
      WorkingTreeFingerprint.take(
        root: catalogue.root + "/", folders: ["cases"], context: "test", maxFiles: 1000, now: later()))
    #expect(believed.fingerprint != fresh.fingerprint)
    // Once a file is added and removed again, the folder's times differ and the kept listing no longer fits.
    try catalogue.write("cases/gb/riverton/scratch.txt", "x\n")
    try catalogue.remove("cases/gb/riverton/scratch.txt")
    #expect(try fingerprint(catalogue) == truth)
  }

  @Test("The working-tree snapshot lists a folder from its kept listing while the stamp holds, from disk after")
  func snapshotUsesListingByStamp() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let gitDirectory = catalogue.repository.gitDirectory
    let truth = try Workspace(directory: catalogue.root).workingTreeSnapshot().entries.map(\.path)
    let inFolder = truth.filter { $0.hasPrefix("cases/gb/riverton/") }
    #expect(!inFolder.isEmpty)
    // A listing that leaves out every entry, kept under the folder's real stamp: the scan believes it.
    let empty = try #require(FolderContents(ByteRegion([]), namesLength: 0, count: 0))
    FolderListings.save([(try stamp(catalogue.root + "/cases/gb/riverton"), empty)], gitDirectory: gitDirectory)
    let believed = try Workspace(directory: catalogue.root).workingTreeSnapshot().entries.map(\.path)
    #expect(believed == truth.filter { !inFolder.contains($0) })
    // Once a file is added and removed again, the folder's times differ and it is read from disk.
    try catalogue.write("cases/gb/riverton/scratch.txt", "x\n")
    try catalogue.remove("cases/gb/riverton/scratch.txt")
    #expect(try Workspace(directory: catalogue.root).workingTreeSnapshot().entries.map(\.path) == truth)
  }

  @Test("Folders changed moments ago are not kept: their times could still repeat")
  func freshFoldersNotKept() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    var times: [Int64] = []
    for top in ["cases", "schema"] {
      let base = catalogue.root + "/" + top
      times.append(max(try stamp(base).modified, try stamp(base).changed))
      for relative in try FileManager.default.subpathsOfDirectory(atPath: base) {
        var status = stat()
        try #require(lstat(base + "/" + relative, &status) == 0)
        guard status.st_mode & S_IFMT == S_IFDIR else { continue }
        times.append(max(FolderStamp(status).modified, FolderStamp(status).changed))
      }
    }
    _ = try fingerprint(catalogue, now: try #require(times.min()) + 2)
    #expect(!FileManager.default.fileExists(atPath: listingsPath(catalogue)))
    _ = try fingerprint(catalogue, now: try #require(times.max()) + 3)
    #expect(FileManager.default.fileExists(atPath: listingsPath(catalogue)))
  }

  @Test("A damaged file of listings is ignored and replaced", arguments: [0, 9, 40, -1])
  func damaged(position: Int) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let original = try fingerprint(catalogue)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: listingsPath(catalogue))))
    bytes[position < 0 ? bytes.count - 1 : position] ^= 0x5A
    try Data(bytes).write(to: URL(fileURLWithPath: listingsPath(catalogue)))
    #expect(FolderListings.load(gitDirectory: catalogue.repository.gitDirectory).isEmpty)
    #expect(try fingerprint(catalogue) == original)
    #expect(!FolderListings.load(gitDirectory: catalogue.repository.gitDirectory).isEmpty)
  }

  @Test(
    "Listed names must each end with a NUL, be non-empty, have no slash and match the types in number",
    arguments: [
      ("a\0bc\0", 2, true), ("a\0bc", 2, false), ("a\0\0", 2, false), ("a/b\0", 1, false), ("a\0", 2, false),
      ("", 0, true),
    ])
  func names(names: String, count: Int, valid: Bool) {
    let bytes = Array(names.utf8) + Array(repeating: UInt8(DT_REG), count: count)
    #expect((FolderContents(ByteRegion(bytes), namesLength: names.utf8.count, count: count) != nil) == valid)
  }
}
