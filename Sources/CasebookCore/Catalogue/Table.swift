/// Rows and columns of plain text, rendered as an aligned table, CSV, or Markdown — for every command that
/// lists things (search results, stats, league tables).
public struct Table: Sendable, Hashable {
  /// Column headings.
  public var columns: [String]
  /// Cells, one array per row, as many cells as columns.
  public var rows: [[String]]
  /// Columns that hold numbers, aligned right in the terminal table.
  public var numericColumns: Set<Int>
  /// Columns of ids, codes and paths, which are not wrapped to fit a narrow terminal while a text column can
  /// still give up width.
  public var unbreakableColumns: Set<Int>

  /// Creates a table.
  public init(
    columns: [String], rows: [[String]] = [], numericColumns: Set<Int> = [], unbreakableColumns: Set<Int> = []
  ) {
    self.columns = columns
    self.rows = rows
    self.numericColumns = numericColumns
    self.unbreakableColumns = unbreakableColumns
  }

  /// Columns aligned with spaces, a rule under the heading; for reading in a terminal. When the table is
  /// wider than `width` (by default ``TerminalLayout/width``), the widest text columns wrap, so that each
  /// row takes several lines (see ``TableFitting``).
  public func aligned(width: Int? = TerminalLayout.width) -> String {
    let parts = alignedParts(width: width)
    return parts.heading + parts.rows.joined()
  }

  /// ``aligned(width:)`` in parts: the heading with its rule, and each row's lines (a wrapped row has
  /// several), each part ending with a line break; for renderers that add lines after a row.
  public func alignedParts(width: Int? = TerminalLayout.width) -> (heading: String, rows: [String]) {
    var widths = columns.map(\.displayWidth)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.displayWidth)
      }
    }
    let gaps = 2 * max(0, widths.count - 1)
    if let width, widths.reduce(gaps, +) > width {
      widths = TableFitting(self, natural: widths, width: max(width, TerminalLayout.minimumWidth)).widths
    }
    func line(_ cells: [String]) -> String {
      let wrapped = cells.enumerated().map { TableFitting.lines($1, width: widths[$0]) }
      let height = wrapped.map(\.count).max() ?? 1
      var lines: [String] = []
      for lineNumber in 0..<height {
        var parts: [String] = []
        for (index, cellLines) in wrapped.enumerated() {
          let cell = lineNumber < cellLines.count ? cellLines[lineNumber] : ""
          let padding = String(repeating: " ", count: max(0, widths[index] - cell.displayWidth))
          let last = index == cells.count - 1
          parts.append(numericColumns.contains(index) ? padding + cell : cell + (last ? "" : padding))
        }
        var text = parts.joined(separator: "  ")
        while height > 1, text.hasSuffix(" ") { text.removeLast() }
        lines.append(text)
      }
      return lines.joined(separator: "\n")
    }
    let heading = line(columns) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
    return (heading, rows.map { line($0) + "\n" })
  }

  /// RFC 4180 CSV with CRLF line ends: fields with a comma, quote or line break are quoted, quotes doubled.
  /// A text cell that a spreadsheet would take for a formula is neutralised (``csvCell(_:numeric:)``); cells
  /// of ``numericColumns`` that are numbers stay numbers.
  public func csv() -> String {
    var lines = [columns.map { Self.csvCell($0, numeric: false) }.joined(separator: ",")]
    for row in rows {
      lines.append(row.enumerated().map { Self.csvCell($1, numeric: numericColumns.contains($0)) }.joined(separator: ","))
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  /// One CSV field. Text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (or the fullwidth
  /// `＝`, `＋`, `－`, `＠`, which some spreadsheets read the same way) would be run as a formula by Excel,
  /// LibreOffice or Google Sheets — `=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)` — so it gets a leading `'` and
  /// quotes (OWASP's advice against CSV injection); a spreadsheet then shows it as text. A cell of a numeric
  /// column is left alone when it is a number (`-2.5`), so numbers stay numbers.
  static func csvCell(_ text: String, numeric: Bool) -> String {
    if let first = text.unicodeScalars.first, formulaStarts.contains(first), !(numeric && isNumber(text)) {
      return "\"'" + text.replacing("\"", with: "\"\"") + "\""
    }
    return csvField(text)
  }

  private static let formulaStarts: Set<Unicode.Scalar> = [
    "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
  ]

  /// A decimal number as casebook writes numbers: an optional minus, digits, an optional fraction.
  private static func isNumber(_ text: String) -> Bool {
    let digits = text.utf8.first == UInt8(ascii: "-") ? text.utf8.dropFirst() : text.utf8[...]
    let parts = digits.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    return (1...2).contains(parts.count)
      && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
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
