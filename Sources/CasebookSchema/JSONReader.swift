// Strict RFC 8259 reader over a byte buffer. Iterative (an explicit stack of open containers), so nesting
// depth is bounded by `JSONParser.maximumDepth` and never by the thread's stack.
import CasebookYAML

struct JSONReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private var line = 1
  private var lineStart = 0
  // Columns are counted lazily: the column of `columnPosition` is `columnValue`; later positions on the
  // same line count on from there, so the whole text is counted at most once.
  private var columnPosition = 0
  private var columnValue = 1
  private var scratch: [UInt8] = []
  // The items and entries of all open containers, innermost last; a container's array is cut from here
  // when it closes, so it is allocated once at its final size.
  private var openItems: [Node] = []
  private var openEntries: [Node.Entry] = []

  /// One array or object being read.
  private struct OpenContainer {
    var isObject: Bool
    var location: SourceLocation
    /// Where its items or entries start in `openItems` or `openEntries`.
    var start: Int
    var key = ""
    var keyLocation = SourceLocation.start
    /// Positions of the keys read so far, by key; only built for large objects.
    var keyIndex: [TextKey: Int]? = nil
  }

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      position = 3
      lineStart = 3
      columnPosition = 3
    }
  }

  mutating func readDocument() throws(SchemaError) -> Node {
    skipWhitespace()
    if position >= bytes.count { throw error("the text is empty; expected a JSON value") }
    let value = try readValue()
    skipWhitespace()
    if position < bytes.count {
      throw error("unexpected \(describeByte(at: position)) after the end of the JSON value")
    }
    return value
  }

  // MARK: - Values

  private mutating func readValue() throws(SchemaError) -> Node {
    var stack: [OpenContainer] = []
    while true {
      skipWhitespace()
      var value: Node
      let location = currentLocation()
      guard position < bytes.count else { throw endOfText(stack) }
      switch bytes[position] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let isObject = bytes[position] == UInt8(ascii: "{")
        if stack.count >= JSONParser.maximumDepth {
          throw error("arrays and objects are nested more than \(JSONParser.maximumDepth) levels deep")
        }
        position += 1
        var container = OpenContainer(
          isObject: isObject, location: location, start: isObject ? openEntries.count : openItems.count)
        skipWhitespace()
        let closing = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if position < bytes.count, bytes[position] == closing {
          position += 1
          value = Node(isObject ? .mapping([]) : .sequence([]), at: location)
        } else {
          if isObject { try readKey(into: &container) }
          stack.append(container)
          continue
        }
      case UInt8(ascii: "\""):
        value = Node(.string(try readString()), at: location)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        value = Node(try readNumber(), at: location)
      case UInt8(ascii: "t"):
        try expectLiteral("true")
        value = Node(.bool(true), at: location)
      case UInt8(ascii: "f"):
        try expectLiteral("false")
        value = Node(.bool(false), at: location)
      case UInt8(ascii: "n"):
        try expectLiteral("null")
        value = Node(.null, at: location)
      default:
        throw unexpected(expecting: "a value")
      }
      // Attach the value to the open containers, closing every one that ends here.
      while true {
        guard !stack.isEmpty else { return value }
        let top = stack.count - 1
        if stack[top].isObject {
          openEntries.append(Node.Entry(key: stack[top].key, keyLocation: stack[top].keyLocation, value: value))
        } else {
          openItems.append(value)
        }
        skipWhitespace()
        guard position < bytes.count else { throw endOfText(stack) }
        let byte = bytes[position]
        if byte == UInt8(ascii: ",") {
          position += 1
          if stack[top].isObject {
            try readKey(into: &stack[top])
          } else {
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
              throw error("a comma must be followed by another item; remove the comma before `]`")
            }
          }
          break
        }
        let closing = stack[top].isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        guard byte == closing else {
          throw unexpected(
            expecting: stack[top].isObject ? "`,` or `}` after the field's value" : "`,` or `]` after the item")
        }
        position += 1
        let container = stack.removeLast()
        if container.isObject {
          value = Node(.mapping(Array(openEntries[container.start...])), at: container.location)
          openEntries.removeSubrange(container.start...)
        } else {
          value = Node(.sequence(Array(openItems[container.start...])), at: container.location)
          openItems.removeSubrange(container.start...)
        }
      }
    }
  }

  /// Reads `"key" :` and checks the key is not already in the object.
  private mutating func readKey(into container: inout OpenContainer) throws(SchemaError) {
    skipWhitespace()
    guard position < bytes.count else { throw error("unexpected end of the text; expected a field name") }
    guard bytes[position] == UInt8(ascii: "\"") else {
      if bytes[position] == UInt8(ascii: "}") {
        throw error("a comma must be followed by another field; remove the comma before `}`")
      }
      throw unexpected(expecting: "a field name in double quotes")
    }
    let keyLocation = currentLocation()
    let key = try readString()
    if let first = firstEntry(named: key, in: &container) {
      throw SchemaError.invalidJSON(
        message: "the field `\(key)` appears twice in this object (first at \(first)); keep only one",
        location: keyLocation)
    }
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
      throw position < bytes.count
        ? unexpected(expecting: "`:` after the field name")
        : error("unexpected end of the text; expected `:` after the field name")
    }
    position += 1
    container.key = key
    container.keyLocation = keyLocation
  }

  /// Where `key` was first written in the object, if it already has it. Small objects are searched
  /// linearly; from 16 keys on, an index keeps the check linear in the object's size.
  private func firstEntry(named key: String, in container: inout OpenContainer) -> SourceLocation? {
    let entries = openEntries[container.start...]
    if entries.count < 16 {
      for entry in entries where sameText(entry.key, key) { return entry.keyLocation }
      return nil
    }
    if container.keyIndex == nil {
      var index: [TextKey: Int] = [:]
      for position in entries.indices { index[TextKey(entries[position].key)] = position }
      container.keyIndex = index
    }
    if let position = container.keyIndex?[TextKey(key)] { return entries[position].keyLocation }
    container.keyIndex?[TextKey(key)] = entries.endIndex
    return nil
  }

  private mutating func expectLiteral(_ word: StaticString) throws(SchemaError) {
    let count = word.utf8CodeUnitCount
    let matches = word.withUTF8Buffer { literal in
      position + count <= bytes.count && (0..<count).allSatisfy { bytes[position + $0] == literal[$0] }
    }
    guard matches else { throw unexpected(expecting: "a value") }
    position += count
  }

  // MARK: - Strings

  private mutating func readString() throws(SchemaError) -> String {
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
    throw error("unexpected end of the text inside a string; a closing `\"` is missing")
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
    throw error("unexpected end of the text inside a string; a closing `\"` is missing")
  }

  private mutating func readEscape() throws(SchemaError) {
    let escapeStart = position
    position += 1
    guard position < bytes.count else { throw error("unexpected end of the text after `\\`") }
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
        throw error("`\\u\(hex4(code))` is a lone low surrogate; it must follow a high surrogate", at: escapeStart)
      }
      if (0xD800...0xDBFF).contains(code) {
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
          bytes[position + 1] == UInt8(ascii: "u")
        else {
          throw error(
            "`\\u\(hex4(code))` is a high surrogate without the low surrogate that must follow it",
            at: escapeStart)
        }
        position += 2
        let low = try readHex4()
        guard (0xDC00...0xDFFF).contains(low) else {
          throw error(
            "`\\u\(hex4(code))` is a high surrogate without the low surrogate that must follow it",
            at: escapeStart)
        }
        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
      }
      appendUTF8(Unicode.Scalar(code)!)
    default:
      throw error(
        "`\\\(describeEscape(byte))` is not a JSON escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX",
        at: escapeStart)
    }
  }

  private mutating func readHex4() throws(SchemaError) -> UInt32 {
    var code: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count, let digit = hexValue(bytes[position]) else {
        throw error("`\\u` must be followed by four hexadecimal digits")
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
  private mutating func utf8SequenceLength(at index: Int) throws(SchemaError) -> Int {
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
    default: throw error("the text is not valid UTF-8 (byte 0x\(hex2(lead))); save the file as UTF-8", at: index)
    }
    guard index + length <= bytes.count else {
      throw error("the text is not valid UTF-8 (truncated character); save the file as UTF-8", at: index)
    }
    let second = bytes[index + 1]
    var valid = second >= lowerBound && second <= upperBound
    for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { valid = false }
    guard valid else {
      throw error("the text is not valid UTF-8 (bad byte sequence); save the file as UTF-8", at: index)
    }
    return length
  }

  // MARK: - Numbers

  private mutating func readNumber() throws(SchemaError) -> Node.Value {
    let start = position
    let negative = bytes[position] == UInt8(ascii: "-")
    if negative { position += 1 }
    guard position < bytes.count, isDigit(bytes[position]) else {
      throw error("`-` must be followed by a digit")
    }
    var magnitude: UInt64 = 0
    var overflow = false
    var digitCount = 0
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
      if position < bytes.count, isDigit(bytes[position]) {
        throw error("numbers must not start with 0 (write `7`, not `07`)", at: start)
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
        throw error("a decimal point must be followed by a digit")
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
        throw error("an exponent must have digits (write `1e5`)")
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
      throw error("the number is too large to be represented; use a smaller number", at: start)
    }
    return .float(double)
  }

  // MARK: - Whitespace and locations

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        position += 1
      case UInt8(ascii: "\n"):
        position += 1
        startLine(at: position)
      case UInt8(ascii: "\r"):
        position += 1
        if position < bytes.count, bytes[position] == UInt8(ascii: "\n") { position += 1 }
        startLine(at: position)
      default:
        return
      }
    }
  }

  private mutating func startLine(at index: Int) {
    line += 1
    lineStart = index
    columnPosition = index
    columnValue = 1
  }

  private mutating func currentLocation() -> SourceLocation {
    location(at: position)
  }

  private mutating func location(at index: Int) -> SourceLocation {
    if index < columnPosition {
      columnPosition = lineStart
      columnValue = 1
    }
    var column = columnValue
    var cursor = columnPosition
    while cursor < index {
      if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
      cursor += 1
    }
    columnPosition = index
    columnValue = column
    return SourceLocation(line: line, column: column)
  }

  // MARK: - Errors

  private mutating func error(_ message: String, at index: Int? = nil) -> SchemaError {
    .invalidJSON(message: message, location: location(at: min(index ?? position, bytes.count)))
  }

  private mutating func unexpected(expecting expected: String) -> SchemaError {
    guard position < bytes.count else { return error("unexpected end of the text; expected \(expected)") }
    let byte = bytes[position]
    if byte == UInt8(ascii: "'") { return error("text must be in double quotes (\"...\"), not single quotes") }
    if byte == UInt8(ascii: "/") { return error("JSON does not allow comments") }
    if isAlphaNumeric(byte) {
      var end = position
      while end < bytes.count, end - position < 20, isAlphaNumeric(bytes[end]) { end += 1 }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
      return error("unexpected `\(word)`; expected \(expected) (text needs double quotes; "
        + "`true`, `false` and `null` are lowercase)")
    }
    return error("unexpected \(describeByte(at: position)); expected \(expected)")
  }

  private mutating func endOfText(_ stack: [OpenContainer]) -> SchemaError {
    guard let open = stack.last else { return error("unexpected end of the text; expected a value") }
    let closing = open.isObject ? "}" : "]"
    return error("unexpected end of the text; the \(open.isObject ? "object" : "array") opened at "
      + "\(open.location) is missing its closing `\(closing)`")
  }

  private mutating func controlCharacter(_ byte: UInt8) -> SchemaError {
    let hint = switch byte {
    case 0x0A: "; a string cannot span lines, write \\n instead"
    case 0x09: "; write \\t instead"
    case 0x0D: "; write \\r instead"
    default: ""
    }
    return error("control character U+00\(hex2(byte)) is not allowed inside a string\(hint)")
  }

  private func describeByte(at index: Int) -> String {
    let byte = bytes[index]
    if byte >= 0x21, byte < 0x7F { return "`\(Character(Unicode.Scalar(byte)))`" }
    return "character 0x\(hex2(byte))"
  }

  private func describeEscape(_ byte: UInt8) -> String {
    byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "0x\(hex2(byte))"
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

private func hex2(_ byte: UInt8) -> String {
  let digits = Array("0123456789ABCDEF")
  return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
}

private func hex4(_ code: UInt32) -> String {
  hex2(UInt8(code >> 8)) + hex2(UInt8(code & 0xFF))
}
