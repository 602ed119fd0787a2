import CasebookText
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
    if position >= bytes.count { throw error(Message(JSONSyntaxText.empty)) }
    let value = try readValue()
    skipWhitespace()
    if position < bytes.count {
      throw error(Message(JSONSyntaxText.afterEnd, describeByte(at: position)))
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
          throw error(Message(JSONSyntaxText.tooDeep, .number(JSONParser.maximumDepth)))
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
        throw unexpected(expecting: .aValue)
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
              throw error(Message(JSONSyntaxText.trailingCommaArray))
            }
          }
          break
        }
        let closing = stack[top].isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        guard byte == closing else {
          throw unexpected(
            expecting: stack[top].isObject ? .commaAfterValue : .commaAfterItem)
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
    guard position < bytes.count else { throw error(Message(JSONSyntaxText.endExpectingName)) }
    guard bytes[position] == UInt8(ascii: "\"") else {
      if bytes[position] == UInt8(ascii: "}") {
        throw error(Message(JSONSyntaxText.trailingCommaObject))
      }
      throw unexpected(expecting: .aFieldName)
    }
    let keyLocation = currentLocation()
    let key = try readString()
    if let first = firstEntry(named: key, in: &container) {
      throw SchemaError.invalidJSON(
        message: Message(JSONSyntaxText.duplicateField, .code(key), .text("\(first)")),
        location: keyLocation)
    }
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
      throw position < bytes.count
        ? unexpected(expecting: .colonAfterName)
        : error(Message(JSONSyntaxText.endExpectingColon))
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
    guard matches else { throw unexpected(expecting: .aValue) }
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

  mutating func error(_ message: Message, at index: Int? = nil) -> SchemaError {
    .invalidJSON(message: message, location: location(at: min(index ?? position, bytes.count)))
  }

  mutating func unexpected(expecting expectedEntry: JSONSyntaxText) -> SchemaError {
    let expected = MessageArgument.message(Message(expectedEntry))
    guard position < bytes.count else { return error(Message(JSONSyntaxText.endExpecting, expected)) }
    let byte = bytes[position]
    if byte == UInt8(ascii: "'") { return error(Message(JSONSyntaxText.singleQuotes)) }
    if byte == UInt8(ascii: "/") { return error(Message(JSONSyntaxText.comments)) }
    if isAlphaNumeric(byte) {
      var end = position
      while end < bytes.count, end - position < 20, isAlphaNumeric(bytes[end]) { end += 1 }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
      return error(Message(JSONSyntaxText.unexpectedWord, .code(word), expected))
    }
    return error(Message(JSONSyntaxText.unexpected, describeByte(at: position), expected))
  }

  private mutating func endOfText(_ stack: [OpenContainer]) -> SchemaError {
    guard let open = stack.last else { return error(Message(JSONSyntaxText.endExpectingValue)) }
    return error(
      Message(open.isObject ? JSONSyntaxText.objectNotClosed : JSONSyntaxText.arrayNotClosed, .text("\(open.location)")))
  }

  mutating func controlCharacter(_ byte: UInt8) -> SchemaError {
    let entry: JSONSyntaxText = switch byte {
    case 0x0A: .controlLineBreak
    case 0x09: .controlTab
    case 0x0D: .controlReturn
    default: .controlCharacter
    }
    return error(Message(entry, .text("U+00\(hex2(byte))")))
  }

  func describeByte(at index: Int) -> MessageArgument {
    let byte = bytes[index]
    if byte >= 0x21, byte < 0x7F { return .code(String(Character(Unicode.Scalar(byte)))) }
    return .message(Message(JSONSyntaxText.character, .text("0x\(hex2(byte))")))
  }

  func describeEscape(_ byte: UInt8) -> String {
    byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "0x\(hex2(byte))"
  }
}
