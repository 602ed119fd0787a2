import CasebookGit
import CasebookText
import CasebookYAML
import CasebookText

/// What `casebook submit` is asked to do.
public struct SubmitRequest: Sendable {
  /// The folder to start from (`-C DIR`); nil for the current directory.
  public var directory: String?
  /// Files (or folders, standing for the files in them) to submit, relative to ``directory``.
  public var paths: [String]
  /// The commit message.
  public var message: String
  /// nil: commit on the current branch. Otherwise commit on this new branch, starting at HEAD; an empty
  /// name stands for `submission/<cc>/<municipality>/<slug>` of the first file.
  public var newBranch: String?
  /// Limits for reading YAML.
  public var limits: YAMLLimits
  /// How many seconds to wait for another submit in the same repository to finish.
  public var lockWait: Double = 10
  /// Replace the branch's last commit instead of adding one (`--amend`); refused when that commit is on a
  /// main branch already. An empty ``message`` then keeps the commit's message.
  public var amend = false

  /// Creates a request.
  public init(
    directory: String? = nil, paths: [String], message: String, newBranch: String? = nil,
    limits: YAMLLimits = YAMLLimits()
  ) {
    self.directory = directory
    self.paths = paths
    self.message = message
    self.newBranch = newBranch
    self.limits = limits
  }
}

/// What `casebook submit` did.
public enum SubmitOutcome: Sendable {
  /// The files passed and were committed.
  case committed(SubmitResult)
  /// The files did not pass; nothing was changed. The report holds the findings.
  case rejected(ValidationReport)
}

/// A successful submission.
public struct SubmitResult: Sendable {
  /// The new commit.
  public var commit: ObjectID
  /// The branch it is on, without `refs/heads/`.
  public var branch: String
  /// True when the commit started a new branch (`--branch`), leaving the current branch as it was.
  public var createdBranch: Bool
  /// True when the commit went on an existing branch that HEAD is not on (`--branch` again after review),
  /// leaving the current branch, the index and the files as they were.
  public var addedToExistingBranch: Bool = false
  /// The commit `--amend` replaced.
  public var amended: ObjectID?
  /// Commits on the branch that no main branch has, the new one included.
  public var commitsOfItsOwn: Int = 1
  /// True when the branch's earlier commits are on a main branch already (merged before this commit).
  public var branchWasMerged: Bool = false
  /// The remote-tracking references with the branch's name (`refs/remotes/origin/<branch>`), when it was
  /// sent before.
  public var pushedAs: [String] = []
  /// Profiles (`municipality.yaml`) sent along because the base has none for a submitted file's folder.
  public var addedProfiles: [String] = []
  /// The branch HEAD is on (unchanged by a `--branch` submission); nil when detached.
  public var currentBranch: String?
  /// The paths committed, from the repository root: written files and deletions.
  public var files: [String]
  /// The validation of the files (warnings, if any).
  public var report: ValidationReport
  /// Author and committer of the commit.
  public var author: Signature
}

/// `casebook submit`: validates exactly the given files with the whole catalogue as context and, only when
/// they pass, commits exactly those files — HEAD's tree plus these files, so other staged changes stay staged
/// and uncommitted — then updates their index entries so `git status` shows them as committed.
///
/// Order matters, so that a failure or a kill (even `kill -9`) at any step loses nothing:
/// 1. the objects (blobs, trees, the commit): unreferenced until the branch moves, so harmless;
/// 2. the index, with the submitted files staged as they will be committed: the repository is now
///    recoverably ahead — a plain `git commit` made after a kill here commits the submitted files along;
/// 3. the branch, in one compare-and-swap step: HEAD and the index agree again.
/// The reverse order (branch, then index) would leave the index behind HEAD after a kill between the two,
/// and the next plain `git commit`, even of an unrelated file, would delete or revert the submitted files.
/// If the branch cannot move (it moved meanwhile), the submitted paths are put back in the index as HEAD
/// has them.
public enum Submission {
  /// Submits the request's files.
  public static func run(_ request: SubmitRequest) throws(CatalogueError) -> SubmitOutcome {
    guard request.amend || !request.message.allSatisfy(\.isWhitespace) else {
      throw .invalidArgument(Message(SubmissionText.messageNeeded))
    }
    guard !request.paths.isEmpty else {
      throw .invalidArgument(Message(SubmissionText.filesNeeded))
    }
    let workspace = try Workspace(directory: request.directory)
    guard let root = workspace.workingDirectory else { throw .noWorkingTree }
    let lock = try SubmitLock.acquire(gitDirectory: workspace.gitDirectory, timeout: request.lockWait)
    defer { withExtendedLifetime(lock) {} }
    let repository = workspace.repository
    do {
      let head = try repository.headCommit()
      let currentBranch = try repository.headBranch()
      if request.newBranch == nil && currentBranch == nil { throw CatalogueError.detachedHead }
      var files = try SubmittedFiles.collect(request.paths, workspace: workspace, root: root, head: head)
      let branch = request.newBranch.map { $0.isEmpty ? defaultBranchName(for: files.paths) : $0 }
      let target = try SubmissionTarget.resolve(
        request, branch: branch, repository: repository, head: head, currentBranch: currentBranch)
      let addedProfiles = try files.addMissingProfiles(workspace: workspace, root: root, base: target.base)

      // Validate the files as they are on disk, then as git stores them (after any line-end filters): when
      // the two differ, the stored form is validated too, so what is committed is exactly what passed.
      var contents = files.contents
      let index = try repository.index()
      var staged: [String: TreeEntry] = [:]
      for pass in 0..<2 {
        let report = try validate(
          contents, deletions: files.deletions, workspace: workspace, base: target.base, limits: request.limits)
        if report.errors > 0 {
          try index.reload()
          return .rejected(report)
        }
        staged = try stage(contents.keys.sorted(), in: index)
        var changed = false
        for (path, entry) in staged where entry.id != ObjectID.blob(hashing: contents[path]!.bytes) {
          contents[path] = (try repository.blob(entry.id), entry.mode)
          changed = true
        }
        if !changed || pass == 1 {
          try index.reload()
          var result = try commit(
            staged: staged, deletions: files.deletions, request: request, repository: repository, target: target,
            currentBranch: currentBranch, report: report)
          result.addedProfiles = addedProfiles
          return .committed(result)
        }
      }
      fatalError("unreachable: the loop returns on its second pass")
    } catch let error as CatalogueError {
      throw error
    } catch let error as GitError {
      throw CatalogueError(error)
    } catch {
      throw .unreadable(path: ".", reason: reason(error))
    }
  }

  /// Adds the files to the in-memory index, which stores them as blobs the way `git add` would (with the
  /// repository's line-end filters), and returns their entries. The index file is not written.
  private static func stage(_ paths: [String], in index: Index) throws(GitError) -> [String: TreeEntry] {
    var entries: [String: TreeEntry] = [:]
    for path in paths {
      try index.add(path: path)
      if let entry = index.entry(path: path) { entries[path] = entry }
    }
    return entries
  }

  /// Validates the catalogue as it will be after the commit: the files of `base` (HEAD, or the tip of the
  /// branch the commit goes on) with these files written and deleted.
  private static func validate(
    _ contents: [String: (bytes: [UInt8], mode: FileMode)], deletions: [String], workspace: Workspace,
    base head: ObjectID?, limits: YAMLLimits
  ) throws(CatalogueError) -> ValidationReport {
    let base = try head.map { (id) throws(CatalogueError) in try workspace.snapshot(ofCommit: id, named: "HEAD") }
    var entries: [String: SnapshotEntry] = [:]
    for entry in base?.entries ?? [] { entries[entry.path] = entry }
    for path in deletions { entries[path] = nil }
    var overlay: [ObjectID: [UInt8]] = [:]
    for (path, content) in contents where SubmittedFiles.isSnapshotPath(path) {
      let id = ObjectID.blob(hashing: content.bytes)
      overlay[id] = content.bytes
      entries[path] = SnapshotEntry(path: path, blobID: id, mode: content.mode)
    }
    // An unborn HEAD has no commit; the id only labels the snapshot, every blob comes from the overlay.
    let snapshot = Snapshot(
      origin: .revision("HEAD with the submitted files", head ?? ObjectID.blob(hashing: [])),
      entries: Array(entries.values), gitDirectory: workspace.gitDirectory, workingDirectory: nil,
      objectDirectories: workspace.objectDirectories, overlay: overlay)
    let scope = Set(contents.keys).union(deletions)
    return try CatalogueValidator.validate(snapshot, scope: .files(scope), limits: limits)
  }

  private static func commit(
    staged: [String: TreeEntry], deletions: [String], request: SubmitRequest, repository: Repository,
    target: SubmissionTarget, currentBranch: String?, report: ValidationReport
  ) throws -> SubmitResult {
    guard let identity = try repository.configuredIdentity() else { throw GitError.identityMissing }
    let signature = try Signature.now(name: identity.name, email: identity.email)
    var changes: [String: FileChange] = [:]
    for (path, entry) in staged { changes[path] = .entry(entry.id, entry.mode) }
    for path in deletions { changes[path] = .delete }
    let paths = changes.keys.sorted()
    var message = request.message.hasSuffix("\n") ? request.message : request.message + "\n"
    if let amended = target.amended {
      if request.message.allSatisfy(\.isWhitespace) { message = amended.message }
      if try isUnchanged(changes, in: repository, at: amended.id), message == amended.message {
        throw CatalogueError.refused(Message(OfficerText.amendNeedsFiles, .text(amended.id.shortHex)))
      }
    } else if let base = target.base, try isUnchanged(changes, in: repository, at: base) {
      throw CatalogueError.nothingToSubmit
    }
    let parents = target.parent.map { [$0] } ?? []
    var result = SubmitResult(
      commit: ObjectID.blob(hashing: []), branch: shortName(target.reference), createdBranch: target.kind == .newBranch,
      currentBranch: currentBranch.map(shortName), files: paths, report: report, author: signature)
    result.amended = target.amended?.id
    result.addedToExistingBranch = target.kind == .existingBranch
    result.branchWasMerged = target.merged

    switch target.kind {
    case .newBranch, .existingBranch:
      // Objects first, then the branch in one compare-and-swap step; the index and the files are not touched.
      let commit = try repository.writeCommit(
        changes, message: message, author: signature, parents: parents, applyingTo: target.base)
      try repository.updateReference(
        target.reference, to: commit, expected: target.tip.map { .commit($0) } ?? .absent,
        message: reflogPrefix(target) + firstLine(of: message))
      result.commit = commit
    case .currentBranch:
      let index = try repository.index()
      try index.checkNotLocked()
      let commit = try repository.writeCommit(
        changes, message: message, author: signature, parents: parents, applyingTo: target.base)
      // Read the index again just before changing it, to keep what other programs staged meanwhile.
      try index.reload()
      for (path, entry) in staged {
        try index.add(path: path)
        if index.entry(path: path)?.id != entry.id { try index.add(path: path, blob: entry.id, mode: entry.mode) }
      }
      for path in deletions { try index.remove(path: path) }
      try index.write()
      do {
        try repository.updateReference(
          target.reference, to: commit, expected: target.tip.map { .commit($0) } ?? .absent,
          message: reflogPrefix(target) + firstLine(of: message))
      } catch {
        // The branch stayed where it was: unstage the submitted paths again, as its tip has them.
        try? restoreIndex(index, paths: paths, to: target.tip, repository: repository)
        throw error
      }
      result.commit = commit
    }
    result.commitsOfItsOwn = try commitsOfItsOwn(result.commit, repository: repository)
    result.pushedAs = try remoteTracking(target.reference, in: repository)
    return result
  }

  /// `commit: `, `commit (amend): ` or `commit (initial): ` for the reflog, as git writes them.
  private static func reflogPrefix(_ target: SubmissionTarget) -> String {
    target.amended != nil ? "commit (amend): " : target.parent == nil ? "commit (initial): " : "commit: "
  }

  /// Commits reachable from `commit` that no main branch has (at most 1,000 are counted).
  private static func commitsOfItsOwn(_ commit: ObjectID, repository: Repository) throws(GitError) -> Int {
    let hidden = try Mainline.tips(in: repository)
    return (try? repository.commits(from: hidden, to: commit, limit: 1000).count) ?? 1
  }

  /// The remote-tracking references named like the branch: `refs/remotes/<remote>/<branch>`.
  static func remoteTracking(_ reference: String, in repository: Repository) throws(GitError) -> [String] {
    let name = shortName(reference)
    return try repository.references().map(\.name).filter { candidate in
      guard candidate.hasPrefix("refs/remotes/") else { return false }
      let rest = candidate.dropFirst("refs/remotes/".count)
      guard let slash = rest.firstIndex(of: "/") else { return false }
      return rest[rest.index(after: slash)...] == name
    }
  }

  /// Puts `paths` back in the index as the commit `head` has them (removed when it has not).
  private static func restoreIndex(
    _ index: Index, paths: [String], to head: ObjectID?, repository: Repository
  ) throws(GitError) {
    try index.reload()
    for path in paths {
      if let head, let entry = try repository.entry(at: path, commit: head), entry.mode.isBlob {
        try index.add(path: path, blob: entry.id, mode: entry.mode)
      } else {
        try index.remove(path: path)
      }
    }
    try index.write()
  }

  /// The first line of a commit message, for the reflog.
  private static func firstLine(of message: String) -> String {
    String(message.prefix { $0 != "\n" })
  }

  /// True when every change leaves HEAD's tree as it is.
  private static func isUnchanged(
    _ changes: [String: FileChange], in repository: Repository, at head: ObjectID
  ) throws(GitError) -> Bool {
    for (path, change) in changes {
      let current = try repository.entry(at: path, commit: head)
      switch change {
      case .entry(let id, let mode): if current?.id != id || current?.mode != mode { return false }
      case .delete: if current != nil { return false }
      case .write: return false
      }
    }
    return true
  }

  /// `submission/<cc>/<municipality>/<slug>` for the first catalogue file, cases and policies before profiles
  /// (`…/policy`, `…/municipality` for those), or `submission/<name>` when none of the files is in a municipality folder.
  public static func defaultBranchName(for paths: [String]) -> String {
    // A case or a policy names the branch rather than the profile that comes with it.
    let ordered = paths.filter { !$0.hasSuffix("/municipality.yaml") } + paths.filter { $0.hasSuffix("/municipality.yaml") }
    for path in ordered {
      if case .file(let file) = CatalogueLayout.classify(path), let id = file.municipalityID {
        let name = file.slug ?? file.kind.rawValue
        return "submission/\(id)/\(name)"
      }
    }
    let last = paths.first.flatMap { $0.split(separator: "/").last.map(String.init) } ?? "files"
    return "submission/" + CatalogueLayout.suggestedSlug(last)
  }

  /// `main` for `refs/heads/main`; other names as they are.
  static func shortName(_ reference: String) -> String {
    reference.hasPrefix("refs/heads/") ? String(reference.dropFirst("refs/heads/".count)) : reference
  }
}
