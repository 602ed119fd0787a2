import Foundation

/// Names and folder names that a reader can mistake for each other: `Voorbeeldstad`, `Gemeente Voorbeeldstad`,
/// `voorbeeldstad-gemeente`, `VOORBEELDSTAD`, `Vооrbeeldstad` (with Cyrillic o's) and `Voorbeeld-Stad` all
/// look like one municipality. Each name is reduced to a few skeletons; two names are confusable when their
/// skeletons meet.
enum LookAlike {
  /// The skeletons of a display name or folder name (`voorbeeldstad-gemeente`).
  static func skeletons(of text: String) -> Set<String> {
    let words = words(of: text)
    var found: Set<String> = []
    func add(_ candidate: String, minimum: Int = 3) {
      let collapsed = collapsingRepeats(candidate)
      if collapsed.count >= minimum { found.insert(collapsed) }
    }
    let joined = words.joined()
    add(joined, minimum: 1)
    let core = strippingAffixWords(words).joined()
    add(core)
    // Affixes written together with the name (`voorbeeldstad`, `gemeentevoorbeeld`).
    for text in Set([joined, core]) {
      for affix in joinedAffixes {
        if text.hasPrefix(affix) { add(String(text.dropFirst(affix.count)), minimum: 4) }
        if text.hasSuffix(affix) { add(String(text.dropLast(affix.count)), minimum: 4) }
      }
    }
    return found
  }

  /// Lower-case words of Latin letters and digits, after compatibility normalisation (full-width letters,
  /// ligatures), accent folding and mapping letters of other scripts that look like Latin ones.
  static func words(of text: String) -> [String] {
    let folded = TextFolding.fold(text.precomposedStringWithCompatibilityMapping)
    var words: [String] = []
    var word = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars {
      let mapped = homoglyphs[scalar] ?? scalar
      if ("a"..."z").contains(mapped) || ("0"..."9").contains(mapped) {
        word.append(mapped)
      } else if scalar.properties.isAlphabetic {
        // A letter of another script with no Latin twin: kept, so that such names still compare.
        word.append(scalar)
      } else if !word.isEmpty {
        words.append(String(word))
        word = String.UnicodeScalarView()
      }
    }
    if !word.isEmpty { words.append(String(word)) }
    return words.map(visualForm)
  }

  /// Letters that look alike in common fonts written as one: `ij` as `y` (Dutch spelling), `i` and `1` as `l`,
  /// `0` as `o`.
  private static func visualForm(_ word: String) -> String {
    var result = ""
    var scalars = word.unicodeScalars[...]
    while let scalar = scalars.first {
      scalars = scalars.dropFirst()
      if scalar == "i", scalars.first == "j" {
        scalars = scalars.dropFirst()
        result.append("y")
        continue
      }
      switch scalar {
      case "i", "1": result.append("l")
      case "0": result.append("o")
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `voorbeeldstad` for `voorrbeeldsstad`: doubled letters are easy to miss.
  private static func collapsingRepeats(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where result.last != scalar { result.append(scalar) }
    return String(result)
  }

  /// The words without the words for "municipality", "city", "council" and the like at either end.
  private static func strippingAffixWords(_ words: [String]) -> [String] {
    var words = words[...]
    var changed = true
    while changed, words.count > 1 {
      changed = false
      for phrase in prefixPhrases where words.count > phrase.count && words.starts(with: phrase) {
        words = words.dropFirst(phrase.count)
        changed = true
        break
      }
      for phrase in suffixPhrases where words.count > phrase.count && words.reversed().starts(with: phrase.reversed()) {
        words = words.dropLast(phrase.count)
        changed = true
        break
      }
    }
    return Array(words)
  }

  /// Longest first, so that `city of` goes before `city`.
  private static let prefixPhrases: [[String]] = [
    "royal borough of", "city and county of", "municipality of", "city of", "town of", "borough of", "county of",
    "district of", "ville de", "commune de", "gemeinde", "gemeente", "stadt", "stad", "gem", "city", "town",
    "municipality", "commune", "ville", "kommune", "the",
  ].map { $0.split(separator: " ").map { visualForm(String($0)) } }.sorted { $0.count > $1.count }

  private static let suffixPhrases: [[String]] = [
    "city council", "borough council", "district council", "county council", "town council", "metropolitan borough",
    "gemeente", "municipality", "council", "borough", "city", "town", "county", "district", "stad", "stadt",
    "gemeinde", "kommune", "kommun", "commune",
  ].map { $0.split(separator: " ").map { visualForm(String($0)) } }.sorted { $0.count > $1.count }

  private static let joinedAffixes = ["gemeente", "municipality", "council", "borough", "stadt", "stad", "city"]
    .map(visualForm)

  /// Letters of Cyrillic, Greek and other scripts, and Latin look-alikes, that pass for Latin letters.
  private static let homoglyphs: [Unicode.Scalar: Unicode.Scalar] = {
    let pairs: [(String, Unicode.Scalar)] = [
      ("аɑα", "a"), ("в", "b"), ("сϲ", "c"), ("ԁ", "d"), ("еҽ", "e"), ("ɡ", "g"), ("һ", "h"),
      ("іıɩιї", "i"), ("јϳ", "j"), ("κк", "k"), ("ӏ", "l"), ("м", "m"), ("ոп", "n"), ("оοօσ", "o"),
      ("рρ", "p"), ("ԛ", "q"), ("г", "r"), ("ѕ", "s"), ("тτ", "t"), ("υս", "u"), ("νѵ", "v"), ("ԝѡ", "w"),
      ("хχ", "x"), ("уγ", "y"), ("ᴢ", "z"),
    ]
    var map: [Unicode.Scalar: Unicode.Scalar] = [:]
    for (letters, latin) in pairs {
      for scalar in letters.unicodeScalars { map[scalar] = latin }
    }
    return map
  }()
}
