import CasebookText

// Parser for ECMA-262 regular expressions in Unicode mode (the dialect of JSON Schema `pattern`).
// Backreferences are rejected: without them a pattern compiles to an automaton matched in linear time.

struct RegexError: Error {
  var message: Message
  /// True when the pattern is valid ECMA-262 but uses something this engine leaves out (backreferences,
  /// huge repetition counts, rare Unicode properties).
  var isUnsupported = false
}

/// The syntax tree of a pattern.
indirect enum RegexNode {
  case scalar(UInt32)
  case set(ScalarSet)
  case sequence([RegexNode])
  case alternation([RegexNode])
  case repetition(RegexNode, min: Int, max: Int?)
  case assertion(RegexAssertion)
  case lookaround(RegexNode, ahead: Bool, negative: Bool)
}

enum RegexAssertion: Sendable {
  case start, end, wordBoundary, notWordBoundary
}

struct RegexParser {
  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var depth = 0
  private static let maximumDepth = 200
  static let maximumRepetition = 10_000

  init(_ pattern: String) {
    scalars = Array(pattern.unicodeScalars)
  }

  mutating func parse() throws(RegexError) -> RegexNode {
    let node = try parseDisjunction()
    if index < scalars.count {
      throw RegexError(message: Message(RegexText.unmatchedParenthesis, .number(index + 1)))
    }
    return node
  }

  private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
    guard peek == scalar else { return false }
    index += 1
    return true
  }

  private mutating func parseDisjunction() throws(RegexError) -> RegexNode {
    depth += 1
    defer { depth -= 1 }
    if depth > Self.maximumDepth { throw RegexError(message: Message(RegexText.nestedTooDeeply)) }
    var alternatives = [try parseAlternative()]
    while take("|") { alternatives.append(try parseAlternative()) }
    return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
  }

  private mutating func parseAlternative() throws(RegexError) -> RegexNode {
    var items: [RegexNode] = []
    while let scalar = peek, scalar != "|", scalar != ")" {
      items.append(try parseTerm())
    }
    return items.count == 1 ? items[0] : .sequence(items)
  }

  private mutating func parseTerm() throws(RegexError) -> RegexNode {
    let start = index
    let scalar = scalars[index]
    index += 1
    let atom: RegexNode
    switch scalar {
    case "^": return .assertion(.start)
    case "$": return .assertion(.end)
    case ".":
      atom = .set(.dot)
    case "[":
      atom = .set(try parseClass())
    case "(":
      if take("?") {
        if take(":") {
          atom = try parseGroupBody()
        } else if take("=") {
          return .lookaround(try parseGroupBody(), ahead: true, negative: false)
        } else if take("!") {
          return .lookaround(try parseGroupBody(), ahead: true, negative: true)
        } else if take("<") {
          if take("=") { return .lookaround(try parseGroupBody(), ahead: false, negative: false) }
          if take("!") { return .lookaround(try parseGroupBody(), ahead: false, negative: true) }
          try skipGroupName()
          atom = try parseGroupBody()
        } else {
          throw RegexError(message: Message(RegexText.unknownGroup, .number(start + 1)))
        }
      } else {
        atom = try parseGroupBody()
      }
    case "\\":
      if take("b") { return .assertion(.wordBoundary) }
      if take("B") { return .assertion(.notWordBoundary) }
      atom = try parseEscape(inClass: false)
    case "*", "+", "?":
      throw RegexError(message: Message(RegexText.nothingToRepeat, .code("\(scalar)"), .number(start + 1)))
    case "{":
      index = start
      if (try? parseBraceQuantifier()) != nil {
        throw RegexError(message: Message(RegexText.nothingToRepeat, .code("{"), .number(start + 1)))
      }
      index = start + 1
      atom = .scalar(scalar.value)
    default:
      atom = .scalar(scalar.value)
    }
    return try parseQuantifier(atom)
  }

  private mutating func parseGroupBody() throws(RegexError) -> RegexNode {
    let open = index
    let body = try parseDisjunction()
    guard take(")") else { throw RegexError(message: Message(RegexText.groupNotClosed, .number(open + 1))) }
    return body
  }

  private mutating func skipGroupName() throws(RegexError) {
    while let scalar = peek, scalar != ">" {
      guard scalar.properties.isIDContinue || scalar == "$" else {
        throw RegexError(message: Message(RegexText.groupNameCharacter, .code("\(scalar)")))
      }
      index += 1
    }
    guard take(">") else { throw RegexError(message: Message(RegexText.groupNameNotClosed)) }
  }

  private mutating func parseQuantifier(_ atom: RegexNode) throws(RegexError) -> RegexNode {
    guard let scalar = peek else { return atom }
    var bounds: (Int, Int?)
    switch scalar {
    case "*": bounds = (0, nil); index += 1
    case "+": bounds = (1, nil); index += 1
    case "?": bounds = (0, 1); index += 1
    case "{":
      let start = index
      guard let parsed = try? parseBraceQuantifier() else {
        index = start
        return atom
      }
      bounds = parsed
    default:
      return atom
    }
    _ = take("?")  // lazy or greedy: the same language
    if let max = bounds.1, max < bounds.0 {
      throw RegexError(message: Message(RegexText.repetitionOrder, .code("{\(bounds.0),\(max)}")))
    }
    return .repetition(atom, min: bounds.0, max: bounds.1)
  }

  /// `{n}`, `{n,}` or `{n,m}`; throws when the text there is not a quantifier.
  private mutating func parseBraceQuantifier() throws(RegexError) -> (Int, Int?) {
    guard take("{") else { throw RegexError(message: Message(RegexText.notAQuantifier)) }
    guard let low = parseDecimal() else { throw RegexError(message: Message(RegexText.notAQuantifier)) }
    var high: Int? = low
    if take(",") { high = parseDecimal() }
    guard take("}") else { throw RegexError(message: Message(RegexText.notAQuantifier)) }
    if low > Self.maximumRepetition || (high ?? 0) > Self.maximumRepetition {
      throw RegexError(
        message: Message(RegexText.repetitionTooLarge, .number(Self.maximumRepetition)), isUnsupported: true)
    }
    return (low, high)
  }

  private mutating func parseDecimal() -> Int? {
    var value: Int?
    while let scalar = peek, let digit = Int(exactly: scalar.value), digit >= 48, digit <= 57 {
      value = min((value ?? 0) * 10 + digit - 48, 1_000_000)
      index += 1
    }
    return value
  }

  // MARK: - Escapes and classes

  /// An escape after `\` (already consumed): a scalar or a set.
  private mutating func parseEscape(inClass: Bool) throws(RegexError) -> RegexNode {
    guard let scalar = peek else { throw RegexError(message: Message(RegexText.loneBackslash)) }
    let position = index
    index += 1
    switch scalar {
    case "d": return .set(.digits)
    case "D": return .set(ScalarSet.digits.inverted)
    case "w": return .set(.wordCharacters)
    case "W": return .set(ScalarSet.wordCharacters.inverted)
    case "s": return .set(.whitespace)
    case "S": return .set(ScalarSet.whitespace.inverted)
    case "p", "P": return .set(try parseProperty(negated: scalar == "P"))
    case "t": return .scalar(0x09)
    case "n": return .scalar(0x0A)
    case "v": return .scalar(0x0B)
    case "f": return .scalar(0x0C)
    case "r": return .scalar(0x0D)
    case "b" where inClass: return .scalar(0x08)
    case "-" where inClass: return .scalar(0x2D)
    case "c":
      guard let letter = peek, letter.isASCII, letter.properties.isAlphabetic else {
        throw RegexError(message: Message(RegexText.controlLetter))
      }
      index += 1
      return .scalar(letter.value % 32)
    case "0":
      if let next = peek, ("0"..."9").contains(next) {
        throw RegexError(message: Message(RegexText.octal, .code("\\0\(next)")))
      }
      return .scalar(0)
    case "1"..."9", "k":
      throw RegexError(
        message: Message(RegexText.backreference, .code("\\\(scalar)"), .number(position + 1)), isUnsupported: true)
    case "x":
      guard let value = parseHex(count: 2) else { throw RegexError(message: Message(RegexText.hexTwo)) }
      return .scalar(value)
    case "u":
      return .scalar(try parseUnicodeEscape())
    default:
      // Unicode mode allows only syntax characters here; any escaped ASCII punctuation (`\@`, `\:`...) can
      // only mean itself, so it is accepted for schemas written with other regex dialects in mind.
      if scalar.isASCII, scalar.properties.isPatternSyntax || "/".unicodeScalars.contains(scalar) {
        return .scalar(scalar.value)
      }
      throw RegexError(message: Message(RegexText.invalidEscape, .code("\\\(scalar)"), .number(position)))
    }
  }

  private mutating func parseUnicodeEscape() throws(RegexError) -> UInt32 {
    if take("{") {
      var value: UInt32 = 0
      var digits = 0
      while let scalar = peek, scalar.isASCII, let digit = hexValue(UInt8(scalar.value)) {
        value = value * 16 + UInt32(digit)
        digits += 1
        index += 1
        if value > 0x10FFFF { throw RegexError(message: Message(RegexText.aboveMaximum)) }
      }
      guard digits > 0, take("}") else { throw RegexError(message: Message(RegexText.braceDigits)) }
      return value
    }
    guard let high = parseHex(count: 4) else { throw RegexError(message: Message(RegexText.hexFour)) }
    if (0xD800...0xDBFF).contains(high), peek == "\\", index + 1 < scalars.count, scalars[index + 1] == "u" {
      let saved = index
      index += 2
      if let low = parseHex(count: 4), (0xDC00...0xDFFF).contains(low) {
        return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
      }
      index = saved
    }
    return high
  }

  private mutating func parseHex(count: Int) -> UInt32? {
    var value: UInt32 = 0
    for _ in 0..<count {
      guard let scalar = peek, scalar.isASCII, let digit = hexValue(UInt8(scalar.value)) else { return nil }
      value = value * 16 + UInt32(digit)
      index += 1
    }
    return value
  }

  private mutating func parseProperty(negated: Bool) throws(RegexError) -> ScalarSet {
    guard take("{") else { throw RegexError(message: Message(RegexText.propertyBrace)) }
    var name = ""
    while let scalar = peek, scalar != "}" {
      name.unicodeScalars.append(scalar)
      index += 1
    }
    guard take("}") else { throw RegexError(message: Message(RegexText.propertyNotClosed)) }
    guard let property = UnicodeProperty(name: name) else {
      throw RegexError(message: Message(RegexText.unknownProperty, .code("\\p{\(name)}")), isUnsupported: true)
    }
    return ScalarSet(property: property, negated: negated)
  }

  private mutating func parseClass() throws(RegexError) -> ScalarSet {
    var set = ScalarSet()
    let negated = take("^")
    while true {
      guard let scalar = peek else { throw RegexError(message: Message(RegexText.classNotClosed)) }
      if scalar == "]" {
        index += 1
        break
      }
      let first = try parseClassAtom()
      if peek == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
        index += 1
        let second = try parseClassAtom()
        guard case .scalar(let low) = first, case .scalar(let high) = second else {
          throw RegexError(message: Message(RegexText.classEscapeInRange))
        }
        guard low <= high else {
          throw RegexError(message: Message(RegexText.rangeOrder))
        }
        set.add(low...high)
      } else {
        switch first {
        case .scalar(let value): set.add(value...value)
        case .set(let other): set.add(other)
        default: break
        }
      }
    }
    if negated { set = set.inverted }
    return set
  }

  private mutating func parseClassAtom() throws(RegexError) -> RegexNode {
    let scalar = scalars[index]
    index += 1
    if scalar == "\\" { return try parseEscape(inClass: true) }
    return .scalar(scalar.value)
  }
}
