// Validation recurses along the document, so a deep enough document could overflow the thread's stack
// (8 MB on Linux, 512 KB on Darwin's secondary threads). The guard knows where the current thread's stack
// ends and stops descending while a safety margin is left; the document is then reported as too deep.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

struct StackGuard {
  /// Stack left for the work below the guarded frames (string building, value comparisons...).
  static let margin: UInt = 128 * 1024
  /// Used when the thread's stack bounds are unknown.
  static let fallbackBudget: UInt = 256 * 1024

  /// The lowest address the guarded frames may reach.
  private let floor: UInt
  /// Set once the floor was reached; the answer of the validation is then "invalid".
  private let exceeded: UnsafeMutablePointer<Bool>?
  /// The lowest address of the thread's stack (0 when unknown). An address below it is not on this stack at
  /// all: AddressSanitizer moves locals whose address is taken to a "fake stack" elsewhere in memory, and
  /// such a reading says nothing about the depth (it made shallow documents "too deep" at random).
  private let low: UInt

  init(exceeded: UnsafeMutablePointer<Bool>?) {
    let here = stackAddress()
    if let low = currentThreadStackLowAddress(), here > low + Self.margin || here < low {
      floor = low + Self.margin
      self.low = low
    } else {
      floor = here > Self.fallbackBudget ? here - Self.fallbackBudget : 0
      low = 0
    }
    self.exceeded = exceeded
  }

  /// True (and recorded) when the stack has grown down to the floor.
  @inline(__always)
  func isExhausted() -> Bool {
    let here = stackAddress()
    guard here < floor, here >= low else { return false }
    exceeded?.pointee = true
    return true
  }

  var wasExceeded: Bool { exceeded?.pointee ?? false }
}

/// The address of a local variable of a fresh frame: the current depth of the stack.
@inline(never)
func stackAddress() -> UInt {
  var marker: UInt8 = 0
  return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
}

#if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
  /// A thread-local slot caching each thread's lowest stack address (finding it can be slow on Linux).
  private let stackLowKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
  }()
#endif

#if canImport(Glibc) || canImport(Musl)
  private typealias GetThreadAttributes = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32

  /// glibc's `pthread_getattr_np`, which the Swift overlay does not export (it needs `_GNU_SOURCE`).
  private let getThreadAttributes: GetThreadAttributes? = {
    guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "pthread_getattr_np") else { return nil }
    return unsafeBitCast(symbol, to: GetThreadAttributes.self)
  }()
#endif

/// The lowest address of the current thread's stack, or nil when the platform does not say.
func currentThreadStackLowAddress() -> UInt? {
  #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
    if let cached = pthread_getspecific(stackLowKey) { return UInt(bitPattern: cached) }
    var low: UInt = 0
    #if canImport(Darwin)
      let thread = pthread_self()
      low = UInt(bitPattern: pthread_get_stackaddr_np(thread)) - UInt(pthread_get_stacksize_np(thread))
    #else
      var attributes = pthread_attr_t()
      guard let getThreadAttributes, getThreadAttributes(pthread_self(), &attributes) == 0 else { return nil }
      defer { pthread_attr_destroy(&attributes) }
      var address: UnsafeMutableRawPointer?
      var size = 0
      guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else { return nil }
      low = UInt(bitPattern: address)
    #endif
    guard low != 0 else { return nil }
    pthread_setspecific(stackLowKey, UnsafeRawPointer(bitPattern: low))
    return low
  #else
    return nil
  #endif
}
