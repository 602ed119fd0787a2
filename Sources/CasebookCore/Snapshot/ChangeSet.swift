import CasebookGit
import CasebookYAML

/// A range of commits to check the way `validate --changed BASE..HEAD` checks it: every new commit on its
/// own, the effect of the whole range, and the files the range changed, at HEAD, against BASE's rules.
struct ChangeRange: Sendable {
  /// BASE: where authority and rules are read; nil for the first push into an empty repository.
  var base: ObjectID?
  var head: ObjectID
  /// How BASE and HEAD were named, for messages.
  var baseName: String
  var headName: String
  /// Commits whose history is not new (default: BASE).
  var hidden: [ObjectID]
  /// Commits whose content counts as accepted (default: BASE).
  var acceptedTips: [ObjectID]
  /// Who pushes the range; nil skips the ownership rules.
  var actor: String?
  /// Where the range's effect is measured from, when it is an ancestor of HEAD (default: BASE); nil for none.
  var effectBase: ObjectID?

  init(base: ObjectID?, head: ObjectID, baseName: String, headName: String, actor: String?) {
    self.base = base
    self.head = head
    self.baseName = baseName
    self.headName = headName
    self.actor = actor
    hidden = base.map { [$0] } ?? []
    acceptedTips = hidden
    effectBase = base
  }
}

extension Workspace {
  /// Splits `BASE..HEAD` into its two revisions.
  public static func parseRange(_ text: String) throws(CatalogueError) -> (base: String, head: String) {
    guard let range = text.range(of: ".."), !text.contains("...") else { throw .badRange(text) }
    let base = String(text[..<range.lowerBound])
    let head = String(text[range.upperBound...])
    guard !base.isEmpty else { throw .badRange(text) }
    return (base, head.isEmpty ? "HEAD" : head)
  }

  /// The range `BASE..HEAD` names.
  func changeRange(_ text: String, actor: String?) throws(CatalogueError) -> ChangeRange {
    let (baseName, headName) = try Self.parseRange(text)
    return ChangeRange(
      base: try resolve(baseName), head: try resolve(headName), baseName: baseName, headName: headName, actor: actor)
  }

  /// True when `ancestor` is `descendant` or one of its ancestors (read from the commits, never from replace
  /// references or grafts).
  func isAncestor(_ ancestor: ObjectID, of descendant: ObjectID) throws(CatalogueError) -> Bool {
    do {
      return try repository.isAncestor(ancestor, of: descendant)
    } catch {
      throw CatalogueError(error)
    }
  }
}

extension CatalogueValidator {
  /// Checks a range: its history (``HistoryGuard``), and the files it changed, at HEAD, against BASE's rules.
  ///
  /// Which files: when BASE is an ancestor of HEAD, every path where they differ (and the ownership of each
  /// is checked too: the range's effect); otherwise (a branch that started before BASE's latest commits),
  /// the paths the new commits changed, so that what others changed on BASE since is not held against them.
  /// Deleted paths count for the rules about their municipality folder. Without BASE (the first push into
  /// an empty repository) the whole of HEAD is checked, against HEAD's own rules.
  static func check(
    _ range: ChangeRange, in workspace: Workspace, paths prefixes: [String] = [], limits: YAMLLimits,
    records: Bool, cache: Bool, maxCommits: Int = CatalogueLimits.defaultMaxCommits,
    base known: (snapshot: Snapshot, rules: RuleSet)? = nil
  ) throws(CatalogueError) -> ValidationReport {
    let head = try workspace.snapshot(ofCommit: range.head, named: range.headName)
    var base = known?.snapshot
    if base == nil, let commit = range.base { base = try workspace.snapshot(ofCommit: commit, named: range.baseName) }
    let rules: RuleSet
    if let known {
      rules = known.rules
    } else {
      rules = RuleSet.load(from: base ?? head, reader: try (base ?? head).makeReader(), limits: limits)
    }
    var history = HistoryGuard(
      repository: workspace.repository, base: base ?? head, baseCommit: range.base, headCommit: range.head,
      rules: rules, actor: range.actor)
    history.hidden = range.hidden
    history.acceptedTips = range.acceptedTips
    history.maxFiles = workspace.maxFiles
    history.maxCommits = maxCommits
    let isFastForward = try range.base.map { base throws(CatalogueError) in
      try workspace.isAncestor(base, of: range.head)
    } ?? false
    if let effectBase = range.effectBase, try workspace.isAncestor(effectBase, of: range.head) {
      history.effectBase = effectBase
    }
    let found = try history.check()
    var scope = ValidationScope.all
    if let baseCommit = range.base {
      var files = found.touchedPaths
      if isFastForward {
        do {
          files = Set(try workspace.repository.diff(from: baseCommit, to: range.head, limit: workspace.maxFiles)
            .map(\.path))
        } catch .treeTooLarge {
          throw .tooManyFiles(limit: workspace.maxFiles)
        } catch {
          throw CatalogueError(error)
        }
      }
      if !prefixes.isEmpty { files = files.filter { ValidationScope.paths(prefixes).contains($0) } }
      scope = .files(files)
    } else if !prefixes.isEmpty {
      scope = .paths(prefixes)
    }
    var report = try validate(head, scope: scope, rules: rules, limits: limits, records: records, cache: cache)
    report.commits = found.commits
    report.diagnostics = (report.diagnostics + found.diagnostics).sorted()
    return report
  }
}
