import CasebookSchema
import CasebookYAML
import CasebookText

/// What checking one file found: its diagnostics and, when it has no errors, its typed record.
public struct FileReport: Sendable {
  /// Every finding, errors and warnings.
  public var diagnostics: [Diagnostic]
  /// The record, present only when the file has no errors.
  public var record: CatalogueRecord?

  /// Creates a report.
  public init(diagnostics: [Diagnostic], record: CatalogueRecord? = nil) {
    self.diagnostics = diagnostics
    self.record = record
  }

  /// True when any diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Checks one file: a pure function of its path, its bytes and the rule set, so that results can be cached by
/// blob id and files can be checked in parallel.
public enum FileCheck {
  /// Reads, validates and decodes one catalogue file, reporting at most `maxDiagnostics` problems (then one
  /// more that says how many were left out).
  public static func check(
    _ file: CataloguePath, bytes: [UInt8], rules: RuleSet, maxDiagnostics: Int = FileCheck.maxDiagnostics
  ) -> FileReport {
    bytes.withUnsafeBufferPointer { check(file, buffer: $0, rules: rules, maxDiagnostics: maxDiagnostics).report }
  }

  /// Like ``check(_:bytes:rules:maxDiagnostics:)`` over bytes held elsewhere; also returns the parsed document
  /// of a file that has a record, from which the record can be made again (the cache keeps it).
  static func check(
    _ file: CataloguePath, buffer: UnsafeBufferPointer<UInt8>, rules: RuleSet,
    maxDiagnostics: Int = FileCheck.maxDiagnostics
  ) -> (report: FileReport, document: Node?) {
    var diagnostics: [Diagnostic] = []
    func add(_ rule: String, _ message: Message, at location: SourceLocation, pointer: String = "",
             severity: Severity = .error) {
      diagnostics.append(
        Diagnostic(
          file: file.path, line: location.line, column: location.column, severity: severity, rule: rule,
          message: message, pointer: pointer))
    }
    if file.kind == .schemaDocument {
      let diagnostics = checkSchemaDocument(file, bytes: Array(buffer))
      return (FileReport(diagnostics: capped(diagnostics, file: file.path, limit: maxDiagnostics)), nil)
    }
    var document: Node
    do {
      let parsed = try YAMLParser.parseDocument(buffer: buffer, limits: rules.limits)
      document = parsed.root
      for warning in parsed.warnings { add(warning.rule, warning.message, at: warning.location, severity: .warning) }
    } catch {
      add(error.rule, error.message, at: error.location)
      return (FileReport(diagnostics: diagnostics), nil)
    }
    // libyaml refuses control characters written as they are, so text can hold one only through a
    // double-quoted escape (`"\e"`, `"\x9b"`): without a backslash in the file the search for them is skipped.
    // Migrated files are searched in any case, as migration steps come from the catalogue's own folder.
    var mayHoldControlCharacters = buffer.contains(UInt8(ascii: "\\"))
    // A file written for an older version is read through the migration steps (its nodes keep their places).
    switch rules.versions.status(of: document) {
    case .current: break
    case .older(let version, let node):
      mayHoldControlCharacters = true
      add(
        RuleID.schemaVersionOld.rawValue, rules.versions.olderMessage(version, marked: node != nil, path: file.path),
        at: node?.location ?? .start, pointer: node == nil ? "" : "/" + SchemaVersions.field, severity: .warning)
      do {
        document = try TreeMigration.migrate(document, kind: file.kind, from: version, versions: rules.versions)
      } catch {
        add(RuleID.migrationConflict.rawValue, error.message, at: error.location, pointer: error.pointer)
        rules.configuration.apply(to: &diagnostics)
        return (FileReport(diagnostics: diagnostics), nil)
      }
    case .unknown(let version, let node):
      add(
        RuleID.schemaVersionUnknown.rawValue, rules.versions.unknownMessage(version), at: node.location,
        pointer: "/" + SchemaVersions.field)
      return (FileReport(diagnostics: diagnostics), nil)
    }
    if let schema = rules.schema(for: file.kind) {
      for violation in schema.validate(document) {
        add("schema.\(violation.keyword)", violation.message, at: violation.location, pointer: violation.pointer)
      }
    } else if let schemaPath = RuleSet.schemaPaths[file.kind], rules.problems.isEmpty {
      add(
        "catalog.schema-unavailable",
        Message(CatalogueCheckText.schemaUnavailable, .code(schemaPath)),
        at: .start, severity: .warning)
    }
    CatalogueFileRules.check(
      file, document: document, rules: rules, mayHoldControlCharacters: mayHoldControlCharacters,
      into: &diagnostics)
    if let fields = rules.deprecations[file.kind]?.value, !fields.isEmpty {
      DeprecatedField.check(document, fields: fields) { message, location, pointer in
        add(RuleID.deprecatedField.rawValue, message, at: location, pointer: pointer, severity: .warning)
      }
    }
    rules.configuration.apply(to: &diagnostics)
    dropFindingsAtPlaceholders(&diagnostics)
    OneMistake.dropRedundant(&diagnostics)
    let report = FileReport(diagnostics: capped(diagnostics, file: file.path, limit: maxDiagnostics))
    guard !report.hasErrors, let record = CatalogueRecord(file, document: document) else { return (report, nil) }
    return (FileReport(diagnostics: report.diagnostics, record: record), document)
  }

  /// The most diagnostics reported for one file by default. A hostile file can hold tens of thousands of
  /// problems; past this many, the first ones (by position) are kept and one more diagnostic says how many
  /// were left out, so that output, memory and CI annotations stay bounded.
  public static let maxDiagnostics = 100

  /// The first `limit` diagnostics by position, then one `catalog.too-many-problems` line counting the rest.
  /// A list capped before (with such a line at its end) can be capped again: the count carries over.
  static func capped(_ diagnostics: [Diagnostic], file: String, limit: Int) -> [Diagnostic] {
    let limit = max(1, limit)
    var problems = diagnostics
    var omittedBefore = 0
    var severityBefore: Severity?
    if let last = problems.last, last.rule == tooManyProblems {
      if case .number(let count)? = last.message.arguments.first { omittedBefore = count }
      severityBefore = last.severity
      problems.removeLast()
    }
    guard problems.count > limit else { return diagnostics }
    problems.sort()
    let omitted = problems[limit...]
    let first = omitted.first!
    let hasError = severityBefore == .error || omitted.contains { $0.severity == .error }
    return Array(problems.prefix(limit)) + [
      Diagnostic(
        file: file, line: first.line, column: first.column, severity: hasError ? .error : .warning,
        rule: tooManyProblems,
        message: Message(CatalogueCheckText.tooManyProblems, .number(omitted.count + omittedBefore)))
    ]
  }

  static let tooManyProblems = "catalog.too-many-problems"
  /// A schema file that does not fit the JSON Schema metaschema.
  static let metaschemaRule = "schema.metaschema"

  /// A `TODO` placeholder is reported once, as a placeholder, not also as a bad category, pattern or format.
  private static func dropFindingsAtPlaceholders(_ diagnostics: inout [Diagnostic]) {
    let placeholder = "catalog.placeholder"
    guard diagnostics.contains(where: { $0.rule == placeholder }) else { return }
    let pointers = Set(diagnostics.lazy.filter { $0.rule == placeholder }.map(\.pointer))
    diagnostics.removeAll { $0.rule != placeholder && pointers.contains($0.pointer) }
  }

  /// A schema file: JSON, then the JSON Schema metaschema (`schema.metaschema`, one per place that breaks it),
  /// then whether it compiles (`schema.invalid`, `schema.unresolved-ref`).
  private static func checkSchemaDocument(_ file: CataloguePath, bytes: [UInt8]) -> [Diagnostic] {
    do {
      let document = try JSONParser.parse(bytes)
      let violations = JSONSchema.metaschemaViolations(of: document)
      guard violations.isEmpty else {
        return violations.map {
          Diagnostic(
            file: file.path, line: $0.location.line, column: $0.location.column, rule: metaschemaRule,
            message: Message(
              CatalogueCheckText.metaschema, .code($0.pointer.isEmpty ? "/" : $0.pointer), .message($0.message)),
            pointer: $0.pointer)
        }
      }
      _ = try JSONSchema(document, uri: file.path)
      return []
    } catch {
      return [
        Diagnostic(
          file: file.path, line: error.location.line, column: error.location.column, rule: error.ruleID,
          message: error.message)
      ]
    }
  }
}
