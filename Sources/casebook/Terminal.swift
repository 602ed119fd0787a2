import ArgumentParser
import CasebookCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to the terminal and mapping failures to exit codes.
enum Terminal {
  /// True when standard output is a terminal that wants colour (`NO_COLOR` unset, `TERM` not `dumb`).
  static var stdoutIsColorTerminal: Bool {
    guard isatty(STDOUT_FILENO) == 1, getenv("NO_COLOR") == nil else { return false }
    if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
    return true
  }

  /// Writes text to standard output as it is.
  static func write(_ text: String) {
    writeAll(STDOUT_FILENO, text)
  }

  /// Writes one line to standard error.
  static func warn(_ line: String) {
    writeAll(STDERR_FILENO, line + "\n")
  }

  private static func writeAll(_ descriptor: Int32, _ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      bytes = bytes.dropFirst(written)
    }
  }
}

/// Runs core work and turns a ``CatalogueError`` into a message and the right exit code.
enum CLI {
  static func perform<T>(_ work: () throws(CatalogueError) -> T) throws -> T {
    do {
      return try work()
    } catch {
      Terminal.warn("error: \(error.message)")
      throw ExitCode(error.isUsageError ? 64 : 1)
    }
  }
}
