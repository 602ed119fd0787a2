import CasebookGit
import CasebookYAML

/// The checks `validate --changed BASE..HEAD` makes on every commit of the range, not only on its end state:
/// repository hygiene always, and with an actor (the authenticated pusher) who may change which paths.
///
/// Authority comes from BASE: a path under `cases/<cc>/<municipality>/` may be changed by the maintainers in
/// that folder's `municipality.yaml` at BASE; a folder without one at BASE is new, and may be created by anyone
/// who lists themselves as its maintainer (in the folder's `municipality.yaml` at HEAD or in that commit);
/// everything else — `schema/`, `cases/README.md`, files outside `cases/` — by the stewards in BASE's
/// `schema/stewards.yaml`. Commit authors are not looked at: anyone can write any author into a commit.
///
/// A merge commit is held responsible only for paths where it differs from every parent: what it takes over
/// unchanged from a parent was either checked as a commit of the range or is reachable from BASE.
struct HistoryGuard {
  let repository: Repository
  let base: Snapshot
  let baseCommit: ObjectID
  let headCommit: ObjectID
  /// Stewards and limits at BASE.
  let rules: RuleSet
  /// The pusher's e-mail address; nil skips the ownership checks.
  let actor: String?
  /// The most paths one commit may change: a commit of the range can hold a tree bomb that a later one
  /// removes again, which the diff of the whole range never sees.
  var maxFiles = CatalogueLimits.defaultMaxFiles

  private static let shownNames = 6

  func check() throws(CatalogueError) -> (commits: Int, diagnostics: [Diagnostic]) {
    do {
      let commits = try repository.commits(from: baseCommit, to: headCommit)
      var diagnostics: [Diagnostic] = []
      var authority = Authority(guardian: self)
      for commit in commits {
        for change in try changedPaths(of: commit) {
          if let entry = change.new { diagnostics += try hygiene(entry, change: change, commit: commit) }
          if let actor, let problem = try authority.problem(change, commit: commit, actor: actor) {
            diagnostics.append(problem)
          }
        }
      }
      return (commits.count, diagnostics)
    } catch {
      throw CatalogueError(error)
    }
  }

  /// Paths the commit changed: against its parent, or for a merge, the paths that differ from every parent.
  private func changedPaths(of commit: CommitInfo) throws(GitError) -> [TreeChange] {
    guard let first = commit.parents.first else {
      return try repository.diff(from: nil, to: commit.id, limit: maxFiles)
    }
    var changes = try repository.diff(from: first, to: commit.id, limit: maxFiles)
    for parent in commit.parents.dropFirst() where !changes.isEmpty {
      let differing = Set(try repository.diff(from: parent, to: commit.id, limit: maxFiles).map(\.path))
      changes.removeAll { !differing.contains($0.path) }
    }
    return changes
  }

  // MARK: Hygiene

  private func hygiene(_ entry: TreeEntry, change: TreeChange, commit: CommitInfo) throws(GitError) -> [Diagnostic] {
    func problem(_ rule: String, _ message: String) -> [Diagnostic] {
      let text = "\(Self.label(commit)) \(Self.verb(change)) this file: \(message)"
      return [Diagnostic(file: entry.path, rule: rule, message: text)]
    }
    switch entry.mode {
    case .regular, .executable: break
    case .symlink:
      return problem("git.symlink", "symbolic links are not allowed in the catalogue; commit the file itself")
    case .submodule:
      return problem("git.submodule", "submodules are not allowed in the catalogue; add the files themselves")
    case .tree, .other:
      return problem("git.not-a-file", "only plain files are allowed in the catalogue")
    }
    if entry.path.hasPrefix(CatalogueLayout.casesFolder + "/"),
      case .misplaced(let diagnostic) = CatalogueLayout.classify(entry.path)
    {
      return problem("git.layout", "it is outside the catalogue's layout (\(diagnostic.message))")
    }
    let size = try repository.blobSize(entry.id)
    if size > rules.limits.maxBytes {
      return problem("git.too-large", "it has \(size) bytes, more than the limit of \(rules.limits.maxBytes) per file")
    }
    guard SubmittedFiles.isSnapshotPath(entry.path) else { return [] }
    let text = try repository.withBlob(entry.id) { bytes -> String? in
      if bytes.contains(0) { return "it contains NUL bytes (a binary file); the catalogue holds UTF-8 text only" }
      if String(validating: bytes, as: UTF8.self) == nil {
        return "it is not valid UTF-8 text (a binary file, or text in another encoding); save it as UTF-8"
      }
      return nil
    }
    return text.map { problem("git.binary", $0) } ?? []
  }

  // MARK: Ownership

  /// Who may change what, read once per folder.
  private struct Authority {
    let guardian: HistoryGuard
    /// Maintainers of each municipality folder at BASE; nil for a folder without a `municipality.yaml` there.
    private var baseMaintainers: [String: [String]?] = [:]
    /// Maintainers of a folder as a commit (or HEAD) has them, keyed by the profile's blob id.
    private var listedMaintainers: [ObjectID: [String]] = [:]

    init(guardian: HistoryGuard) { self.guardian = guardian }

    mutating func problem(_ change: TreeChange, commit: CommitInfo, actor: String) throws(GitError) -> Diagnostic? {
      let who = actor.lowercased()
      let parts = change.path.split(separator: "/", omittingEmptySubsequences: false)
      let prefix = "\(HistoryGuard.label(commit)) \(HistoryGuard.verb(change)) this file"
      guard parts.count >= 4, parts[0] == CatalogueLayout.casesFolder else {
        let stewards = guardian.rules.stewards
        if stewards.contains(where: { $0.lowercased() == who }) { return nil }
        return Diagnostic(
          file: change.path, rule: "access.steward",
          message: "\(prefix), but only the stewards may change schema/ and the files outside the municipality "
            + "folders: \(HistoryGuard.names(stewards)) (schema/stewards.yaml at the base); it is pushed by \(actor)")
      }
      let id = "\(parts[1])/\(parts[2])"
      let folder = "\(CatalogueLayout.casesFolder)/\(id)"
      if let maintainers = try maintainersAtBase(folder) {
        if maintainers.contains(where: { $0.lowercased() == who }) { return nil }
        return Diagnostic(
          file: change.path, rule: "access.municipality",
          message: "\(prefix), but only the maintainers of \(id) may change its folder: "
            + "\(HistoryGuard.names(maintainers)) (its municipality.yaml at the base); it is pushed by \(actor)")
      }
      for revision in [guardian.headCommit, commit.id] {
        if try maintainers(of: folder, at: revision).contains(where: { $0.lowercased() == who }) { return nil }
      }
      return Diagnostic(
        file: change.path, rule: "access.new-municipality",
        message: "\(prefix) in the new municipality folder \(id), but \(actor), who pushes it, is not listed under "
          + "maintainers in \(folder)/municipality.yaml: whoever creates a municipality's folder must list "
          + "themselves as its maintainer")
    }

    private mutating func maintainersAtBase(_ folder: String) throws(GitError) -> [String]? {
      if let known = baseMaintainers[folder] { return known }
      var found: [String]?
      if let entry = guardian.base.entry(at: folder + "/municipality.yaml") {
        found = try maintainers(inBlob: entry.blobID)
      }
      baseMaintainers[folder] = .some(found)
      return found
    }

    private mutating func maintainers(of folder: String, at commit: ObjectID) throws(GitError) -> [String] {
      guard let entry = try guardian.repository.entry(at: folder + "/municipality.yaml", commit: commit),
        entry.mode.isBlob
      else { return [] }
      return try maintainers(inBlob: entry.id)
    }

    private mutating func maintainers(inBlob id: ObjectID) throws(GitError) -> [String] {
      if let known = listedMaintainers[id] { return known }
      var found: [String] = []
      if try guardian.repository.blobSize(id) <= guardian.rules.limits.maxBytes,
        let document = try? YAMLParser.parse(try guardian.repository.blob(id), limits: guardian.rules.limits)
      {
        found = document["maintainers"]?.strings ?? []
      }
      listedMaintainers[id] = found
      return found
    }
  }

  // MARK: Messages

  /// `commit 1a2b3c4 "Add a case"`.
  static func label(_ commit: CommitInfo) -> String {
    var summary = commit.summary
    if summary.count > 72 { summary = String(summary.prefix(70)) + "…" }
    return "commit \(commit.id.shortHex) “\(summary)”"
  }

  static func verb(_ change: TreeChange) -> String {
    switch change.status {
    case .added: "adds"
    case .deleted: "deletes"
    case .modified, .typeChanged: "changes"
    }
  }

  /// A short list of e-mail addresses for messages.
  static func names(_ names: [String]) -> String {
    if names.isEmpty { return "nobody is listed" }
    let shown = names.prefix(shownNames).joined(separator: ", ")
    return names.count > shownNames ? "\(shown) and \(names.count - shownNames) more" : shown
  }
}
