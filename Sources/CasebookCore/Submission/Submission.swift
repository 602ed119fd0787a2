import CasebookGit
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
    guard !request.message.allSatisfy(\.isWhitespace) else {
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
      let files = try SubmittedFiles.collect(request.paths, workspace: workspace, root: root, head: head)

      // Validate the files as they are on disk, then as git stores them (after any line-end filters): when
      // the two differ, the stored form is validated too, so what is committed is exactly what passed.
      var contents = files.contents
      let index = try repository.index()
      var staged: [String: TreeEntry] = [:]
      for pass in 0..<2 {
        let report = try validate(
          contents, deletions: files.deletions, workspace: workspace, head: head, limits: request.limits)
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
          return .committed(
            try commit(
              staged: staged, deletions: files.deletions, request: request, repository: repository, head: head,
              currentBranch: currentBranch, report: report))
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

  /// Validates the catalogue as it will be after the commit: HEAD's files with these files written and deleted.
  private static func validate(
    _ contents: [String: (bytes: [UInt8], mode: FileMode)], deletions: [String], workspace: Workspace,
    head: ObjectID?, limits: YAMLLimits
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
    head: ObjectID?, currentBranch: String?, report: ValidationReport
  ) throws -> SubmitResult {
    guard let identity = try repository.configuredIdentity() else { throw GitError.identityMissing }
    let signature = try Signature.now(name: identity.name, email: identity.email)
    var changes: [String: FileChange] = [:]
    for (path, entry) in staged { changes[path] = .entry(entry.id, entry.mode) }
    for path in deletions { changes[path] = .delete }
    if let head, try isUnchanged(changes, in: repository, at: head) { throw CatalogueError.nothingToSubmit }
    let paths = changes.keys.sorted()
    let message = request.message.hasSuffix("\n") ? request.message : request.message + "\n"

    if let newBranch = request.newBranch {
      let name = newBranch.isEmpty ? defaultBranchName(for: paths) : newBranch
      let reference = name.hasPrefix("refs/") ? name : "refs/heads/" + name
      let commit = try repository.commitChanges(
        changes, message: message, author: signature, branch: reference, expecting: .absent, parent: head)
      return SubmitResult(
        commit: commit, branch: shortName(reference), createdBranch: true, currentBranch: currentBranch.map(shortName),
        files: paths, report: report, author: signature)
    }

    let branch = currentBranch!
    let index = try repository.index()
    try index.checkNotLocked()
    let commit = try repository.writeCommit(changes, message: message, author: signature, parent: head)
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
        branch, to: commit, expected: head.map { .commit($0) } ?? .absent,
        message: (head == nil ? "commit (initial): " : "commit: ") + firstLine(of: message))
    } catch {
      // The branch stayed where it was: unstage the submitted paths again, as HEAD has them.
      try? restoreIndex(index, paths: paths, to: head, repository: repository)
      throw error
    }
    return SubmitResult(
      commit: commit, branch: shortName(branch), createdBranch: false, currentBranch: shortName(branch),
      files: paths, report: report, author: signature)
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

  /// `submission/<cc>/<municipality>/<slug>` for the first catalogue file (`…/policy`, `…/municipality` for
  /// those), or `submission/<name>` when none of the files is in a municipality folder.
  public static func defaultBranchName(for paths: [String]) -> String {
    for path in paths {
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
