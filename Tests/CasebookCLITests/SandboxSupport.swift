import CasebookTestSupport
import Foundation

/// A home folder of its own for the programs a test runs, so that git config says what the test says: the
/// global config holds `identity` (or nothing), the system config is ignored, and no variable of an outer
/// git process leaks in.
final class Sandbox {
  let home: String
  let environment: [String: String]

  init(identity: (name: String, email: String)? = nil, extra: [String: String] = [:]) throws {
    home = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-home-\(UUID().uuidString)")
      .resolvingSymlinksInPath().path
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    var config = "[init]\n\tdefaultBranch = main\n"
    if let identity { config += "[user]\n\tname = \(identity.name)\n\temail = \(identity.email)\n" }
    try Data(config.utf8).write(to: URL(fileURLWithPath: home + "/.gitconfig"))
    var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }.withoutLocale
    environment["HOME"] = home
    environment["XDG_CONFIG_HOME"] = home + "/.config"
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    // `git status` must not refresh (rewrite) the index: tests compare the index file byte for byte.
    environment["GIT_OPTIONAL_LOCKS"] = "0"
    environment["NO_COLOR"] = "1"
    let programs = casebookExecutable.deletingLastPathComponent().path
    environment["PATH"] = programs + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    for (key, value) in extra { environment[key] = value }
    self.environment = environment
  }

  deinit {
    try? FileManager.default.removeItem(atPath: home)
  }

  /// Runs `casebook` in `directory`.
  func casebook(
    _ arguments: [String], in directory: String, environment extra: [String: String] = [:]
  ) throws -> CommandResult {
    try run(casebookExecutable, arguments, in: directory, environment: extra)
  }

  /// Runs the git command line, the independent oracle of what casebook did.
  func git(
    _ arguments: [String], in directory: String, environment extra: [String: String] = [:]
  ) throws -> CommandResult {
    try run(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments, in: directory, environment: extra)
  }

  /// Like ``git(_:in:environment:)``, for commands that must succeed: their output.
  func gitOutput(
    _ arguments: [String], in directory: String, environment extra: [String: String] = [:]
  ) throws -> String {
    let result = try git(arguments, in: directory, environment: extra)
    guard result.status == 0 else {
      throw SandboxError.failed("git \(arguments.joined(separator: " ")): \(result.errors)")
    }
    return result.output
  }

  /// Starts a program without waiting for it; `finish` collects its result.
  func start(
    _ executable: URL, _ arguments: [String], in directory: String, environment extra: [String: String] = [:]
  ) throws -> RunningCommand {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = environment.merging(extra) { _, new in new }
    // Output goes to files, so a chatty program can never block on a full pipe.
    let output = home + "/out-\(UUID().uuidString)"
    let errors = home + "/err-\(UUID().uuidString)"
    guard FileManager.default.createFile(atPath: output, contents: nil),
      FileManager.default.createFile(atPath: errors, contents: nil)
    else { throw SandboxError.failed("cannot create output files in \(home)") }
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errors))
    try process.run()
    return RunningCommand(process: process, outputPath: output, errorsPath: errors)
  }

  private func run(
    _ executable: URL, _ arguments: [String], in directory: String, environment extra: [String: String]
  ) throws -> CommandResult {
    try start(executable, arguments, in: directory, environment: extra).finish()
  }
}

/// A program started by ``Sandbox/start(_:_:in:environment:)``.
struct RunningCommand {
  let process: Process
  let outputPath: String
  let errorsPath: String

  func finish() throws -> CommandResult {
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus,
      output: String(decoding: try Data(contentsOf: URL(fileURLWithPath: outputPath)), as: UTF8.self),
      errors: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errorsPath)), as: UTF8.self))
  }
}

enum SandboxError: Error {
  case failed(String)
}

/// The state a failed command must leave as it found it: every reference, the index file, and the working tree.
struct RepositoryState: Equatable {
  var references: String
  var head: String
  var index: Data
  var status: String

  init(of root: String, sandbox: Sandbox) throws {
    references = try sandbox.gitOutput(["for-each-ref", "--format=%(refname) %(objectname)"], in: root)
    head = try sandbox.gitOutput(["symbolic-ref", "HEAD"], in: root)
    index = (try? Data(contentsOf: URL(fileURLWithPath: root + "/.git/index"))) ?? Data()
    status = try sandbox.gitOutput(["status", "--porcelain", "--untracked-files=all"], in: root)
  }
}
