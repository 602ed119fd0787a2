import CasebookGit
import CasebookYAML
import Dispatch
import CasebookText

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
  /// Valid records of the checked files, by path (empty when the validation was asked not to keep them).
  /// For a search index build, only the municipality profiles: ``entries`` stand for the rest.
  public var records: [String: CatalogueRecord]
  /// For a search index build: the checked files' case studies and policies as the index keeps them.
  var entries: [IndexEntry] = []
  /// How many files' results came from the cache, and whether the cache was written.
  public var cache = CacheStatistics()
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
  ///
  /// - Parameters:
  ///   - records: keep the valid records in the report (a catalogue needs them; `validate` does not, and
  ///     skipping them keeps memory small on large catalogues).
  ///   - cache: reuse and extend the per-file result cache under the git directory
  ///     (`casebook/cache/verdicts-<rules id>`, and `documents-<rules id>` when records are kept): a file is
  ///     checked again only when its blob, its path or the rules changed.
  public static func validate(
    _ snapshot: Snapshot, scope: ValidationScope = .all, rules: RuleSet? = nil, limits: YAMLLimits = YAMLLimits(),
    records keepRecords: Bool = true, cache useCache: Bool = true
  ) throws(CatalogueError) -> ValidationReport {
    let ruleSet: RuleSet
    if let rules {
      ruleSet = rules
    } else {
      ruleSet = RuleSet.load(from: snapshot, reader: try snapshot.makeReader(), limits: limits)
    }
    // Folder summaries hold findings, not records, and only whole folders: they serve full validations.
    if useCache, !keepRecords, scope == .all { return try validateByFolder(snapshot, rules: ruleSet) }
    var noFolders: FolderCheck? = nil
    // Without folder summaries the inner validation always reports.
    return try validate(
      snapshot, scope: scope, rules: ruleSet, records: keepRecords, cache: useCache, folders: &noFolders)!
  }

  static func validate(
    _ snapshot: Snapshot, scope: ValidationScope, rules ruleSet: RuleSet, records keepRecords: Bool,
    cache useCache: Bool, folders: inout FolderCheck?, indexing terms: TermTables? = nil
  ) throws(CatalogueError) -> ValidationReport? {
    var diagnostics = ruleSet.problems
    var files: [(path: CataloguePath, entry: SnapshotEntry)] = []
    var checkedCount = 0
    var reusedFiles = 0
    // For each file in `files`, the group (of `folders`) it belongs to.
    var groupOfFile: [Int32] = []
    if let folders {
      for (group, summary) in folders.summaries.enumerated() where folders.reused[group] {
        checkedCount += summary.checkedFiles
        reusedFiles += summary.catalogueFiles
        diagnostics += summary.diagnostics
      }
    } else {
      files.reserveCapacity(snapshot.entries.count)
    }
    for (index, entry) in snapshot.entries.enumerated() {
      let group = folders.map { Int($0.groupOf[index]) } ?? -1
      if group >= 0, folders!.reused[group] { continue }
      var problem: Diagnostic?
      if entry.path == CatalogueLayout.casesFolder || entry.path == CatalogueLayout.schemaFolder {
        // The snapshot lists `cases` or `schema` itself only when it is not a folder (a link, a file).
        problem = topFolderProblem(entry)
      } else {
        switch CatalogueLayout.classify(entry.path) {
        case .ignored: continue
        case .misplaced(let diagnostic): problem = diagnostic
        case .file(let file):
          problem = modeProblem(entry)
          if problem == nil {
            files.append((file, entry))
            if group >= 0 {
              groupOfFile.append(Int32(group))
              folders?.summaries[group].catalogueFiles += 1
              folders?.summaries[group].checkedFiles += 1
            }
          }
        }
      }
      if let problem, scope.contains(entry.path) {
        checkedCount += 1
        diagnostics.append(problem)
        if group >= 0 {
          folders?.summaries[group].diagnostics.append(problem)
          folders?.summaries[group].checkedFiles += 1
        }
      }
    }
    let runSize = files.count + reusedFiles
    if let check = folders {
      let overBudget = check.summaries.indices.filter {
        check.reused[$0] && check.summaries[$0].mostProblemsInOneFile > problemsPerFile(runSize: runSize)
      }
      if !overBudget.isEmpty {
        folders?.overBudget = overBudget
        return nil
      }
    }
    // Positions in `files` of the files to check: all of them, or those in scope and then their context.
    var toCheck = Array(files.indices)
    var scopedCount = files.count
    if case .all = scope {} else {
      let scoped = files.indices.filter { scope.contains(files[$0].path.path) }
      let context = Set(
        CrossFileRules.contextFiles(for: scoped.map { files[$0].path }, among: files.map(\.path), scope: scope))
      toCheck = scoped + files.indices.filter { context.contains(files[$0].path) }
      scopedCount = scoped.count
    }
    checkedCount += scopedCount
    // A few files of changed folders are checked sooner than the per-file cache is loaded and written back.
    let fewFiles = folders != nil && files.count <= Self.filesCheckedWithoutCache
    let caches = useCache && !files.isEmpty && !fewFiles
      ? ValidationCaches(snapshot: snapshot, rules: ruleSet, records: keepRecords, savesDocuments: terms == nil)
      : nil
    let checking = scopedCount == files.count && toCheck.count == files.count ? files : toCheck.map { files[$0] }
    let results = try checkFiles(
      checking, snapshot: snapshot, rules: ruleSet, records: keepRecords, caches: caches, runSize: runSize,
      indexing: terms)
    var statistics = CacheStatistics(hits: reusedFiles)
    var resultOf = [Int32](repeating: -1, count: files.count)
    var records: [String: CatalogueRecord] = [:]
    var entries: [IndexEntry] = []
    for (position, result) in results.enumerated() {
      if result.fromCache { statistics.hits += 1 } else { statistics.misses += 1 }
      resultOf[toCheck[position]] = Int32(position)
      guard position < scopedCount else { continue }
      diagnostics += result.verdict.diagnostics
      if let record = result.record { records[checking[position].path.path] = record }
      if let entry = result.entry { entries.append(entry) }
      if folders != nil { folders?.summaries[Int(groupOfFile[toCheck[position]])].add(result) }
    }
    var crossFile = CrossFileRules.check(files: files, results: results, resultOf: resultOf)
    ruleSet.configuration.apply(to: &crossFile)
    if let caches {
      statistics.saved = saveCaches(caches, files: checking, results: results, runSize: runSize)
    }
    if case .all = scope {} else {
      crossFile = crossFile.filter { scope.contains($0.file) || isFolderInScope($0.file, scope) }
    }
    folders?.add(crossFile)
    diagnostics += crossFile
    diagnostics.sort()
    var report = ValidationReport(files: checkedCount, diagnostics: diagnostics, records: records, cache: statistics)
    report.entries = entries
    return report
  }

  private static func isFolderInScope(_ folder: String, _ scope: ValidationScope) -> Bool {
    switch scope {
    case .all: true
    case .paths(let prefixes): prefixes.contains { folder.hasPrefix($0) || $0.hasPrefix(folder + "/") }
    case .files(let files): files.contains { $0.hasPrefix(folder + "/") }
    }
  }

  /// `cases` or `schema` that is not a folder: a link would take the catalogue (or its rules) from outside
  /// the repository, so it is an error wherever it is found, as `--changed` reports it.
  private static func topFolderProblem(_ entry: SnapshotEntry) -> Diagnostic {
    if entry.mode == .symlink {
      return Diagnostic(
        file: entry.path, rule: "catalog.symlink",
        message: Message(CatalogueCheckText.topFolderLink, .code(entry.path)))
    }
    return Diagnostic(
      file: entry.path, rule: "catalog.not-a-file",
      message: Message(CatalogueCheckText.topFolderFile, .code(entry.path), .code(entry.path + "/")))
  }

  private static func modeProblem(_ entry: SnapshotEntry) -> Diagnostic? {
    switch entry.mode {
    case .regular, .executable: return nil
    case .symlink:
      return Diagnostic(
        file: entry.path, rule: "catalog.symlink",
        message: Message(CatalogueCheckText.symlink))
    case .submodule:
      return Diagnostic(
        file: entry.path, rule: "catalog.submodule",
        message: Message(CatalogueCheckText.submodule))
    case .tree, .other:
      return Diagnostic(
        file: entry.path, rule: "catalog.not-a-file", message: Message(CatalogueCheckText.notAFile))
    }
  }

  /// Up to this many files left to check after folder summaries are checked without the per-file cache.
  static let filesCheckedWithoutCache = 256

  /// The most diagnostics one run keeps, roughly: with many files, each file reports fewer than
  /// ``FileCheck/maxDiagnostics``, so that a tree bomb of broken files cannot fill memory with findings.
  public static let maxDiagnostics = 100_000
}
