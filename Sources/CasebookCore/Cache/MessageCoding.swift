import CasebookText

/// Messages in caches: the catalogue key and the arguments, never a rendered text, so that one cached finding
/// reads in either language. A key this build's catalogue does not have (a cache from another build) makes
/// the cache corrupt, so it is rebuilt rather than shown wrongly.
extension ByteWriter {
  /// Writes a message: its key, then its arguments.
  mutating func message(_ message: Message) {
    string(message.key)
    arguments(message.arguments)
  }

  private mutating func arguments(_ arguments: [MessageArgument]) {
    int(arguments.count)
    for argument in arguments { self.argument(argument) }
  }

  private mutating func argument(_ argument: MessageArgument) {
    switch argument {
    case .text(let text): uint8(0); string(text)
    case .code(let code): uint8(1); string(code)
    case .number(let number): uint8(2); int(number)
    case .decimal(let number): uint8(3); double(number)
    case .message(let message): uint8(4); self.message(message)
    case .all(let items): uint8(5); arguments(items)
    case .any(let items): uint8(6); arguments(items)
    case .translated(let texts): uint8(7); string(texts.en); string(texts.nl)
    }
  }
}

extension ByteReader {
  /// The deepest nesting of messages a cache may hold; deeper is corrupt.
  private static let maximumMessageDepth = 32

  /// Reads a message written by ``ByteWriter/message(_:)``.
  mutating func message() throws(CorruptCache) -> Message {
    try message(depth: 0)
  }

  private mutating func message(depth: Int) throws(CorruptCache) -> Message {
    guard depth < Self.maximumMessageDepth else { throw CorruptCache() }
    let key = try string()
    guard let message = Message(key: key, arguments: try arguments(depth: depth)) else { throw CorruptCache() }
    return message
  }

  private mutating func arguments(depth: Int) throws(CorruptCache) -> [MessageArgument] {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw CorruptCache() }
    var arguments: [MessageArgument] = []
    arguments.reserveCapacity(count)
    for _ in 0..<count { arguments.append(try argument(depth: depth)) }
    return arguments
  }

  private mutating func argument(depth: Int) throws(CorruptCache) -> MessageArgument {
    switch try uint8() {
    case 0: return .text(try string())
    case 1: return .code(try string())
    case 2: return .number(try int())
    case 3: return .decimal(try double())
    case 4: return .message(try message(depth: depth + 1))
    case 5: return .all(try arguments(depth: depth + 1))
    case 6: return .any(try arguments(depth: depth + 1))
    case 7: return .translated(Texts(en: try string(), nl: try string()))
    default: throw CorruptCache()
    }
  }
}
