import Foundation

/// How far long work has come (files checked so far, of how many), for a progress line. The core only counts;
/// whoever sets ``current`` decides whether and how to show it. Set it around a whole command: workers read it
/// when they start, on the thread that starts them.
public final class WorkProgress: @unchecked Sendable {
  /// What is being counted.
  public enum Stage: Sendable {
    /// Files read and checked.
    case checkingFiles
    /// Pages of the web site made and written.
    case writingPages
  }

  // Safe: `done`, `total` and `stage` are only touched under `lock`.
  private let lock = NSLock()
  private var done = 0
  private var total = 0
  private var stage = Stage.checkingFiles
  private let report: @Sendable (_ done: Int, _ total: Int, _ stage: Stage) -> Void

  /// The progress of the running command, if anyone wants to know.
  @TaskLocal public static var current: WorkProgress?

  /// Calls `report` with the counts after every step, serialised: one call at a time, counts that only grow
  /// within a stage (a new stage starts them again).
  public init(report: @escaping @Sendable (_ done: Int, _ total: Int, _ stage: Stage) -> Void) {
    self.report = report
  }

  /// Adds `count` items of work to do in `stage`; the counts start again when the stage changes.
  func expect(_ count: Int, stage: Stage = .checkingFiles) {
    update {
      if stage != self.stage {
        self.stage = stage
        done = 0
        total = 0
      }
      total += count
    }
  }

  /// Marks `count` items done.
  func advance(_ count: Int) {
    update { done += count }
  }

  private func update(_ change: () -> Void) {
    lock.lock()
    defer { lock.unlock() }
    change()
    report(done, total, stage)
  }
}
