import CasebookSchema
import Foundation

/// Case- and accent-insensitive text, for matching names, aliases and search words.
public enum TextFolding {
  /// Lower case without diacritics: `Participatie` → `participatie`, `Été` → `ete`, `Ærø` → `ærø`.
  public static func fold(_ text: String) -> String {
    if let folded = foldLatin(text) { return folded }
    return foldByDecomposition(text)
  }

  /// ``fold(_:)`` of a text in ASCII and the Latin letters up to U+024F, byte by byte with a table of those
  /// letters' folded forms; nil for a text with any other character. Lower-casing and canonical
  /// decomposition map each of these characters on its own, so the text folds as its characters do.
  static func foldLatin(_ text: String) -> String? {
    var text = text
    var unchanged = false
    let folded = text.withUTF8 { utf8 -> [UInt8]? in
      var position = 0
      while position < utf8.count, utf8[position] < 0x80, !(0x41...0x5A).contains(utf8[position]) { position += 1 }
      if position == utf8.count {
        unchanged = true
        return nil
      }
      var folded = [UInt8](utf8[..<position])
      folded.reserveCapacity(utf8.count)
      while position < utf8.count {
        let byte = utf8[position]
        if byte < 0x80 {
          folded.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
          position += 1
          continue
        }
        guard byte >= 0xC2, byte <= 0xC9, position + 1 < utf8.count, utf8[position + 1] & 0xC0 == 0x80 else {
          return nil
        }
        let scalar = Int(byte & 0x1F) << 6 | Int(utf8[position + 1] & 0x3F)
        guard scalar < latinEnd else { return nil }
        folded.append(contentsOf: latinFolds[scalar - 0x80])
        position += 2
      }
      return folded
    }
    if unchanged { return text }
    return folded.map { String(decoding: $0, as: UTF8.self) }
  }

  /// The end of the scalars ``latinFolds`` covers (Latin Extended-B ends at U+024F).
  static let latinEnd = 0x250

  /// The folded UTF-8 of each scalar from U+0080 to ``latinEnd``, by the decomposition itself.
  private static let latinFolds: [[UInt8]] = (0x80..<latinEnd).map { value in
    Array(foldByDecomposition(String(Character(Unicode.Scalar(UInt32(value))!))).utf8)
  }

  /// Lower case, canonical decomposition, combining marks dropped: the definition of folding.
  static func foldByDecomposition(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
    var result = String.UnicodeScalarView()
    for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
    where !isCombiningMark(scalar) {
      result.append(scalar)
    }
    return String(result)
  }

  private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: false
    }
  }
}

/// Suggestions for a mistyped word, by edit distance.
public enum NearestNames {
  /// Up to `limit` candidates close to `word` (case- and accent-insensitive), nearest first.
  public static func suggestions(for word: String, among candidates: [String], limit: Int = 3) -> [String] {
    let target = TextFolding.fold(word)
    let allowed = max(2, target.count / 3)
    var scored: [(distance: Int, name: String)] = []
    for candidate in candidates {
      let folded = TextFolding.fold(candidate)
      let distance = editDistance(target, folded)
      let isPrefix = folded.count > 2 && target.starts(with: folded) || target.count > 2 && folded.starts(with: target)
      if distance <= allowed || isPrefix { scored.append((isPrefix ? min(distance, 1) : distance, candidate)) }
    }
    scored.sort { ($0.distance, $0.name) < ($1.distance, $1.name) }
    return scored.prefix(limit).map(\.name)
  }
}
