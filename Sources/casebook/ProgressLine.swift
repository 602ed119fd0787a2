import CasebookCore
import CasebookText
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A progress line on standard error for work that takes more than a moment: shown only when standard error
/// is a terminal, never in CI (`CI` set) or on a `dumb` terminal, so logs and pipes stay clean. It appears
/// after `CASEBOOK_PROGRESS_AFTER` seconds (default 1), is redrawn at most ten times a second, and is wiped
/// when the work ends, before anything else is written.
final class ProgressLine: @unchecked Sendable {
  // Safe: every field is only touched under `lock`.
  private let lock = NSLock()
  private let start = Date()
  private let delay: Double
  private let language: Language
  private var lastDraw: Date?
  private var shownWidth = 0

  /// The line of the running command; ``Terminal`` wipes it before it writes anything.
  @TaskLocal static var active: ProgressLine?

  private init(delay: Double, language: Language) {
    self.delay = delay
    self.language = language
  }

  /// A progress line when standard error is a terminal outside CI; nil otherwise.
  static func forTerminal(language: Language) -> ProgressLine? {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    if let ci = getenv("CI"), ci.pointee != 0 { return nil }
    if let term = getenv("TERM"), String(cString: term) == "dumb" { return nil }
    let delay = getenv("CASEBOOK_PROGRESS_AFTER").flatMap { Double(String(cString: $0)) }.map { max(0, $0) } ?? 1
    return ProgressLine(delay: delay, language: language)
  }

  /// The counter the core updates.
  func progress() -> WorkProgress {
    WorkProgress { [self] done, total, stage in draw(done: done, total: total, stage: stage) }
  }

  private func draw(done: Int, total: Int, stage: WorkProgress.Stage) {
    lock.lock()
    defer { lock.unlock() }
    let now = Date()
    guard now.timeIntervalSince(start) >= delay else { return }
    if let lastDraw, now.timeIntervalSince(lastDraw) < 0.1, done < total { return }
    lastDraw = now
    let entry = stage == .writingPages ? ProgressText.writingPages : ProgressText.checkingFiles
    let text = Message(entry, .number(done), .number(total)).text(language)
    let width = text.count
    write("\r" + text + String(repeating: " ", count: max(0, shownWidth - width)))
    shownWidth = max(shownWidth, width)
  }

  /// Wipes the line, if it was shown.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    guard shownWidth > 0 else { return }
    write("\r" + String(repeating: " ", count: shownWidth) + "\r")
    shownWidth = 0
  }

  private func write(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      bytes = bytes.dropFirst(written)
    }
  }
}
