import CasebookText
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

private func jsonObject(_ text: String) throws -> [String: Any] {
  try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

/// CSV text without its byte-order mark, after checking it has one.
private func withoutBOM(_ text: String) throws -> String {
  #expect(text.hasPrefix("\u{FEFF}"), "CSV for spreadsheets starts with a UTF-8 byte-order mark")
  return String(text.dropFirst())
}

@Suite("stats: the coverage matrix")
struct CoverageTests {
  @Test("Cells count cases per category and country; a case with two categories counts in both rows")
  func byCountry() throws {
    let stats = try fixtureIndex().coverage(by: .country)
    #expect(stats.columns == ["BE", "GB", "NL"])
    func row(_ id: String) -> [Int]? { stats.rows.first { $0.category == id }?.counts }
    #expect(row("participate") == [1, 0, 1])
    #expect(row("community") == [2, 1, 0])
    #expect(row("inform") == [0, 2, 0])
    #expect(row("collaborate") == [0, 0, 0])
    #expect(stats.columnTotals == [2, 2, 2])
    #expect(stats.total == 6)
    #expect(stats.rows.map(\.category) == ["inform", "report", "participate", "campaign", "community", "service", "collaborate"])
    #expect(stats.gaps.map(\.category) == ["collaborate"])
    #expect((stats.municipalities, stats.countries, stats.policies, stats.cases) == (3, 3, 1, 6))
  }

  @Test("By year, every year from the first to the last is a column, empty years included")
  func byYear() throws {
    let stats = try fixtureIndex().coverage(by: .year)
    #expect(stats.columns == (2010...2021).map(String.init))
    #expect(stats.columnTotals.enumerated().filter { $0.element > 0 }.map { stats.columns[$0.offset] }
      == ["2010", "2011", "2012", "2016", "2019", "2021"])
  }

  @Test("Policies can be counted instead of cases")
  func policies() throws {
    let stats = try fixtureIndex().coverage(by: .country, kind: .policy)
    #expect(stats.total == 1)
    #expect(stats.rows.filter { $0.total > 0 }.map(\.category) == ["inform", "participate"])
  }

  @Test("Every format: gaps marked in table and Markdown, numbers in CSV and JSON")
  func formats() throws {
    let stats = try fixtureIndex().coverage(by: .country)
    let table = CoverageRenderer.render(stats, format: .table)
    #expect(table.contains("collaborate"))
    #expect(table.contains(CoverageRenderer.gapMark))
    #expect(table.contains("3 municipalities in 3 countries, 1 policy, 6 case studies"))
    #expect(CoverageRenderer.render(stats, format: .markdown).contains("| category | label | BE | GB | NL | total |"))
    let csv = try CSVReader.rows(withoutBOM(CoverageRenderer.render(stats, format: .csv)))
    #expect(csv.columns == ["category", "label", "BE", "GB", "NL", "total"])
    #expect(csv.rows.first { $0["category"] == "participate" }?["NL"] == "1")
    #expect(csv.rows.first { $0["category"] == "collaborate" }?["total"] == "0")
    #expect(csv.rows.last?["category"] == "all" && csv.rows.last?["total"] == "6")
    let json = try jsonObject(CoverageRenderer.render(stats, format: .json))
    #expect(json["cases"] as? Int == 6)
    #expect(json["gaps"] as? [String] == ["collaborate"])
    let rows = try #require(json["rows"] as? [[String: Any]])
    #expect((rows.first { $0["category"] as? String == "community" }?["counts"] as? [String: Int]) == ["BE": 2, "GB": 1, "NL": 0])
  }
}

@Suite("export")
struct ExportTests {
  private func export(_ kind: RecordKind) throws -> ExportTable {
    let catalogue = try TemporaryCatalogue.searchFixture()
    return try QuerySession.open(directory: catalogue.root, revision: nil).export(kind: kind).table
  }

  @Test("Cases: id and place first, then the schema's fields in its order, lists joined with '; ' in CSV")
  func casesCSV() throws {
    let table = try export(.caseStudy)
    #expect(Array(table.columns.prefix(8)) == ["id", "path", "country", "municipality", "municipality_name", "title", "summary", "year"])
    let schema = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: packageRoot + "/schema/case.schema.json")))
        as? [String: Any])
    let properties = try #require(schema["properties"] as? [String: Any])
    let topLevel = table.columns.dropFirst(5).map { String($0.split(separator: ".").first!) }
    #expect(Set(topLevel) == Set(properties.keys))
    #expect(table.columns.contains("sources.url") && table.columns.contains("contact.role"))
    let csv = try CSVReader.rows(withoutBOM(table.render(.csv)))
    #expect(csv.columns == table.columns)
    #expect(csv.rows.count == 6)
    let ijsbaan = try #require(csv.rows.first { $0["id"] == "be/beekhoven/2016-cafe-overleg-ijsbaan" })
    #expect(ijsbaan["title"] == "Café-overleg over de ijsbaan, met \"open\" inbreng")
    #expect(ijsbaan["categories"] == "participate; community")
    #expect(ijsbaan["municipality_name"] == "Beekhoven")
    #expect(ijsbaan["country"] == "BE")
    #expect(ijsbaan["year"] == "2016")
    #expect(ijsbaan["sources.url"] == "https://www.beekhoven.example/ijsbaan")
    #expect(ijsbaan["date"] == "")
  }

  @Test("JSON and NDJSON keep types and lists, with the same keys in the same order for every record")
  func casesJSON() throws {
    let table = try export(.caseStudy)
    let array = try #require(try JSONSerialization.jsonObject(with: Data(table.render(.json).utf8)) as? [[String: Any]])
    #expect(array.count == 6)
    #expect(array.allSatisfy { Set($0.keys) == Set(table.columns) })
    let flood = try #require(array.first { $0["id"] as? String == "gb/riverton/2010-flood-volunteers" })
    #expect(flood["year"] as? Int == 2010)
    #expect(flood["channels"] as? [String] == ["twitter"])
    let lines = table.render(.ndjson).split(separator: "\n")
    #expect(lines.count == 6)
    for line in lines {
      let object = try jsonObject(String(line))
      #expect(object.count == table.columns.count)
      let firstKey = line.dropFirst(2).prefix { $0 != "\"" }
      #expect(firstKey == "id")
    }
  }

  @Test("Policies flatten nested sections into dotted columns; municipalities keep their own fields")
  func otherKinds() throws {
    let policies = try export(.policy)
    #expect(policies.rows.count == 1)
    let row = Dictionary(uniqueKeysWithValues: zip(policies.columns, policies.rows[0]))
    #expect(row["listening.monitoring"] == .flag(true))
    #expect(row["listening.description"] == .text("Het communicatieteam volgt elke dag wat er over het dorp gezegd wordt."))
    #expect(row["goals"] == .list(["Inwoners denken online mee over plannen in het dorp."]))
    #expect(row["crisis.plan"] == .null)
    let municipalities = try export(.municipality)
    #expect(municipalities.rows.map { $0[0] } == [.text("be/beekhoven"), .text("gb/riverton"), .text("nl/lindendorp")])
    #expect(Array(municipalities.columns.prefix(4)) == ["id", "path", "name", "country"])
  }
}

@Suite("search output formats")
struct SearchFormatTests {
  private func results(facets: Bool = false) throws -> SearchResults {
    try fixtureIndex().search(SearchQuery(words: QueryWord.parse(["café", "flood"]), facets: facets))
  }

  /// The keys of each result the README documents for `--format json`.
  static let documentedKeys: Set<String> = [
    "id", "kind", "title", "municipality", "municipality_id", "country", "year", "categories", "channels", "language",
    "tags", "score", "matched_words", "path", "snippet",
  ]

  @Test("JSON has total, results with the documented keys, and facets when asked")
  func json() throws {
    let object = try jsonObject(SearchRenderer.render(try results(facets: true), format: .json))
    #expect(Set(object.keys) == ["total", "results", "facets"])
    #expect(object["total"] as? Int == 3)
    let results = try #require(object["results"] as? [[String: Any]])
    #expect(results.count == 3)
    for result in results { #expect(Set(result.keys) == Self.documentedKeys, "\(result)") }
    // The café case, as its file says (Fixtures/search/cases/be/beekhoven/2016-cafe-overleg-ijsbaan.yaml).
    let first = try #require(results.first)
    #expect(first["id"] as? String == "be/beekhoven/2016-cafe-overleg-ijsbaan")
    #expect(first["kind"] as? String == "case")
    #expect(first["title"] as? String == "Café-overleg over de ijsbaan, met \"open\" inbreng")
    #expect(first["municipality"] as? String == "Beekhoven")
    #expect(first["municipality_id"] as? String == "be/beekhoven")
    #expect(first["country"] as? String == "BE")
    #expect(first["year"] as? Int == 2016)
    #expect(first["categories"] as? [String] == ["participate", "community"])
    #expect(first["channels"] as? [String] == ["facebook"])
    #expect(first["language"] as? String == "nl")
    #expect(first["tags"] as? [String] == ["ijsbaan", "evenementen"])
    #expect((first["score"] as? Double).map { $0 > 0 } == true)
    #expect(first["matched_words"] as? Int == 1, "café, not flood")
    #expect(first["path"] as? String == "cases/be/beekhoven/2016-cafe-overleg-ijsbaan.yaml")
    #expect((first["snippet"] as? String)?.contains("café") == true)
    let facets = try #require(object["facets"] as? [String: Any])
    #expect(Set(facets.keys) == ["category", "country", "channel", "year"])
    #expect(facets["country"] as? [String: Int] == ["GB": 2, "BE": 1])
    #expect(object["hint"] == nil, "a hint only when nothing matches")

    let plain = try jsonObject(SearchRenderer.render(try self.results(), format: .json))
    #expect(Set(plain.keys) == ["total", "results"], "facets only when asked")
  }

  @Test("JSON for no results has total 0, empty results and the hint line")
  func jsonHint() throws {
    let query = SearchQuery(filters: SearchFilters(categories: ["report"], countries: ["gb"]))
    let none = try fixtureIndex().search(query)
    let object = try jsonObject(SearchRenderer.render(none, format: .json))
    #expect(Set(object.keys) == ["total", "results", "hint"])
    #expect(object["total"] as? Int == 0)
    #expect((object["results"] as? [Any])?.isEmpty == true)
    let hint = try #require(object["hint"] as? String)
    #expect(hint.contains("--category report") || hint.contains("--country gb"), "\(hint)")
    #expect(SearchRenderer.render(none, format: .table) == hint + "\n", "the same line as the table prints")
  }

  @Test("CSV parses back with accents and quotes intact")
  func csv() throws {
    let csv = try CSVReader.rows(withoutBOM(SearchRenderer.render(try results(), format: .csv)))
    #expect(csv.columns == SearchRenderer.csvColumns)
    #expect(csv.rows.count == 3)
    #expect(csv.rows.first { $0["id"] == "be/beekhoven/2016-cafe-overleg-ijsbaan" }?["title"]
      == "Café-overleg over de ijsbaan, met \"open\" inbreng")
  }

  @Test("Table and Markdown list id, title and snippet; matched words are bold only when asked")
  func tableAndMarkdown() throws {
    let plain = SearchRenderer.render(try results(), format: .table)
    #expect(plain.contains("be/beekhoven/2016-cafe-overleg-ijsbaan"))
    #expect(plain.contains("3 results"))
    #expect(!plain.contains("\u{1B}"))
    let colored = SearchRenderer.render(try results(), format: .table, color: true)
    #expect(colored.contains("\u{1B}[1mcafé\u{1B}[0m") && colored.contains("\u{1B}[1mflood\u{1B}[0m"))
    let markdown = SearchRenderer.render(try results(), format: .markdown)
    #expect(markdown.contains("| id | title | municipality | year | categories | snippet |"))
    #expect(markdown.contains("**café**"))
  }
}

@Suite("Output cannot drive the terminal")
struct ControlCharacterTests {
  @Test("A title with an escaped ESC or BEL is a located catalog.control-character error, and search leaves the file out")
  func escapedControlCharactersAreRefused() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let path = "cases/gb/riverton/2010-flood-volunteers.yaml"
    let text = try #require(TemporaryCatalogue.searchFixtureFiles()[path])
    try catalogue.write(
      path, text.replacing("title: Flood volunteers found through Twitter", with: #"title: "Flood \e[31mvolunteers\e]0;owned\a found""#))
    let report = try CatalogueValidator.run(ValidationRequest(directory: catalogue.root, paths: [path]))
    let problem = try #require(report.diagnostics.first { $0.rule == "catalog.control-character" })
    #expect(problem.file == path && problem.severity == .error && problem.pointer == "/title", "\(problem)")
    let titleLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("title:") }
    #expect(problem.line == titleLine.map { $0 + 1 } && problem.column == 8, "located on the title's value: \(problem)")
    #expect(problem.message.text(.en).contains(#"\u{1B}"#) && !problem.message.text(.en).contains("\u{1B}"), "\(problem.message)")
    let session = try QuerySession.open(directory: catalogue.root, revision: nil)
    let index = try session.searchIndex().index
    #expect(index.invalidFiles == [path])
    #expect(try index.search(SearchQuery(words: QueryWord.parse(["volunteers"]))).hits.isEmpty)
  }

  @Test("Tab, line feed and a CRLF file pass; CR, DEL, NUL and C1 inside text, and control characters in keys, do not",
    arguments: [
      (#"title: "Tab\there""#, nil), ("title: |\n  Two\n  lines", nil),
      (#"title: "carriage\rreturn""#, "catalog.control-character"), (#"title: "del\x7f""#, "catalog.control-character"),
      (#"title: "nul\0""#, "catalog.control-character"), (#"title: "csi\x9b2J""#, "catalog.control-character"),
      (#"title: "nel\N""#, "catalog.control-character"), (#"note: "bell\a""#, "catalog.control-character"),
      (#""key\e": value"#, "catalog.control-character"),
    ] as [(String, String?)])
  func whichCharacters(line: String, rule: String?) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let path = "cases/gb/riverton/2010-flood-volunteers.yaml"
    let text = try #require(TemporaryCatalogue.searchFixtureFiles()[path])
    let changed = text.replacing("title: Flood volunteers found through Twitter\n", with: "")
      .replacing("\n", with: "\r\n") + line.replacing("\n", with: "\r\n") + "\r\n"
    try catalogue.write(path, changed)
    let report = try CatalogueValidator.run(ValidationRequest(directory: catalogue.root, paths: [path]))
    let rules = report.diagnostics.filter { $0.rule == "catalog.control-character" }
    if rule == nil {
      #expect(rules.isEmpty, "\(report.diagnostics)")
    } else {
      #expect(rules.count == 1, "\(report.diagnostics)")
    }
  }

  @Test("The last pass makes every control character visible but line feed, tab and CRLF; styles only when asked")
  func lastPass() {
    let hostile = "a\u{1B}]0;owned\u{07}b\u{1B}[2Jc\u{9B}d\re\r\nf\tg\u{7F}"
    let plain = TerminalText.forTerminal(hostile, allowingStyles: false)
    #expect(plain == #"a\u{1B}]0;owned\u{7}b\u{1B}[2Jc\u{9B}d\u{D}e"# + "\r\nf\tg" + #"\u{7F}"#)
    let styled = TerminalText.forTerminal("\u{1B}[1mbold\u{1B}[0m \u{1B}[1;31merror\u{1B}[0m \u{1B}[2J", allowingStyles: true)
    #expect(styled == "\u{1B}[1mbold\u{1B}[0m \u{1B}[1;31merror\u{1B}[0m " + #"\u{1B}[2J"#)
    #expect(!TerminalText.forTerminal("\u{1B}[1mbold", allowingStyles: false).unicodeScalars.contains("\u{1B}"))
  }

  @Test("Markdown output escapes HTML and link syntax from the catalogue")
  func markdown() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let path = "cases/gb/riverton/2010-flood-volunteers.yaml"
    let text = try #require(TemporaryCatalogue.searchFixtureFiles()[path])
    try catalogue.write(
      path, text.replacing("title: Flood volunteers found through Twitter",
        with: #"title: "Flood <img src=x onerror=alert(1)> volunteers ![t](https://tracker.example/p.png) & [x](javascript:alert(1))""#))
    let session = try QuerySession.open(directory: catalogue.root, revision: nil)
    let results = try session.searchIndex().index.search(SearchQuery(words: QueryWord.parse(["volunteers"])))
    let outputs = [
      SearchRenderer.render(results, format: .markdown),
      RecordRenderer.render(try session.recordDetail("gb/riverton/2010-flood-volunteers"), format: .markdown),
    ]
    for output in outputs {
      #expect(!output.contains("<img") && !output.contains("![t]") && !output.contains(" [x]") && !output.contains("& "), "\(output)")
      #expect(output.contains("&lt;img src=x onerror=alert(1)&gt;") && output.contains(#"!\[t\](https://"#), "\(output)")
    }
  }
}
