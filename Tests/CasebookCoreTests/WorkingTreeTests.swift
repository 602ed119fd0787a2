import CasebookCore
import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A working catalogue whose files are staged in the index, with file times safely in the past so that no
/// entry is racily clean unless a test makes it so.
private func stagedCatalogue() throws -> TemporaryCatalogue {
  let catalogue = try TemporaryCatalogue()
  try catalogue.commit(
    [
      "cases/nl/testdorp/municipality.yaml": Sample.municipality(),
      "cases/nl/testdorp/a.yaml": Sample.caseStudy(title: "Wijkapp voor meldingen"),
      "cases/nl/testdorp/b.yaml": Sample.caseStudy(title: "Straatverlichting"),
    ], message: "Add Testdorp")
  let past = Date().addingTimeInterval(-3600)
  for path in try FileManager.default.subpathsOfDirectory(atPath: catalogue.root)
  where !path.hasPrefix(".git") {
    try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: catalogue.root + "/" + path)
  }
  let index = try catalogue.repository.index()
  try index.addAll()
  try index.write()
  return catalogue
}

/// Sets the modification time of `path` to exactly `time` (seconds and nanoseconds).
private func setModified(_ path: String, to time: timespec) {
  var times = [time, time]
  _ = utimensat(AT_FDCWD, path, &times, 0)
}

private func modified(_ path: String) -> timespec {
  var status = stat()
  _ = stat(path, &status)
  return status.st_mtim
}

private func catalogueFileCount(_ snapshot: Snapshot) -> Int {
  snapshot.entries.count { $0.mode == .regular || $0.mode == .executable }
}

@Suite("Working-tree snapshots from the index")
struct WorkingTreeTests {
  @Test("Files unchanged since they were staged take their blob id from the index, and the ids are right")
  func reuse() throws {
    let catalogue = try stagedCatalogue()
    let snapshot = try Workspace(directory: catalogue.root).workingTreeSnapshot()
    #expect(snapshot.reusedStagedIDs == catalogueFileCount(snapshot))
    for entry in snapshot.entries {
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: catalogue.root + "/" + entry.path)))
      #expect(entry.blobID == ObjectID.blob(hashing: bytes), "\(entry.path)")
    }
  }

  @Test("A file rewritten with the same size and its old modification time is still read again")
  func sameSizeSameTime() throws {
    let catalogue = try stagedCatalogue()
    let path = catalogue.root + "/cases/nl/testdorp/a.yaml"
    let before = modified(path)
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let changed = original.replacingOccurrences(of: "Wijkapp", with: "Wijkbus")
    #expect(changed.utf8.count == original.utf8.count && changed != original)
    try catalogue.write("cases/nl/testdorp/a.yaml", changed)
    setModified(path, to: before)
    #expect(modified(path).tv_sec == before.tv_sec && modified(path).tv_nsec == before.tv_nsec)
    let snapshot = try Workspace(directory: catalogue.root).workingTreeSnapshot()
    let entry = try #require(snapshot.entry(at: "cases/nl/testdorp/a.yaml"))
    #expect(entry.blobID == ObjectID.blob(hashing: Array(changed.utf8)))
    #expect(snapshot.reusedStagedIDs == catalogueFileCount(snapshot) - 1)
    let report = try CatalogueValidator.validate(snapshot)
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
  }

  @Test("A file changed within the second the index was written is read again")
  func changedRightAfterStaging() throws {
    let catalogue = try TemporaryCatalogue()
    let path = "cases/nl/testdorp/a.yaml"
    try catalogue.write(path, Sample.caseStudy(title: "Wijkapp voor meldingen"))
    let index = try catalogue.repository.index()
    try index.add(path: path)
    try index.write()
    try catalogue.write(path, Sample.caseStudy(title: "Wijkapp voor meldingan"))
    let snapshot = try Workspace(directory: catalogue.root).workingTreeSnapshot()
    let expected = ObjectID.blob(hashing: Array(Sample.caseStudy(title: "Wijkapp voor meldingan").utf8))
    #expect(snapshot.entry(at: path)?.blobID == expected)
  }

  @Test("Entries staged no earlier than the index was written (racily clean) are not trusted")
  func raciness() throws {
    let catalogue = try stagedCatalogue()
    let indexPath = catalogue.root + "/.git/index"
    // The index now looks written in the same instant as the files were last changed.
    setModified(indexPath, to: modified(catalogue.root + "/cases/nl/testdorp/a.yaml"))
    let snapshot = try Workspace(directory: catalogue.root).workingTreeSnapshot()
    #expect(snapshot.reusedStagedIDs == 0)
    #expect(snapshot.entries == (try Workspace(directory: catalogue.root).snapshot(ofRevision: "HEAD")).entries)
  }

  @Test("With line-ending conversion configured, the index is not used")
  func filters() throws {
    let catalogue = try stagedCatalogue()
    try catalogue.repository.setConfigValue("true", for: "core.autocrlf")
    let snapshot = try Workspace(directory: catalogue.root).workingTreeSnapshot()
    #expect(snapshot.reusedStagedIDs == 0)
  }

  @Test("Validating the working tree twice reuses both the index and the cached results")
  func warmWorkingTree() throws {
    let catalogue = try stagedCatalogue()
    let workspace = try Workspace(directory: catalogue.root)
    let first = try CatalogueValidator.validate(try workspace.workingTreeSnapshot())
    let second = try CatalogueValidator.validate(try workspace.workingTreeSnapshot())
    #expect(second.cache.misses == 0 && second.cache.hits == first.cache.misses)
    #expect(second.diagnostics == first.diagnostics)
  }

  @Test("The staged ids are cached by the index file's identity: used while it is the same, not once it changed")
  func stagedIDCache() throws {
    let catalogue = try stagedCatalogue()
    let cacheFile = catalogue.root + "/.git/casebook/cache/" + "staged-ids"
    let first = try Workspace(directory: catalogue.root).workingTreeSnapshot()
    let saved = try FileManager.default.attributesOfItem(atPath: cacheFile)
    let second = try Workspace(directory: catalogue.root).workingTreeSnapshot()
    #expect(second.entries == first.entries)
    #expect(second.reusedStagedIDs == catalogueFileCount(second))
    // Used, not rebuilt: a rebuilt cache would be a new file renamed into place.
    let kept = try FileManager.default.attributesOfItem(atPath: cacheFile)
    #expect(kept[.systemFileNumber] as? Int == saved[.systemFileNumber] as? Int)

    // A new version of a file is staged: git's index is replaced, and the cached ids no longer describe it.
    let path = "cases/nl/testdorp/a.yaml"
    try catalogue.write(path, Sample.caseStudy(title: "Een nieuwe titel"))
    setModified(catalogue.root + "/" + path, to: modified(catalogue.root + "/cases/nl/testdorp/b.yaml"))
    let index = try catalogue.repository.index()
    try index.add(path: path)
    try index.write()
    let third = try Workspace(directory: catalogue.root).workingTreeSnapshot()
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: catalogue.root + "/" + path)))
    #expect(third.entry(at: path)?.blobID == ObjectID.blob(hashing: bytes))
    // Every file, the restaged one too, takes its id from the new index rather than being read again.
    #expect(third.reusedStagedIDs == catalogueFileCount(third))
  }

  enum CacheDamage: String, CaseIterable {
    case junk, truncated, empty
    /// Well-formed cache files (header and checksum right) whose content does not add up.
    case hugeCount, pathEndsBackwards, pathEndPastEnd, trailingBytes
  }

  @Test("A damaged staged-id cache is rebuilt from the index, never trusted", arguments: CacheDamage.allCases)
  func damagedStagedIDCache(_ damage: CacheDamage) throws {
    let catalogue = try stagedCatalogue()
    let url = URL(fileURLWithPath: catalogue.root + "/.git/casebook/cache/staged-ids")
    let first = try Workspace(directory: catalogue.root).workingTreeSnapshot()
    let saved = try Data(contentsOf: url)
    let cache = CacheFile(gitDirectory: catalogue.root + "/.git", name: "staged-ids")
    var payload = try #require(cache.load(version: 2))
    // The payload: the build's identity (length-prefixed), the index file's identity (68 bytes), the index's
    // modification time (12), the number of files (8), then 60 bytes per file ending with its path's end.
    let buildLength = payload.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: 0, as: Int64.self)) }
    let countAt = 8 + buildLength + 68 + 12
    func put<T: FixedWidthInteger>(_ value: T, at offset: Int) {
      withUnsafeBytes(of: value.littleEndian) { payload.replaceSubrange(offset..<offset + $0.count, with: $0) }
    }
    switch damage {
    case .junk: try Data(saved.prefix(28) + Data(repeating: 0x5a, count: saved.count - 28)).write(to: url)
    case .truncated: try saved.prefix(saved.count - 7).write(to: url)
    case .empty: try Data().write(to: url)
    case .hugeCount: put(Int64.max / 2, at: countAt)
    case .pathEndsBackwards: put(UInt32.max, at: countAt + 8 + 56)
    case .pathEndPastEnd:
      let count = payload.withUnsafeBytes { Int($0.loadUnaligned(fromByteOffset: countAt, as: Int64.self)) }
      put(UInt32(payload.count), at: countAt + 8 + (count - 1) * 60 + 56)
    case .trailingBytes: payload.append(0)
    }
    if ![.junk, .truncated, .empty].contains(damage) { cache.save(payload, version: 2) }
    let again = try Workspace(directory: catalogue.root).workingTreeSnapshot()
    #expect(again.entries == first.entries)
    #expect(again.reusedStagedIDs == catalogueFileCount(again))
    #expect(try Data(contentsOf: url) == saved, "rebuilt as it was")
  }
}
