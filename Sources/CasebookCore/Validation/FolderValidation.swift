import CasebookGit
import CasebookYAML

extension CatalogueValidator {
  /// Validates the whole snapshot, taking unchanged municipality folders (and the files outside them) from
  /// their cached summaries and caching the summaries of the groups checked now. A summary with more problems
  /// in one file than this run's diagnostics budget allows per file (a run of another size) is checked again.
  static func validateByFolder(_ snapshot: Snapshot, rules: RuleSet) throws(CatalogueError) -> ValidationReport {
    let cache = FolderSummaries(gitDirectory: snapshot.gitDirectory, rulesID: rules.id)
    var folders: FolderCheck? = cache.check(snapshot.entries)
    for attempt in 0..<3 {
      if var report = try validate(snapshot, scope: .all, rules: rules, records: false, cache: true, folders: &folders)
      {
        if let folders, cache.save(folders) { report.cache.saved = true }
        return report
      }
      // Every file of these groups is in the snapshot: check them instead of reusing their summaries, and
      // gather the summaries of all groups checked now afresh (the first attempt began gathering them).
      // Demoting a group cannot change the run's size when its summary is right; should a second attempt still
      // find one too large, no summary is trusted.
      let demoted = attempt == 0 ? folders!.overBudget : Array(folders!.reused.indices)
      for group in demoted { folders!.reused[group] = false }
      for group in folders!.summaries.indices where !folders!.reused[group] {
        folders!.summaries[group] = FolderSummary()
      }
      folders!.overBudget = []
    }
    // Not reached: the third attempt trusts no summary, so it cannot find one too large.
    var none: FolderCheck? = nil
    return try validate(snapshot, scope: .all, rules: rules, records: false, cache: true, folders: &none)!
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
    // Two folders whose names read the same (duplicate tree entries, names equal once normalised or decoded)
    // are never looked up by name: they are listed and keyed by their entries like a working-tree folder.
    var occurrences: [String: Int] = [:]
    for folder in folders { occurrences[folder.path, default: 0] += 1 }
    var summaries: [FolderSummary?] = folders.map { folder in
      guard occurrences[folder.path] == 1 else { return nil }
      return cache.summary(of: FolderRun(folder: folder.path, key: .init(blob: folder.tree, path: folder.path)))
    }
    for attempt in 0..<3 {
      var listed = rest.entries.count
      var entries = rest.entries
      var treeIDs: [String: ObjectID] = [:]
      var reused: [(run: FolderRun, summary: FolderSummary)] = []
      for (folder, summary) in zip(folders, summaries) {
        if let summary {
          reused.append((FolderRun(folder: folder.path, key: .init(blob: folder.tree, path: folder.path)), summary))
          listed += summary.checkedFiles
        } else if occurrences[folder.path] == 1 {
          treeIDs[folder.path] = folder.tree
        }
      }
      guard listed <= workspace.maxFiles else { throw .tooManyFiles(limit: workspace.maxFiles) }
      for (folder, summary) in zip(folders, summaries) where summary == nil {
        let inside = try workspace.folderEntries(folder.path, tree: folder.tree, limit: workspace.maxFiles - listed)
        listed += inside.count
        entries += inside
      }
      let snapshot = rest.with(entries: entries)
      var check: FolderCheck? = cache.check(snapshot.entries, treeIDs: treeIDs, reused: reused)
      if var report = try validate(snapshot, scope: .all, rules: rules, records: false, cache: true, folders: &check)
      {
        if let check, cache.save(check) { report.cache.saved = true }
        return report
      }
      // These folders' summaries would be cut to this run's budget: list and check them instead (after a second
      // attempt, every folder).
      guard attempt == 0 else {
        summaries = summaries.map { _ in nil }
        continue
      }
      for group in check!.overBudget {
        let run = check!.groups[group]
        let index = folders.indices.first { folders[$0].path == run.folder && folders[$0].tree == run.key.blob }
        if let index { summaries[index] = nil }
      }
    }
    // Not reached: the third attempt reuses no summary, so it cannot find one too large.
    var none: FolderCheck? = nil
    return try validate(
      try workspace.snapshot(ofCommit: commit, named: revision), scope: .all, rules: rules, records: false,
      cache: true, folders: &none)!
  }
}
