/// SplitMix64: a small seeded random number generator, so that a test drawing random cases draws the same
/// ones on every run and a failure can be replayed.
public struct SeededGenerator: RandomNumberGenerator {
  /// The generator's state; the seed to start from.
  public var state: UInt64

  /// A generator that starts from `state`.
  public init(state: UInt64) {
    self.state = state
  }

  /// The next random number.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
