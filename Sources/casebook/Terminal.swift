import ArgumentParser
import CasebookCore
import CasebookText

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

  /// Writes text to standard output. Every control character in it but line feed, tab and CRLF line ends
  /// is written as a visible escape (`\u{1B}`), whatever the renderer did before: text from files, git
  /// history or the command line never reaches the terminal as an escape sequence. On a colour terminal
  /// casebook's own bold and colour sequences stay.
  static func write(_ text: String) {
    writeAll(STDOUT_FILENO, TerminalText.forTerminal(text, allowingStyles: stdoutIsColorTerminal))
  }

  /// Writes one line to standard error, control characters made visible as in ``write(_:)``.
  static func warn(_ line: String) {
    writeAll(STDERR_FILENO, TerminalText.forTerminal(line + "\n", allowingStyles: false))
  }

  /// The width help is wrapped to, as the argument parser reads it: `COLUMNS`, else the width of the terminal
  /// on standard output, else 80.
  static var width: Int {
    if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
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

/// An error of the core that the command line reports as one line, exiting 64 for bad usage and 1 otherwise.
protocol CommandLineReportable: Error {
  var message: Message { get }
  var isUsageError: Bool { get }
  /// Findings listed under the message, one per line.
  var details: [Diagnostic] { get }
}

extension CommandLineReportable {
  var details: [Diagnostic] { [] }
}

extension CatalogueError: CommandLineReportable {}
extension QueryError: CommandLineReportable {}
extension CompareError: CommandLineReportable {}

enum CLI {
  /// Runs core work and turns its error into a message on standard error and the right exit code.
  static func perform<T, Failure: CommandLineReportable>(_ work: () throws(Failure) -> T) throws -> T {
    do {
      return try work()
    } catch {
      Terminal.warn(Speech.text(CommandText.error, .message(error.message)))
      for diagnostic in error.details {
        Terminal.warn(
          "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): error: [\(diagnostic.rule)] "
            + Speech.text(diagnostic.message))
      }
      throw ExitCode(error.isUsageError ? 64 : 1)
    }
  }

  /// A usage error of a command's own checks, in the language of this run (the parser exits with 64).
  static func usageError<Entry: MessageEntry>(_ entry: Entry, _ arguments: MessageArgument...) -> ValidationError {
    ValidationError(Message(entry, arguments: arguments).text(Speech.language))
  }
}
