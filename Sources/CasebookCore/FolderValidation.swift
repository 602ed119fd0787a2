import CasebookGit
import CasebookYAML

extension CatalogueValidator {
  /// Validates the whole snapshot, taking unchanged municipality folders (and the files outside them) from
  /// their cached summaries and caching the summaries of the groups checked now. Nil when a summary would have
  /// to be cut to this run's diagnostics budget (a run of a different size): then the caller checks file by
  /// file.
  static func validateByFolder(_ snapshot: Snapshot, rules: RuleSet) throws(CatalogueError)
    -> ValidationReport?
  {
    let cache = FolderSummaries(gitDirectory: snapshot.gitDirectory, rulesID: rules.id)
    var folders: FolderCheck? = cache.check(snapshot.entries)
    guard var report = try validate(snapshot, scope: .all, rules: rules, records: false, cache: true, folders: &folders),
      let folders
    else { return nil }
    if cache.save(folders) { report.cache.saved = true }
    return report
  }

  /// Validates the whole catalogue at `revision` folder by folder: the outline of the commit gives each
  /// municipality folder's tree id, a folder whose summary is cached under that id is never read, and only the
  /// other folders are listed and checked. This is what keeps a warm run proportional to the change.
  static func validateByFolder(
    _ workspace: Workspace, revision: String, limits: YAMLLimits
  ) throws(CatalogueError) -> ValidationReport {
    let commit = try workspace.resolve(revision)
    let (rest, folders) = try workspace.outline(ofCommit: commit, named: revision)
    let rules = RuleSet.load(from: rest, reader: try rest.makeReader(), limits: limits)
    let cache = FolderSummaries(gitDirectory: rest.gitDirectory, rulesID: rules.id)
    var reused: [(run: FolderRun, summary: FolderSummary)] = []
    var listed = rest.entries.count
    var entries = rest.entries
    var treeIDs: [String: ObjectID] = [:]
    for (path, tree) in folders {
      let run = FolderRun(folder: path, key: .init(blob: tree, path: path))
      if let summary = cache.summary(of: run) {
        reused.append((run, summary))
        listed += summary.checkedFiles
      } else {
        treeIDs[path] = tree
      }
    }
    guard listed <= workspace.maxFiles else { throw .tooManyFiles(limit: workspace.maxFiles) }
    for (path, tree) in folders where treeIDs[path] != nil {
      let inside = try workspace.folderEntries(path, tree: tree, limit: workspace.maxFiles - listed)
      listed += inside.count
      entries += inside
    }
    let snapshot = rest.with(entries: entries)
    var check: FolderCheck? = cache.check(snapshot.entries, treeIDs: treeIDs, reused: reused)
    guard var report = try validate(snapshot, scope: .all, rules: rules, records: false, cache: true, folders: &check),
      let check
    else {
      // A reused summary would have to be cut to this run's budget: check every file instead.
      var none: FolderCheck? = nil
      return try validate(
        try workspace.snapshot(ofRevision: revision), scope: .all, rules: rules, records: false, cache: true,
        folders: &none)!
    }
    if cache.save(check) { report.cache.saved = true }
    return report
  }
}
