/// Control characters in text that reaches a terminal: catalogue text, git names and command-line values
/// can hold an escaped `\e` (ESC) or another control character, which would recolour, retitle or clear
/// the terminal of whoever reads the output. Every path that writes for people goes through here.
public enum TerminalText {
  /// True for the C0 controls (U+0000–U+001F), DEL (U+007F) and the C1 controls (U+0080–U+009F).
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// `scalar` written so that it can be seen instead of acting: `\u{1B}` for ESC.
  public static func visibleEscape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }

  /// `text` with every control character except those in `keep` written as a visible escape.
  public static func visible(_ text: String, keep: Set<Unicode.Scalar> = ["\n", "\t"]) -> String {
    guard text.unicodeScalars.contains(where: { isControl($0) && !keep.contains($0) }) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) && !keep.contains(scalar) {
        result += visibleEscape(scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The escape sequences casebook itself writes to a colour terminal: bold, bold red, bold yellow, reset.
  static let styles = ["\u{1B}[1m", "\u{1B}[1;31m", "\u{1B}[1;33m", "\u{1B}[0m"].map { Array($0.unicodeScalars) }

  /// The last pass before text is written to standard output or standard error: every control character
  /// but line feed, tab and the carriage return of a CRLF line end becomes a visible escape. With
  /// `allowingStyles` (a colour terminal), the few style sequences casebook writes itself stay; nothing else
  /// that starts with ESC does, so even text a renderer forgot to clean cannot move the cursor, clear the
  /// screen or set the window title.
  public static func forTerminal(_ text: String, allowingStyles: Bool) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains(where: { isControl($0) && $0 != "\n" && $0 != "\t" }) else { return text }
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if !isControl(scalar) || scalar == "\n" || scalar == "\t"
        || (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n")
      {
        result.append(scalar)
        index += 1
        continue
      }
      if allowingStyles, scalar == "\u{1B}",
        let style = styles.first(where: { scalars[index...].starts(with: $0) })
      {
        result.append(contentsOf: style)
        index += style.count
        continue
      }
      result.append(contentsOf: visibleEscape(scalar).unicodeScalars)
      index += 1
    }
    return String(result)
  }
}

/// Text for people: bold marks, and the last pass that keeps catalogue text from driving the terminal.
enum Display {
  private static let boldStart: Unicode.Scalar = "\u{E000}"
  private static let boldEnd: Unicode.Scalar = "\u{E001}"

  /// Marks `text` to be bold (see ``finish(_:color:keep:)``).
  static func bold(_ text: String) -> String {
    String(String.UnicodeScalarView([boldStart])) + text + String(String.UnicodeScalarView([boldEnd]))
  }

  /// Writes control characters other than those in `keep` (C0, DEL and C1: a title with an escaped `\e`
  /// must not recolour or retitle the terminal) as visible escapes (``TerminalText/visibleEscape(_:)``), and
  /// turns bold marks into ANSI bold when `color`, or drops them.
  static func finish(_ text: String, color: Bool, keep: Set<Unicode.Scalar> = ["\n", "\t"]) -> String {
    let clean = text.unicodeScalars.allSatisfy { scalar in
      !TerminalText.isControl(scalar) && scalar != boldStart && scalar != boldEnd || keep.contains(scalar)
    }
    if clean { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == boldStart || scalar == boldEnd {
        if color { result.append(contentsOf: (scalar == boldStart ? "\u{1B}[1m" : "\u{1B}[0m").unicodeScalars) }
      } else if keep.contains(scalar) || !TerminalText.isControl(scalar) {
        result.append(scalar)
      } else {
        result.append(contentsOf: TerminalText.visibleEscape(scalar).unicodeScalars)
      }
    }
    return String(result)
  }
}

/// Markdown that text from the catalogue cannot turn into HTML, links or images.
enum MarkdownText {
  /// Escapes `<`, `>` and `&` as entities and `[` and `]` with a backslash in a whole Markdown document
  /// casebook wrote. Casebook's own Markdown uses none of these characters (its code spans hold only ids,
  /// paths and field names, which cannot contain them), so only text from files is changed: a title cannot
  /// add raw HTML (`<img src=…>`, `<script>`), an autolink, or a link or image (`![](https://…)`) that a
  /// Markdown viewer would follow or load.
  static func escaped(_ document: String) -> String {
    guard document.contains(where: { "<>&[]".contains($0) }) else { return document }
    var output = ""
    output.reserveCapacity(document.utf8.count + 16)
    for character in document {
      switch character {
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "&": output += "&amp;"
      case "[": output += "\\["
      case "]": output += "\\]"
      default: output.append(character)
      }
    }
    return output
  }
}
