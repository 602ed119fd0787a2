import CasebookTestSupport
import Foundation
import Testing

/// The Python the tests read casebook's files with. `make test` sets CASEBOOK_TEST_PYTHON to the test venv
/// (datasette, openpyxl); then a missing or broken one fails the tests. Without it, the venv in the package is
/// used when present, and checks that need its tools are skipped with a note otherwise.
enum TestPython {
  /// The venv's Python with datasette and openpyxl, or nil when there is none.
  static let withTools: String? = {
    if let given = ProcessInfo.processInfo.environment["CASEBOOK_TEST_PYTHON"], !given.isEmpty { return given }
    let local = packageRoot + "/.build/data-venv/bin/python"
    return FileManager.default.isExecutableFile(atPath: local) ? local : nil
  }()

  /// A Python for the standard library only (sqlite3, json): the venv's, or `python3`.
  static var plain: String { withTools ?? "/usr/bin/env" }
  static var plainArguments: [String] { withTools == nil ? ["python3"] : [] }

  /// True when the tools are there; says why a check is skipped when they are not.
  static var toolsAvailable: Bool {
    if withTools == nil {
      print("note: no .build/data-venv (run `make test-venv`); the datasette and openpyxl checks are skipped")
    }
    return withTools != nil
  }

  /// Runs `script` with `arguments` and returns its standard output, failing the test on a non-zero exit. The
  /// process is killed when it runs longer than `timeout` seconds.
  static func run(_ script: String, _ arguments: [String] = [], tools: Bool = false, timeout: TimeInterval = 60)
    throws -> String
  {
    let process = Process()
    if tools, let python = withTools {
      process.executableURL = URL(fileURLWithPath: python)
      process.arguments = ["-c", script] + arguments
    } else {
      process.executableURL = URL(fileURLWithPath: plain)
      process.arguments = plainArguments + ["-c", script] + arguments
    }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    let collected = CollectedOutput(output: output, errors: errors)
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      _ = finished.wait(timeout: .now() + 5)
      Issue.record("python did not finish within \(Int(timeout)) s and was stopped")
    }
    let (stdout, stderr) = collected.wait()
    #expect(process.terminationStatus == 0, "python failed:\n\(stderr)")
    return stdout
  }

  /// Runs `script` and decodes the JSON object it prints.
  static func json(_ script: String, _ arguments: [String] = [], tools: Bool = false, timeout: TimeInterval = 60)
    throws -> [String: Any]
  {
    let text = try run(script, arguments, tools: tools, timeout: timeout)
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
  }
}

/// Reads both pipes on other threads, so a chatty process never blocks on a full pipe.
private final class CollectedOutput: @unchecked Sendable {
  private var stdout = Data()
  private var stderr = Data()
  private let group = DispatchGroup()

  init(output: Pipe, errors: Pipe) {
    group.enter()
    DispatchQueue.global().async {
      self.stdout = output.fileHandleForReading.readDataToEndOfFile()
      self.group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      self.stderr = errors.fileHandleForReading.readDataToEndOfFile()
      self.group.leave()
    }
  }

  func wait() -> (String, String) {
    group.wait()
    return (String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
  }
}
