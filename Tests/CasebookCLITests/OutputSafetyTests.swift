import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// Reads a CSV file with Python's `csv` module: a reader that shares no code with casebook.
private func pythonCSV(_ text: String) throws -> [[String]] {
  let file = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-\(UUID().uuidString).csv")
  try Data(text.utf8).write(to: file)
  defer { try? FileManager.default.removeItem(at: file) }
  let result = try runProgram(
    URL(fileURLWithPath: "/usr/bin/env"),
    [
      "python3", "-c",
      "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')))))",
      file.path,
    ])
  guard result.status == 0, let rows = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String]]
  else { throw CocoaError(.coderReadCorrupt) }
  return rows
}

/// The column `name` of parsed CSV rows (header first).
private func column(_ name: String, _ rows: [[String]]) throws -> [String] {
  let index = try #require(rows.first?.firstIndex(of: name), "no column \(name) in \(rows.first ?? [])")
  return rows.dropFirst().map { $0[index] }
}

/// Titles a spreadsheet would run as formulas, each a valid case title.
private let formulaTitles = [
  #"=HYPERLINK("http://evil.example","Klik hier")"#, "+cmd|' /C calc'!A0", "-2+3 wijkbudget", "@SUM(1+1) meldingen",
  "\tTab voorop in de titel", "＝SUM(1;1) breedteteken",
]

@Suite("CSV output cannot run formulas")
struct CSVInjectionTests {
  @Test("search, export, stats and rank neutralise formula cells; numbers stay numbers")
  func formulas() throws {
    let catalogue = try TemporaryCatalogue()
    var files: [String: String] = [
      "cases/nl/testdorp/municipality.yaml": Sample.municipality(name: "=Testdorp"),
      "cases/nl/testdorp/policy.yaml": Sample.policy(title: "\"@Beleid sociale media\""),
    ]
    for (number, title) in formulaTitles.enumerated() {
      let quoted = "\"" + title.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\t", with: "\\t") + "\""
      files["cases/nl/testdorp/20\(10 + number)-geval-\(number).yaml"] = Sample.caseStudy(title: quoted, year: 2010 + number)
    }
    let categories = try String(contentsOfFile: packageRoot + "/schema/categories.yaml", encoding: .utf8)
    files["schema/categories.yaml"] = categories.replacing("en: Informing residents", with: "en: \"-Informing residents\"")
    try catalogue.commit(files, message: "Cases with formula titles")
    let validation = try casebook(["validate"], in: catalogue.root)
    #expect(validation.status == 0, "the titles are valid text: \(validation)")

    let search = try casebook(["search", "--format", "csv", "--limit", "0"], in: catalogue.root)
    let searchRows = try pythonCSV(search.output)
    #expect(Set(try column("title", searchRows)) == Set(formulaTitles.map { "'" + $0 }), "\(searchRows)")
    #expect(Set(try column("municipality", searchRows)) == ["'=Testdorp"])
    #expect(Set(try column("year", searchRows)) == Set((2010..<2016).map(String.init)), "years stay numbers")

    let export = try casebook(["export"], in: catalogue.root)
    let exportRows = try pythonCSV(export.output)
    #expect(Set(try column("title", exportRows)) == Set(formulaTitles.map { "'" + $0 }), "\(exportRows)")
    #expect(Set(try column("municipality_name", exportRows)) == ["'=Testdorp"])
    #expect(Set(try column("year", exportRows)) == Set((2010..<2016).map(String.init)))

    let stats = try pythonCSV(try casebook(["stats", "--format", "csv"], in: catalogue.root).output)
    #expect(try column("label", stats).contains("'-Informing residents"), "\(stats)")

    let rank = try casebook(["rank", "--format", "csv"], in: catalogue.root)
    let rankRows = try pythonCSV(rank.output)
    try #require(rankRows.count == 2, "\(rankRows)")
    #expect(rankRows[1][1] == "'=Testdorp", "\(rankRows)")
    #expect(rankRows[1][0] == "1" && Double(rankRows[1][3]) != nil, "rank and score stay numbers: \(rankRows)")

    for output in [search.output, export.output, rank.output] {
      let cells = try pythonCSV(output).joined()
      #expect(!cells.contains { ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"].contains($0.first) && Double($0) == nil })
    }
  }
}

@Suite("Output cannot drive the terminal, whatever the files say")
struct TerminalEscapeTests {
  /// A catalogue with an invalid case whose title holds escape sequences, a valid case committed by an author
  /// whose git name holds one, a policy folder whose name holds one, and a municipality with a valid policy.
  private func hostileCatalogue() throws -> TemporaryCatalogue {
    let catalogue = try TemporaryCatalogue()
    try catalogue.commit(
      [
        "cases/nl/testdorp/municipality.yaml": Sample.municipality(),
        "cases/nl/testdorp/policy.yaml": Sample.policy(),
        "cases/nl/testdorp/2020-wijkapp.yaml": Sample.caseStudy(),
        "cases/nl/testdorp/2021-kleur.yaml": Sample.caseStudy(title: #""Kleur \e[31mrood\e]0;overgenomen\a en \x9b2J""#),
        "cases/nl/\u{1B}[2J/policy.yaml": Sample.policy(),
      ], message: "Add Testdorp")
    try catalogue.commit(
      ["cases/nl/testdorp/2022-buurt.yaml": Sample.caseStudy(title: "Buurtapp voor meldingen", year: 2022)],
      message: "Add \u{1B}]0;titel\u{07} a case",
      author: Signature(name: "Eve \u{1B}[31mRed\u{1B}[0m", email: "eve@example.org", time: 1_700_000_000))
    return catalogue
  }

  @Test("validate reports the escaped ESC as catalog.control-character; no command writes a raw control character",
    arguments: [[], ["--rev", "HEAD"]])
  func noRawControlCharacters(revision: [String]) throws {
    let catalogue = try hostileCatalogue()
    let validate = try casebook(["validate"] + revision, in: catalogue.root)
    #expect(validate.status == 1)
    #expect(validate.output.contains("cases/nl/testdorp/2021-kleur.yaml:1:8: error: [catalog.control-character]"), "\(validate)")
    let runs: [[String]] = [
      ["validate"], ["validate", "--format", "github"], ["search", "kleur"], ["search", "--format", "csv"],
      ["search", "--format", "markdown"], ["show", "nl/testdorp/2022-buurt", "--history"],
      ["show", "nl/testdorp/2021-kleur"], ["show", "nl/\u{1B}[2J/policy"], ["stats"], ["export"],
      ["compare", "testdorp"], ["compare", "\u{1B}]0;x\u{07}"], ["compare", "testdorp", "--model", "\u{1B}[2J.yaml"],
      ["rank"], ["rank", "--format", "markdown"], ["rank", "--format", "csv"], ["search", "--\u{1B}[31m"],
    ]
    for arguments in runs {
      let run = try casebook(arguments + revision, in: catalogue.root)
      for (stream, text) in [("output", run.output), ("errors", run.errors)] {
        let raw = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" || (0x7F...0x9F).contains($0.value) }
        #expect(raw.isEmpty, "casebook \(arguments) \(revision) wrote \(raw.map { $0.value }) to its \(stream): \(run)")
      }
    }
    let show = try casebook(["show", "nl/testdorp/2022-buurt"] + revision, in: catalogue.root)
    #expect(show.output.contains(#"Eve \u{1B}[31mRed\u{1B}[0m"#), "the author's name is shown with its escapes visible: \(show)")
  }
}
