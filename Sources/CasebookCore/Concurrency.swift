import Foundation

/// Fixed slots filled from concurrent workers, each slot written by exactly one worker.
final class ResultSlots<Value>: @unchecked Sendable {
  // Safe because every index is written by one worker only and read after all workers joined.
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  func take(_ index: Int) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    return slots[index]
  }
}

enum ProcessInfoCompat {
  static var activeProcessorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
