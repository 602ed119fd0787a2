import CasebookText
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// Opens the index of the working tree (or `revision`) through the cache.
private func load(_ catalogue: TemporaryCatalogue, revision: String? = nil) throws -> LoadedSearchIndex {
  try QuerySession.open(directory: catalogue.root, revision: revision).searchIndex()
}

/// The one search index file in the cache (each index has a file of its own, named after its key).
private func cacheFile(_ catalogue: TemporaryCatalogue) throws -> CacheFile {
  let names = try searchIndexFiles(catalogue)
  try #require(names.count == 1)
  return CacheFile(gitDirectory: catalogue.repository.gitDirectory, name: names[0])
}

/// The names of the search index files in the cache folder.
func searchIndexFiles(_ catalogue: TemporaryCatalogue) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: catalogue.repository.gitDirectory + "casebook/cache")
    .filter { $0.hasPrefix(SearchIndex.cacheName + "-") }.sorted()
}

/// What a user sees of an index: every query below, answered.
private func answers(_ index: SearchIndex) throws -> [SearchResults] {
  let queries = [
    SearchQuery(facets: true), SearchQuery(words: QueryWord.parse(["flood", "twitter"])),
    SearchQuery(words: QueryWord.parse(["partici*"]), kinds: [.caseStudy, .policy]),
    SearchQuery(filters: SearchFilters(categories: ["inspraak"], countries: ["be"])),
  ]
  return try queries.map { try index.search($0) }
}

@Suite("Search index cache")
struct SearchCacheTests {
  @Test("The index is built once, then reused while nothing changes, with the same answers")
  func reused() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let first = try load(catalogue)
    #expect(first.source == .built)
    let second = try load(catalogue)
    #expect(second.source == .cache)
    #expect(try answers(second.index) == answers(first.index))
    #expect(second.index.documentCount == 7)
  }

  @Test("A changed file, a new file or a changed taxonomy makes a new index")
  func rebuiltOnChange() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    _ = try load(catalogue)
    try catalogue.write(
      "cases/gb/riverton/2011-gritting-updates.yaml",
      try #require(TemporaryCatalogue.searchFixtureFiles()["cases/gb/riverton/2011-gritting-updates.yaml"])
        .replacing("Gritting updates by text message", with: "Gritting and snowplough updates by text message"))
    let changed = try load(catalogue)
    #expect(changed.source == .built)
    #expect(try changed.index.search(SearchQuery(words: QueryWord.parse(["snowplough"]))).total == 1)
    #expect(try load(catalogue).source == .cache)
    let taxonomy = try String(contentsOfFile: catalogue.root + "/schema/categories.yaml", encoding: .utf8)
    try catalogue.write("schema/categories.yaml", taxonomy.replacing("      - meedenken\n", with: "      - meedenken\n      - buurtgesprek\n"))
    let retaxed = try load(catalogue)
    #expect(retaxed.source == .built)
    #expect(try retaxed.index.search(SearchQuery(filters: SearchFilters(categories: ["buurtgesprek"]))).total == 2)
  }

  @Test("A damaged cache file is rebuilt and gives the same answers", arguments: [0, 5, 30, 200, -1])
  func corrupt(position: Int) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let built = try load(catalogue)
    let path = try cacheFile(catalogue).path
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    bytes[position < 0 ? bytes.count - 1 : position] ^= 0x5A
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let rebuilt = try load(catalogue)
    #expect(rebuilt.source == .built)
    #expect(try answers(rebuilt.index) == answers(built.index))
    #expect(try load(catalogue).source == .cache)
  }

  @Test("A cache of another format version is rebuilt")
  func otherVersion() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let built = try load(catalogue)
    let file = try cacheFile(catalogue)
    let payload = try #require(file.load(version: SearchIndex.formatVersion))
    file.save(payload, version: SearchIndex.formatVersion - 1)
    let rebuilt = try load(catalogue)
    #expect(rebuilt.source == .built)
    #expect(try answers(rebuilt.index) == answers(built.index))
    #expect(file.load(version: SearchIndex.formatVersion) != nil)
  }

  @Test("A well-formed cache file with inconsistent content is rebuilt, never trusted", arguments: [1, 2, 3, 5, 8])
  func inconsistentPayload(parts: Int) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let built = try load(catalogue)
    let file = try cacheFile(catalogue)
    let payload = try #require(file.load(version: SearchIndex.formatVersion))
    // Keep the key so the payload is read, then cut it short or scramble its tail (checksum made to match).
    var damaged = Array(payload.prefix(payload.count * parts / 9))
    if parts % 2 == 1 { damaged += payload.dropFirst(damaged.count).map { $0 &+ 1 } }
    file.save(damaged, version: SearchIndex.formatVersion)
    let rebuilt = try load(catalogue)
    #expect(rebuilt.source == .built)
    #expect(try answers(rebuilt.index) == answers(built.index))
  }

  @Test("Processes building the index at the same time all get it right, and one complete file remains")
  func concurrentBuilders() async throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let root = catalogue.root
    let expected = try answers(SearchIndex(QuerySession.open(directory: root, revision: nil).catalogue()))
    let results = try await withThrowingTaskGroup(of: [SearchResults].self) { group in
      for _ in 0..<4 {
        group.addTask { try answers(QuerySession.open(directory: root, revision: nil).searchIndex().index) }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 4)
    #expect(results.allSatisfy { $0 == expected })
    #expect(try load(catalogue).source == .cache)
  }

  @Test("Files that fail validation are left out and listed; the rest is searchable")
  func invalidFiles() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    try catalogue.write("cases/gb/riverton/2012-broken.yaml", "title: [unclosed")
    try catalogue.write("cases/nl/lindendorp/2013-no-summary.yaml", "title: Geen samenvatting\nyear: 2013\n")
    let loaded = try load(catalogue)
    #expect(loaded.index.invalidFiles == ["cases/gb/riverton/2012-broken.yaml", "cases/nl/lindendorp/2013-no-summary.yaml"])
    #expect(try loaded.index.search(SearchQuery()).total == 6)
    #expect(try load(catalogue).index.invalidFiles == loaded.index.invalidFiles)
    let warning = try #require(SkippedFiles.warning(loaded.index.invalidFiles)).text(.en)
    #expect(warning.contains("2 files") && warning.contains("2012-broken.yaml") && !warning.contains("\n"))
  }

  @Test("--rev reads a bare repository's objects; each revision has its own index")
  func bareRevisions() throws {
    let catalogue = try TemporaryCatalogue.searchFixture(bare: true)
    try catalogue.commit(["cases/gb/riverton/2010-flood-volunteers.yaml": nil], message: "Remove a case", author: TestAuthors.bob)
    let head = try load(catalogue, revision: "HEAD")
    #expect(head.source == .built)
    #expect(try head.index.search(SearchQuery()).total == 5)
    let before = try load(catalogue, revision: "HEAD~1")
    #expect(before.source == .built)
    #expect(try before.index.search(SearchQuery()).total == 6)
    let bareDefault = try QuerySession.open(directory: catalogue.root, revision: nil).searchIndex()
    #expect(try bareDefault.index.search(SearchQuery()).total == 5)
  }

  @Test("At a revision the index is found by tree ids: kept across commits outside the catalogue, rebuilt inside it")
  func revisionTrees() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let revision = { () throws in try QuerySession.searchIndex(directory: catalogue.root, revision: "HEAD") }
    let listed = try load(catalogue, revision: "HEAD")
    #expect(listed.source == .built)
    // A session that listed the revision and one that did not share the index.
    let first = try revision()
    #expect(first.source == .cache)
    #expect(try answers(first.index) == answers(listed.index))
    try catalogue.commit(["README.md": "A catalogue of cases.\n"], message: "Add a read-me")
    let outside = try revision()
    #expect(outside.source == .cache)
    #expect(try answers(outside.index) == answers(first.index))
    try catalogue.commit(["cases/gb/riverton/2010-flood-volunteers.yaml": nil], message: "Remove a case")
    let inside = try revision()
    #expect(inside.source == .built)
    #expect(try inside.index.search(SearchQuery()).total == first.index.search(SearchQuery()).total - 1)
    #expect(try revision().source == .cache)
  }
}
