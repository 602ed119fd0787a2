/// Words for the search index and for queries: runs of letters and digits, case- and accent-folded, so that
/// `Participatie`, `participatie` and `PARTICIPATIË` are one word.
enum SearchText {
  /// The folded words of `text`, in order (repeats kept).
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    forEachWord(in: TextFolding.fold(text)) { words.append($0) }
    return words
  }

  /// Calls `body` with every run of word characters in `text` (which is not folded here).
  static func forEachWord(in text: String, _ body: (String) -> Void) {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII fast path: no scalar decoding.
      var start: String.Index?
      var index = text.utf8.startIndex
      while index != text.utf8.endIndex {
        if isASCIIWordByte(text.utf8[index]) {
          if start == nil { start = index }
        } else if let first = start {
          body(String(text[first..<index]))
          start = nil
        }
        index = text.utf8.index(after: index)
      }
      if let first = start { body(String(text[first...])) }
      return
    }
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isWordScalar(scalar) {
        current.append(scalar)
      } else if !current.isEmpty {
        body(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { body(String(current)) }
  }

  /// The word ranges of `text` (not folded), for snippets and highlighting.
  static func wordRanges(in text: String) -> [Range<String.Index>] {
    var ranges: [Range<String.Index>] = []
    var start: String.Index?
    var index = text.unicodeScalars.startIndex
    while index != text.unicodeScalars.endIndex {
      if isWordScalar(text.unicodeScalars[index]) {
        if start == nil { start = index }
      } else if let first = start {
        ranges.append(first..<index)
        start = nil
      }
      index = text.unicodeScalars.index(after: index)
    }
    if let first = start { ranges.append(first..<text.endIndex) }
    return ranges
  }

  static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: false
    }
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return isASCIIWordByte(UInt8(scalar.value)) }
    let properties = scalar.properties
    if properties.isAlphabetic || properties.numericType == .decimal { return true }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }
}

/// One word of a query: a folded word, or a prefix when it was written `word*`.
public struct QueryWord: Sendable, Hashable {
  /// The folded word or prefix.
  public var text: String
  /// True for `word*`: any word that starts with ``text`` matches.
  public var isPrefix: Bool

  /// Creates a query word (already folded).
  public init(text: String, isPrefix: Bool) {
    self.text = text
    self.isPrefix = isPrefix
  }

  /// Reads the words typed on the command line: each argument may hold several words; a trailing `*` makes
  /// the last word of an argument part a prefix (`partici*`). Duplicates are dropped.
  public static func parse(_ arguments: [String]) -> [QueryWord] {
    var words: [QueryWord] = []
    for argument in arguments {
      for part in argument.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
        let isPrefix = part.hasSuffix("*")
        let parsed = SearchText.words(String(part))
        for (position, word) in parsed.enumerated() {
          let candidate = QueryWord(text: word, isPrefix: isPrefix && position == parsed.count - 1)
          if !words.contains(candidate) { words.append(candidate) }
        }
      }
    }
    return words
  }

  /// True when the folded word `word` matches.
  func matches(_ word: String) -> Bool {
    isPrefix ? word.hasPrefix(text) : word == text
  }

  /// How the word is written on the command line.
  public var display: String { isPrefix ? text + "*" : text }
}
