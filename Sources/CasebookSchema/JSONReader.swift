// Strict RFC 8259 reader over a byte buffer. Iterative (an explicit stack of open containers), so nesting
// depth is bounded by `JSONParser.maximumDepth` and never by the thread's stack.
import CasebookYAML

struct JSONReader {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0
  private var line = 1
  private var lineStart = 0
  // Columns are counted lazily: the column of `columnPosition` is `columnValue`; later positions on the
  // same line count on from there, so the whole text is counted at most once.
  private var columnPosition = 0
  private var columnValue = 1
  var scratch: [UInt8] = []
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

  mutating func error(_ message: String, at index: Int? = nil) -> SchemaError {
    .invalidJSON(message: message, location: location(at: min(index ?? position, bytes.count)))
  }

  mutating func unexpected(expecting expected: String) -> SchemaError {
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

  mutating func controlCharacter(_ byte: UInt8) -> SchemaError {
    let hint = switch byte {
    case 0x0A: "; a string cannot span lines, write \\n instead"
    case 0x09: "; write \\t instead"
    case 0x0D: "; write \\r instead"
    default: ""
    }
    return error("control character U+00\(hex2(byte)) is not allowed inside a string\(hint)")
  }

  func describeByte(at index: Int) -> String {
    let byte = bytes[index]
    if byte >= 0x21, byte < 0x7F { return "`\(Character(Unicode.Scalar(byte)))`" }
    return "character 0x\(hex2(byte))"
  }

  func describeEscape(_ byte: UInt8) -> String {
    byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "0x\(hex2(byte))"
  }
}
