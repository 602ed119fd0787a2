import CasebookYAML

/// What `casebook validate` was asked to check.
public struct ValidationRequest: Sendable {
  /// The folder to start from (`-C DIR`); nil for the current directory.
  public var directory: String?
  /// Files or folders to check, relative to ``directory``; empty for the whole catalogue.
  public var paths: [String]
  /// A revision to read instead of the working tree.
  public var revision: String?
  /// `BASE..HEAD`: check only the files changed in the range, against BASE's rules.
  public var changedRange: String?
  /// With ``changedRange``: the e-mail address of whoever pushes the range (in CI, the authenticated pusher).
  /// Every commit of the range is then checked for who may change which paths (`access.*`). Never take it
  /// from the commits themselves: anyone can write any author into a commit.
  public var actor: String?
  /// Further `objects` folders to read, such as git's quarantine folder (`GIT_QUARANTINE_PATH`) in a
  /// pre-receive hook, where pushed objects wait until the push is accepted.
  public var objectDirectories: [String]
  /// Limits for reading YAML (`maxBytes` is also the size limit for any file a commit of the range adds).
  public var limits: YAMLLimits
  /// Keep the valid records in the report; `casebook validate` only reports findings and turns this off,
  /// which keeps memory small on large catalogues.
  public var keepsRecords = true
  /// Reuse and extend the per-file result cache under the git directory.
  public var usesCache = true
  /// The most files the revision (or change set) may list.
  public var maxFiles: Int
  /// With ``changedRange``: the most new commits the range may hold.
  public var maxCommits = CatalogueLimits.defaultMaxCommits

  /// Creates a request.
  public init(
    directory: String? = nil, paths: [String] = [], revision: String? = nil, changedRange: String? = nil,
    actor: String? = nil, objectDirectories: [String] = [], limits: YAMLLimits = YAMLLimits(),
    maxFiles: Int = CatalogueLimits.defaultMaxFiles
  ) {
    self.directory = directory
    self.paths = paths
    self.revision = revision
    self.changedRange = changedRange
    self.actor = actor
    self.objectDirectories = objectDirectories
    self.limits = limits
    self.maxFiles = maxFiles
  }
}

extension CatalogueValidator {
  /// Opens the repository and validates what the request names.
  /// With a changed range, every commit of the range is also checked (see ``HistoryGuard``): hygiene always,
  /// ownership when the request names an actor.
  public static func run(_ request: ValidationRequest) throws(CatalogueError) -> ValidationReport {
    let workspace = try Workspace(directory: request.directory, objectDirectories: request.objectDirectories)
    workspace.maxFiles = request.maxFiles
    let prefixes = try workspace.repositoryPaths(for: request.paths)
    if let text = request.changedRange {
      let range = try workspace.changeRange(text, actor: request.actor)
      return try check(
        range, in: workspace, paths: prefixes, limits: request.limits, records: request.keepsRecords,
        cache: request.usesCache, maxCommits: request.maxCommits)
    }
    let revision = request.revision ?? (workspace.isBare ? "HEAD" : nil)
    if let revision, prefixes.isEmpty, !request.keepsRecords, request.usesCache {
      return try validateByFolder(workspace, revision: revision, limits: request.limits)
    }
    let snapshot = try workspace.snapshot(revision: request.revision)
    return try validate(
      snapshot, scope: prefixes.isEmpty ? .all : .paths(prefixes), limits: request.limits,
      records: request.keepsRecords, cache: request.usesCache)
  }
}
