@testable import CasebookCore
import CasebookText
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
    // The two cases of folder 17 share a title: both are flagged, each naming the other.
    let duplicates = loose.diagnostics.filter { $0.rule == "catalog.duplicate-title" }
    #expect(duplicates.map(\.file) == ["cases/nl/plaats-17/2010-casus-170.yaml", "cases/nl/plaats-17/2011-casus-171.yaml"])
    #expect(duplicates.first?.message.text(.en).contains("cases/nl/plaats-17/2011-casus-171.yaml") == true)
    #expect(duplicates.last?.message.text(.en).contains("cases/nl/plaats-17/2010-casus-170.yaml") == true)

    // Blobs packed in path order rotated by a third: reading in pack order then crosses folders, and the
    // order is not its own inverse, so putting results back the wrong way round would show.
    let repository = catalogue.repository
    let paths = files.keys.sorted()
    let rotated = Array(paths[(paths.count / 3)...]) + Array(paths[..<(paths.count / 3)])
    _ = try repository.writePack(
      of: commit, placingFirst: try rotated.map { try #require(try repository.entry(at: $0, commit: commit)).id })
    let snapshot = try Workspace(directory: catalogue.root).snapshot(ofRevision: "HEAD")
    let order = try #require(snapshot.readOrder(count: snapshot.entries.count) { snapshot.entries[$0].blobID })
    #expect(order != Array(order.indices), "read in pack order, not path order")
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

  /// A permutation of `count` positions from a fixed seed (a linear congruential generator), so a failure
  /// can be reproduced.
  static func permutation(_ count: Int, seed: UInt64) -> [Int] {
    var state = seed
    var values = Array(0..<count)
    for index in stride(from: count - 1, to: 0, by: -1) {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      values.swapAt(index, Int(state >> 33) % (index + 1))
    }
    return values
  }

  @Test("Results made in any reading order go back to their files' order", arguments: [1, 2, 3, 64, 1000, 4099])
  func putBack(count: Int) {
    for seed: UInt64 in [1, 2, 3] {
      let order = Self.permutation(count, seed: seed)
      var results = order.map { "file \($0)" }
      CatalogueValidator.putBack(&results, readOrder: order)
      #expect(results == (0..<count).map { "file \($0)" })
    }
    // One long cycle: every position moves.
    let cycle = (0..<count).map { ($0 + 1) % count }
    var results = cycle.map { "file \($0)" }
    CatalogueValidator.putBack(&results, readOrder: cycle)
    #expect(results == (0..<count).map { "file \($0)" })
  }
}
