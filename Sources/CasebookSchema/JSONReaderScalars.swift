import CasebookText
// Strings, escapes, UTF-8 checks and numbers of the JSON reader.
import CasebookYAML

extension JSONReader {
  // MARK: - Strings

  mutating func readString() throws(SchemaError) -> String {
    position += 1  // opening quote
    let start = position
    skipPlainText()
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        position += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
      if byte < 0x20 { throw controlCharacter(byte) }
      position += byte < 0x80 ? 1 : try utf8SequenceLength(at: position)
    }
    throw error(Message(JSONSyntaxText.stringNotClosed))
  }

  /// Skips 8 bytes at a time while none is a quote, a backslash, a control character or non-ASCII.
  private mutating func skipPlainText() {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    guard let base = bytes.baseAddress else { return }
    while position + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
      let quotes = word ^ (ones &* 0x22)
      let backslashes = word ^ (ones &* 0x5C)
      // A byte is zero in `x` exactly when `(x - 1) & ~x` has its high bit set (for bytes below 0x80).
      let special = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
        | ((word &- ones &* 0x20) & ~word) | word
      if special & highBits != 0 { return }
      position += 8
    }
  }

  private mutating func readEscapedString(from start: Int) throws(SchemaError) -> String {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return String(decoding: scratch, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        try readEscape()
      } else if byte < 0x20 {
        throw controlCharacter(byte)
      } else {
        let length = byte < 0x80 ? 1 : try utf8SequenceLength(at: position)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<position + length]))
        position += length
      }
    }
    throw error(Message(JSONSyntaxText.stringNotClosed))
  }

  private mutating func readEscape() throws(SchemaError) {
    let escapeStart = position
    position += 1
    guard position < bytes.count else { throw error(Message(JSONSyntaxText.endAfterBackslash)) }
    let byte = bytes[position]
    position += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(byte)
    case UInt8(ascii: "b"): scratch.append(0x08)
    case UInt8(ascii: "f"): scratch.append(0x0C)
    case UInt8(ascii: "n"): scratch.append(0x0A)
    case UInt8(ascii: "r"): scratch.append(0x0D)
    case UInt8(ascii: "t"): scratch.append(0x09)
    case UInt8(ascii: "u"):
      var code = try readHex4()
      if (0xDC00...0xDFFF).contains(code) {
        throw error(Message(JSONSyntaxText.loneLowSurrogate, .code("\\u\(hex4(code))")), at: escapeStart)
      }
      if (0xD800...0xDBFF).contains(code) {
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
          bytes[position + 1] == UInt8(ascii: "u")
        else {
          throw error(
            Message(JSONSyntaxText.loneHighSurrogate, .code("\\u\(hex4(code))")),
            at: escapeStart)
        }
        position += 2
        let low = try readHex4()
        guard (0xDC00...0xDFFF).contains(low) else {
          throw error(
            Message(JSONSyntaxText.loneHighSurrogate, .code("\\u\(hex4(code))")),
            at: escapeStart)
        }
        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
      }
      appendUTF8(Unicode.Scalar(code)!)
    default:
      throw error(
        Message(JSONSyntaxText.unknownEscape, .code("\\\(describeEscape(byte))")),
        at: escapeStart)
    }
  }

  private mutating func readHex4() throws(SchemaError) -> UInt32 {
    var code: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count, let digit = hexValue(bytes[position]) else {
        throw error(Message(JSONSyntaxText.hexDigits))
      }
      code = code << 4 | UInt32(digit)
      position += 1
    }
    return code
  }

  private mutating func appendUTF8(_ scalar: Unicode.Scalar) {
    UTF8.encode(scalar) { scratch.append($0) }
  }

  /// The length of the well-formed UTF-8 sequence at `index`, or an error naming the bad byte.
  mutating func utf8SequenceLength(at index: Int) throws(SchemaError) -> Int {
    let lead = bytes[index]
    let length: Int
    var lowerBound: UInt8 = 0x80
    var upperBound: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; lowerBound = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; upperBound = 0x9F
    case 0xF0: length = 4; lowerBound = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; upperBound = 0x8F
    default: throw error(Message(JSONSyntaxText.invalidUTF8Byte, .text("0x\(hex2(lead))")), at: index)
    }
    guard index + length <= bytes.count else {
      throw error(Message(JSONSyntaxText.invalidUTF8Truncated), at: index)
    }
    let second = bytes[index + 1]
    var valid = second >= lowerBound && second <= upperBound
    for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { valid = false }
    guard valid else {
      throw error(Message(JSONSyntaxText.invalidUTF8Sequence), at: index)
    }
    return length
  }

  // MARK: - Numbers

  mutating func readNumber() throws(SchemaError) -> Node.Value {
    let start = position
    let negative = bytes[position] == UInt8(ascii: "-")
    if negative { position += 1 }
    guard position < bytes.count, isDigit(bytes[position]) else {
      throw error(Message(JSONSyntaxText.minusDigit))
    }
    var magnitude: UInt64 = 0
    var overflow = false
    var digitCount = 0
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
      if position < bytes.count, isDigit(bytes[position]) {
        throw error(Message(JSONSyntaxText.leadingZero), at: start)
      }
      digitCount = 1
    } else {
      while position < bytes.count, isDigit(bytes[position]) {
        let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
        let (sum, o2) = times10.addingReportingOverflow(UInt64(bytes[position] - UInt8(ascii: "0")))
        if o1 || o2 { overflow = true } else { magnitude = sum }
        digitCount += 1
        position += 1
      }
    }
    var isInteger = true
    var fractionDigits = 0
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      isInteger = false
      position += 1
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw error(Message(JSONSyntaxText.decimalDigit))
      }
      while position < bytes.count, isDigit(bytes[position]) {
        let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
        let (sum, o2) = times10.addingReportingOverflow(UInt64(bytes[position] - UInt8(ascii: "0")))
        if o1 || o2 { overflow = true } else { magnitude = sum }
        fractionDigits += 1
        digitCount += 1
        position += 1
      }
    }
    var exponent = 0
    if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
      isInteger = false
      position += 1
      var exponentNegative = false
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
        exponentNegative = bytes[position] == UInt8(ascii: "-")
        position += 1
      }
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw error(Message(JSONSyntaxText.exponentDigits))
      }
      while position < bytes.count, isDigit(bytes[position]) {
        if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[position] - UInt8(ascii: "0")) }
        position += 1
      }
      if exponentNegative { exponent = -exponent }
    }
    if isInteger, !overflow {
      if negative, magnitude <= UInt64(Int.max) + 1 {
        return .integer(magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude))
      }
      if !negative, magnitude <= UInt64(Int.max) { return .integer(Int(magnitude)) }
    }
    // Exact fast path (Clinger): both the digits and the power of ten are exact doubles.
    let scale = exponent - fractionDigits
    var double: Double
    if !overflow, magnitude < 1 << 53, abs(scale) <= 22 {
      double = Double(magnitude)
      double = scale < 0 ? double / exactPowersOfTen[-scale] : double * exactPowersOfTen[scale]
      if negative { double = -double }
    } else {
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
      double = Double(text) ?? .nan
    }
    guard double.isFinite else {
      throw error(Message(JSONSyntaxText.numberTooLarge), at: start)
    }
    return .float(double)
  }
}

private let exactPowersOfTen: [Double] = (0...22).map { exponent in
  var value = 1.0
  for _ in 0..<exponent { value *= 10 }
  return value
}

private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

func hexValue(_ byte: UInt8) -> UInt8? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
  case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
  default: nil
  }
}

func hex2(_ byte: UInt8) -> String {
  let digits = Array("0123456789ABCDEF")
  return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
}

private func hex4(_ code: UInt32) -> String {
  hex2(UInt8(code >> 8)) + hex2(UInt8(code & 0xFF))
}
