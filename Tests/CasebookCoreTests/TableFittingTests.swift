@testable import CasebookCore
import Testing

/// The lines of `table` laid out for `width`, without the heading and its rule.
private func bodyLines(_ table: Table, width: Int?) -> [String] {
  let parts = table.alignedParts(width: width)
  return parts.rows.joined().split(separator: "\n").map(String.init)
}

private let wide = Table(
  columns: ["ID", "TITLE", "MUNICIPALITY", "YEAR"],
  rows: [
    [
      "gb/brighton-and-hove/2010-snow-4x4-drivers", "Volunteer 4x4 drivers recruited on Twitter during heavy snow",
      "Brighton & Hove (GB)", "2010",
    ],
    ["nl/voorbeeldstad/2023-wijkbudget", "Inwoners beslissen mee over het wijkbudget", "Voorbeeldstad (NL)", "2023"],
  ], numericColumns: [3], unbreakableColumns: [0])

@Suite("Tables fit the terminal")
struct TableFittingTests {
  @Test("Without a width, or when it fits, a table is laid out as it always was", arguments: [nil, 200] as [Int?])
  func fits(width: Int?) {
    let lines = wide.aligned(width: width).split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[2].hasPrefix("gb/brighton-and-hove/2010-snow-4x4-drivers  Volunteer 4x4 drivers recruited"))
  }

  @Test("Narrower: every line fits, text wraps at spaces, numbers stay whole", arguments: [60, 80, 100])
  func wraps(width: Int) {
    let text = wide.aligned(width: width)
    for line in text.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
    // Nothing is lost: the words of every cell are all still there, in order.
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    for word in ["Volunteer", "recruited", "Twitter", "heavy", "snow", "wijkbudget", "2010", "2023"] {
      #expect(words.contains(Substring(word)), "\(word) in\n\(text)")
    }
  }

  @Test("The text column gives up width before the id column; an id breaks only after / or -")
  func idsLast() {
    let lines = bodyLines(wide, width: 100)
    // At 100 columns the id column keeps its widest value: only TITLE and MUNICIPALITY wrap.
    #expect(lines[0].hasPrefix("gb/brighton-and-hove/2010-snow-4x4-drivers  "), "\(lines)")
    let narrow = bodyLines(wide, width: 60)
    let idColumn = narrow.map { String($0.prefix(while: { $0 != " " })) }.filter { !$0.isEmpty }
    #expect(idColumn.joined().hasPrefix("gb/brighton-and-hove/2010-snow-4x4-drivers"), "\(narrow)")
    for fragment in idColumn.dropLast() where !fragment.hasSuffix("drivers") {
      #expect(fragment.hasSuffix("/") || fragment.hasSuffix("-"), "\(fragment) in \(narrow)")
    }
  }

  @Test("A heading of a number column wraps before the numbers under it break")
  func numberHeadings() {
    let table = Table(
      columns: ["Municipality", "Authentic and credible", "Experimenting"], rows: [["Voorbeeldstad", "100", "52.3"]],
      numericColumns: [1, 2])
    let text = table.aligned(width: 40)
    for line in text.split(separator: "\n") { #expect(line.count <= 40, "\(line)") }
    #expect(text.contains("Voorbeeldstad"))
    #expect(text.contains(" 100") && text.contains("52.3"), "\(text)")
    #expect(text.contains("Authentic"), "\(text)")
  }
}
