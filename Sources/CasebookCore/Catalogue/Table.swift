/// Rows and columns of plain text, rendered as an aligned table, CSV, or Markdown — for every command that
/// lists things (search results, stats, league tables).
public struct Table: Sendable, Hashable {
  /// Column headings.
  public var columns: [String]
  /// Cells, one array per row, as many cells as columns.
  public var rows: [[String]]
  /// Columns that hold numbers, aligned right in the terminal table.
  public var numericColumns: Set<Int>

  /// Creates a table.
  public init(columns: [String], rows: [[String]] = [], numericColumns: Set<Int> = []) {
    self.columns = columns
    self.rows = rows
    self.numericColumns = numericColumns
  }

  /// Columns aligned with spaces, a rule under the heading; for reading in a terminal.
  public func aligned() -> String {
    var widths = columns.map(\.displayWidth)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.displayWidth)
      }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (index, cell) in cells.enumerated() {
        let padding = String(repeating: " ", count: max(0, widths[index] - cell.displayWidth))
        let last = index == cells.count - 1
        parts.append(numericColumns.contains(index) ? padding + cell : cell + (last ? "" : padding))
      }
      return parts.joined(separator: "  ")
    }
    var output = line(columns) + "\n"
    output += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
    for row in rows { output += line(row) + "\n" }
    return output
  }

  /// RFC 4180 CSV with CRLF line ends: fields with a comma, quote or line break are quoted, quotes doubled.
  public func csv() -> String {
    ([columns] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }

  /// A GitHub-flavoured Markdown table; `|` in cells is escaped and line breaks become spaces.
  public func markdown() -> String {
    func line(_ cells: [String]) -> String {
      "| " + cells.map(Self.markdownCell).joined(separator: " | ") + " |"
    }
    let rule = columns.indices.map { numericColumns.contains($0) ? "---:" : "---" }
    return ([line(columns), "| " + rule.joined(separator: " | ") + " |"] + rows.map(line)).joined(separator: "\n") + "\n"
  }

  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }

  static func markdownCell(_ text: String) -> String {
    text.replacing("\\", with: "\\\\").replacing("|", with: "\\|").replacing("\r\n", with: " ")
      .replacing("\n", with: " ")
  }
}

extension String {
  /// Width in a terminal, counting each character as one column (wide East Asian text is rare here).
  var displayWidth: Int { count }
}
