import CasebookGit
import CasebookYAML
import Dispatch

/// Which files a validation reports on.
public enum ValidationScope: Sendable, Hashable {
  /// The whole catalogue.
  case all
  /// Files at or below these paths (files or folders, from the repository root).
  case paths([String])
  /// Exactly these files (the changed files of a range).
  case files(Set<String>)

  /// True when the file at `path` is in the scope.
  public func contains(_ path: String) -> Bool {
    switch self {
    case .all: true
    case .files(let files): files.contains(path)
    case .paths(let prefixes):
      prefixes.contains { prefix in
        prefix.isEmpty || path == prefix || path.hasPrefix(prefix.hasSuffix("/") ? prefix : prefix + "/")
      }
    }
  }
}

/// The outcome of validating a snapshot.
public struct ValidationReport: Sendable {
  /// How many files were checked.
  public var files: Int
  /// Every finding, sorted by file and position.
  public var diagnostics: [Diagnostic]
  /// Valid records of the checked files, by path.
  public var records: [String: CatalogueRecord]
  /// How many commits were checked one by one (`--changed`); nil when no commits were.
  public var commits: Int? = nil

  /// Number of errors.
  public var errors: Int { diagnostics.count { $0.severity == .error } }
  /// Number of warnings.
  public var warnings: Int { diagnostics.count { $0.severity == .warning } }
}

/// Validates a snapshot: every file on its own, then the rules that span files.
public enum CatalogueValidator {
  /// Validates the files of `snapshot` in `scope` against `rules` (by default the snapshot's own rules).
  public static func validate(
    _ snapshot: Snapshot, scope: ValidationScope = .all, rules: RuleSet? = nil, limits: YAMLLimits = YAMLLimits()
  ) throws(CatalogueError) -> ValidationReport {
    let reader = try snapshot.makeReader()
    let rules = rules ?? RuleSet.load(from: snapshot, reader: reader, limits: limits)
    var diagnostics = rules.problems
    var files: [CataloguePath] = []
    var checkedCount = 0
    for entry in snapshot.entries {
      let inScope = scope.contains(entry.path)
      switch CatalogueLayout.classify(entry.path) {
      case .ignored: continue
      case .misplaced(let diagnostic):
        if inScope {
          checkedCount += 1
          diagnostics.append(diagnostic)
        }
      case .file(let file):
        if let problem = modeProblem(entry) {
          if inScope {
            checkedCount += 1
            diagnostics.append(problem)
          }
        } else {
          files.append(file)
        }
      }
    }
    let scoped = files.filter { scope.contains($0.path) }
    checkedCount += scoped.count
    let context = CrossFileRules.contextFiles(for: scoped, among: files, scope: scope)
    let toCheck = scoped + context
    let reports = try checkFiles(toCheck, snapshot: snapshot, rules: rules)
    var records: [String: CatalogueRecord] = [:]
    for (file, report) in zip(toCheck, reports) {
      if let record = report.record { records[file.path] = record }
    }
    for report in reports.prefix(scoped.count) { diagnostics += report.diagnostics }
    diagnostics += CrossFileRules.check(
      paths: files.map(\.path), records: records, rules: rules
    ).filter { scope.contains($0.file) || isFolderInScope($0.file, scope) }
    let checkedRecords = records.filter { scope.contains($0.key) }
    return ValidationReport(files: checkedCount, diagnostics: diagnostics.sorted(), records: checkedRecords)
  }

  private static func isFolderInScope(_ folder: String, _ scope: ValidationScope) -> Bool {
    switch scope {
    case .all: true
    case .paths(let prefixes): prefixes.contains { folder.hasPrefix($0) || $0.hasPrefix(folder + "/") }
    case .files(let files): files.contains { $0.hasPrefix(folder + "/") }
    }
  }

  private static func modeProblem(_ entry: SnapshotEntry) -> Diagnostic? {
    switch entry.mode {
    case .regular, .executable: return nil
    case .symlink:
      return Diagnostic(
        file: entry.path, rule: "catalog.symlink",
        message: "symbolic links are not allowed in the catalogue: replace the link with the file itself")
    case .submodule:
      return Diagnostic(
        file: entry.path, rule: "catalog.submodule",
        message: "submodules are not allowed in the catalogue: remove it and add the files themselves")
    case .tree, .other:
      return Diagnostic(
        file: entry.path, rule: "catalog.not-a-file", message: "only plain files belong in the catalogue")
    }
  }

  /// The most diagnostics one run keeps, roughly: with many files, each file reports fewer than
  /// ``FileCheck/maxDiagnostics``, so that a tree bomb of broken files cannot fill memory with findings.
  public static let maxDiagnostics = 100_000

  /// Checks files in parallel, one snapshot reader per worker; results come back in the order of `files`.
  /// Each file reports at most `maxDiagnostics / files.count` problems (and at most 100).
  static func checkFiles(
    _ files: [CataloguePath], snapshot: Snapshot, rules: RuleSet,
    maxDiagnostics: Int = CatalogueValidator.maxDiagnostics
  ) throws(CatalogueError) -> [FileReport] {
    guard !files.isEmpty else { return [] }
    let perFile = min(FileCheck.maxDiagnostics, max(1, maxDiagnostics / files.count))
    let workers = max(1, min(ProcessInfoCompat.activeProcessorCount, (files.count + 15) / 16))
    let results = ResultSlots<FileReport>(count: files.count)
    let failure = ResultSlots<CatalogueError>(count: 1)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let reader: SnapshotReader
      do throws(CatalogueError) {
        reader = try snapshot.makeReader()
      } catch {
        failure.set(0, error)
        return
      }
      var index = worker
      while index < files.count {
        let file = files[index]
        results.set(index, checkOne(file, snapshot: snapshot, reader: reader, rules: rules, maxDiagnostics: perFile))
        index += workers
      }
    }
    if let error = failure.take(0) { throw error }
    return (0..<files.count).map { results.take($0)! }
  }

  static func checkOne(
    _ file: CataloguePath, snapshot: Snapshot, reader: SnapshotReader, rules: RuleSet,
    maxDiagnostics: Int = FileCheck.maxDiagnostics
  ) -> FileReport {
    guard let entry = snapshot.entry(at: file.path) else { return FileReport(diagnostics: []) }
    do {
      let bytes = try reader.bytes(of: entry, limit: rules.limits.maxBytes)
      return FileCheck.check(file, bytes: bytes, rules: rules, maxDiagnostics: maxDiagnostics)
    } catch {
      switch error {
      case .tooLarge(let size, let limit):
        return FileReport(diagnostics: [
          Diagnostic(
            file: file.path, rule: "yaml.too-large",
            message: "the file is \(size) bytes; the limit is \(limit) bytes: split it or shorten it")
        ])
      case .unreadable(let reason):
        return FileReport(diagnostics: [
          Diagnostic(file: file.path, rule: "git.unreadable", message: "the file cannot be read: \(reason)")
        ])
      }
    }
  }
}
