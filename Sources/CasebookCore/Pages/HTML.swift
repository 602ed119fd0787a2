/// Escaping and the small building blocks every page shares. All text that comes from a catalogue goes
/// through ``escape(_:)``: a hostile title stays text.
public enum HTML {
  /// `text` safe for element content and for attribute values in double or single quotes: `& < > " '` as
  /// entities, and control characters (other than tab and line breaks) and non-characters as U+FFFD, so that
  /// every page stays well-formed XHTML too.
  public static func escape(_ text: String) -> String {
    var needsWork = false
    for byte in text.utf8 where byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22
      || byte == 0x27 || byte == 0xC2 || byte == 0xEF || byte == 0x7F
    {
      needsWork = true
      break
    }
    guard needsWork else { return text }
    // On the bytes (a site escapes millions of strings): the entities, and U+FFFD for the controls and
    // non-characters ``isControl(_:)`` names, which in UTF-8 are bytes below 0x20, 0x7F, `C2 80`–`C2 9F` and
    // `EF BF BE`–`EF BF BF`.
    let bytes = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 16)
    let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case 0x26: output += "&amp;".utf8
      case 0x3C: output += "&lt;".utf8
      case 0x3E: output += "&gt;".utf8
      case 0x22: output += "&quot;".utf8
      case 0x27: output += "&apos;".utf8
      case 0x0A, 0x09, 0x0D: output.append(byte)
      case 0x00..<0x20, 0x7F: output += replacement
      case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
        output += replacement
        index += 1
      case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
        output += replacement
        index += 2
      default: output.append(byte)
      }
      index += 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
  }

  /// True for an absolute `http` or `https` address without spaces or control characters: the only addresses
  /// a page links to from catalogue text (never `javascript:`, `data:` or `file:`).
  public static func isWebAddress(_ text: String) -> Bool {
    let lowered = text.lowercased()
    guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return false }
    let rest = lowered.drop { $0 != "/" }.dropFirst(2)
    guard let host = rest.split(separator: "/", maxSplits: 1).first, !host.isEmpty else { return false }
    // Most addresses are ASCII: a byte above space and below DEL is neither whitespace nor a control.
    if text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return true }
    return !text.unicodeScalars.contains { $0.properties.isWhitespace || isControl($0) }
  }

  /// `<a href="…">text</a>` for a web address from catalogue text, or the escaped text alone when it is not one.
  /// A link whose text is its address is marked `class="address"`, so that print, which writes every other
  /// link's address after it, does not write it twice.
  static func webLink(_ url: String, text: String? = nil) -> String {
    let label = escape(text ?? url)
    guard isWebAddress(url) else { return label }
    let address = (text ?? url) == url ? " class=\"address\"" : ""
    return "<a href=\"\(escape(url))\" rel=\"nofollow noopener\"\(address)>\(label)</a>"
  }

  /// A link to a page of the site (`href` is built by casebook, never taken from catalogue text as it is).
  static func link(_ href: String, _ text: String, current: Bool = false) -> String {
    "<a href=\"\(escape(href))\"\(current ? " aria-current=\"page\"" : "")>\(escape(text))</a>"
  }

  /// Percent-encodes a value for a URL query (`?q=…&category=…`).
  public static func queryValue(_ text: String) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        output.append(byte)
      default:
        output += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 15)]]
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  private static let hexDigits = Array("0123456789ABCDEF".utf8)

  /// A query string from name–value pairs, in the given order: `?category=participate&country=nl`.
  static func query(_ pairs: [(String, String)]) -> String {
    pairs.isEmpty ? "" : "?" + pairs.map { "\($0.0)=\(queryValue($0.1))" }.joined(separator: "&")
  }

  /// A table from rows of already escaped cells; `numeric` columns are right-aligned; with `rowHeaders`, the
  /// first cell of every row is a row header.
  static func table(
    caption: String, columns: [String], rows: [[String]], numeric: Set<Int>, rowHeaders: Bool = true,
    attributes: String = ""
  ) -> String {
    var html = "<table\(attributes)>\n<caption>\(escape(caption))</caption>\n<thead><tr>"
    for (index, column) in columns.enumerated() {
      html += "<th scope=\"col\"\(numeric.contains(index) ? " class=\"num\"" : "")>\(escape(column))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr>"
      for (index, cell) in row.enumerated() {
        let numericClass = numeric.contains(index) ? " class=\"num\"" : ""
        html += index == 0 && rowHeaders ? "<th scope=\"row\">\(cell)</th>" : "<td\(numericClass)>\(cell)</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }
}
