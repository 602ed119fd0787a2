// Sets of Unicode scalars for regular expression classes, escapes (\d \w \s) and properties (\p{…}).

/// A Unicode property usable in `\p{…}`: general categories and common binary properties.
enum UnicodeProperty: Sendable {
  /// A bit per `Unicode.GeneralCategory`, in the order of ``UnicodeProperty/categoryOrder``.
  case categories(UInt32)
  case any, ascii, assigned, alphabetic, whitespace, uppercase, lowercase, hexDigit, asciiHexDigit
  case math, dash, ideographic, emoji, idStart, idContinue, noncharacter

  init?(name: String) {
    var name = name
    for prefix in ["General_Category=", "gc="] where name.hasPrefix(prefix) {
      name.removeFirst(prefix.count)
    }
    if let categories = Self.categoryNames[name] {
      var mask: UInt32 = 0
      for category in categories { mask |= 1 << UInt32(Self.categoryIndex(category)) }
      self = .categories(mask)
      return
    }
    let binary: [String: UnicodeProperty] = [
      "Any": .any, "ASCII": .ascii, "Assigned": .assigned, "Alphabetic": .alphabetic, "Alpha": .alphabetic,
      "White_Space": .whitespace, "space": .whitespace, "Uppercase": .uppercase, "Upper": .uppercase,
      "Lowercase": .lowercase, "Lower": .lowercase, "Hex_Digit": .hexDigit, "AHex": .asciiHexDigit,
      "ASCII_Hex_Digit": .asciiHexDigit, "Math": .math, "Dash": .dash, "Ideographic": .ideographic,
      "Ideo": .ideographic, "Emoji": .emoji, "ID_Start": .idStart, "IDS": .idStart, "ID_Continue": .idContinue,
      "IDC": .idContinue, "Noncharacter_Code_Point": .noncharacter,
    ]
    guard let property = binary[name] else { return nil }
    self = property
  }

  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    switch self {
    case .categories(let mask): return mask & (1 << UInt32(Self.categoryIndex(properties.generalCategory))) != 0
    case .any: return true
    case .ascii: return scalar.isASCII
    case .assigned: return properties.generalCategory != .unassigned
    case .alphabetic: return properties.isAlphabetic
    case .whitespace: return properties.isWhitespace
    case .uppercase: return properties.isUppercase
    case .lowercase: return properties.isLowercase
    case .hexDigit: return properties.isHexDigit
    case .asciiHexDigit: return properties.isASCIIHexDigit
    case .math: return properties.isMath
    case .dash: return properties.isDash
    case .ideographic: return properties.isIdeographic
    case .emoji: return properties.isEmoji
    case .idStart: return properties.isIDStart
    case .idContinue: return properties.isIDContinue
    case .noncharacter: return properties.isNoncharacterCodePoint
    }
  }

  private static func categoryIndex(_ category: Unicode.GeneralCategory) -> Int {
    switch category {
    case .uppercaseLetter: 0
    case .lowercaseLetter: 1
    case .titlecaseLetter: 2
    case .modifierLetter: 3
    case .otherLetter: 4
    case .nonspacingMark: 5
    case .spacingMark: 6
    case .enclosingMark: 7
    case .decimalNumber: 8
    case .letterNumber: 9
    case .otherNumber: 10
    case .connectorPunctuation: 11
    case .dashPunctuation: 12
    case .openPunctuation: 13
    case .closePunctuation: 14
    case .initialPunctuation: 15
    case .finalPunctuation: 16
    case .otherPunctuation: 17
    case .mathSymbol: 18
    case .currencySymbol: 19
    case .modifierSymbol: 20
    case .otherSymbol: 21
    case .spaceSeparator: 22
    case .lineSeparator: 23
    case .paragraphSeparator: 24
    case .control: 25
    case .format: 26
    case .surrogate: 27
    case .privateUse: 28
    case .unassigned: 29
    @unknown default: 29
    }
  }

  private static let categoryNames: [String: [Unicode.GeneralCategory]] = {
    let letters: [Unicode.GeneralCategory] = [
      .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
    ]
    let marks: [Unicode.GeneralCategory] = [.nonspacingMark, .spacingMark, .enclosingMark]
    let numbers: [Unicode.GeneralCategory] = [.decimalNumber, .letterNumber, .otherNumber]
    let punctuation: [Unicode.GeneralCategory] = [
      .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation,
    ]
    let symbols: [Unicode.GeneralCategory] = [.mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol]
    let separators: [Unicode.GeneralCategory] = [.spaceSeparator, .lineSeparator, .paragraphSeparator]
    let others: [Unicode.GeneralCategory] = [.control, .format, .surrogate, .privateUse, .unassigned]
    let table: [([String], [Unicode.GeneralCategory])] = [
      (["L", "Letter"], letters), (["LC", "Cased_Letter"], [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter]),
      (["Lu", "Uppercase_Letter"], [.uppercaseLetter]), (["Ll", "Lowercase_Letter"], [.lowercaseLetter]),
      (["Lt", "Titlecase_Letter"], [.titlecaseLetter]), (["Lm", "Modifier_Letter"], [.modifierLetter]),
      (["Lo", "Other_Letter"], [.otherLetter]), (["M", "Mark", "Combining_Mark"], marks),
      (["Mn", "Nonspacing_Mark"], [.nonspacingMark]), (["Mc", "Spacing_Mark"], [.spacingMark]),
      (["Me", "Enclosing_Mark"], [.enclosingMark]), (["N", "Number"], numbers),
      (["Nd", "Decimal_Number", "digit"], [.decimalNumber]), (["Nl", "Letter_Number"], [.letterNumber]),
      (["No", "Other_Number"], [.otherNumber]), (["P", "Punctuation", "punct"], punctuation),
      (["Pc", "Connector_Punctuation"], [.connectorPunctuation]), (["Pd", "Dash_Punctuation"], [.dashPunctuation]),
      (["Ps", "Open_Punctuation"], [.openPunctuation]), (["Pe", "Close_Punctuation"], [.closePunctuation]),
      (["Pi", "Initial_Punctuation"], [.initialPunctuation]), (["Pf", "Final_Punctuation"], [.finalPunctuation]),
      (["Po", "Other_Punctuation"], [.otherPunctuation]), (["S", "Symbol"], symbols),
      (["Sm", "Math_Symbol"], [.mathSymbol]), (["Sc", "Currency_Symbol"], [.currencySymbol]),
      (["Sk", "Modifier_Symbol"], [.modifierSymbol]), (["So", "Other_Symbol"], [.otherSymbol]),
      (["Z", "Separator"], separators), (["Zs", "Space_Separator"], [.spaceSeparator]),
      (["Zl", "Line_Separator"], [.lineSeparator]), (["Zp", "Paragraph_Separator"], [.paragraphSeparator]),
      (["C", "Other"], others), (["Cc", "Control", "cntrl"], [.control]), (["Cf", "Format"], [.format]),
      (["Cs", "Surrogate"], [.surrogate]), (["Co", "Private_Use"], [.privateUse]),
      (["Cn", "Unassigned"], [.unassigned]),
    ]
    var names: [String: [Unicode.GeneralCategory]] = [:]
    for (aliases, categories) in table {
      for alias in aliases { names[alias] = categories }
    }
    return names
  }()
}

/// A set of scalars: a union of ranges, properties and nested sets, optionally complemented.
struct ScalarSet: Sendable {
  private var ranges: [ClosedRange<UInt32>] = []
  private var properties: [UnicodeProperty] = []
  private var nested: [ScalarSet] = []
  private var negated = false
  /// Membership of the ASCII scalars, precomputed by ``finalized()``.
  private var asciiLow: UInt64 = 0
  private var asciiHigh: UInt64 = 0
  private var isFinal = false

  init() {}

  init(property: UnicodeProperty, negated: Bool) {
    properties = [property]
    self.negated = negated
  }

  init(ranges: [ClosedRange<UInt32>]) {
    for range in ranges { add(range) }
  }

  static let digits = ScalarSet(ranges: [0x30...0x39])
  static let wordCharacters = ScalarSet(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
  static let whitespace = ScalarSet(ranges: [
    0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
    0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
  ])
  /// `.`: everything but line terminators.
  static let dot = ScalarSet(ranges: [0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029]).inverted

  var inverted: ScalarSet {
    var copy = self
    copy.negated.toggle()
    return copy
  }

  mutating func add(_ range: ClosedRange<UInt32>) {
    if negated {
      self = ScalarSet(nesting: self)
    }
    // Keep ranges sorted and merged so that lookups can binary search.
    var merged = range
    var result: [ClosedRange<UInt32>] = []
    var inserted = false
    for existing in ranges {
      if existing.upperBound &+ 1 < merged.lowerBound {
        result.append(existing)
      } else if merged.upperBound &+ 1 < existing.lowerBound {
        if !inserted {
          result.append(merged)
          inserted = true
        }
        result.append(existing)
      } else {
        merged = min(existing.lowerBound, merged.lowerBound)...max(existing.upperBound, merged.upperBound)
      }
    }
    if !inserted { result.append(merged) }
    ranges = result
  }

  mutating func add(_ other: ScalarSet) {
    if negated {
      self = ScalarSet(nesting: self)
    }
    if !other.negated, other.nested.isEmpty {
      for range in other.ranges { add(range) }
      properties += other.properties
    } else {
      nested.append(other)
    }
  }

  private init(nesting inner: ScalarSet) {
    nested = [inner]
  }

  /// The set as sorted, disjoint ranges; nil when it involves Unicode properties (too many ranges).
  func intervals() -> [ClosedRange<UInt32>]? {
    guard properties.isEmpty else { return nil }
    var union = ScalarSet(ranges: ranges)
    for inner in nested {
      guard let innerRanges = inner.intervals() else { return nil }
      for range in innerRanges { union.add(range) }
    }
    guard negated else { return union.ranges }
    var complement: [ClosedRange<UInt32>] = []
    var next: UInt32 = 0
    for range in union.ranges {
      if range.lowerBound > next { complement.append(next...(range.lowerBound - 1)) }
      next = range.upperBound + 1
    }
    if next <= 0x10FFFF { complement.append(next...0x10FFFF) }
    return complement
  }

  /// The set with its ASCII membership table filled in; call before matching.
  func finalized() -> ScalarSet {
    var copy = self
    copy.nested = nested.map { $0.finalized() }
    for value in 0..<128 as Range<UInt32> where copy.slowContains(value) {
      if value < 64 { copy.asciiLow |= 1 << UInt64(value) } else { copy.asciiHigh |= 1 << UInt64(value - 64) }
    }
    copy.isFinal = true
    return copy
  }

  @inline(__always)
  func contains(_ value: UInt32) -> Bool {
    if value < 128, isFinal {
      return value < 64 ? asciiLow & (1 << UInt64(value)) != 0 : asciiHigh & (1 << UInt64(value - 64)) != 0
    }
    return slowContains(value)
  }

  private func slowContains(_ value: UInt32) -> Bool {
    var low = 0
    var high = ranges.count
    var found = false
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].upperBound < value {
        low = middle + 1
      } else if ranges[middle].lowerBound > value {
        high = middle
      } else {
        found = true
        break
      }
    }
    if !found, !properties.isEmpty, let scalar = Unicode.Scalar(value) {
      found = properties.contains { $0.contains(scalar) }
    }
    if !found { found = nested.contains { $0.contains(value) } }
    return found != negated
  }
}
