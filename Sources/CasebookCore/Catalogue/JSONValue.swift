/// A JSON value with keys kept in the order they were written, for stable machine-readable output.
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text() == rhs.text() }
  public func hash(into hasher: inout Hasher) { hasher.combine(text()) }

  /// The JSON text; `pretty` indents with two spaces.
  public func text(pretty: Bool = false) -> String {
    var output = ""
    write(to: &output, pretty: pretty, indent: 0)
    return output
  }

  private func write(to output: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .int(let number): output += String(number)
    case .double(let number):
      if number.isFinite {
        output += number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
      } else {
        output += "null"
      }
    case .string(let text): JSONValue.writeString(text, to: &output)
    case .array(let items):
      guard !items.isEmpty else { output += "[]"; return }
      output += "["
      for (position, item) in items.enumerated() {
        if position > 0 { output += "," }
        if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
        item.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { output += "\n" + String(repeating: "  ", count: indent) }
      output += "]"
    case .object(let members):
      guard !members.isEmpty else { output += "{}"; return }
      output += "{"
      for (position, (key, value)) in members.enumerated() {
        if position > 0 { output += "," }
        if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
        JSONValue.writeString(key, to: &output)
        output += pretty ? ": " : ":"
        value.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { output += "\n" + String(repeating: "  ", count: indent) }
      output += "}"
    }
  }

  /// Appends `text` quoted, escaping what JSON requires and the line separators U+2028 and U+2029. Runs of
  /// characters that need no escape are copied whole, not one scalar at a time. `htmlSafe` also escapes `<`, `>`,
  /// `&` and DEL, for literals inside the site's script files, so that no catalogue text can end a script or
  /// confuse an HTML parser.
  static func writeString(_ text: String, to output: inout String, htmlSafe: Bool = false) {
    output += "\""
    let bytes = text.utf8
    var runStart = bytes.startIndex
    var index = bytes.startIndex
    while index != bytes.endIndex {
      let byte = bytes[index]
      let escape: String?
      var next = bytes.index(after: index)
      switch byte {
      case UInt8(ascii: "\""): escape = "\\\""
      case UInt8(ascii: "\\"): escape = "\\\\"
      case UInt8(ascii: "\n"): escape = "\\n"
      case UInt8(ascii: "\r"): escape = "\\r"
      case UInt8(ascii: "\t"): escape = "\\t"
      case ..<0x20:
        escape = unicodeEscape(byte)
      case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0x7F:
        escape = htmlSafe ? unicodeEscape(byte) : nil
      case 0xE2:
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
        let second = next == bytes.endIndex ? nil : bytes[next]
        let thirdIndex = next == bytes.endIndex ? next : bytes.index(after: next)
        let third = thirdIndex == bytes.endIndex ? nil : bytes[thirdIndex]
        if second == 0x80, third == 0xA8 || third == 0xA9 {
          escape = third == 0xA8 ? "\\u2028" : "\\u2029"
          next = bytes.index(after: thirdIndex)
        } else {
          escape = nil
        }
      default: escape = nil
      }
      if let escape {
        output += text[runStart..<index]
        output += escape
        runStart = next
      }
      index = next
    }
    output += text[runStart..<bytes.endIndex]
    output += "\""
  }

  /// `\u00xx` for a byte below 0x80, in lower-case hex.
  private static func unicodeEscape(_ byte: UInt8) -> String {
    let hex = String(byte, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }
}

extension JSONValue {
  /// An optional string, or null.
  public static func string(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
  /// A list of strings.
  public static func strings(_ texts: [String]) -> JSONValue { .array(texts.map { .string($0) }) }
}
