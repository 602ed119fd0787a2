/// Did-you-mean for values typed on the command line, drawn from the list the value belongs to.
enum ValueSuggestions {
  /// Up to `limit` of `candidates` that `typed` may stand for: abbreviations first (`fb` for `facebook`,
  /// `yt` for `youtube`: the same first letter, the rest of the letters in order), then near misses. A word
  /// of one or two letters is only matched with one edit, since every short word is two edits from another.
  static func suggestions(for typed: String, among candidates: [String], limit: Int = 3) -> [String] {
    let target = Array(TextFolding.fold(typed.trimmingSpaces))
    guard !target.isEmpty else { return [] }
    var abbreviations: [String] = []
    for candidate in candidates {
      let folded = Array(TextFolding.fold(candidate))
      if folded.count > target.count, folded.first == target.first, isSubsequence(target, of: folded) {
        abbreviations.append(candidate)
      }
    }
    abbreviations.sort { ($0.count, $0) < ($1.count, $1) }
    let near = target.count <= 2
      ? candidates.filter { editDistance(target, Array(TextFolding.fold($0))) <= 1 }.sorted()
      : NearestNames.suggestions(for: typed, among: candidates, limit: limit)
    var result: [String] = []
    for candidate in abbreviations + near where !result.contains(candidate) { result.append(candidate) }
    return Array(result.prefix(limit))
  }

  private static func isSubsequence(_ short: [Character], of long: [Character]) -> Bool {
    var index = long.startIndex
    for character in short {
      guard let found = long[index...].firstIndex(of: character) else { return false }
      index = found + 1
    }
    return true
  }

  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for (i, left) in a.enumerated() {
      var current = [i + 1] + Array(repeating: 0, count: b.count)
      for (j, right) in b.enumerated() {
        current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}

/// Country codes people write that ISO 3166-1 does not use: the EU's own abbreviations and common mix-ups.
enum CountryAliases {
  /// The ISO code meant by a code outside ISO 3166-1 alpha-2 (`uk` → `gb`, `el` → `gr`), lower case.
  static let meant: [String: String] = [
    "uk": "gb",  // the United Kingdom; ISO reserves UK, the EU and the .uk domain use it
    "el": "gr",  // Greece, as the EU writes it (Ελλάδα)
    "nld": "nl",  // three-letter ISO codes
    "bel": "be",
    "deu": "de",
    "gbr": "gb",
    "fra": "fr",
    "hol": "nl",
  ]
}
