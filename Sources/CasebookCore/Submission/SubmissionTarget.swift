import CasebookGit
import CasebookText

/// Where a submission's commit goes, and what it is made from.
struct SubmissionTarget {
  /// How the commit reaches its branch.
  enum Kind: Equatable {
    /// On the branch HEAD is on; the index follows.
    case currentBranch
    /// A new branch from HEAD (`--branch` with a name that does not exist yet).
    case newBranch
    /// One more commit on an existing branch HEAD is not on (`--branch` again, after review); the index and
    /// the working tree are not touched.
    case existingBranch
  }

  /// How the commit reaches its branch.
  var kind: Kind
  /// The branch's full name (`refs/heads/submission/nl/x/2024-y`).
  var reference: String
  /// Where the branch points now; nil for a new branch or an unborn HEAD.
  var tip: ObjectID?
  /// The commit whose tree the files are applied to: the branch's tip, or HEAD for a new branch.
  var base: ObjectID?
  /// The new commit's parent: ``base``, or the amended commit's parent.
  var parent: ObjectID?
  /// The commit `--amend` replaces.
  var amended: CommitInfo?
  /// True when the branch's tip is on a main branch already (merged).
  var merged: Bool

  /// Works out the target of `request` in `repository`: the current branch when `branch` is nil, else the
  /// branch of that name (the default name worked out already).
  static func resolve(
    _ request: SubmitRequest, branch: String?, repository: Repository, head: ObjectID?, currentBranch: String?
  ) throws(CatalogueError) -> SubmissionTarget {
    do {
      guard let wanted = branch else {
        guard let currentBranch else { throw CatalogueError.detachedHead }
        return try existing(currentBranch, kind: .currentBranch, request: request, repository: repository, head: head)
      }
      let reference = wanted.hasPrefix("refs/") ? wanted : "refs/heads/" + wanted
      if reference == currentBranch {
        return try existing(reference, kind: .currentBranch, request: request, repository: repository, head: head)
      }
      guard try repository.referenceTarget(reference) != nil else {
        if request.amend {
          throw CatalogueError.refused(
            Message(OfficerText.amendNoBranch, .code(Submission.shortName(reference))))
        }
        return SubmissionTarget(
          kind: .newBranch, reference: reference, tip: nil, base: head, parent: head, amended: nil, merged: false)
      }
      if try Mainline.isMainBranch(reference, in: repository) {
        throw CatalogueError.refused(Message(OfficerText.mainBranch, .code(Submission.shortName(reference))))
      }
      return try existing(reference, kind: .existingBranch, request: request, repository: repository, head: head)
    } catch {
      throw CatalogueError.wrapping(error)
    }
  }

  /// A target on a branch that exists (or HEAD's unborn branch): one more commit on its tip, or with
  /// `--amend` a commit that replaces the tip.
  private static func existing(
    _ reference: String, kind: Kind, request: SubmitRequest, repository: Repository, head: ObjectID?
  ) throws -> SubmissionTarget {
    let tip = kind == .currentBranch ? head : try repository.referenceTarget(reference)
    let merged = try tip.map { try Mainline.contains($0, except: reference, in: repository, head: head) } ?? false
    guard request.amend else {
      return SubmissionTarget(
        kind: kind, reference: reference, tip: tip, base: tip, parent: tip, amended: nil, merged: merged)
    }
    guard let tip else {
      throw CatalogueError.refused(Message(OfficerText.amendNothing, .code(Submission.shortName(reference))))
    }
    let commit = try repository.commit(tip)
    guard !merged else {
      throw CatalogueError.refused(
        Message(OfficerText.amendMerged, .text(tip.shortHex), .code(Submission.shortName(reference))))
    }
    guard commit.parents.count <= 1 else {
      throw CatalogueError.refused(
        Message(OfficerText.amendMerge, .text(tip.shortHex), .code(Submission.shortName(reference))))
    }
    return SubmissionTarget(
      kind: kind, reference: reference, tip: tip, base: tip, parent: commit.parents.first, amended: commit,
      merged: false)
  }
}

/// The catalogue's main line: the branches a submission is merged into.
enum Mainline {
  /// The names a main branch goes by.
  static let names: Set<String> = ["main", "master"]

  /// The commits that count as merged work: local and remote-tracking `main` and `master`, and what each
  /// remote's `HEAD` points at.
  static func tips(in repository: Repository) throws(GitError) -> [ObjectID] {
    var tips: [ObjectID] = []
    for reference in try repository.references() {
      let parts = reference.name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
      let isLocalMain = parts.count == 3 && parts[1] == "heads" && names.contains(parts[2])
      let isRemoteMain = parts.count == 4 && parts[1] == "remotes" && (names.contains(parts[3]) || parts[3] == "HEAD")
      guard isLocalMain || isRemoteMain else { continue }
      if let target = try repository.referenceTarget(reference.name) { tips.append(target) }
    }
    return tips
  }

  /// True when `commit` is on a main branch, or on HEAD when HEAD is on another branch than `reference`.
  static func contains(
    _ commit: ObjectID, except reference: String, in repository: Repository, head: ObjectID?
  ) throws(GitError) -> Bool {
    var tips = try tips(in: repository)
    if let head, try repository.headBranch() != reference { tips.append(head) }
    for tip in Set(tips) {
      if tip == commit { return true }
      if try repository.isAncestor(commit, of: tip) { return true }
    }
    return false
  }

  /// True for a branch that is a main branch: `main`, `master`, or the branch a remote's `HEAD` names.
  static func isMainBranch(_ reference: String, in repository: Repository) throws(GitError) -> Bool {
    let name = Submission.shortName(reference)
    if names.contains(name) { return true }
    for remote in try repository.references() where remote.name.hasPrefix("refs/remotes/") && remote.name.hasSuffix("/HEAD") {
      if let target = try repository.symbolicTarget(remote.name), target.hasSuffix("/" + name) { return true }
    }
    return false
  }
}
