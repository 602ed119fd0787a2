import CasebookCore
import Foundation
import Testing

@Suite("JSON output: strings")
struct JSONTextTests {
  /// The rule, one scalar at a time: quote, backslash and the C0 controls escaped (`\n`, `\r`, `\t` by name,
  /// the others as `\u00XX`), and the line separators U+2028 and U+2029 escaped so that the text is also
  /// valid JavaScript; everything else as it is.
  static func reference(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }

  @Test(
    "Escaping (done on runs of bytes, for speed) gives what the rule gives scalar by scalar, and reads back",
    arguments: [
      "", "plain text", "say \"hi\" \\ bye", "line\nbreak\r\ttab", "bell\u{07} nul\u{00} esc\u{1B}\u{1F}",
      "separators \u{2028} and \u{2029} end\u{2029}", "\u{2028}", "near misses \u{2027}\u{202A}\u{2018}€…",
      "Ĳsselmonde café 🏛️ 東京", "trailing e2 lookalike \u{20AC}", "\u{7F} stays",
    ])
  func escaping(_ text: String) throws {
    let written = JSONValue.string(text).text()
    #expect(written == Self.reference(text))
    let parsed = try JSONSerialization.jsonObject(with: Data("[\(written)]".utf8)) as? [String]
    #expect(parsed == [text])
  }
}
