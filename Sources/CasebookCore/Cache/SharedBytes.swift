#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Immutable bytes that a decoded cache may go on referring to: an array, or a cache file mapped into memory
/// read-only (unmapped when the last reference goes). Mapping a large cache file costs a fraction of reading
/// it: its pages come from the page cache as they are touched, neither zeroed nor copied.
final class SharedBytes: @unchecked Sendable {
  // Safe: nothing changes after initialisation, and a mapping lives until deinit.
  private enum Storage {
    case array([UInt8])
    /// The mapping (for unmapping) and where the bytes start in it.
    case mapped(base: UnsafeMutableRawPointer, length: Int, start: Int)
  }

  private let storage: Storage
  /// The number of bytes.
  let count: Int

  /// The bytes of `array`.
  init(_ array: [UInt8]) {
    storage = .array(array)
    count = array.count
  }

  /// The bytes from `start` to the end of the open regular file `descriptor`, whose size is `length`; nil
  /// when it cannot be mapped. The file must not be truncated while mapped (casebook replaces cache files
  /// by renaming, never in place).
  init?(mapping descriptor: Int32, length: Int, from start: Int) {
    guard length > 0, start <= length,
      let base = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED
    else { return nil }
    storage = .mapped(base: base, length: length, start: start)
    count = length - start
  }

  deinit {
    if case .mapped(let base, let length, _) = storage { munmap(base, length) }
  }

  /// Calls `body` with the bytes, valid during the call.
  @inline(__always)
  func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
    switch storage {
    case .array(let array):
      return array.withUnsafeBytes(body)
    case .mapped(let base, _, let start):
      return body(UnsafeRawBufferPointer(start: base + start, count: count))
    }
  }
}

/// A range of ``SharedBytes``.
struct ByteRegion: Sendable {
  private let shared: SharedBytes
  private let range: Range<Int>

  /// The bytes of `range` in `shared` (which must lie within it).
  init(_ shared: SharedBytes, _ range: Range<Int>) {
    precondition(range.lowerBound >= 0 && range.upperBound <= shared.count)
    self.shared = shared
    self.range = range
  }

  /// All of `array`.
  init(_ array: [UInt8]) { self.init(SharedBytes(array), 0..<array.count) }

  var count: Int { range.count }

  /// Calls `body` with the bytes, valid during the call.
  @inline(__always)
  func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    shared.withUnsafeBytes { raw in
      body(UnsafeRawBufferPointer(rebasing: raw[range]).bindMemory(to: UInt8.self))
    }
  }

  /// A copy of the bytes.
  var array: [UInt8] { withUnsafeBufferPointer { Array($0) } }
}
