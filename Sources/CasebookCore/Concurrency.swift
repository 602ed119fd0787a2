import Foundation

/// Fixed slots filled from concurrent workers without locking: each slot is written by exactly one worker,
/// and all slots are read only after every worker has finished (`concurrentPerform` returning is the
/// synchronisation point).
final class DisjointSlots<Value>: @unchecked Sendable {
  // Safe under the rule above: no two threads touch the same slot, and reading waits for all writers.
  private let slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.baseAddress?.deinitialize(count: slots.count)
    slots.deallocate()
  }

  /// Fills slot `index`; call once per slot, from any thread.
  func set(_ index: Int, _ value: Value) {
    slots[index] = value
  }

  /// Moves every value out, in slot order; call after all workers joined. Every slot must be filled.
  func takeAll() -> [Value] {
    var values: [Value] = []
    values.reserveCapacity(slots.count)
    for index in slots.indices {
      values.append(slots[index].take()!)
    }
    return values
  }
}

enum ProcessInfoCompat {
  static var activeProcessorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
