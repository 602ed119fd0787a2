/// Resolves plain scalars with the YAML 1.2 core schema by scanning their bytes once; no regex, no allocation
/// for the common case of text.
enum ScalarResolver {
  enum Resolved: Equatable {
    case string
    case null
    case bool(Bool)
    /// An integer (decimal, `0o` octal or `0x` hexadecimal) that fits in `Int`.
    case integer(Int)
    /// An integer too large for `Int`, as the nearest `Double`.
    case largeInteger(Double)
    /// A float literal, including `.inf` and `.nan`.
    case float(Double)
    /// A finite-looking number whose value is beyond `Double`.
    case numberOutOfRange
  }

  private static let zero = UInt8(ascii: "0")
  private static let dot = UInt8(ascii: ".")
  private static let plus = UInt8(ascii: "+")
  private static let minus = UInt8(ascii: "-")

  /// Classifies the text of a plain scalar.
  static func resolve(_ text: UnsafeBufferPointer<UInt8>) -> Resolved {
    guard let first = text.first else { return .null }
    switch first {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), plus, minus, dot:
      return resolveNumber(text)
    case UInt8(ascii: "~"):
      return text.count == 1 ? .null : .string
    case UInt8(ascii: "n"), UInt8(ascii: "N"):
      return matches(text, "null", "Null", "NULL") ? .null : .string
    case UInt8(ascii: "t"), UInt8(ascii: "T"):
      return matches(text, "true", "True", "TRUE") ? .bool(true) : .string
    case UInt8(ascii: "f"), UInt8(ascii: "F"):
      return matches(text, "false", "False", "FALSE") ? .bool(false) : .string
    default:
      return .string
    }
  }

  /// True when `text` equals one of the three spellings (all ASCII).
  private static func matches(
    _ text: UnsafeBufferPointer<UInt8>, _ lower: StaticString, _ title: StaticString, _ upper: StaticString
  ) -> Bool {
    guard text.count == lower.utf8CodeUnitCount else { return false }
    return equals(text, lower) || equals(text, title) || equals(text, upper)
  }

  private static func equals(_ text: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
    guard text.count == word.utf8CodeUnitCount else { return false }
    let wordBytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    return text.elementsEqual(wordBytes)
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte &- zero < 10 }

  private static func resolveNumber(_ text: UnsafeBufferPointer<UInt8>) -> Resolved {
    let count = text.count
    let hasSign = text[0] == plus || text[0] == minus
    var index = hasSign ? 1 : 0
    guard index < count else { return .string }

    if text[index] == dot && count - index == 4 {
      let word = UnsafeBufferPointer(rebasing: text[(index + 1)...])
      if matches(word, "inf", "Inf", "INF") { return .float(text[0] == minus ? -.infinity : .infinity) }
      if !hasSign && matches(word, "nan", "NaN", "NAN") { return .float(.nan) }
    }
    if !hasSign && count > 2 && text[0] == zero {
      if text[1] == UInt8(ascii: "x") { return resolveRadix(text, radix: 16) }
      if text[1] == UInt8(ascii: "o") { return resolveRadix(text, radix: 8) }
    }

    // [-+]? ( \.[0-9]+ | [0-9]+ (\.[0-9]*)? ) ([eE][-+]?[0-9]+)?
    let integerStart = index
    while index < count && isDigit(text[index]) { index += 1 }
    let integerDigits = index - integerStart
    if index == count { return resolveDecimalInteger(text, digitsFrom: integerStart) }
    if text[index] == dot {
      index += 1
      let fractionStart = index
      while index < count && isDigit(text[index]) { index += 1 }
      if integerDigits == 0 && index == fractionStart { return .string }
    } else if integerDigits == 0 {
      return .string
    }
    if index < count && (text[index] | 0x20) == UInt8(ascii: "e") {
      index += 1
      if index < count && (text[index] == plus || text[index] == minus) { index += 1 }
      let exponentStart = index
      while index < count && isDigit(text[index]) { index += 1 }
      if index == exponentStart { return .string }
    }
    guard index == count else { return .string }
    let value = parseDouble(text)
    return value.isFinite ? .float(value) : .numberOutOfRange
  }

  private static func resolveDecimalInteger(_ text: UnsafeBufferPointer<UInt8>, digitsFrom start: Int) -> Resolved {
    var magnitude: UInt64 = 0
    for index in start..<text.count {
      let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(UInt64(text[index] &- zero))
      if overflow1 || overflow2 { return large(parseDouble(text)) }
      magnitude = sum
    }
    if text[0] == minus {
      if magnitude <= UInt64(Int.max) { return .integer(-Int(magnitude)) }
      if magnitude == UInt64(Int.max) + 1 { return .integer(.min) }
      return .largeInteger(-Double(magnitude))
    }
    return magnitude <= UInt64(Int.max) ? .integer(Int(magnitude)) : .largeInteger(Double(magnitude))
  }

  /// `0x` hexadecimal or `0o` octal digits after the two-character prefix; no sign allowed.
  private static func resolveRadix(_ text: UnsafeBufferPointer<UInt8>, radix: UInt64) -> Resolved {
    var magnitude: UInt64 = 0
    var approximate = 0.0
    var overflowed = false
    for index in 2..<text.count {
      guard let digit = digitValue(text[index], radix: radix) else { return .string }
      approximate = approximate * Double(radix) + Double(digit)
      if !overflowed {
        let (times, overflow1) = magnitude.multipliedReportingOverflow(by: radix)
        let (sum, overflow2) = times.addingReportingOverflow(digit)
        overflowed = overflow1 || overflow2
        magnitude = sum
      }
    }
    if !overflowed && magnitude <= UInt64(Int.max) { return .integer(Int(magnitude)) }
    return large(approximate)
  }

  private static func large(_ value: Double) -> Resolved {
    value.isFinite ? .largeInteger(value) : .numberOutOfRange
  }

  private static func digitValue(_ byte: UInt8, radix: UInt64) -> UInt64? {
    let value: UInt8
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - zero
    case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): value = byte - UInt8(ascii: "A") + 10
    default: return nil
    }
    return UInt64(value) < radix ? UInt64(value) : nil
  }

  /// Parses text already checked against the float grammar. Short texts are small strings (no allocation).
  private static func parseDouble(_ text: UnsafeBufferPointer<UInt8>) -> Double {
    Double(String(decoding: text, as: UTF8.self)) ?? .nan
  }
}
