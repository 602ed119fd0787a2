#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Strings stored back to back as UTF-8 with their offsets: one allocation to save, none to load (the bytes
/// stay in the mapped cache file), each string decoded only when it is shown.
struct PackedStrings: Sendable {
  let bytes: ByteRegion
  /// `count + 1` offsets into ``bytes`` (from its start); string `i` is between `offsets[i]` and `offsets[i + 1]`.
  let offsets: [UInt32]

  /// `strings`, packed.
  init(_ strings: [String]) {
    var builder = Builder()
    for text in strings { builder.append(text) }
    self = builder.finish()
  }

  /// Packs strings as they come, so that a large index never holds them both as strings and packed.
  struct Builder {
    private var bytes: [UInt8] = []
    private var offsets: [UInt32] = [0]

    mutating func append(_ text: String) {
      bytes.append(contentsOf: text.utf8)
      offsets.append(UInt32(truncatingIfNeeded: bytes.count))
    }

    func finish() -> PackedStrings { PackedStrings(packed: ByteRegion(bytes), offsets: offsets) }
  }

  private init(packed bytes: ByteRegion, offsets: [UInt32]) {
    self.bytes = bytes
    self.offsets = offsets
  }

  init(bytes: ByteRegion, offsets: [UInt32]) throws(CorruptCache) {
    guard Self.validOffsets(offsets, end: bytes.count) else { throw CorruptCache() }
    self.bytes = bytes
    self.offsets = offsets
  }

  /// True when `offsets` start at 0, never decrease and end at `end`: the shape of every offset table in the
  /// index file (a damaged one is rejected before it is used).
  static func validOffsets(_ offsets: [UInt32], end: Int) -> Bool {
    guard offsets.first == 0, offsets.last.map({ Int($0) == end }) == true else { return false }
    return zip(offsets, offsets.dropFirst()).allSatisfy { $0 <= $1 }
  }

  var count: Int { offsets.count - 1 }

  subscript(index: Int) -> String {
    bytes.withUnsafeBufferPointer { buffer in
      String(decoding: buffer[Int(offsets[index])..<Int(offsets[index + 1])], as: UTF8.self)
    }
  }

  /// Compares string `index` with `key` by bytes: negative, zero or positive.
  func compare(_ index: Int, with key: UnsafeBufferPointer<UInt8>) -> Int {
    let start = Int(offsets[index])
    let length = Int(offsets[index + 1]) - start
    let common = min(length, key.count)
    let order = bytes.withUnsafeBufferPointer { buffer in
      common == 0 ? 0 : Int(memcmp(buffer.baseAddress! + start, key.baseAddress!, common))
    }
    return order != 0 ? order : length - key.count
  }

  /// True when string `index` starts with `key`.
  func hasPrefix(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(offsets[index])
    guard Int(offsets[index + 1]) - start >= key.count else { return false }
    guard key.count > 0 else { return true }
    return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, key.baseAddress!, key.count) == 0 }
  }

  /// The first position whose string is not less than `key`, for strings sorted by bytes.
  func lowerBound(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if compare(middle, with: key) < 0 { low = middle + 1 } else { high = middle }
    }
    return low
  }
}

/// A short list of value numbers per document (its categories, channels, tags).
struct PackedLists: Sendable {
  private(set) var offsets: [UInt32]
  private(set) var values: [UInt32]

  init() {
    offsets = [0]
    values = []
  }

  init(offsets: [UInt32], values: [UInt32], count: Int, valueBound: Int) throws(CorruptCache) {
    guard offsets.count == count + 1, PackedStrings.validOffsets(offsets, end: values.count) else {
      throw CorruptCache()
    }
    guard values.allSatisfy({ Int($0) < valueBound }) else { throw CorruptCache() }
    self.offsets = offsets
    self.values = values
  }

  mutating func append(_ list: [UInt32]) {
    values.append(contentsOf: list)
    offsets.append(UInt32(truncatingIfNeeded: values.count))
  }

  subscript(index: Int) -> ArraySlice<UInt32> {
    values[Int(offsets[index])..<Int(offsets[index + 1])]
  }
}

extension ByteWriter {
  /// A count, then the values' raw little-endian bytes.
  mutating func uint32Array(_ values: [UInt32]) {
    int(values.count)
    #if _endian(little)
      values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    #else
      for value in values { uint32(value) }
    #endif
  }

}

extension CacheStream {
  /// What ``ByteWriter/uint32Array(_:)`` writes, the values written out as they are.
  mutating func uint32Array(_ values: [UInt32]) {
    #if _endian(little)
      writer.int(values.count)
      values.withUnsafeBytes { write($0) }
    #else
      writer.uint32Array(values)
      flushIfLarge()
    #endif
  }

  /// What ``ByteWriter/byteArray(_:)`` writes, the bytes written out as they are.
  mutating func byteArray(_ bytes: [UInt8]) { byteArray(ByteRegion(bytes)) }

  mutating func byteArray(_ region: ByteRegion) {
    writer.int(region.count)
    region.withUnsafeBufferPointer { write(UnsafeRawBufferPointer($0)) }
  }
}

extension ByteReader {
  /// What ``ByteWriter/uint32Array(_:)`` wrote, copied in one go.
  mutating func uint32Array() throws(CorruptCache) -> [UInt32] {
    let count = try int()
    guard count >= 0, count <= (bytes.count - offset) / 4 else { throw CorruptCache() }
    let start = offset
    let values = [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
      bytes.withUnsafeBytes { raw in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: raw[start..<start + count * 4]))
      }
      initialized = count
    }
    offset += count * 4
    #if _endian(big)
      return values.map(\.byteSwapped)
    #else
      return values
    #endif
  }

  mutating func floatArray() throws(CorruptCache) -> [Float] {
    try uint32Array().map(Float.init(bitPattern:))
  }

  mutating func int32Array() throws(CorruptCache) -> [Int32] {
    try uint32Array().map { Int32(bitPattern: $0) }
  }

  /// What ``ByteWriter/byteArray(_:)`` wrote, as a slice sharing the reader's buffer (no copy).
  mutating func byteSlice() throws(CorruptCache) -> ByteRegion {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw CorruptCache() }
    defer { offset += count }
    return ByteRegion(bytes, offset..<offset + count)
  }

  mutating func packedStrings() throws(CorruptCache) -> PackedStrings {
    let bytes = try byteSlice()
    return try PackedStrings(bytes: bytes, offsets: try uint32Array())
  }

  mutating func packedLists(count: Int, valueBound: Int) throws(CorruptCache) -> PackedLists {
    let offsets = try uint32Array()
    return try PackedLists(offsets: offsets, values: try uint32Array(), count: count, valueBound: valueBound)
  }
}
