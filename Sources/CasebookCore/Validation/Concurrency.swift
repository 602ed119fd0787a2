import Foundation

/// The storage of an array being filled by concurrent workers, a chunk at a time: a worker collects the
/// results of its chunk on its own and publishes them in one step, so the lock is taken once per chunk (a few
/// hundred times for ten thousand files) and never contended for long. The lock also orders the writes
/// before the final read for thread sanitizers, which do not see the join inside `concurrentPerform`.
final class ChunkedSlots<Value>: @unchecked Sendable {
  // Safe: the storage and `published` are only touched under `lock`, and each chunk is published once.
  private let lock = NSLock()
  private let storage: UnsafeMutableBufferPointer<Value>
  private var published: [Bool]

  /// Slots over `storage` (uninitialized), in `chunks` chunks.
  init(_ storage: UnsafeMutableBufferPointer<Value>, chunks: Int) {
    self.storage = storage
    published = Array(repeating: false, count: chunks)
  }

  /// Moves the results of chunk `chunk` into the storage from position `start` on.
  func publish(_ values: consuming [Value], chunk: Int, at start: Int) {
    lock.lock()
    defer { lock.unlock() }
    var position = start
    for value in values {
      (storage.baseAddress! + position).initialize(to: value)
      position += 1
    }
    published[chunk] = true
  }

  /// The number of initialized values once every worker joined: all of them, or none when a chunk is
  /// missing (the published ones are then released).
  func finish(chunkSize: Int) -> Int {
    lock.lock()
    defer { lock.unlock() }
    if !published.contains(false) { return storage.count }
    for (chunk, done) in published.enumerated() where done {
      let start = chunk * chunkSize
      (storage.baseAddress! + start).deinitialize(count: min(chunkSize, storage.count - start))
    }
    return 0
  }
}

/// One result per task of a parallel loop, each set once by the worker that ran the task; read when every
/// worker joined. The lock also orders the writes before the final read for thread sanitizers.
final class ResultSlots<Value>: @unchecked Sendable {
  // Safe: `slots` is only touched under `lock`.
  private let lock = NSLock()
  private var slots: [Value?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  /// Every slot; nil where no result was set.
  var all: [Value?] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}

/// A map over positions shared between the cores.
enum ParallelMap {
  /// `transform` of every position below `count`, in order, worked out in chunks of at least `chunkSize`
  /// positions on all cores (on the calling thread alone when there are too few for two chunks).
  static func map<Value: Sendable>(
    _ count: Int, chunkSize: Int = 64, _ transform: @Sendable (Int) -> Value
  ) -> [Value] {
    let chunks = min(count / max(1, chunkSize), ProcessInfoCompat.activeProcessorCount * 4)
    guard chunks > 1 else { return (0..<count).map(transform) }
    let size = (count + chunks - 1) / chunks
    let slots = ResultSlots<[Value]>(count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      // The last chunks may start past the end when `chunks` does not divide `count` evenly.
      slots.set(chunk, (min(count, chunk * size)..<min(count, (chunk + 1) * size)).map(transform))
    }
    return slots.all.flatMap { $0 ?? [] }
  }
}

enum ProcessInfoCompat {
  static var activeProcessorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
