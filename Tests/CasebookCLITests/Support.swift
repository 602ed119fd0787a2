import CasebookTestSupport
import Foundation

/// What one run of the `casebook` executable produced.
struct CommandResult {
  var status: Int32
  var output: String
  var errors: String
}

/// Runs `casebook` with `arguments` in `directory` and collects its exit status and output. The locale
/// variables are cleared (`LANG=C.UTF-8`), so that the language comes from `--lang` or the catalogue, not from
/// whoever runs the tests; `environment` adds or replaces variables.
func casebook(
  _ arguments: [String], in directory: String? = nil, environment extra: [String: String] = [:]
) throws -> CommandResult {
  var environment = ProcessInfo.processInfo.environment.withoutLocale
  environment["NO_COLOR"] = "1"
  for (key, value) in extra { environment[key] = value }
  return try runProgram(casebookExecutable, arguments, in: directory, environment: environment)
}

extension [String: String] {
  /// The environment without `LC_ALL`, `LC_MESSAGES` and `LANG`, and with `LANG=C.UTF-8`, which names no
  /// language.
  var withoutLocale: [String: String] {
    var environment = filter { !["LC_ALL", "LC_MESSAGES", "LANG"].contains($0.key) }
    environment["LANG"] = "C.UTF-8"
    return environment
  }
}

/// Runs a program with `arguments` in `directory` and collects its exit status and output.
func runProgram(
  _ executable: URL, _ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil
) throws -> CommandResult {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
  if let environment { process.environment = environment }
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  try process.run()
  let outputData = output.fileHandleForReading.readDataToEndOfFile()
  let errorData = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return CommandResult(
    status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
    errors: String(decoding: errorData, as: UTF8.self))
}

/// Parses JSON output into a dictionary.
func jsonObject(_ text: String) throws -> [String: Any] {
  let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
  guard let object = value as? [String: Any] else { throw CocoaError(.coderReadCorrupt) }
  return object
}
