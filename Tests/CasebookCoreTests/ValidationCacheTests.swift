import CasebookCore
import CasebookGit
import CasebookTestSupport
import CasebookYAML
import Foundation
import Testing

/// A small catalogue with valid files, a file with errors, a warning and a policy (whose record keeps its
/// whole document), so that every kind of result goes through the cache.
private func makeCatalogue(bare: Bool = false) throws -> TemporaryCatalogue {
  let catalogue = try TemporaryCatalogue(bare: bare)
  try catalogue.commit(
    [
      "cases/nl/testdorp/municipality.yaml": Sample.municipality(),
      "cases/nl/testdorp/policy.yaml": Sample.policy(),
      "cases/nl/testdorp/2020-wijkapp.yaml": Sample.caseStudy(),
      "cases/nl/testdorp/2021-duplicate.yaml": Sample.caseStudy(),
      "cases/nl/testdorp/2022-english.yaml": Sample.caseStudy(title: "Street lights", language: "en"),
      "cases/nl/testdorp/2023-broken.yaml": "title: [",
      "cases/be/elders/2019-schema.yaml": Sample.caseStudy(extra: "unknown_field: 1"),
    ], message: "Add a small catalogue")
  return catalogue
}

private func validate(_ catalogue: TemporaryCatalogue, cache: Bool = true) throws -> ValidationReport {
  let workspace = try Workspace(directory: catalogue.root)
  return try CatalogueValidator.validate(try workspace.snapshot(ofRevision: "HEAD"), cache: cache)
}

/// The cache files of a repository, by name.
private func cacheFiles(_ gitDirectory: String) -> [String] {
  let folder = gitDirectory + (gitDirectory.hasSuffix("/") ? "" : "/") + "casebook/cache"
  return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
}

/// Records rendered as text, so that two runs' records can be compared whole.
private func describe(_ records: [String: CatalogueRecord]) -> [String: String] {
  records.mapValues { record in
    switch record {
    case .caseStudy(let study): "\(study)"
    case .municipality(let municipality): "\(municipality)"
    case .policy(let policy): "\(policy.id) \(policy.title) \(policy.status) \(YAMLWriter.write(policy.document))"
    }
  }
}

@Suite("Validation cache")
struct ValidationCacheTests {
  @Test("A second run takes every file's result from the cache, with the same findings and records")
  func reuse() throws {
    let catalogue = try makeCatalogue()
    let first = try validate(catalogue)
    let files = first.cache.misses
    #expect(first.cache.hits == 0 && files > 7 && first.cache.saved)
    let second = try validate(catalogue)
    #expect(second.cache == CacheStatistics(hits: files, misses: 0, saved: false))
    let uncached = try validate(catalogue, cache: false)
    #expect(uncached.cache == CacheStatistics(hits: 0, misses: files, saved: false))
    for report in [second, uncached] {
      #expect(report.diagnostics == first.diagnostics)
      #expect(describe(report.records) == describe(first.records))
      #expect(report.files == first.files)
    }
    let rules = Set(first.diagnostics.map(\.rule))
    #expect(rules.isSuperset(of: ["catalog.duplicate-title", "catalog.case-language", "schema.additionalProperties"]))
    #expect(first.records.count == 5)
  }

  @Test("A new copy of a file already cached is cached whole: the run after it writes nothing")
  func copyOfCachedFile() throws {
    let catalogue = try makeCatalogue()
    _ = try validate(catalogue)
    let copy = Sample.caseStudy(title: "Street lights", language: "en")
    try catalogue.commit(["cases/nl/testdorp/2024-copy.yaml": copy], message: "Copy a file that is cached")
    let second = try validate(catalogue)
    #expect(second.cache.saved)
    #expect(second.records["cases/nl/testdorp/2024-copy.yaml"] != nil)
    let third = try validate(catalogue)
    #expect(third.cache == CacheStatistics(hits: second.cache.hits + second.cache.misses, misses: 0, saved: false))
    #expect(describe(third.records) == describe(second.records))
  }

  @Test("After one file changes, only that file is checked again")
  func oneChange() throws {
    let catalogue = try makeCatalogue()
    let first = try validate(catalogue)
    try catalogue.commit(
      ["cases/nl/testdorp/2021-duplicate.yaml": Sample.caseStudy(title: "Nieuwe titel")], message: "Retitle")
    let second = try validate(catalogue)
    #expect(second.cache == CacheStatistics(hits: first.cache.misses - 1, misses: 1, saved: true))
    #expect(!second.diagnostics.contains { $0.rule == "catalog.duplicate-title" })
    #expect(second.diagnostics == (try validate(catalogue, cache: false)).diagnostics)
  }

  @Test("A damaged, truncated or foreign cache file is rebuilt, never trusted", arguments: [0, 1, 2])
  func damaged(kind: Int) throws {
    let catalogue = try makeCatalogue()
    let first = try validate(catalogue)
    let gitDirectory = catalogue.root + "/.git"
    let name = try #require(cacheFiles(gitDirectory).first { $0.hasPrefix("verdicts-") })
    let url = URL(fileURLWithPath: gitDirectory + "/casebook/cache/" + name)
    var bytes = try [UInt8](Data(contentsOf: url))
    switch kind {
    case 0: bytes[bytes.count / 2] ^= 0x5A
    case 1: bytes.removeLast(bytes.count / 3)
    default: bytes = Array("not a cache file at all, but long enough to have a header".utf8)
    }
    try Data(bytes).write(to: url)
    let second = try validate(catalogue)
    #expect(second.cache == CacheStatistics(hits: 0, misses: first.cache.misses, saved: true))
    #expect(second.diagnostics == first.diagnostics)
    #expect(try validate(catalogue).cache.hits == first.cache.misses)
  }

  @Test("Records of a catalogue come back from the cache whole")
  func catalogueRecords() throws {
    let catalogue = try makeCatalogue()
    let workspace = try Workspace(directory: catalogue.root)
    let cold = try Catalogue.load(try workspace.snapshot(ofRevision: "HEAD"))
    #expect(cacheFiles(catalogue.root + "/.git").contains { $0.hasPrefix("documents-") })
    let snapshot = try workspace.snapshot(ofRevision: "HEAD")
    let report = try CatalogueValidator.validate(snapshot)
    #expect(report.cache.misses == 0)
    let warm = try Catalogue.load(snapshot)
    #expect(warm.cases == cold.cases && warm.municipalities == cold.municipalities)
    #expect(warm.policies.map { YAMLWriter.write($0.document) } == cold.policies.map { YAMLWriter.write($0.document) })
    #expect(warm.policies.first?.document["title"]?.location == cold.policies.first?.document["title"]?.location)
    #expect(warm.invalidFiles == cold.invalidFiles && !warm.invalidFiles.isEmpty)
  }

  @Test("A change to the schemas invalidates every cached result")
  func rulesChange() throws {
    let catalogue = try makeCatalogue()
    let first = try validate(catalogue)
    let schema = try #require(try TemporaryCatalogue.files(under: "schema")["schema/case.schema.json"])
    try catalogue.commit(
      ["schema/case.schema.json": schema.replacingOccurrences(of: "\"minLength\": 5", with: "\"minLength\": 500")],
      message: "Longer titles")
    let second = try validate(catalogue)
    #expect(second.cache.hits == 0)
    #expect(second.diagnostics.count { $0.rule == "schema.minLength" } > first.diagnostics.count { $0.rule == "schema.minLength" })
  }

  @Test("The cache lives in the git directory of a bare repository too")
  func bare() throws {
    let catalogue = try makeCatalogue(bare: true)
    let first = try validate(catalogue)
    #expect(cacheFiles(catalogue.root).contains { $0.hasPrefix("verdicts-") })
    #expect(try validate(catalogue).cache.hits == first.cache.misses)
  }
}
