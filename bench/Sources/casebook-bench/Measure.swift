import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a command and measures it: wall time, and the child's own peak resident set size from `wait4`.
enum Measure {
  struct Outcome {
    var seconds: Double
    /// User plus system CPU time of the process and the children it waited for.
    var cpuSeconds: Double = 0
    /// Peak RSS of the process (and of the children it waited for), in bytes.
    var peakBytes: Int
    var status: Int32
    var output: String

    @discardableResult
    func check(_ what: String, allowing allowed: Set<Int32> = [0]) throws -> Outcome {
      guard allowed.contains(status) else {
        throw BenchError("\(what) exited with \(status): \(output.suffix(2000))")
      }
      return self
    }
  }

  /// Runs `arguments` (the first found on PATH when it has no slash).
  /// Output goes to a temporary file (read back, last 64 KB) so pipes never stall the child.
  @discardableResult
  static func run(
    _ arguments: [String], environment: [String: String] = [:], quiet: Bool = false
  ) throws -> Outcome {
    let outputPath = NSTemporaryDirectory() + "casebook-bench-\(getpid())-output"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    var variables = ProcessInfo.processInfo.environment
    for (key, value) in environment { variables[key] = value }
    let executable = try resolve(arguments[0])
    let argv = ([executable] + arguments.dropFirst()).map { strdup($0) } + [nil]
    let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let code = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard code == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(code)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw BenchError("wait4 failed") }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let handle = FileHandle(forReadingAtPath: outputPath)
    let size = (try? handle?.seekToEnd()) ?? 0
    try? handle?.seek(toOffset: size > 65_536 ? size - 65_536 : 0)
    let output = String(decoding: handle?.readDataToEndOfFile() ?? Data(), as: UTF8.self)
    try? handle?.close()
    unlink(outputPath)
    if !quiet && exitStatus != 0 { log("note: \(arguments.joined(separator: " ").prefix(200)) exited with \(exitStatus)") }
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    return Outcome(
      seconds: seconds, cpuSeconds: cpu, peakBytes: Int(usage.ru_maxrss) * 1024, status: exitStatus, output: output)
  }

  private static func resolve(_ name: String) throws -> String {
    if name.contains("/") { return name }
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    throw BenchError("\(name) is not on PATH")
  }
}

/// Repeated measurements of one thing, summarised by the median.
struct Series {
  var seconds: [Double] = []
  var cpuSeconds: [Double] = []
  var peakBytes = 0

  mutating func add(_ outcome: Measure.Outcome) {
    seconds.append(outcome.seconds)
    cpuSeconds.append(outcome.cpuSeconds)
    peakBytes = max(peakBytes, outcome.peakBytes)
  }

  /// The median CPU time (user + system): less sensitive than wall time to other work on the machine.
  var medianCPU: Double {
    let sorted = cpuSeconds.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted[sorted.count / 2]
  }

  var median: Double {
    let sorted = seconds.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
