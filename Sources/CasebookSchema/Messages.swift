// Wording for violations: names for JSON types in either language and short renderings of values.
import CasebookText
import CasebookYAML

/// The kind of value a node is, as an editor would say it: "text", "a list", "a whole number"...
func describeType(of node: Node) -> MessageArgument {
  switch node.value {
  case .null: typeWord(.null)
  case .bool: typeWord(.boolean)
  case .integer: typeWord(.integer)
  case .float(let double): isJSONInteger(node) && double.isFinite ? typeWord(.integer) : typeWord(.number)
  case .string: typeWord(.text)
  case .sequence: typeWord(.list)
  case .mapping: typeWord(.group)
  }
}

/// What a node is, concretely for scalars: "text", "the number 5", "`true`", "a list"...
func describeFound(_ node: Node) -> MessageArgument {
  switch node.value {
  case .bool(let flag): .code(flag ? "true" : "false")
  case .integer, .float: .message(Message(SchemaTypeText.theNumber, .text(compactJSON(node))))
  case .string: .message(Message(SchemaTypeText.theText, describeValue(node, limit: 40)))
  default: describeType(of: node)
  }
}

/// "expected true/false, found the text `ja`", with what to write instead when the text is a yes or a no in
/// words (`ja`, `yes`, `nee`, `no`, `waar`, `onwaar`…), which YAML 1.2 reads as text.
func typeMismatch(expected: MessageArgument, allowing types: TypeSet, found node: Node) -> Message {
  guard types.contains(.boolean), !types.contains(.string), let text = node.string,
    let meaning = YesNoWords.meaning(of: text)
  else { return Message(SchemaText.type, expected, describeFound(node)) }
  let hint = Message(
    ContentRuleText.yesNoWord, .code(text), .message(Message(meaning ? CommonText.yes : CommonText.no)),
    .text(meaning ? "true" : "false"))
  return Message(SchemaText.typeWithHint, expected, describeFound(node), .message(hint))
}

/// Words people write for yes and no, in Dutch and English.
enum YesNoWords {
  static let yes: Set<String> = ["ja", "yes", "y", "j", "waar", "true", "on", "aan", "wel"]
  static let no: Set<String> = ["nee", "neen", "no", "n", "onwaar", "false", "off", "uit", "niet"]

  /// True for a yes, false for a no, nil for any other text.
  static func meaning(of text: String) -> Bool? {
    let word = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()).lowercased()
    if yes.contains(word) { return true }
    if no.contains(word) { return false }
    return nil
  }
}

/// The kinds a `type` keyword allows, joined with "or": "text or a list".
func describeTypes(_ types: TypeSet) -> MessageArgument {
  var parts: [MessageArgument] = []
  if types.contains(.string) { parts.append(typeWord(.text)) }
  if types.contains(.number) {
    parts.append(typeWord(.number))
  } else if types.contains(.integer) {
    parts.append(typeWord(.integer))
  }
  if types.contains(.boolean) { parts.append(typeWord(.boolean)) }
  if types.contains(.array) { parts.append(typeWord(.list)) }
  if types.contains(.object) { parts.append(typeWord(.group)) }
  if types.contains(.null) { parts.append(typeWord(.null)) }
  return .any(parts)
}

private func typeWord(_ entry: SchemaTypeText) -> MessageArgument {
  .message(Message(entry))
}

/// A value in backticks, compact JSON for lists and objects, cut short when long.
func describeValue(_ node: Node, limit: Int = 60) -> MessageArgument {
  .code(shortened(compactJSON(node), limit: limit))
}

/// `1 character`, `3 items`... in either language.
func counted(_ count: Int, _ one: SchemaText, _ other: SchemaText) -> MessageArgument {
  .message(Message(count: count, one: one, other: other))
}

/// A scalar shown as the editor wrote it (text without quotes), other values as compact JSON.
func compactJSON(_ node: Node) -> String {
  switch node.value {
  case .null: return "null"
  case .bool(let flag): return flag ? "true" : "false"
  case .integer(let int): return String(int)
  case .float(let double):
    if isJSONInteger(node), abs(double) < 1e15 { return String(Int(double)) }
    return "\(double)"
  case .string(let text): return printable(text)
  case .sequence(let items):
    return "[" + items.prefix(10).map(quotedJSON).joined(separator: ", ") + (items.count > 10 ? ", …]" : "]")
  case .mapping(let entries):
    let shown = entries.prefix(10).map { "\"\($0.key)\": " + quotedJSON($0.value) }
    return "{" + shown.joined(separator: ", ") + (entries.count > 10 ? ", …}" : "}")
  }
}

private func quotedJSON(_ node: Node) -> String {
  if case .string(let text) = node.value { return "\"" + printable(text) + "\"" }
  return compactJSON(node)
}

/// The text with line breaks, tabs and other control characters written as escapes, so that messages
/// stay on one line.
func printable(_ text: String) -> String {
  guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
  var result = ""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\n": result += "\\n"
    case "\r": result += "\\r"
    case "\t": result += "\\t"
    case _ where scalar.value < 0x20 || scalar.value == 0x7F:
      result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    default: result.unicodeScalars.append(scalar)
    }
  }
  return result
}

func shortened(_ text: String, limit: Int) -> String {
  guard text.count > limit else { return text }
  return String(text.prefix(limit - 1)) + "…"
}

/// "a, b, c" — at most `limit` values, then "and N more".
func listOfValues(_ values: [Node], limit: Int = 12) -> MessageArgument {
  let shown = values.prefix(limit).map { shortened(compactJSON($0), limit: 40) }.joined(separator: ", ")
  guard values.count > limit else { return .text(shown) }
  return .message(Message(SchemaText.andMoreValues, .text(shown), .number(values.count - limit)))
}

/// How many did-you-mean suggestions one report still computes. Each costs an edit distance against every
/// candidate, so a hostile document with tens of thousands of unknown fields gets them for the first ones
/// only, and its report stays fast.
final class SuggestionBudget {
  private var remaining: Int

  init(_ count: Int) {
    remaining = count
  }

  /// True (and one less left) while suggestions are left.
  func take() -> Bool {
    guard remaining > 0 else { return false }
    remaining -= 1
    return true
  }
}

/// The closest of `candidates` to `word`, when it is close enough to be a likely typo.
func closestMatch(to word: String, among candidates: [String]) -> String? {
  let lowered = word.lowercased()
  let loweredCount = lowered.count
  let allowed = word.count <= 3 ? 1 : (word.count <= 6 ? 2 : 3)
  var best: (candidate: String, distance: Int)?
  for candidate in candidates where !sameText(candidate, word) {
    let other = candidate.lowercased()
    // The distance is at least the difference in length; such a candidate can never be close enough.
    guard abs(other.count - loweredCount) <= allowed else { continue }
    let distance = other == lowered ? 0 : editDistance(lowered, other)
    if distance < best?.distance ?? Int.max { best = (candidate, distance) }
  }
  guard let best else { return nil }
  return best.distance <= allowed ? best.candidate : nil
}

/// Levenshtein distance with adjacent transpositions counted as one edit, on characters; the measure behind
/// every did-you-mean of the project.
public func editDistance(_ lhs: String, _ rhs: String) -> Int {
  let (a, b) = symbols(lhs, rhs)
  return a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in optimalStringAlignment(a, b) } }
}

/// The characters of both texts as numbers that are equal exactly where the characters are: the bytes
/// themselves for ASCII text without carriage returns (where each byte is one character, the common and
/// fast case), else a number given to each distinct character.
private func symbols(_ lhs: String, _ rhs: String) -> ([UInt32], [UInt32]) {
  func isPlainASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
  if isPlainASCII(lhs), isPlainASCII(rhs) { return (lhs.utf8.map(UInt32.init), rhs.utf8.map(UInt32.init)) }
  var numbers: [Character: UInt32] = [:]
  func number(_ character: Character) -> UInt32 {
    if let known = numbers[character] { return known }
    let next = UInt32(numbers.count)
    numbers[character] = next
    return next
  }
  return (lhs.map(number), rhs.map(number))
}

/// The edit distance of two symbol strings, with the three rows of the table in one temporary buffer.
private func optimalStringAlignment(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Int {
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  let width = b.count + 1
  return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
    var previousPrevious = rows.baseAddress!
    var previous = previousPrevious + width
    var current = previous + width
    for j in 0..<width {
      previousPrevious[j] = 0
      previous[j] = j
    }
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
