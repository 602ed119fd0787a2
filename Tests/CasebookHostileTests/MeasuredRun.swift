import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What one run of the `casebook` executable produced, with the resources it took.
struct MeasuredRun: CustomStringConvertible {
  var status: Int32
  var output: String
  var errors: String
  /// Wall-clock time from spawn to exit.
  var seconds: Double
  /// Processor time (user and system) the process used.
  var cpuSeconds: Double
  /// Peak resident set size of the process, in bytes.
  var peakBytes: Int

  var description: String {
    "exit \(status) after \(String(format: "%.2f", seconds)) s (\(String(format: "%.2f", cpuSeconds)) s CPU), "
      + "peak \(peakBytes >> 20) MiB\n"
      + "stdout:\n\(output.prefix(4000))\nstderr:\n\(errors.prefix(4000))"
  }
}

/// The resources every hostile input must be answered within. Sanitizer builds are slower and bigger, so
/// there the budget is scaled (the guard is about runaway growth, not speed).
enum Budget {
  /// Wall-clock or processor time: the machine may be busy with other work (then the processor time
  /// shows what the run cost), and validation may use several cores (then the wall-clock time does).
  static let seconds = 2.0 * factor
  /// Wall-clock time even a busy machine must not exceed; a run that blocks (a named pipe) exceeds it.
  static let wallSeconds = 10.0 * factor
  static let bytes = (200 << 20) * (underSanitizer ? 4 : 1)

  /// 1 for a release build; 2 for the debug build `swift test` makes (measured on the 80,000 unknown
  /// categories: 0.47 s of processor time released, 1.6 s in debug on an idle machine, 2.2 s in debug while the
  /// rest of the suite ran on both cores); 4 when this test process (and so the casebook it runs) is built with
  /// a sanitizer.
  static let factor: Double = underSanitizer ? 4 : debugBuild ? 2 : 1

  /// True in a debug build: the test process and the casebook it runs are built with the same configuration.
  static let debugBuild: Bool = {
    #if DEBUG
      return true
    #else
      return false
    #endif
  }()

  /// True when AddressSanitizer or ThreadSanitizer is linked into this process.
  static let underSanitizer: Bool = {
    let runtimes: [String] = ["__asan_init", "__tsan_init"]
    return runtimes.contains { name in dlsym(nil, name) != nil }
  }()
}

/// The built `casebook` executable, next to the test bundle in the build products folder.
let casebookExecutable: String = {
  var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("casebook").path),
    folder.path != "/"
  {
    folder.deleteLastPathComponent()
  }
  return folder.appendingPathComponent("casebook").path
}()

/// GNU time, which reports the peak memory of exactly the command it runs.
let timeCommand = "/usr/bin/time"

/// Runs `casebook -C directory` with `arguments`, measuring wall time and the peak memory of that process.
///
/// The peak (and processor time) is measured by GNU time (`-f "%M %U %S"`), not by `wait4` here: on Linux a process started with
/// `posix_spawn` inherits its parent's peak resident size at `exec`, so this large test process would
/// count towards every child. GNU time is a small process whose own child starts clean. Output goes to
/// temporary files, so a chatty run cannot block on a full pipe.
func measuredCasebook(
  _ arguments: [String], in directory: String, environment extra: [String: String] = [:]
) throws -> MeasuredRun {
  guard FileManager.default.isExecutableFile(atPath: timeCommand) else {
    throw MissingTool(message: "\(timeCommand) is missing: install GNU time (`apt-get install time`, or `make deps`)")
  }
  let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-run-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: scratch) }
  let outputPath = scratch.appendingPathComponent("stdout").path
  let errorPath = scratch.appendingPathComponent("stderr").path
  let peakPath = scratch.appendingPathComponent("peak").path

  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

  // No locale variable either: messages are in the catalogue's language, not the tester's.
  var environment = ProcessInfo.processInfo.environment.filter {
    !$0.key.hasPrefix("CASEBOOK_") && !["LC_ALL", "LC_MESSAGES", "LANG"].contains($0.key)
  }
  environment["NO_COLOR"] = "1"
  if Budget.underSanitizer {
    // `make test-asan` turns leak detection off for the test process (see the Makefile); casebook gets it back.
    environment["ASAN_OPTIONS"] = (environment["ASAN_OPTIONS"] ?? "") + ":detect_leaks=1"
  }
  environment.merge(extra) { $1 }
  let command = [timeCommand, "-f", "%M %U %S", "-o", peakPath, casebookExecutable, "-C", directory] + arguments
  let argv = command.map { strdup($0) } + [nil]
  let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
  defer {
    argv.forEach { free($0) }
    envp.forEach { free($0) }
  }

  // Its own process group, so that a run that hangs can be killed together with GNU time.
  var attributes = posix_spawnattr_t()
  posix_spawnattr_init(&attributes)
  defer { posix_spawnattr_destroy(&attributes) }
  posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
  posix_spawnattr_setpgroup(&attributes, 0)

  let start = monotonicSeconds()
  var pid = pid_t()
  let spawned = posix_spawn(&pid, timeCommand, &actions, &attributes, argv, envp)
  guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
  var status: Int32 = 0
  while true {
    let result = waitpid(pid, &status, WNOHANG)
    if result == pid { break }
    if result < 0, errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    if monotonicSeconds() - start > hangSeconds { kill(-pid, SIGKILL) }
    usleep(2_000)
  }
  let seconds = monotonicSeconds() - start

  // GNU time exits with the command's status, or 128 + the signal that ended it.
  let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  let peakText = String(decoding: contents(of: peakPath), as: UTF8.self)
  // The last line is "%M %U %S" (a line before it may say that the command failed).
  let fields = (peakText.split(separator: "\n").last ?? "").split(separator: " ")
  let peakKilobytes = fields.first.flatMap { Int($0) } ?? Int.max / 2048
  let cpuSeconds = fields.dropFirst().compactMap { Double($0) }.reduce(0, +)
  return MeasuredRun(
    status: exitStatus,
    output: String(decoding: contents(of: outputPath), as: UTF8.self),
    errors: String(decoding: contents(of: errorPath), as: UTF8.self),
    seconds: seconds,
    cpuSeconds: fields.count == 3 ? cpuSeconds : .infinity,
    peakBytes: peakKilobytes * 1024)
}

/// The bytes of a file, read with POSIX calls (FoundationEssentials' `contents(atPath:)` leaks the buffer
/// of an empty file, which LeakSanitizer reports in `make test-asan`).
func contents(of path: String) -> [UInt8] {
  let descriptor = open(path, O_RDONLY | O_CLOEXEC)
  guard descriptor >= 0 else { return [] }
  defer { close(descriptor) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 65_536)
  while true {
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count < 0, errno == EINTR { continue }
    guard count > 0 else { return bytes }
    bytes += chunk[..<count]
  }
}

/// A run that takes this long is killed: it hangs, and the test fails instead of waiting forever.
let hangSeconds = 60.0

private func monotonicSeconds() -> Double {
  var now = timespec()
  clock_gettime(CLOCK_MONOTONIC, &now)
  return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// A tool the tests need is not installed.
struct MissingTool: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
