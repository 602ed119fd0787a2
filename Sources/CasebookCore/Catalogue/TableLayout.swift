/// The width text for a terminal may take. The command line sets it once, around a whole command, from the
/// terminal (or `COLUMNS`); renderers read it where they lay out tables and paragraphs. Unset (a pipe, a
/// file, a test) means no limit: lines are as long as their content.
public enum TerminalLayout {
  /// Columns available; nil for no limit.
  @TaskLocal public static var width: Int?

  /// The narrowest width casebook lays tables out for; below it, lines run over.
  public static let minimumWidth = 40
}

/// Fitting a table into a width: the widest columns give up width first and wrap at spaces; numbers and
/// columns of ids keep the width of their values (only their headings wrap) unless nothing else can shrink.
struct TableFitting {
  /// The width every column gets.
  let widths: [Int]

  /// Shrinks the natural widths of `table`'s columns until the rows fit `width` (two spaces between columns),
  /// in stages, each taking width from the widest column that can still give some:
  /// 1. text columns down to 16 columns, or their longest word up to 24, or their heading's longest word;
  ///    numbers and ids down to their widest value (their headings wrap);
  /// 2. ids down to their longest part between `/` and `-` (at least 8 columns), broken after one of those;
  /// 3. the headings of numbers, broken inside words, down to the widest value;
  /// 4. text and ids down to 8 columns, words broken where they must be.
  init(_ table: Table, natural: [Int], width: Int) {
    var widths = natural
    let gaps = 2 * max(0, natural.count - 1)
    let headingWords = table.columns.map { $0.split(separator: " ").map(\.count).max() ?? 0 }
    var cells = natural.map { _ in 0 }
    var words = natural.map { _ in 0 }
    var segments = natural.map { _ in 0 }
    for row in table.rows {
      for (index, cell) in row.enumerated() where index < cells.count {
        cells[index] = max(cells[index], cell.displayWidth)
        words[index] = max(words[index], cell.split(separator: " ").map(\.count).max() ?? 0)
        if table.unbreakableColumns.contains(index) { segments[index] = max(segments[index], Self.longestSegment(cell)) }
      }
    }
    let soft = natural.indices.map { index in
      let isText = !table.numericColumns.contains(index) && !table.unbreakableColumns.contains(index)
      let keep = isText ? max(16, min(words[index], 24)) : cells[index]
      return min(natural[index], max(headingWords[index], keep))
    }
    let ids = natural.indices.map { index in
      table.unbreakableColumns.contains(index)
        ? min(soft[index], max(8, headingWords[index], segments[index])) : soft[index]
    }
    let headings = natural.indices.map { index in
      table.numericColumns.contains(index) ? min(ids[index], max(cells[index], 1)) : ids[index]
    }
    let last = natural.indices.map { index in table.numericColumns.contains(index) ? headings[index] : min(ids[index], 8) }
    func shrinkWidest(_ minimum: [Int]) -> Bool {
      let open = widths.indices.filter { widths[$0] > minimum[$0] }
      // Of equally wide columns the rightmost gives first: tables put what matters most on the left.
      guard let widest = open.max(by: { (widths[$0], $0) < (widths[$1], $1) }) else { return false }
      widths[widest] -= 1
      return true
    }
    while widths.reduce(gaps, +) > width, shrinkWidest(soft) || shrinkWidest(ids) || shrinkWidest(headings) || shrinkWidest(last) {}
    self.widths = widths
  }

  /// The lines of a cell in a column `width` wide: words wrapped at spaces; a word longer than the column
  /// is cut after a `/` or `-` where it can be, else where it must.
  static func lines(_ text: String, width: Int) -> [String] {
    guard text.displayWidth > width, width > 0 else { return [text] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
      var word = word
      if !line.isEmpty, line.displayWidth + 1 + word.displayWidth <= width {
        line += " " + word
        continue
      }
      if !line.isEmpty { lines.append(line) }
      while word.displayWidth > width {
        let head = cut(word, width: width)
        lines.append(String(word.prefix(head)))
        word = String(word.dropFirst(head))
      }
      line = word
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// How many characters of `word` go on a line `width` wide: up to its last `/` or `-` that fits, else
  /// `width`.
  private static func cut(_ word: String, width: Int) -> Int {
    let characters = Array(word.prefix(width))
    if let position = characters.lastIndex(where: { $0 == "/" || $0 == "-" }) { return position + 1 }
    return width
  }

  /// The longest run of an id that ends with `/` or `-` (or at its end): `voorbeeldstad` in
  /// `nl/voorbeeldstad`.
  private static func longestSegment(_ id: String) -> Int {
    var longest = 0
    var current = 0
    for character in id {
      current += 1
      if character == "/" || character == "-" || character == " " {
        longest = max(longest, current)
        current = 0
      }
    }
    return max(longest, current)
  }
}
