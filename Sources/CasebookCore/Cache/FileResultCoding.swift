/// What validation keeps of one checked file: its diagnostics and, for a valid record, the facts the rules
/// spanning files need. This is what the verdict cache stores; the record itself is rebuilt from the cached
/// document only when a caller asks for records.
struct FileVerdict: Sendable {
  var diagnostics: [Diagnostic]
  /// Present exactly when the file produced a record.
  var facts: CrossFileFacts?
}

extension ByteWriter {
  /// Writes a verdict of the file at `path` (diagnostics about `path` itself do not repeat it).
  mutating func verdict(_ verdict: FileVerdict, path: String) {
    diagnostics(verdict.diagnostics, path: path)
    bool(verdict.facts != nil)
    if let facts = verdict.facts {
      uint8(UInt8(CatalogueFileKind.allCases.firstIndex(of: facts.kind)!))
      objectID(facts.titleDigest)
      location(facts.titleLocation)
      string(facts.language)
      location(facts.languageLocation)
      strings(facts.languages)
    }
  }

  /// Writes findings about the file or folder at `path` (and the files in it), without repeating `path`.
  mutating func diagnostics(_ diagnostics: [Diagnostic], path: String) {
    int(diagnostics.count)
    for diagnostic in diagnostics {
      optionalString(diagnostic.file == path ? nil : diagnostic.file)
      int(diagnostic.line)
      int(diagnostic.column)
      // Bit 0: the severity; above it the configured-from severity (0 none, 1 error, 2 warning).
      let configuredFrom: UInt8 = diagnostic.defaultSeverity.map { $0 == .error ? 1 : 2 } ?? 0
      uint8((diagnostic.severity == .error ? 0 : 1) | configuredFrom << 1)
      string(diagnostic.rule)
      message(diagnostic.message)
      string(diagnostic.pointer)
    }
  }
}

extension ByteReader {
  /// Reads a verdict written by ``ByteWriter/verdict(_:path:)`` for the file at `path`.
  mutating func verdict(path: String) throws(CorruptCache) -> FileVerdict {
    let diagnostics = try diagnostics(path: path)
    guard try bool() else { return FileVerdict(diagnostics: diagnostics, facts: nil) }
    let kinds = CatalogueFileKind.allCases
    let kindIndex = Int(try uint8())
    guard kindIndex < kinds.count else { throw CorruptCache() }
    var facts = CrossFileFacts(kind: kinds[kinds.index(kinds.startIndex, offsetBy: kindIndex)])
    facts.titleDigest = try objectID()
    facts.titleLocation = try location()
    facts.language = try string()
    facts.languageLocation = try location()
    facts.languages = try strings()
    return FileVerdict(diagnostics: diagnostics, facts: facts)
  }

  /// Reads findings written by ``ByteWriter/diagnostics(_:path:)``.
  mutating func diagnostics(path: String) throws(CorruptCache) -> [Diagnostic] {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw CorruptCache() }
    var diagnostics: [Diagnostic] = []
    diagnostics.reserveCapacity(count)
    for _ in 0..<count {
      let file = try optionalString() ?? path
      let line = try int()
      let column = try int()
      let code = try uint8()
      let severity: Severity = code & 1 == 0 ? .error : .warning
      let defaultSeverity: Severity?
      switch code >> 1 {
      case 0: defaultSeverity = nil
      case 1: defaultSeverity = .error
      case 2: defaultSeverity = .warning
      default: throw CorruptCache()
      }
      var diagnostic = Diagnostic(
        file: file, line: line, column: column, severity: severity, rule: try string(), message: try message(),
        pointer: try string())
      diagnostic.defaultSeverity = defaultSeverity
      diagnostics.append(diagnostic)
    }
    return diagnostics
  }
}
