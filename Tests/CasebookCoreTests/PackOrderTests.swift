import CasebookCore
import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// Large revisions are read in pack order and their results put back in path order: findings, cross-file
/// rules and cached summaries must land on the files they belong to.
@Suite("Reading a packed revision in pack order")
struct PackOrderTests {
  /// Enough files to be read in pack order: 60 municipality folders of 10 cases, every seventh case with a
  /// schema finding, and one folder with two cases of the same title.
  static func files() -> [String: String?] {
    var files: [String: String?] = [:]
    for folder in 0..<60 {
      let root = "cases/nl/plaats-\(folder)"
      files[root + "/municipality.yaml"] = Sample.municipality(name: "Plaats \(folder)")
      for number in 0..<10 {
        let serial = folder * 10 + number
        let title = folder == 17 && number < 2 ? "Dezelfde titel" : "Casus \(serial)"
        files["\(root)/20\(10 + number)-casus-\(serial).yaml"] = Sample.caseStudy(
          title: title, extra: serial % 7 == 0 ? "unknown_field: \(serial)" : "")
      }
    }
    return files
  }

  func validate(_ catalogue: TemporaryCatalogue, cache: Bool) throws -> ValidationReport {
    var request = ValidationRequest(directory: catalogue.root, revision: "HEAD")
    request.keepsRecords = false
    request.usesCache = cache
    return try CatalogueValidator.run(request)
  }

  @Test("Packed or loose, cached or not, a revision has the same findings on the same files")
  func sameFindings() throws {
    let catalogue = try TemporaryCatalogue(bare: true)
    let files = Self.files()
    let commit = try catalogue.commit(files, message: "Add 600 cases")
    let loose = try validate(catalogue, cache: false)
    let flagged = Set(files.keys.filter { files[$0]!!.contains("unknown_field") })
    #expect(Set(loose.diagnostics.filter { $0.rule == "schema.additionalProperties" }.map(\.file)) == flagged)
    #expect(loose.diagnostics.filter { $0.rule == "catalog.duplicate-title" }.allSatisfy {
      $0.file.hasPrefix("cases/nl/plaats-17/")
    })

    // Blobs packed in reverse path order: reading in pack order then crosses every folder.
    let repository = catalogue.repository
    let blobs = try files.keys.sorted().reversed().map { try #require(try repository.entry(at: $0, commit: commit)).id }
    _ = try repository.writePack(of: commit, placingFirst: blobs)
    let order = try #require(repository.packPositions(of: blobs.reversed()))
    #expect(order.first! > order.last!, "the pack holds the last path first")
    let packed = try validate(catalogue, cache: false)
    let cold = try validate(catalogue, cache: true)
    for report in [packed, cold] {
      #expect(report.diagnostics == loose.diagnostics)
      #expect(report.files == loose.files)
    }

    // One folder changes; every other folder's findings come from summaries saved by the packed run.
    try catalogue.commit(["cases/nl/plaats-3/2010-casus-30.yaml": Sample.caseStudy(title: "Nieuw")], message: "Edit")
    let warm = try validate(catalogue, cache: true)
    let fresh = try validate(catalogue, cache: false)
    #expect(warm.diagnostics == fresh.diagnostics)
    #expect(warm.cache.hits > 500)
  }
}
