import CasebookText

/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
  /// The file must be fixed before it can be accepted.
  case error
  /// The file is accepted, but something is probably wrong (`--strict` makes warnings fail too).
  case warning

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs == .error && rhs == .warning
  }
}

/// One finding about one file, with a stable rule id and a location.
public struct Diagnostic: Sendable, Hashable {
  /// Path from the root of the repository (`cases/gb/somerset/municipality.yaml`), or a folder for folder rules.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int
  /// Error or warning.
  public var severity: Severity
  /// Stable rule id: `yaml.*`, `schema.*`, `catalog.*`, `git.*` or `access.*`.
  public var rule: String
  /// What is wrong and what to do, rendered in the reader's language when it is shown.
  public var message: Message
  /// JSON pointer of the offending value inside the file; empty for the whole file.
  public var pointer: String
  /// The rule's own severity when `schema/rules.yaml` set ``severity`` to another one; nil otherwise.
  public var defaultSeverity: Severity?

  /// The severity the rule has without configuration.
  public var unconfiguredSeverity: Severity { defaultSeverity ?? severity }

  /// Creates a diagnostic.
  public init(
    file: String, line: Int = 1, column: Int = 1, severity: Severity = .error, rule: String,
    message: Message, pointer: String = ""
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.rule = rule
    self.message = message
    self.pointer = pointer
  }

  /// Creates a diagnostic of a rule in the registry, with the rule's default severity unless one is given.
  public init(
    file: String, line: Int = 1, column: Int = 1, severity: Severity? = nil, rule: RuleID, message: Message,
    pointer: String = ""
  ) {
    self.init(
      file: file, line: line, column: column, severity: severity ?? rule.defaultSeverity, rule: rule.rawValue,
      message: message, pointer: pointer)
  }
}

extension Diagnostic: Comparable {
  /// Orders by file, then position, then rule, then the English message, so output is stable and the same in
  /// both languages.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    if (lhs.file, lhs.line, lhs.column, lhs.rule) != (rhs.file, rhs.line, rhs.column, rhs.rule) {
      return (lhs.file, lhs.line, lhs.column, lhs.rule) < (rhs.file, rhs.line, rhs.column, rhs.rule)
    }
    return lhs.message.text(.en) < rhs.message.text(.en)
  }
}
