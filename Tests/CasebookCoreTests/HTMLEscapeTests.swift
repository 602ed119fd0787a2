import CasebookCore
import Testing

@Suite("Page layer: escaping catalogue text")
struct HTMLEscapeTests {
  /// The rule, one scalar at a time: the five entities, tab and line breaks kept, every other control
  /// character (C0, DEL, C1) and the non-characters U+FFFE and U+FFFF as U+FFFD, everything else as it is.
  static func reference(_ text: String) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&apos;"
      case "\n", "\t", "\r": output.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE
        || scalar.value == 0xFFFF:
        output += "\u{FFFD}"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  @Test(
    "Escaping (done on the bytes, for speed) gives what the rule gives scalar by scalar",
    arguments: [
      "plain text", "<script>alert('x')</script>", "Tom & Jerry \"quoted\"", "bell\u{07} and del\u{7F}",
      "C1: \u{80}\u{85}\u{9F} and after: \u{A0}\u{A9}é", "non-characters \u{FFFE}\u{FFFF} beside \u{FFFD}\u{FFEF}\u{EFBF}",
      "lines\nand\ttabs\r", "emoji 👩‍💻 <b>", "\u{0}", "ends with C2 \u{C2}", "Ａ＜Ｂ", "\u{1F}<\u{85}>\u{FFFF}&",
    ])
  func bytesMatchTheRule(_ text: String) {
    #expect(HTML.escape(text) == Self.reference(text))
  }
}
