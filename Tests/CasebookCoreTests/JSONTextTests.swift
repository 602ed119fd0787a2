@testable import CasebookCore
import Foundation
import Testing

@Suite("JSON output: strings")
struct JSONTextTests {
  /// The rule, one scalar at a time: quote, backslash and the C0 controls escaped (`\n`, `\r`, `\t` by name,
  /// the others as `\u00XX`), and the line separators U+2028 and U+2029 escaped so that the text is also
  /// valid JavaScript; everything else as it is. HTML-safe (the site's script files) also escapes `<`, `>`, `&`
  /// and DEL as `\u00XX`.
  static func reference(_ text: String, htmlSafe: Bool = false) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029
        || htmlSafe && (scalar == "<" || scalar == ">" || scalar == "&" || scalar.value == 0x7F):
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }

  static let samples = [
    "", "plain text", "say \"hi\" \\ bye", "line\nbreak\r\ttab", "bell\u{07} nul\u{00} esc\u{1B}\u{1F}",
    "separators \u{2028} and \u{2029} end\u{2029}", "\u{2028}", "near misses \u{2027}\u{202A}\u{2018}€…",
    "Ĳsselmonde café 🏛️ 東京", "trailing e2 lookalike \u{20AC}", "\u{7F} stays",
    "</script><script>alert(1)</script>", "a & b <!-- c --> d\u{7F}",
  ]

  @Test(
    "Escaping (done on runs of bytes, for speed) gives what the rule gives scalar by scalar, and reads back",
    arguments: samples)
  func escaping(_ text: String) throws {
    let written = JSONValue.string(text).text()
    #expect(written == Self.reference(text))
    let parsed = try JSONSerialization.jsonObject(with: Data("[\(written)]".utf8)) as? [String]
    #expect(parsed == [text])
  }

  @Test("The site's script literals escape <, > and & too, so that catalogue text cannot end a script", arguments: samples)
  func htmlSafe(_ text: String) throws {
    let written = JSText.string(text)
    #expect(written == Self.reference(text, htmlSafe: true))
    #expect(!written.contains("<") && !written.contains(">") && !written.contains("&"))
    let parsed = try JSONSerialization.jsonObject(with: Data("[\(written)]".utf8)) as? [String]
    #expect(parsed == [text])
  }
}
