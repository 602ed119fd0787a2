import CasebookCore
import CasebookData
import CasebookTestSupport
import Foundation
import Testing

/// Reads every cell of the workbook with openpyxl and prints the sheet's title, its rows and what is bold.
private let readWorkbook = #"""
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book.active
rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
print(json.dumps({"title": sheet.title, "sheets": book.sheetnames, "rows": rows,
                  "frozen": sheet.freeze_panes, "bold": all(cell.font.b for cell in sheet[1])}))
"""#

@Suite("export --format xlsx")
struct SpreadsheetTests {
  @Test("openpyxl reads every cell back: text in full with accents and line breaks, numbers, yes/no, lists",
        .enabled(if: TestPython.toolsAvailable), arguments: [RecordKind.caseStudy, .policy, .municipality])
  func everyCell(kind: RecordKind) throws {
    let catalogue = try ExportFixture.catalogue()
    let folder = try ExportFixture.outputFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let table = try QuerySession.open(directory: catalogue.root, revision: nil).export(kind: kind).table
    let path = folder + "/export.xlsx"
    try ExportWriter.writeWorkbook(table, to: path, force: false)
    let out = try TestPython.json(readWorkbook, [path], tools: true)
    #expect(out["sheets"] as? [String] == [["cases", "policies", "municipalities"][[RecordKind.caseStudy, .policy, .municipality].firstIndex(of: kind)!]])
    #expect(out["frozen"] as? String == "A2")
    #expect(out["bold"] as? Bool == true)
    let rows = try #require(out["rows"] as? [[Any]])
    #expect(rows.count == table.rows.count + 1)
    #expect(rows.first?.compactMap { $0 as? String } == table.columns)
    for (row, expected) in zip(rows.dropFirst(), table.rows) {
      #expect(row.count == table.columns.count)
      for (index, (cell, value)) in zip(row, expected).enumerated() {
        let column = table.columns[index]
        switch value {
        case .null: #expect(cell is NSNull, "\(column)")
        case .integer(let number): #expect((cell as? NSNumber)?.intValue == number, "\(column)")
        case .number(let number): #expect((cell as? NSNumber)?.doubleValue == number, "\(column)")
        case .flag(let flag): #expect((cell as? NSNumber)?.boolValue == flag && cell is NSNumber, "\(column)")
        case .text, .list: #expect(cell as? String == value.csvText, "\(column) of \(expected[0])")
        }
      }
    }
    if kind == .caseStudy {
      let long = try #require(rows.first { $0.first as? String == ExportFixture.longCaseID })
      let summary = try #require(table.columns.firstIndex(of: "summary"))
      let lessons = try #require(table.columns.firstIndex(of: "lessons"))
      #expect(long[summary] as? String == ExportFixture.longSummary, "the full text, never cut short")
      #expect(long[lessons] as? String == ExportFixture.lessonWithBreaks, "line break and tab kept")
    }
  }

  @Test("Characters XML cannot hold become U+FFFD; everything else is kept, a carriage return too")
  func controlCharacters() throws {
    let table = ExportTable(
      kind: .caseStudy, columns: ["id", "title"],
      rows: [[.text("nl/testdorp/2020-wijkapp"), .text("Bel\u{1B}[31m & <b>\"vet\"</b>\r\nideeën 😀\u{FFFE}")]])
    let folder = try ExportFixture.outputFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try ExportWriter.writeWorkbook(table, to: folder + "/t.xlsx", force: false)
    guard TestPython.toolsAvailable else { return }
    let rows = try #require(try TestPython.json(readWorkbook, [folder + "/t.xlsx"], tools: true)["rows"] as? [[Any]])
    #expect(rows.last?.last as? String == "Bel\u{FFFD}[31m & <b>\"vet\"</b>\r\nideeën 😀\u{FFFD}")
  }
}
