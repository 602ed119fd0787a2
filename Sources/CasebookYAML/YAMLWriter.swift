/// Writes a ``Node`` tree as block-style YAML that ``YAMLParser`` reads back to the same values.
///
/// Mappings are written as `key: value` lines, sequences as `- item` lines (both indented by two spaces),
/// empty collections as `[]` and `{}`. Strings stay plain when that reads back as the same string, are written
/// as `|` literal blocks when they span lines, and are double-quoted otherwise. Locations are not written.
public enum YAMLWriter {
  /// The YAML text for `node`, ending with a newline.
  public static func write(_ node: Node) -> String {
    var output = ""
    // Each frame is an open collection; the loop keeps the call depth constant whatever the tree depth.
    var stack: [Frame] = []
    if let frame = Frame(node, indent: 0, startsOnCurrentLine: false) {
      stack.append(frame)
    } else {
      appendInline(node, contentIndent: 2, to: &output)
    }
    while !stack.isEmpty {
      let top = stack.count - 1
      let index = stack[top].index
      guard index < stack[top].count else {
        stack.removeLast()
        continue
      }
      stack[top].index += 1
      let indent = stack[top].indent
      if index > 0 || !stack[top].startsOnCurrentLine {
        output.append(String(repeating: " ", count: indent))
      }
      let child: Node
      switch stack[top].content {
      case .items(let items):
        child = items[index]
        output.append("-")
      case .entries(let entries):
        child = entries[index].value
        appendKey(entries[index].key, indent: indent, to: &output)
      }
      if case .items = stack[top].content, let frame = Frame(child, indent: indent + 2, startsOnCurrentLine: true) {
        output.append(" ")
        stack.append(frame)
      } else if let frame = Frame(child, indent: indent + 2, startsOnCurrentLine: false) {
        output.append("\n")
        stack.append(frame)
      } else {
        output.append(" ")
        appendInline(child, contentIndent: indent + 2, to: &output)
      }
    }
    return output
  }

  /// A non-empty sequence or mapping being written.
  private struct Frame {
    enum Content {
      case items([Node])
      case entries([Node.Entry])
    }
    let content: Content
    let count: Int
    /// Column where the collection's `-` or keys start.
    let indent: Int
    /// True when the first item goes right after a `- ` already written, as in `- - a` or `- key: value`.
    let startsOnCurrentLine: Bool
    var index = 0

    /// Nil when `node` is a scalar or an empty collection, which are written inline.
    init?(_ node: Node, indent: Int, startsOnCurrentLine: Bool) {
      switch node.value {
      case .sequence(let items) where !items.isEmpty: (content, count) = (.items(items), items.count)
      case .mapping(let entries) where !entries.isEmpty: (content, count) = (.entries(entries), entries.count)
      default: return nil
      }
      self.indent = indent
      self.startsOnCurrentLine = startsOnCurrentLine
    }
  }

  /// Writes `key:`; keys longer than libyaml's 1024-character limit for implicit keys use `? key` form.
  private static func appendKey(_ key: String, indent: Int, to output: inout String) {
    if key.utf8.count > 1000 {
      output.append("? ")
      appendDoubleQuoted(key, to: &output)
      output.append("\n" + String(repeating: " ", count: indent) + ":")
    } else if isPlainSafe(key) {
      output.append(key + ":")
    } else {
      appendDoubleQuoted(key, to: &output)
      output.append(":")
    }
  }

  /// Writes a scalar or empty collection and the line end; block text lines are indented by `contentIndent`.
  private static func appendInline(_ node: Node, contentIndent: Int, to output: inout String) {
    switch node.value {
    case .null: output.append("null\n")
    case .bool(let flag): output.append(flag ? "true\n" : "false\n")
    case .integer(let int): output.append("\(int)\n")
    case .float(let double): output.append(floatText(double) + "\n")
    case .sequence: output.append("[]\n")
    case .mapping: output.append("{}\n")
    case .string(let text):
      if isPlainSafe(text) {
        output.append(text + "\n")
      } else if !appendLiteralBlock(text, contentIndent: contentIndent, to: &output) {
        appendDoubleQuoted(text, to: &output)
        output.append("\n")
      }
    }
  }

  private static func floatText(_ double: Double) -> String {
    if double.isNaN { return ".nan" }
    if double.isInfinite { return double < 0 ? "-.inf" : ".inf" }
    // Swift's shortest round-trip form always has a `.` or an exponent, so it reads back as a float.
    return double.description
  }

  /// True when `text` written without quotes reads back as this same string.
  static func isPlainSafe(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
    if "-?:,[]{}#&*!|>'\"%@` \t".unicodeScalars.contains(first) || last == " " || last == ":" { return false }
    if text.hasPrefix("...") { return false }
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      if !isPrintable(scalar) || isLineBreak(scalar) || scalar == "\t" || scalar == "\u{FEFF}" { return false }
      if previous == ":" && scalar == " " || previous == " " && scalar == "#" { return false }
      previous = scalar
    }
    var copy = text
    return copy.withUTF8 { ScalarResolver.resolve($0) == .string }
  }

  /// Writes `text` as a `|` block when that keeps it exactly; returns false when it cannot.
  private static func appendLiteralBlock(_ text: String, contentIndent: Int, to output: inout String) -> Bool {
    guard text.contains("\n") else { return false }
    for scalar in text.unicodeScalars
    where !isPrintable(scalar) || scalar == "\r" || scalar == "\u{FEFF}" || isLineBreak(scalar) && scalar != "\n" {
      return false
    }
    var body = Substring(text)
    var trailingBreaks = 0
    while body.last == "\n" {
      body.removeLast()
      trailingBreaks += 1
    }
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
    guard let firstContent = lines.first(where: { !$0.isEmpty }),
      lines.contains(where: { $0.contains { $0 != " " && $0 != "\t" } })
    else { return false }
    output.append("|")
    // Without an indicator, libyaml takes the indentation from the first non-empty line.
    if let first = firstContent.unicodeScalars.first, first == " " || first == "\t" { output.append("2") }
    output.append(trailingBreaks == 0 ? "-" : trailingBreaks == 1 ? "" : "+")
    output.append("\n")
    let indentation = String(repeating: " ", count: contentIndent)
    for line in lines {
      if !line.isEmpty { output.append(indentation + line) }
      output.append("\n")
    }
    for _ in 1..<max(trailingBreaks, 1) { output.append("\n") }
    return true
  }

  private static func appendDoubleQuoted(_ text: String, to output: inout String) {
    output.append("\"")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output.append("\\\"")
      case "\\": output.append("\\\\")
      case "\n": output.append("\\n")
      case "\t": output.append("\\t")
      case "\r": output.append("\\r")
      case "\u{85}": output.append("\\N")
      case "\u{2028}": output.append("\\L")
      case "\u{2029}": output.append("\\P")
      default:
        if isPrintable(scalar) && scalar != "\u{FEFF}" {
          output.unicodeScalars.append(scalar)
        } else {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          let (prefix, width) = scalar.value <= 0xFF ? ("\\x", 2) : scalar.value <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
          output.append(prefix + String(repeating: "0", count: width - hex.count) + hex)
        }
      }
    }
    output.append("\"")
  }

  /// YAML's printable characters (tab and line breaks are handled by the callers).
  private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// Characters libyaml treats as line breaks.
  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }
}
