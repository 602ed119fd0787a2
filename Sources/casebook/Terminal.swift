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

  /// The width tables and paragraphs are laid out for: the terminal's own width when standard output is a
  /// terminal (`TIOCGWINSZ`), else `COLUMNS` when it is set to a number (also for a pipe: whoever sets it asks
  /// for it), else no limit.
  static var width: Int? {
    if isatty(STDOUT_FILENO) == 1 {
      var size = winsize()
      if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    }
    guard let value = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), value > 0 else { return nil }
    return value
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

  /// True when standard error is a terminal (not a file, a pipe or a CI log) and `TERM` is not `dumb`.
  static var stderrIsTerminal: Bool {
    guard isatty(STDERR_FILENO) == 1 else { return false }
    if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
    return true
  }

  /// Writes text to standard error as it is.
  static func writeError(_ text: String) {
    writeAll(STDERR_FILENO, text)
  }

  /// The width of the terminal standard error goes to, in columns (80 when unknown).
  static var errorWidth: Int {
    var size = winsize()
    guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }

  /// The width help is wrapped to, as the argument parser reads it: `COLUMNS`, else the width of the terminal
  /// on standard output, else 80.
  static var helpWidth: Int {
    if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }

  private static func writeAll(_ descriptor: Int32, _ text: String) {
    ProgressLine.active?.finish()
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
