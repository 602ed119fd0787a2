/// Picks the passage of a text with the most matched words and marks those words.
enum Snippet {
  /// Words in a snippet.
  static let length = 28

  /// The passage of `text` with the most words matching `words` (the start, without words), with matched
  /// words highlighted; white space collapsed; `…` where text was cut.
  static func make(_ text: String, words: [QueryWord]) -> [SnippetPart] {
    let ranges = SearchText.wordRanges(in: text)
    guard !ranges.isEmpty else { return text.isEmpty ? [] : [SnippetPart(text: collapse(text), highlighted: false)] }
    // Only words whose first letter could match are folded (folding is the costly part).
    let firstLetters = Set(words.compactMap { $0.text.utf8.first })
    let matched = words.isEmpty
      ? [Bool](repeating: false, count: ranges.count)
      : ranges.map { range in
        let first = text.utf8[range.lowerBound]
        if first < 0x80, !firstLetters.contains(first | 0x20), !firstLetters.contains(first) { return false }
        let word = TextFolding.fold(String(text[range]))
        return words.contains { $0.matches(word) }
      }
    var start = 0
    if ranges.count > length {
      var inWindow = matched.prefix(length).count { $0 }
      var best = inWindow
      for first in 1...(ranges.count - length) {
        if matched[first - 1] { inWindow -= 1 }
        if matched[first + length - 1] { inWindow += 1 }
        if inWindow > best {
          best = inWindow
          start = first
        }
      }
      // Start a few words before the first match, for context.
      if let firstMatch = matched[start...].firstIndex(of: true) {
        start = max(0, min(firstMatch - 3, ranges.count - length))
      }
    }
    let end = min(ranges.count, start + length)
    var parts: [SnippetPart] = []
    func add(_ piece: Substring, highlighted: Bool) {
      guard !piece.isEmpty else { return }
      let collapsed = collapse(piece)
      if !highlighted, let last = parts.last, !last.highlighted {
        parts[parts.count - 1].text += collapsed
      } else {
        parts.append(SnippetPart(text: collapsed, highlighted: highlighted))
      }
    }
    if start > 0 { add("…", highlighted: false) }
    var cursor = start == 0 ? text.startIndex : ranges[start].lowerBound
    for position in start..<end where matched[position] {
      add(text[cursor..<ranges[position].lowerBound], highlighted: false)
      add(text[ranges[position]], highlighted: true)
      cursor = ranges[position].upperBound
    }
    add(text[cursor..<(end == ranges.count ? text.endIndex : ranges[end - 1].upperBound)], highlighted: false)
    if end < ranges.count { add("…", highlighted: false) }
    if let last = parts.last, !last.highlighted {
      var text = last.text
      while text.unicodeScalars.last == " " { text.unicodeScalars.removeLast() }
      parts[parts.count - 1].text = text
    }
    return parts
  }

  /// Runs of white space (line breaks included) as one space.
  static func collapse(_ text: some StringProtocol) -> String {
    var result = String.UnicodeScalarView()
    var lastWasSpace = false
    for scalar in text.unicodeScalars {
      let isSpace = scalar.isASCII ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
        : scalar.properties.isWhitespace
      if isSpace {
        if !lastWasSpace { result.append(" ") }
        lastWasSpace = true
      } else {
        result.append(scalar)
        lastWasSpace = false
      }
    }
    return String(result)
  }
}
