internal import CGit2

/// What went wrong in git. Each case's `description` says what happened and what to do.
public enum GitError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No repository at (or, for `Repository.discover`, above) the path.
  case notARepository(path: String)
  /// The repository belongs to another user and is not listed in git's `safe.directory`.
  case notOwned(path: String)
  /// The repository has no commits yet, so there is nothing to resolve.
  case emptyRepository
  /// A revision expression that names nothing in the repository, or is not valid syntax.
  case unknownRevision(String)
  /// A short id that matches several objects.
  case ambiguousRevision(String)
  /// A revision that names an object which is not (and does not lead to) a commit, such as a blob id.
  case notACommit(String)
  /// An object id that is not in the repository, or names an object of another kind than needed.
  case objectNotFound(ObjectID)
  /// A repository path that is empty, absolute, or has `.`, `..`, `.git` or empty parts.
  case invalidPath(String)
  /// A reference name git does not accept, or one that is not a full name below `refs/`.
  case invalidReferenceName(String)
  /// A file to stage does not exist in the working tree.
  case pathNotFound(String)
  /// A change would make a path both a file and a folder (such as writing `a/b` while `a` is a file).
  case fileFolderConflict(path: String)
  /// A name or email git cannot store in a commit (it has `<`, `>`, a line break or a NUL character).
  case invalidSignature(String)
  /// File content cannot be stored with this mode (only regular, executable and symlink hold content).
  case unsupportedMode(path: String, mode: FileMode)
  /// The operation needs a working tree, but the repository is bare.
  case bareRepository
  /// A lock file of another git process is in the way (`.git/index.lock`, `.git/refs/heads/x.lock`).
  case locked(path: String)
  /// The branch moved between reading its tip and updating it; nothing was changed.
  case referenceChanged(name: String)
  /// A branch that was to be created already exists.
  case branchExists(name: String)
  /// No author identity (`user.name`/`user.email`) is configured.
  case identityMissing
  /// A commit's tree lists more paths than `Repository.maximumTreeEntries`.
  case treeTooLarge(commit: ObjectID, limit: Int)
  /// More commits lead to a revision than a check reads (a push of a whole foreign history, or a hostile one).
  case tooManyCommits(head: ObjectID, limit: Int)
  /// An object in the repository is damaged (unreadable, malformed, or its content does not match its id).
  case corruptRepository(function: String, message: String)
  /// A fetch: the remote has no branch of that name (`available` lists some it has).
  case remoteBranchNotFound(url: String, branch: String, available: [String])
  /// A fetch: the server sent nothing for too long (`stalled`), or the whole fetch took too long.
  case fetchTimedOut(url: String, seconds: Double, stalled: Bool)
  /// A fetch: the server sent more pack bytes than allowed.
  case fetchTooLarge(url: String, limit: Int)
  /// A fetch: the pack holds more objects than allowed.
  case fetchTooManyObjects(url: String, limit: Int)
  /// A fetch: the server asked for credentials and refused or did not get any.
  case authenticationFailed(url: String, message: String)
  /// A fetch: the server's TLS certificate is not valid.
  case certificateRejected(url: String, message: String)
  /// A fetch: the ssh server's host key is not the one in the user's known hosts.
  case hostKeyRejected(url: String, host: String)
  /// A fetch failed in the network or on the server (unreachable, gone, connection lost mid-way...).
  case remoteFailed(url: String, message: String)
  /// Any other libgit2 failure: the libgit2 function, its return code and libgit2's own message.
  case library(function: String, code: Int32, message: String)

  /// What happened and what to do about it, for people.
  public var description: String {
    switch self {
    case .notARepository(let path):
      "'\(path)' is not in a git repository: run `casebook init` there, or pass -C DIR to point at one"
    case .notOwned(let path):
      "the repository at '\(path)' belongs to another user, so git refuses to use it: if you trust it, "
        + "run `git config --global --add safe.directory \(path)`"
    case .emptyRepository:
      "the repository has no commits yet: commit something first (for example with `casebook submit`)"
    case .unknownRevision(let revision):
      "revision '\(revision)' was not found: check the branch name (`git branch -a`), "
        + "or pick a commit id from `git log --oneline`"
    case .ambiguousRevision(let revision):
      "the short id '\(revision)' matches several objects: give more digits (see `git log --oneline`)"
    case .notACommit(let revision):
      "'\(revision)' does not name a commit: give a branch, a tag or a commit id"
    case .objectNotFound(let id):
      "object \(id) is missing or is not of the kind needed: the repository may be incomplete "
        + "(a shallow or partial clone) or damaged; run `git fsck`"
    case .invalidPath(let path):
      "'\(path)' is not a valid path in a repository: use a relative path with '/' between folders "
        + "and no empty, '.', '..' or '.git' parts"
    case .invalidReferenceName(let name):
      "'\(name)' is not a valid reference name: use a full name such as refs/heads/my-branch"
    case .pathNotFound(let path):
      "'\(path)' does not exist in the working tree: check the path (relative to the repository's top folder)"
    case .fileFolderConflict(let path):
      "'\(path)' would be a file and a folder at once: delete the file or folder that is in the way "
        + "in the same commit"
    case .invalidSignature(let text):
      "'\(text)' cannot be stored as a name or email in a commit: remove '<', '>' and line breaks"
    case .unsupportedMode(let path, let mode):
      "'\(path)' cannot be written with mode \(mode): file content needs a regular, executable or symlink mode"
    case .bareRepository:
      "this needs a working tree, but the repository is bare: run it in a clone with a working tree"
    case .locked(let path):
      "another git process seems to be running in this repository ('\(path)' exists): wait for it to "
        + "finish and run again; if no git process is running, remove '\(path)'"
    case .referenceChanged(let name):
      "the branch \(name) changed while committing, so nothing was committed: run again"
    case .branchExists(let name):
      "the branch \(name) already exists: choose another name"
    case .identityMissing:
      "no author identity is configured: run `git config --global user.name \"Your Name\"` and "
        + "`git config --global user.email you@example.org`"
    case .treeTooLarge(let commit, let limit):
      "commit \(commit) has more than \(limit) files, far more than a casebook repository holds: "
        + "check that this is the right repository and revision"
    case .tooManyCommits(let head, let limit):
      "more than \(limit) new commits lead to \(head.shortHex), more than one check reads: push the history "
        + "in smaller steps, or ask the server's administrator to raise the limit"
    case .corruptRepository(let function, let message):
      "the repository is damaged (\(message), in \(function)): run `git fsck` to find the damaged objects "
        + "and restore them from another clone"
    case .remoteBranchNotFound(let url, let branch, let available):
      "\(url) has no branch '\(branch)'"
        + (available.isEmpty ? "" : " (it has: \(available.joined(separator: ", ")))")
        + ": correct the branch in schema/peers.yaml"
    case .fetchTimedOut(let url, let seconds, let stalled):
      stalled
        ? "\(url) sent nothing for \(Int(seconds)) seconds, so the fetch was given up: try again later, "
          + "or allow longer with --timeout"
        : "fetching \(url) took more than \(Int(seconds)) seconds, so it was given up: try again later, or "
          + "allow longer with --max-time"
    case .fetchTooLarge(let url, let limit):
      "\(url) sent more than \(limit) bytes, far more than a catalogue needs, so the fetch was stopped: "
        + "check the address, or allow more with --max-fetch-size"
    case .fetchTooManyObjects(let url, let limit):
      "\(url) offered more than \(limit) objects, so the fetch was stopped: check the address"
    case .authenticationFailed(let url, let message):
      "\(url) needs credentials (\(message)): for https, store them with a git credential helper "
        + "(`git config --global credential.helper store`, or your system's); for ssh, add your key to the ssh agent"
    case .certificateRejected(let url, let message):
      "\(url): \(message); casebook only fetches over https from servers with a valid certificate"
    case .hostKeyRejected(let url, let host):
      "the ssh host key of \(host) (\(url)) is not in your known hosts: connect once with `ssh \(host)` "
        + "or `git ls-remote`, check the fingerprint and accept it, then fetch again"
    case .remoteFailed(let url, let message):
      "fetching \(url) failed: \(message)"
    case .library(let function, let code, let message):
      "git failed in \(function) (libgit2 error \(code)): \(message)"
    }
  }
}

/// Throws unless `code` is a libgit2 success code (zero or positive). The only place that turns a libgit2
/// return code into an error; callers that expect a particular failure (such as `GIT_ENOTFOUND`) test for it
/// before calling this.
@inline(__always)
func check(_ code: Int32, _ function: String) throws(GitError) {
  if code < 0 { throw LibGit2.error(code, function) }
}

/// The process-wide libgit2 state.
enum LibGit2 {
  /// Runs `git_libgit2_init` once, on first use, thread-safely (Swift's lazy global initialisation). libgit2
  /// is never shut down: its global state lives as long as the process.
  private static let initialized: Int32 = {
    let code = git_libgit2_init()
    guard code >= 0 else { return code }
    // Packs are read through mapped windows of 1 MB, at most 24 MB at once (libgit2's defaults map a whole
    // pack, up to 1 GB per window), and each repository's object cache (trees and commits) holds at most
    // 4 MB (default 256 MB): reading every blob of a large catalogue then takes a fraction of the memory.
    // Delta chains still jump around a pack even when blobs are read in pack order (see
    // `Repository.packPositions`): many small windows keep more of the places in use mapped than a few large
    // ones (at 100,000 cases, read in path order, 4 MB windows were unmapped and mapped again 33,000 times,
    // 1 MB windows within 24 MB 17,000 times, and the run took less system time; in pack order 12,000).
    return casebook_git_set_memory_limits(1 << 20, 24 << 20, 4 << 20)
  }()

  /// Makes sure libgit2 is initialised (it must be before any other libgit2 call, which would otherwise use
  /// an unset allocator); cheap after the first call. Every entry point that does not need a `Repository`
  /// calls this; a `Repository` exists only after it was called.
  @inline(__always)
  static func initialize() throws(GitError) {
    try check(initialized, "git_libgit2_init")
  }

  /// The message libgit2 recorded for the last failure on this thread.
  static func lastErrorMessage() -> String {
    guard let error = git_error_last(), let message = error.pointee.message else {
      return "no message from libgit2"
    }
    return String(cString: message)
  }

  static func error(_ code: Int32, _ function: String) -> GitError {
    let errorClass = git_error_last()?.pointee.klass ?? 0
    let message = lastErrorMessage()
    // libgit2 reports damaged objects as a hash mismatch, or as a generic error from zlib, the object
    // database or object parsing; tree parsing shares its error class with tree-building mistakes.
    let damaged =
      code == GIT_EMISMATCH.rawValue
      || (code == GIT_ERROR.rawValue
        && ([GIT_ERROR_ZLIB, GIT_ERROR_ODB, GIT_ERROR_OBJECT].contains { $0.rawValue == errorClass }
          || (errorClass == GIT_ERROR_TREE.rawValue && message.hasPrefix("failed to parse"))))
    if damaged { return .corruptRepository(function: function, message: message) }
    return .library(function: function, code: code, message: message)
  }
}
