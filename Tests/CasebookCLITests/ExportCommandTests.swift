import CasebookTestSupport
import Foundation
import Testing

/// The ids in JSON output: an array of records (`export`) or an object with `results` (`search`).
private func ids(_ text: String) throws -> [String] {
  let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
  let records = (value as? [[String: Any]]) ?? ((value as? [String: Any])?["results"] as? [[String: Any]]) ?? []
  return records.compactMap { $0["id"] as? String }
}

@Suite("casebook export")
struct ExportCommandTests {
  @Test(
    "Words and filters select exactly the records search finds",
    arguments: [
      ["--country", "nl"], ["--country", "NL", "--year", "2023.."], ["--category", "inspraak"],
      ["--channel", "twitter", "--channel", "facebook"], ["--language", "en"], ["--tag", "meldingen"],
      ["--municipality", "Voorbeeldstad"], ["twitter"], ["meld*", "--country", "nl"],
      ["--category", "inform", "--kind", "policy"], ["--country", "be", "--kind", "policy"],
    ])
  func sameSelectionAsSearch(arguments: [String]) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    try catalogue.commit(try TemporaryCatalogue.files(under: "cases").mapValues { Optional($0) }, message: "Reference cases")
    let searched = try casebook(["search"] + arguments + ["--limit", "0", "--format", "json"], in: catalogue.root)
    let exported = try casebook(["export"] + arguments + ["--format", "json"], in: catalogue.root)
    #expect(searched.status == 0 && exported.status == 0, "\(searched)\n\(exported)")
    let expected = try ids(searched.output)
    #expect(!expected.isEmpty, "the example selects something")
    #expect(try ids(exported.output) == expected.sorted())
  }

  @Test("Municipalities: --country and --municipality select profiles; other filters, those with matching records")
  func municipalities() throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.commit(try TemporaryCatalogue.files(under: "cases").mapValues { Optional($0) }, message: "Reference cases")
    try catalogue.commit(["cases/gb/nowhere/municipality.yaml": Sample.municipality(name: "Nowhere", country: "GB")], message: "A profile without records")
    func exported(_ arguments: [String]) throws -> [String] {
      let result = try casebook(["export", "--kind", "municipality", "--format", "json"] + arguments, in: catalogue.root)
      #expect(result.status == 0, "\(result)")
      return try ids(result.output)
    }
    #expect(try exported(["--country", "gb"]) == ["gb/brighton-and-hove", "gb/newcastle", "gb/nowhere", "gb/somerset"])
    #expect(try exported(["--category", "participate"]) == ["gb/newcastle", "nl/voorbeeldstad"])
    #expect(try exported(["--category", "participate", "--country", "nl"]) == ["nl/voorbeeldstad"])
    #expect(try exported([]).count == 7)
  }

  @Test("Nothing matches: exit 0, the header alone, and which filter to drop")
  func nothingMatches() throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.commit(try TemporaryCatalogue.files(under: "cases").mapValues { Optional($0) }, message: "Reference cases")
    let result = try casebook(["export", "--category", "report", "--country", "gb"], in: catalogue.root)
    #expect(result.status == 0, "\(result)")
    let rows = try CSVReader.parse(String(result.output.dropFirst()))
    #expect(rows.count == 1 && rows.first?.first == "id")
    #expect(result.errors.contains("drop --category report to get"))
    #expect(try casebook(["export", "--category", "nonsense"], in: catalogue.root).status == 64)
  }

  @Test("Every CSV starts with the byte-order mark; the full text is kept", arguments: [["rank", "--format", "csv"], ["export"], ["search", "--format", "csv"], ["stats", "--format", "csv"]])
  func byteOrderMark(arguments: [String]) throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.commit(try TemporaryCatalogue.files(under: "cases").mapValues { Optional($0) }, message: "Reference cases")
    let result = try casebook(arguments, in: catalogue.root)
    #expect(result.status == 0, "\(result)")
    #expect(result.output.utf8.starts(with: [0xEF, 0xBB, 0xBF]), "\(arguments) lacks the byte-order mark")
    if arguments == ["export"] {
      let text = try String(contentsOfFile: packageRoot + "/cases/nl/voorbeeldstad/2024-meldingen-via-whatsapp.yaml", encoding: .utf8)
      let rows = try CSVReader.rows(String(result.output.dropFirst()))
      let row = try #require(rows.rows.first { $0["id"] == "nl/voorbeeldstad/2024-meldingen-via-whatsapp" })
      let summary = try #require(row["summary"])
      #expect(summary.count > 300)
      #expect(text.replacingOccurrences(of: "\n  ", with: " ").contains(summary), "the summary in full")
    }
  }

  @Test("File formats need --output; text formats refuse it; the SQLite export takes no selection")
  func usage() throws {
    let catalogue = try TemporaryCatalogue()
    for arguments in [
      ["--format", "xlsx"], ["--format", "sqlite"], ["--output", "x.csv"], ["--format", "sqlite", "--output", "x.db", "--kind", "case"],
      ["--format", "sqlite", "--output", "x.db", "--country", "nl"], ["--format", "xlsx", "--output", "x.xlsx", "--metadata", "m.json"],
    ] {
      let result = try casebook(["export"] + arguments, in: catalogue.root)
      #expect(result.status == 64, "\(arguments): \(result)")
    }
    #expect(!FileManager.default.fileExists(atPath: catalogue.root + "/x.db"))
  }

  @Test("--format sqlite writes the database and its metadata; a file it did not write is refused (exit 1)")
  func sqliteFiles() throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.commit(try TemporaryCatalogue.files(under: "cases").mapValues { Optional($0) }, message: "Reference cases")
    let first = try casebook(["export", "--format", "sqlite", "--output", "out/catalogue.db"], in: catalogue.root)
    #expect(first.status == 1, "the folder out/ does not exist: \(first)")
    #expect(first.errors.contains("the folder `out` does not exist"))
    let written = try casebook(["export", "--format", "sqlite", "--output", "catalogue.db", "--license", "CC BY 4.0"], in: catalogue.root)
    #expect(written.status == 0, "\(written)")
    let metadata = try String(contentsOfFile: catalogue.root + "/catalogue.metadata.json", encoding: .utf8)
    #expect(metadata.contains("\"license\": \"CC BY 4.0\"") && metadata.contains("\"catalogue\": {"))
    #expect(try casebook(["export", "--format", "sqlite", "--output", "catalogue.db"], in: catalogue.root).status == 0)
    try catalogue.write("notes.db", "mine\n")
    let refused = try casebook(["export", "--format", "sqlite", "--output", "notes.db"], in: catalogue.root)
    #expect(refused.status == 1)
    #expect(refused.errors.contains("`notes.db` exists and is not a SQLite database that casebook wrote"))
    #expect(try String(contentsOfFile: catalogue.root + "/notes.db", encoding: .utf8) == "mine\n")
  }
}
