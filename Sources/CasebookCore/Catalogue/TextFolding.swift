import CasebookSchema
import Foundation

/// Case- and accent-insensitive text, for matching names, aliases and search words.
public enum TextFolding {
  /// Lower case without diacritics: `Participatie` → `participatie`, `Été` → `ete`, `Ærø` → `ærø`.
  public static func fold(_ text: String) -> String {
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
