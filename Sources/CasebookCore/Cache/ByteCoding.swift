import CasebookGit
import CasebookYAML

/// Thrown when cached bytes do not decode: the cache is then rebuilt.
public struct CorruptCache: Error, Sendable {}

/// Appends values in a compact little-endian binary form, for cache files.
public struct ByteWriter: Sendable {
  /// The bytes written so far.
  public var bytes: [UInt8] = []

  /// An empty writer.
  public init() {}

  public mutating func uint8(_ value: UInt8) { bytes.append(value) }
  public mutating func uint32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
  public mutating func uint64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
  public mutating func int(_ value: Int) { uint64(UInt64(bitPattern: Int64(value))) }
  public mutating func double(_ value: Double) { uint64(value.bitPattern) }
  public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
  public mutating func string(_ value: String) {
    var copy = value
    copy.withUTF8 { utf8 in
      int(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }
  public mutating func optionalString(_ value: String?) {
    bool(value != nil)
    if let value { string(value) }
  }
  public mutating func strings(_ values: [String]) {
    int(values.count)
    for value in values { string(value) }
  }
  public mutating func objectID(_ id: ObjectID) { id.withBytes { bytes.append(contentsOf: $0) } }
  /// Appends raw bytes as they are (no length).
  public mutating func raw(_ data: some Collection<UInt8>) { bytes.append(contentsOf: data) }
  public mutating func location(_ location: SourceLocation) {
    uint32(UInt32(truncatingIfNeeded: location.line))
    uint32(UInt32(truncatingIfNeeded: location.column))
  }

  /// A node tree, written without recursion.
  public mutating func node(_ root: Node) {
    var stack: [Node] = [root]
    while let node = stack.popLast() {
      location(node.location)
      switch node.value {
      case .null: uint8(0)
      case .bool(let flag): uint8(flag ? 2 : 1)
      case .integer(let number): uint8(3); int(number)
      case .float(let number): uint8(4); double(number)
      case .string(let text): uint8(5); string(text)
      case .sequence(let items):
        uint8(6)
        int(items.count)
        stack.append(contentsOf: items.reversed())
      case .mapping(let entries):
        uint8(7)
        int(entries.count)
        for entry in entries {
          string(entry.key)
          location(entry.keyLocation)
        }
        stack.append(contentsOf: entries.reversed().map(\.value))
      }
    }
  }
}

/// Reads what ``ByteWriter`` wrote; any inconsistency throws ``CorruptCache``.
public struct ByteReader {
  /// Everything being read.
  let bytes: SharedBytes
  /// The position of the next byte to read.
  public var offset = 0

  /// A reader at the start of `bytes`.
  public init(_ bytes: [UInt8]) { self.bytes = SharedBytes(bytes) }

  /// A reader at the start of `bytes` (a mapped cache file, say).
  init(_ bytes: SharedBytes) { self.bytes = bytes }

  /// True when every byte was read.
  public var isAtEnd: Bool { offset == bytes.count }

  /// Reads a fixed-size little-endian integer without building a slice (the hot path of decoding).
  private mutating func load<T: FixedWidthInteger>(_: T.Type) throws(CorruptCache) -> T {
    let size = MemoryLayout<T>.size
    guard size <= bytes.count - offset else { throw CorruptCache() }
    let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
    offset += size
    return T(littleEndian: value)
  }

  public mutating func uint8() throws(CorruptCache) -> UInt8 { try load(UInt8.self) }
  public mutating func uint32() throws(CorruptCache) -> UInt32 { try load(UInt32.self) }
  public mutating func uint64() throws(CorruptCache) -> UInt64 { try load(UInt64.self) }
  public mutating func int() throws(CorruptCache) -> Int { Int(Int64(bitPattern: try uint64())) }
  public mutating func double() throws(CorruptCache) -> Double { Double(bitPattern: try uint64()) }
  public mutating func bool() throws(CorruptCache) -> Bool {
    switch try uint8() {
    case 0: false
    case 1: true
    default: throw CorruptCache()
    }
  }
  public mutating func string() throws(CorruptCache) -> String {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw CorruptCache() }
    let start = offset
    offset += count
    // Typed bytes take the standard library's fast UTF-8 check; untyped ones are checked a byte at a time.
    let text = bytes.withUnsafeBytes { raw in
      String(validating: UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[start..<start + count]), as: UTF8.self)
    }
    guard let text else { throw CorruptCache() }
    return text
  }
  public mutating func optionalString() throws(CorruptCache) -> String? {
    try bool() ? try string() : nil
  }
  public mutating func strings() throws(CorruptCache) -> [String] {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw CorruptCache() }
    var values: [String] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try string()) }
    return values
  }
  /// Skips `count` bytes and returns where they start.
  public mutating func skip(_ count: Int) throws(CorruptCache) -> Int {
    guard count >= 0, count <= bytes.count - offset else { throw CorruptCache() }
    defer { offset += count }
    return offset
  }
  public mutating func objectID() throws(CorruptCache) -> ObjectID {
    let start = try skip(ObjectID.byteCount)
    let id = bytes.withUnsafeBytes { ObjectID(bytes: UnsafeRawBufferPointer(rebasing: $0[start..<start + ObjectID.byteCount])) }
    guard let id else { throw CorruptCache() }
    return id
  }
  public mutating func location() throws(CorruptCache) -> SourceLocation {
    SourceLocation(line: Int(try uint32()), column: Int(try uint32()))
  }

  /// A node tree written by ``ByteWriter/node(_:)``.
  public mutating func node() throws(CorruptCache) -> Node {
    // Pending containers: the node being built and how many children it still needs.
    var pending: [(node: Node, keys: [(String, SourceLocation)], children: [Node], remaining: Int)] = []
    var finished: Node?
    repeat {
      let location = try location()
      let tag = try uint8()
      var node: Node
      switch tag {
      case 0: node = Node(.null, at: location)
      case 1, 2: node = Node(.bool(tag == 2), at: location)
      case 3: node = Node(.integer(try int()), at: location)
      case 4: node = Node(.float(try double()), at: location)
      case 5: node = Node(.string(try string()), at: location)
      case 6, 7:
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw CorruptCache() }
        var keys: [(String, SourceLocation)] = []
        if tag == 7 {
          for _ in 0..<count { keys.append((try string(), try self.location())) }
        }
        let container = Node(tag == 6 ? .sequence([]) : .mapping([]), at: location)
        if count > 0 {
          pending.append((container, keys, [], count))
          continue
        }
        node = container
      default: throw CorruptCache()
      }
      // Attach the finished node to its parent, closing parents that are complete.
      var child = node
      while true {
        guard !pending.isEmpty else {
          finished = child
          break
        }
        pending[pending.count - 1].children.append(child)
        pending[pending.count - 1].remaining -= 1
        guard pending[pending.count - 1].remaining == 0 else { break }
        let done = pending.removeLast()
        var parent = done.node
        if case .sequence = parent.value {
          parent.value = .sequence(done.children)
        } else {
          parent.value = .mapping(
            zip(done.keys, done.children).map { Node.Entry(key: $0.0, keyLocation: $0.1, value: $1) })
        }
        child = parent
      }
    } while finished == nil
    return finished!
  }
}
