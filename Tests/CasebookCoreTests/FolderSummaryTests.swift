import CasebookCore
import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// Two municipality folders with findings of every sort (a file's own, a folder rule's, a warning), a misplaced
/// file outside any municipality folder, and a symbolic link inside one.
private func makeCatalogue() throws -> TemporaryCatalogue {
  let catalogue = try TemporaryCatalogue()
  try catalogue.commit(
    [
      "cases/nl/testdorp/municipality.yaml": Sample.municipality(),
      "cases/nl/testdorp/2020-wijkapp.yaml": Sample.caseStudy(),
      "cases/nl/testdorp/2021-duplicate.yaml": Sample.caseStudy(),
      "cases/nl/testdorp/2022-english.yaml": Sample.caseStudy(title: "Street lights", language: "en"),
      "cases/be/elders/2019-schema.yaml": Sample.caseStudy(extra: "unknown_field: 1"),
      "cases/nl/stray.yaml": Sample.caseStudy(),
    ], message: "Add a small catalogue")
  return catalogue
}

/// How a full validation reaches the folder summaries: `validate --rev` asks for each folder's summary by its
/// tree id before reading the folder; a snapshot (the working tree) has every file listed already.
enum Route: CaseIterable, Sendable {
  case revision
  case snapshot
}

/// A full validation of HEAD as `casebook validate` runs it: findings only, no records.
private func validate(_ catalogue: TemporaryCatalogue, _ route: Route, cache: Bool = true) throws
  -> ValidationReport
{
  switch route {
  case .revision:
    var request = ValidationRequest(directory: catalogue.root, revision: "HEAD")
    request.keepsRecords = false
    request.usesCache = cache
    return try CatalogueValidator.run(request)
  case .snapshot:
    let workspace = try Workspace(directory: catalogue.root)
    return try CatalogueValidator.validate(try workspace.snapshot(ofRevision: "HEAD"), records: false, cache: cache)
  }
}

private func folderCacheFile(_ catalogue: TemporaryCatalogue) throws -> URL {
  let folder = catalogue.root + "/.git/casebook/cache"
  let names = try FileManager.default.contentsOfDirectory(atPath: folder)
  let name = try #require(names.first { $0.hasPrefix("folders-") })
  return URL(fileURLWithPath: folder + "/" + name)
}

@Suite("Folder summaries")
struct FolderSummaryTests {
  @Test("An unchanged catalogue is answered from folder summaries, with the same findings and counts",
    arguments: Route.allCases)
  func reuse(route: Route) throws {
    let catalogue = try makeCatalogue()
    let first = try validate(catalogue, route)
    let rules = Set(first.diagnostics.map(\.rule))
    #expect(rules.isSuperset(of: ["catalog.duplicate-title", "catalog.case-language", "schema.additionalProperties",
      "catalog.missing-municipality"]))
    #expect(first.diagnostics.contains { $0.file == "cases/nl/stray.yaml" })
    let second = try validate(catalogue, route)
    #expect(second.cache == CacheStatistics(hits: first.cache.hits + first.cache.misses, misses: 0, saved: false))
    let uncached = try validate(catalogue, route, cache: false)
    for report in [second, uncached] {
      #expect(report.diagnostics == first.diagnostics)
      #expect(report.files == first.files)
    }
  }

  @Test("A change in one folder checks that folder again and keeps the other folders' findings",
    arguments: Route.allCases)
  func oneFolderChanged(route: Route) throws {
    let catalogue = try makeCatalogue()
    _ = try validate(catalogue, route)
    try catalogue.commit(
      ["cases/nl/testdorp/2021-duplicate.yaml": Sample.caseStudy(title: "Nieuwe titel")], message: "Retitle")
    let second = try validate(catalogue, route)
    #expect(second.cache.misses == 4)
    #expect(second.cache.saved)
    #expect(!second.diagnostics.contains { $0.rule == "catalog.duplicate-title" })
    #expect(second.diagnostics.contains { $0.rule == "schema.additionalProperties" })
    #expect(second.diagnostics == (try validate(catalogue, route, cache: false)).diagnostics)
    try catalogue.commit(["cases/be/elders/municipality.yaml": Sample.municipality(name: "Elders", country: "BE")],
      message: "Add a profile")
    let third = try validate(catalogue, route)
    #expect(!third.diagnostics.contains { $0.rule == "catalog.missing-municipality" })
    #expect(third.diagnostics == (try validate(catalogue, route, cache: false)).diagnostics)
  }

  @Test("A renamed folder with the same files is a different folder: its findings name the new paths",
    arguments: Route.allCases)
  func renamedFolder(route: Route) throws {
    let catalogue = try makeCatalogue()
    _ = try validate(catalogue, route)
    try catalogue.commit(
      ["cases/be/elders/2019-schema.yaml": nil,
       "cases/be/anders/2019-schema.yaml": Sample.caseStudy(extra: "unknown_field: 1")],
      message: "Move a folder")
    let report = try validate(catalogue, route)
    #expect(report.diagnostics.contains { $0.file == "cases/be/anders/2019-schema.yaml" })
    #expect(!report.diagnostics.contains { $0.file.hasPrefix("cases/be/elders") })
    #expect(report.diagnostics == (try validate(catalogue, route, cache: false)).diagnostics)
  }

  @Test("A damaged folder summary file is rebuilt, never trusted", arguments: Route.allCases, [0, 1])
  func damaged(route: Route, kind: Int) throws {
    let catalogue = try makeCatalogue()
    let first = try validate(catalogue, route)
    let url = try folderCacheFile(catalogue)
    var bytes = try [UInt8](Data(contentsOf: url))
    if kind == 0 { bytes[bytes.count / 2] ^= 0x5A } else { bytes.removeLast(bytes.count / 3) }
    try Data(bytes).write(to: url)
    let second = try validate(catalogue, route)
    #expect(second.cache.saved)
    #expect(second.diagnostics == first.diagnostics)
    #expect(try validate(catalogue, route).cache.misses == 0)
  }

  @Test("A summary whose findings a larger run must cut is not reused: the run checks file by file",
    arguments: Route.allCases)
  func budget(route: Route) throws {
    let catalogue = try makeCatalogue()
    let unknownFields = (1...80).map { "unknown_\($0): 1" }.joined(separator: "\n")
    try catalogue.commit(["cases/be/elders/2020-many.yaml": Sample.caseStudy(extra: unknownFields)],
      message: "A case with many problems")
    let small = try validate(catalogue, route)
    #expect(small.diagnostics.count { $0.file == "cases/be/elders/2020-many.yaml" } >= 80)
    // Past 2,000 files each file reports fewer than 50 problems.
    var more: [String: String?] = [:]
    for number in 0..<2_100 { more["cases/de/gross/\(2_000 + number % 30)-fall-\(number).yaml"] = "title: [" }
    try catalogue.commit(more, message: "Many broken files")
    let large = try validate(catalogue, route)
    let uncached = try validate(catalogue, route, cache: false)
    let many = { (report: ValidationReport) in
      report.diagnostics.filter { $0.file == "cases/be/elders/2020-many.yaml" }
    }
    #expect(many(large) == many(uncached))
    #expect(many(large).count < 50)
    #expect(large.diagnostics.count == uncached.diagnostics.count)
    // Only the folder whose summary is too large for this run is checked again; the others stay reused.
    let again = try validate(catalogue, route)
    #expect(again.diagnostics == large.diagnostics)
    #expect(again.cache.misses == 2)
  }
}
