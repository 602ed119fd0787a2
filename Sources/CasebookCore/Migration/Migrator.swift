import CasebookText
import CasebookYAML

/// What `casebook migrate` was asked to do.
public struct MigrationRequest: Sendable {
  /// The folder to start from (`-C DIR`); nil for the current directory.
  public var directory: String?
  /// Files or folders to migrate, relative to ``directory``; empty for the whole catalogue.
  public var paths: [String]
  /// Only say what would change; write nothing.
  public var checkOnly: Bool
  /// Limits for reading YAML.
  public var limits: YAMLLimits

  public init(directory: String? = nil, paths: [String] = [], checkOnly: Bool = false, limits: YAMLLimits = YAMLLimits()) {
    self.directory = directory
    self.paths = paths
    self.checkOnly = checkOnly
    self.limits = limits
  }
}

/// What `casebook migrate` did or would do.
public struct MigrationOutcome: Sendable {
  /// A file brought (or to be brought) to the current version.
  public struct Change: Sendable {
    /// Path from the repository root.
    public var path: String
    /// The version it was written for.
    public var from: Int
    /// The lines that change: `- old` and `+ new`, with their line numbers.
    public var lines: [String]
  }

  /// The current schema version.
  public var current: Int
  /// Files that changed (or would change).
  public var changes: [Change] = []
  /// Files that cannot be migrated, and why; nothing was written for them.
  public var problems: [Diagnostic] = []
  /// How many files were looked at.
  public var files = 0
}

/// `casebook migrate`: brings files of the working tree written for an older schema version to the current
/// one with in-place text edits, writing each file atomically (beside it, then renamed over it), never through a
/// symbolic link and never outside the repository. A file whose migrated text would not validate is reported
/// and left as it is. Nothing is committed.
public enum Migrator {
  public static func run(_ request: MigrationRequest) throws(CatalogueError) -> MigrationOutcome {
    let workspace = try Workspace(directory: request.directory)
    guard let root = workspace.workingDirectory else { throw .noWorkingTree }
    let prefixes = try workspace.repositoryPaths(for: request.paths)
    let snapshot = try workspace.snapshot(revision: nil)
    let reader = try snapshot.makeReader()
    let rules = RuleSet.load(from: snapshot, reader: reader, limits: request.limits)
    var outcome = MigrationOutcome(current: rules.versions.current)
    let scope: ValidationScope = prefixes.isEmpty ? .all : .paths(prefixes)
    for entry in snapshot.entries where scope.contains(entry.path) {
      guard case .file(let file) = CatalogueLayout.classify(entry.path), file.kind != .schemaDocument,
        entry.mode == .regular || entry.mode == .executable
      else { continue }
      outcome.files += 1
      guard let bytes = try? reader.bytes(of: entry, limit: request.limits.maxBytes),
        let document = try? YAMLParser.parse(bytes, limits: request.limits),
        case .older(let version, _) = rules.versions.status(of: document)
      else { continue }
      let migrated: [UInt8]
      do {
        migrated = try TextMigration.migrate(
          bytes, kind: file.kind, from: version, versions: rules.versions, limits: request.limits)
      } catch {
        outcome.problems.append(
          Diagnostic(
            file: file.path, line: error.location.line, column: error.location.column, rule: .migrationConflict,
            message: error.message, pointer: error.pointer))
        continue
      }
      let errors = FileCheck.check(file, bytes: migrated, rules: rules).diagnostics.filter { $0.severity == .error }
      guard errors.isEmpty else {
        outcome.problems += errors.map { problem in
          var problem = problem
          problem.message = Message(MigrationText.afterMigration, .message(problem.message))
          return problem
        }
        continue
      }
      outcome.changes.append(MigrationOutcome.Change(path: file.path, from: version, lines: changedLines(bytes, migrated)))
      if !request.checkOnly {
        try writeConfined(root: root, path: file.path, bytes: migrated, executable: entry.mode == .executable)
      }
    }
    return outcome
  }

  /// Writes beside the file and renames over it, through ``ConfinedFolder``: no folder on the way and not the
  /// file itself may be a symbolic link, and nothing lands outside the repository.
  private static func writeConfined(root: String, path: String, bytes: [UInt8], executable: Bool) throws(CatalogueError) {
    try FileSystem.writeFile(root: root, path, bytes, executable: executable, existing: .replace)
  }

  /// The lines between the common start and end of two texts, as `-N: old` and `+N: new`.
  static func changedLines(_ old: [UInt8], _ new: [UInt8]) -> [String] {
    func lines(_ bytes: [UInt8]) -> [String] {
      String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map {
        String($0.hasSuffix("\r") ? $0.dropLast() : $0)
      }
    }
    let before = lines(old)
    let after = lines(new)
    var start = 0
    while start < before.count, start < after.count, before[start] == after[start] { start += 1 }
    var endBefore = before.count
    var endAfter = after.count
    while endBefore > start, endAfter > start, before[endBefore - 1] == after[endAfter - 1] {
      endBefore -= 1
      endAfter -= 1
    }
    return (start..<endBefore).map { "-\($0 + 1): \(before[$0])" } + (start..<endAfter).map { "+\($0 + 1): \(after[$0])" }
  }
}
