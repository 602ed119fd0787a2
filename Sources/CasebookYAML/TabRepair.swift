/// Tabs that YAML 1.2 allows but libyaml refuses: after the `-`, `?` and `:` indicators, before a value on the
/// same line, and on lines that hold only spaces, tabs and perhaps a comment. libyaml stops at such a tab
/// between two tokens; the parser then turns those tabs into spaces (same length, so every location stays)
/// and reads the file again. A tab that really indents (at the start of a content line, inside a block
/// scalar's indentation, or before a nested `- `, `? ` or `key:` on the same line) stays an error.
enum TabRepair {
  /// The byte offsets of the tabs to turn into spaces so that libyaml reads on, or nil when the tab at
  /// `location` is indentation. `problem` and `context` are libyaml's words for the error.
  static func separatingTabs(
    at location: SourceLocation, in bytes: UnsafeBufferPointer<UInt8>, problem: String, context: String?
  ) -> [Int]? {
    if context?.contains("block scalar") == true { return nil }
    guard let offset = TextPosition.offset(of: location, in: bytes), bytes[offset] == 0x09 else { return nil }
    var lineStart = offset
    while lineStart > 0, bytes[lineStart - 1] != 0x0A, bytes[lineStart - 1] != 0x0D { lineStart -= 1 }
    var lineEnd = offset
    while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
    let line = lineStart..<lineEnd
    // Where the blank run that holds this tab starts and ends.
    var runStart = offset
    while runStart > lineStart, isBlank(bytes[runStart - 1]) { runStart -= 1 }
    var runEnd = offset
    while runEnd < lineEnd, isBlank(bytes[runEnd]) { runEnd += 1 }
    let tabs = (runStart..<runEnd).filter { bytes[$0] == 0x09 }
    // A blank line, or one with only a comment.
    if runStart == lineStart, runEnd == lineEnd || bytes[runEnd] == UInt8(ascii: "#") { return tabs }
    guard problem == "found character that cannot start any token", followsIndicatorsOnly(bytes, line, runStart)
    else { return nil }
    return startsBlockCollection(bytes, runEnd..<lineEnd) ? nil : tabs
  }

  private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

  private static func isIndicator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":")
  }

  /// True when the line before `end` is spaces, then one or more `-`, `?` or `:` indicators each followed by
  /// blanks (the last one may end right at `end`).
  private static func followsIndicatorsOnly(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ end: Int) -> Bool {
    var index = line.lowerBound
    while index < end, bytes[index] == 0x20 { index += 1 }
    guard index < end else { return false }
    while index < end {
      guard isIndicator(bytes[index]), index + 1 == end || isBlank(bytes[index + 1]) else { return false }
      index += 1
      while index < end, isBlank(bytes[index]) { index += 1 }
    }
    return true
  }

  /// True when `rest` starts a block sequence, an explicit key or a `key: value` pair, which YAML 1.2 does not
  /// allow after a tab: their indentation would include it.
  private static func startsBlockCollection(_ bytes: UnsafeBufferPointer<UInt8>, _ rest: Range<Int>) -> Bool {
    guard let first = rest.first else { return false }
    if isIndicator(bytes[first]), first + 1 == rest.upperBound || isBlank(bytes[first + 1]) { return true }
    // An implicit key: a `:` followed by a blank or the line end, outside quotes and brackets, before a comment.
    var index = first
    var quote: UInt8?
    var brackets = 0
    while index < rest.upperBound {
      let byte = bytes[index]
      if let open = quote {
        if byte == UInt8(ascii: "\\"), open == UInt8(ascii: "\"") {
          index += 1
        } else if byte == open {
          quote = nil
        }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"), index == first || brackets > 0
        || isBlank(bytes[index - 1])
      {
        quote = byte
      } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
        brackets += 1
      } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
        brackets = max(0, brackets - 1)
      } else if byte == UInt8(ascii: "#"), index > first, isBlank(bytes[index - 1]) {
        return false
      } else if byte == UInt8(ascii: ":"), brackets == 0,
        index + 1 == rest.upperBound || isBlank(bytes[index + 1])
      {
        return true
      }
      index += 1
    }
    return false
  }
}

extension TextPosition {
  /// The byte offset of the character at `location`, or nil when there is none.
  static func offset(of location: SourceLocation, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    var line = 1
    var index = 0
    while line < location.line && index < text.count {
      let breakLength = lineBreakLength(text, at: index)
      if breakLength > 0 {
        line += 1
        index += breakLength
      } else {
        index += 1
      }
    }
    var column = 1
    while column < location.column && index < text.count && lineBreakLength(text, at: index) == 0 {
      index += 1
      while index < text.count && text[index] & 0xC0 == 0x80 { index += 1 }
      column += 1
    }
    return index < text.count && column == location.column ? index : nil
  }
}
