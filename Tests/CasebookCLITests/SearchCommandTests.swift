import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

private func csvRows(_ text: String) throws -> (columns: [String], rows: [[String: String]]) {
  #expect(text.hasPrefix("\u{FEFF}"))
  return try CSVReader.rows(String(text.dropFirst()))
}

@Suite("casebook search")
struct SearchCommandTests {
  @Test("Words and filters find cases; --format json has total and results")
  func json() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let result = try casebook(["search", "flood", "twitter", "--country", "GB", "--format", "json"], in: catalogue.root)
    #expect(result.status == 0, "\(result)")
    let object = try jsonObject(result.output)
    #expect(object["total"] as? Int == 2)
    let ids = (object["results"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    #expect(ids?.first == "gb/riverton/2010-flood-volunteers")
    #expect(result.errors.isEmpty)
  }

  @Test("Repeated filters: one filter's values are alternatives, different filters must all hold")
  func repeatedFilters() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let result = try casebook(
      ["-C", catalogue.root, "search", "--category", "inspraak", "--category", "melden", "--country", "nl", "--format", "csv"])
    #expect(result.status == 0, "\(result)")
    let csv = try csvRows(result.output)
    #expect(Set(csv.rows.compactMap { $0["id"] }) == ["nl/lindendorp/2021-inspraak-marktplein", "nl/lindendorp/2019-meldingen-twitter"])
  }

  @Test("The table shows id, title and snippet, and facets on request; Markdown is a table")
  func tableAndMarkdown() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let table = try casebook(["search", "ijsbaan", "--facets"], in: catalogue.root)
    #expect(table.status == 0, "\(table)")
    #expect(table.output.contains("be/beekhoven/2016-cafe-overleg-ijsbaan"))
    #expect(table.output.contains("Facets"))
    #expect(!table.output.contains("\u{1B}"), "no highlighting when output is not a terminal")
    let markdown = try casebook(["search", "ijsbaan", "--format", "markdown"], in: catalogue.root)
    #expect(markdown.output.hasPrefix("| id | title |"))
  }

  @Test("An unknown category exits 64 and lists the categories with a did-you-mean")
  func unknownCategory() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let result = try casebook(["search", "--category", "particpation"], in: catalogue.root)
    #expect(result.status == 64)
    #expect(result.errors.contains("did you mean `participate`"), "\(result.errors)")
    #expect(result.errors.contains("collaborate"))
    #expect(result.output.isEmpty)
  }

  @Test("Bad usage exits 64", arguments: [
    ["search", "--year", "twenty"], ["search", "--country", "zz"], ["search", "--municipality", "nowhere"],
    ["search", "--facets", "--format", "csv"], ["search", "--kind", "everything"], ["search", "--limit", "-1"],
    ["search", "--rev", "no-such-branch"],
  ])
  func usage(arguments: [String]) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let result = try casebook(arguments, in: catalogue.root)
    #expect(result.status == 64, "\(result)")
  }

  @Test("No result exits 0 with a line that says which filter to drop")
  func noResults() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let result = try casebook(["search", "--category", "community", "--country", "nl"], in: catalogue.root)
    #expect(result.status == 0)
    #expect(result.output.contains("drop --country nl to get 3 results"), "\(result.output)")
  }

  @Test("Files that fail validation are skipped with one warning line naming them")
  func invalidFiles() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    try catalogue.write("cases/gb/riverton/2012-broken.yaml", "title: [")
    let result = try casebook(["search", "flood", "--format", "json"], in: catalogue.root)
    #expect(result.status == 0)
    let warnings = result.errors.split(separator: "\n")
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains("cases/gb/riverton/2012-broken.yaml") == true)
    #expect(try jsonObject(result.output)["total"] as? Int == 2)
  }

  @Test("--rev searches a revision in a bare repository; a second run reads the cache and answers the same")
  func bare() throws {
    let catalogue = try TemporaryCatalogue.searchFixture(bare: true)
    try catalogue.commit(["cases/gb/riverton/2011-gritting-updates.yaml": nil], message: "Remove", author: TestAuthors.bob)
    let head = try casebook(["-C", catalogue.root, "search", "flood", "--rev", "HEAD", "--format", "json"])
    #expect(head.status == 0, "\(head)")
    #expect(try jsonObject(head.output)["total"] as? Int == 1)
    let before = try casebook(["-C", catalogue.root, "search", "flood", "--rev", "HEAD~1", "--format", "json"])
    #expect(try jsonObject(before.output)["total"] as? Int == 2)
    let again = try casebook(["-C", catalogue.root, "search", "flood", "--rev", "HEAD~1", "--format", "json"])
    #expect(again.output == before.output)
    // Each revision's index has a file of its own.
    let cached = try FileManager.default.contentsOfDirectory(atPath: catalogue.repository.gitDirectory + "casebook/cache")
    #expect(cached.filter { $0.hasPrefix("search-index-") }.count == 2)
  }

  @Test("Two searches at the same time on a fresh repository both answer correctly")
  func concurrent() async throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let root = catalogue.root
    let outputs = try await withThrowingTaskGroup(of: String.self) { group in
      for _ in 0..<3 { group.addTask { try casebook(["search", "--kind", "all", "--format", "json"], in: root).output } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(Set(outputs).count == 1)
    #expect(try jsonObject(outputs[0])["total"] as? Int == 7)
  }
}

@Suite("casebook show, stats, export")
struct ShowStatsExportCommandTests {
  @Test("show prints the record with its provenance; --history lists every commit")
  func show() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let path = "cases/gb/riverton/2010-flood-volunteers.yaml"
    let text = try #require(TemporaryCatalogue.searchFixtureFiles()[path])
    try catalogue.commit([path: text.replacing("Forty", with: "Fifty")], message: "Update the count", author: TestAuthors.carol)
    let result = try casebook(["show", "gb/riverton/2010-flood-volunteers", "--history"], in: catalogue.root)
    #expect(result.status == 0, "\(result)")
    #expect(result.output.hasPrefix("Flood volunteers found through Twitter\n"))
    #expect(result.output.contains("First submitted: 2020-09-13 by Alice Jansen"))
    #expect(result.output.contains("Last changed: 2023-11-14 by Carol Smith"))
    #expect(result.output.contains("Revisions: 2"))
    #expect(result.output.contains("Update the count"))
    let json = try jsonObject(try casebook(["show", path, "--format", "json"], in: catalogue.root).output)
    #expect((json["provenance"] as? [String: Any])?["revisions"] as? Int == 2)
    let yaml = try casebook(["show", "gb/riverton/2010-flood-volunteers", "--format", "yaml"], in: catalogue.root)
    #expect(yaml.output.contains("\nyear: 2010\n"))
    let markdown = try casebook(["show", "nl/lindendorp/policy", "--format", "markdown"], in: catalogue.root)
    #expect(markdown.output.hasPrefix("# Sociale-mediabeleid Lindendorp"))
  }

  @Test("show says when the working-tree file has uncommitted changes")
  func uncommitted() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let path = "cases/gb/riverton/2010-flood-volunteers.yaml"
    try catalogue.write(path, try #require(TemporaryCatalogue.searchFixtureFiles()[path]).replacing("Forty", with: "Sixty"))
    let result = try casebook(["show", "gb/riverton/2010-flood-volunteers"], in: catalogue.root)
    #expect(result.output.contains("uncommitted changes"))
    #expect(result.output.contains("Sixty residents"))
  }

  @Test("show with an unknown id exits 64 and suggests the nearest")
  func showUnknown() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let result = try casebook(["show", "gb/riverton/2010-flod-volunteers"], in: catalogue.root)
    #expect(result.status == 64)
    #expect(result.errors.contains("gb/riverton/2010-flood-volunteers"))
  }

  @Test("show, stats and export read a bare repository")
  func bare() throws {
    let catalogue = try TemporaryCatalogue.searchFixture(bare: true)
    let show = try casebook(["-C", catalogue.root, "show", "nl/lindendorp", "--rev", "HEAD"])
    #expect(show.status == 0, "\(show)")
    #expect(show.output.contains("nl/lindendorp/2021-inspraak-marktplein"))
    let stats = try casebook(["-C", catalogue.root, "stats", "--format", "json"])
    #expect(try jsonObject(stats.output)["cases"] as? Int == 6)
    let export = try casebook(["-C", catalogue.root, "export", "--format", "ndjson", "--rev", "HEAD"])
    #expect(export.output.split(separator: "\n").count == 6)
  }

  @Test("stats prints the gap map; csv parses back")
  func stats() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let table = try casebook(["stats"], in: catalogue.root)
    #expect(table.status == 0)
    #expect(table.output.contains("No case studies yet for: collaborate"))
    let csv = try csvRows(try casebook(["stats", "--by", "year", "--format", "csv"], in: catalogue.root).output)
    #expect(csv.columns.first == "category" && csv.columns.contains("2015"))
    #expect(csv.rows.first { $0["category"] == "inform" }?["2011"] == "1")
  }

  @Test("export writes csv, json and ndjson with the same records", arguments: ["case", "policy", "municipality"])
  func export(kind: String) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let expected = ["case": 6, "policy": 1, "municipality": 3][kind]!
    let csv = try csvRows(try casebook(["export", "--kind", kind], in: catalogue.root).output)
    #expect(csv.rows.count == expected)
    #expect(csv.columns.prefix(2) == ["id", "path"])
    let json = try JSONSerialization.jsonObject(
      with: Data(try casebook(["export", "--kind", kind, "--format", "json"], in: catalogue.root).output.utf8))
    #expect((json as? [[String: Any]])?.compactMap { $0["id"] as? String } == csv.rows.compactMap { $0["id"] })
    let ndjson = try casebook(["export", "--kind", kind, "--format", "ndjson"], in: catalogue.root)
    #expect(ndjson.output.split(separator: "\n").count == expected)
  }
}
