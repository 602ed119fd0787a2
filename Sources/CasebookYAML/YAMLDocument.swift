import CasebookText

/// A parsed YAML document with the warnings found while reading it.
public struct YAMLDocument: Sendable {
  /// The document's root node.
  public var root: Node
  /// Things the file may do but probably should not, such as an unknown `%` directive (ignored).
  public var warnings: [YAMLWarning]
}

/// Something in a YAML file that does not stop it from being read, with a stable rule id.
public struct YAMLWarning: Sendable, Hashable, CustomStringConvertible {
  /// Stable rule id, such as `yaml.unknown-directive`.
  public var rule: String
  /// What was found and what to do.
  public var message: Message
  /// Where.
  public var location: SourceLocation

  /// `line:column: message [rule]`.
  public var description: String { "\(location): \(message.text(.en)) [\(rule)]" }
}

/// The `%` lines before the document: `%YAML` must say 1.2; `%TAG` is left to libyaml; any other directive is
/// unknown, ignored with a warning (YAML 1.2 section 6.8), and turned into a comment for libyaml, which would
/// refuse it.
enum Directives {
  /// Warnings for unknown directives, and the offsets of their `%`, which the caller turns into `#`.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>) throws(YAMLError) -> (warnings: [YAMLWarning], unknown: [Int]) {
    var warnings: [YAMLWarning] = []
    var unknown: [Int] = []
    var lineStart = 0
    var line = 1
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
      let text = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
      let first = text.firstIndex { $0 != 0x20 && $0 != 0x09 }
      if let first, text[first] == UInt8(ascii: "%"), first == 0 {
        let words = String(decoding: text, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" })
        let name = words[0].dropFirst()
        let location = SourceLocation(line: line, column: 1)
        if name == "YAML" {
          let version = words.count > 1 ? String(words[1].prefix { $0 != "#" }) : ""
          if version != "1.2", version.contains(".") { throw .unsupportedVersion(version, at: location) }
        } else if name != "TAG" {
          warnings.append(YAMLWarning(
            rule: "yaml.unknown-directive",
            message: Message(YAMLErrorText.unknownDirective, .code("%" + YAMLError.excerpt(String(name)))),
            location: location))
          unknown.append(lineStart)
        }
      } else if let first, text[first] != UInt8(ascii: "#") {
        break  // the directives end where content or `---` begins
      }
      lineStart = lineEnd
      if lineStart < bytes.count, bytes[lineStart] == 0x0D { lineStart += 1 }
      if lineStart < bytes.count, bytes[lineStart] == 0x0A { lineStart += 1 }
      line += 1
    }
    return (warnings, unknown)
  }
}
