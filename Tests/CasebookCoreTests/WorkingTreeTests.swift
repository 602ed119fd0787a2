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
}
