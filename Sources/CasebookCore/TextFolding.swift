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
    let target = Array(TextFolding.fold(word).unicodeScalars)
    let allowed = max(2, target.count / 3)
    var scored: [(distance: Int, name: String)] = []
    for candidate in candidates {
      let folded = Array(TextFolding.fold(candidate).unicodeScalars)
      let distance = editDistance(target, folded)
      let isPrefix = folded.count > 2 && target.starts(with: folded) || target.count > 2 && folded.starts(with: target)
      if distance <= allowed || isPrefix { scored.append((isPrefix ? min(distance, 1) : distance, candidate)) }
    }
    scored.sort { ($0.distance, $0.name) < ($1.distance, $1.name) }
    return scored.prefix(limit).map(\.name)
  }

  /// Levenshtein distance with transpositions counted as one edit.
  static func editDistance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, previousPrevious[j - 2] + 1)
        }
        current[j] = best
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
