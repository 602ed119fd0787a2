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
  /// Limits for reading YAML.
  public var limits: YAMLLimits
  /// The most files the revision (or change set) may list.
  public var maxFiles: Int

  /// Creates a request.
  public init(
    directory: String? = nil, paths: [String] = [], revision: String? = nil, changedRange: String? = nil,
    limits: YAMLLimits = YAMLLimits(), maxFiles: Int = CatalogueLimits.defaultMaxFiles
  ) {
    self.directory = directory
    self.paths = paths
    self.revision = revision
    self.changedRange = changedRange
    self.limits = limits
    self.maxFiles = maxFiles
  }
}

extension CatalogueValidator {
  /// Opens the repository and validates what the request names.
  public static func run(_ request: ValidationRequest) throws(CatalogueError) -> ValidationReport {
    let workspace = try Workspace(directory: request.directory)
    workspace.maxFiles = request.maxFiles
    let prefixes = try workspace.repositoryPaths(for: request.paths)
    if let range = request.changedRange {
      let changes = try workspace.changeSet(range)
      let rules = RuleSet.load(from: changes.base, reader: try changes.base.makeReader(), limits: request.limits)
      var files = changes.changedFiles
      if !prefixes.isEmpty { files = files.filter { ValidationScope.paths(prefixes).contains($0) } }
      return try validate(changes.head, scope: .files(files), rules: rules, limits: request.limits)
    }
    let snapshot = try workspace.snapshot(revision: request.revision)
    return try validate(snapshot, scope: prefixes.isEmpty ? .all : .paths(prefixes), limits: request.limits)
  }
}
