internal import CGit2

/// A git object id (SHA-1), as a value.
///
/// The 20 raw bytes are kept in three big-endian words, so an id is 24 bytes inline, never allocates, and
/// compares (`<`) in the same order as its hex form.
public struct ObjectID: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Bytes 0..<8, big-endian.
  private var head: UInt64
  /// Bytes 8..<16, big-endian.
  private var middle: UInt64
  /// Bytes 16..<20, big-endian.
  private var tail: UInt32

  /// The number of raw bytes in an id.
  public static let byteCount = 20

  /// Makes an id from its 20 raw bytes; nil when `bytes` does not hold exactly 20 bytes.
  public init?(bytes: some Collection<UInt8>) {
    guard bytes.count == ObjectID.byteCount else { return nil }
    var iterator = bytes.makeIterator()
    func next(_ count: Int) -> UInt64 {
      var value: UInt64 = 0
      for _ in 0..<count { value = value << 8 | UInt64(iterator.next()!) }
      return value
    }
    head = next(8)
    middle = next(8)
    tail = UInt32(next(4))
  }

  /// Makes an id from its 20 raw bytes in memory; nil when `bytes` does not hold exactly 20 bytes. Faster
  /// than the generic initialiser, for decoding many ids.
  public init?(bytes: UnsafeRawBufferPointer) {
    guard bytes.count == ObjectID.byteCount else { return nil }
    head = UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
    middle = UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    tail = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
  }

  /// Parses a full 40-character hex id (upper or lower case); nil for anything else.
  public init?(hex: String) {
    var hex = hex
    guard hex.utf8.count == 40, let id = hex.withUTF8({ ObjectID(hexDigits: $0) }) else { return nil }
    self = id
  }

  private init?(hexDigits digits: UnsafeBufferPointer<UInt8>) {
    func nibble(_ character: UInt8) -> UInt64? {
      switch character {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(character &- UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(character &- UInt8(ascii: "a") &+ 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt64(character &- UInt8(ascii: "A") &+ 10)
      default: nil
      }
    }
    func word(_ start: Int, _ count: Int) -> UInt64? {
      var value: UInt64 = 0
      for index in start..<start + count {
        guard let digit = nibble(digits[index]) else { return nil }
        value = value << 4 | digit
      }
      return value
    }
    guard let head = word(0, 16), let middle = word(16, 16), let tail = word(32, 8) else { return nil }
    self.head = head
    self.middle = middle
    self.tail = UInt32(tail)
  }

  init(_ oid: git_oid) {
    var copy = oid
    (head, middle, tail) = withUnsafeBytes(of: &copy.id) { raw in
      (UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
       UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
       UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)))
    }
  }

  init(_ oid: UnsafePointer<git_oid>) {
    self.init(oid.pointee)
  }

  /// The libgit2 form of this id.
  var oid: git_oid {
    var oid = git_oid()
    withUnsafeMutableBytes(of: &oid.id) { raw in
      raw.storeBytes(of: head.bigEndian, toByteOffset: 0, as: UInt64.self)
      raw.storeBytes(of: middle.bigEndian, toByteOffset: 8, as: UInt64.self)
      raw.storeBytes(of: tail.bigEndian, toByteOffset: 16, as: UInt32.self)
    }
    return oid
  }

  /// The 20 raw bytes.
  public var bytes: [UInt8] {
    var oid = self.oid
    return withUnsafeBytes(of: &oid.id) { Array($0) }
  }

  /// Calls `body` with the 20 raw bytes, without allocating.
  public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
    var oid = self.oid
    return try withUnsafeBytes(of: &oid.id) { try body($0) }
  }

  /// The 40-character lower-case hex form.
  public var hex: String { hexPrefix(40) }

  /// The first 7 hex digits, as `git log --oneline` shows them (not checked for uniqueness).
  public var shortHex: String { hexPrefix(7) }

  private func hexPrefix(_ length: Int) -> String {
    let digits: StaticString = "0123456789abcdef"
    return String(unsafeUninitializedCapacity: length) { buffer in
      digits.withUTF8Buffer { table in
        func put(_ value: UInt64, bits: Int, at offset: Int) {
          var shift = bits - 4
          var index = offset
          while shift >= 0, index < length {
            buffer[index] = table[Int(value >> UInt64(shift) & 0xf)]
            shift -= 4
            index += 1
          }
        }
        put(head, bits: 64, at: 0)
        put(middle, bits: 64, at: 16)
        put(UInt64(tail), bits: 32, at: 32)
      }
      return length
    }
  }

  /// The 40-character lower-case hex form.
  public var description: String { hex }

  /// Orders ids as their hex forms order.
  public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
    (lhs.head, lhs.middle, lhs.tail) < (rhs.head, rhs.middle, rhs.tail)
  }

  /// The id git gives a blob with these bytes (`git hash-object`).
  public static func blob(hashing bytes: [UInt8]) -> ObjectID {
    bytes.withUnsafeBytes { blob(hashing: $0) }
  }

  /// The id git gives a tree whose content (its entries, each `mode name\0` and the raw id, in git's order)
  /// is `bytes`.
  public static func tree(hashing bytes: [UInt8]) -> ObjectID {
    bytes.withUnsafeBytes { hash($0, type: GIT_OBJECT_TREE) }
  }

  /// The id git gives a blob with these bytes (`git hash-object`), for bytes already in memory elsewhere
  /// (for example a mapped file), without copying them.
  public static func blob(hashing bytes: UnsafeRawBufferPointer) -> ObjectID {
    hash(bytes, type: GIT_OBJECT_BLOB)
  }

  private static func hash(_ bytes: UnsafeRawBufferPointer, type: git_object_t) -> ObjectID {
    var oid = git_oid()
    // Initialisation and git_odb_hash only fail for an invalid object type or when SHA-1 itself cannot run (out of memory);
    // neither is possible here, so a failure is a broken libgit2 installation.
    do throws(GitError) {
      try LibGit2.initialize()
      try check(git_odb_hash(&oid, bytes.baseAddress, bytes.count, type), "git_odb_hash")
    } catch {
      preconditionFailure("libgit2 cannot hash: \(error)")
    }
    return ObjectID(oid)
  }
}
