internal import CGit2
internal import CGit2Loader
import CasebookText

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
  case authenticationFailed(url: String, message: Message)
  /// A fetch: the server's TLS certificate is not valid.
  case certificateRejected(url: String, message: Message)
  /// A fetch: the ssh server's host key is not the one in the user's known hosts.
  case hostKeyRejected(url: String, host: String)
  /// A fetch failed in the network or on the server (unreachable, gone, connection lost mid-way...).
  case remoteFailed(url: String, message: String)
  /// Any other libgit2 failure: the libgit2 function, its return code and libgit2's own message.
  case library(function: String, code: Int32, message: String)
  /// libgit2 could not be loaded (not installed, or another version): the file looked for and the reason.
  case libraryUnavailable(library: String, reason: String)

  /// What happened and what to do about it, for people, in either language.
  public var message: Message {
    switch self {
    case .notARepository(let path): Message(GitText.notARepository, .code(path))
    case .notOwned(let path):
      Message(GitText.notOwned, .code(path), .code("git config --global --add safe.directory \(path)"))
    case .emptyRepository: Message(GitText.emptyRepository)
    case .unknownRevision(let revision): Message(GitText.unknownRevision, .code(revision))
    case .ambiguousRevision(let revision): Message(GitText.ambiguousRevision, .code(revision))
    case .notACommit(let revision): Message(GitText.notACommit, .code(revision))
    case .objectNotFound(let id): Message(GitText.objectNotFound, .text("\(id)"))
    case .invalidPath(let path): Message(GitText.invalidPath, .code(path))
    case .invalidReferenceName(let name): Message(GitText.invalidReferenceName, .code(name))
    case .pathNotFound(let path): Message(GitText.pathNotFound, .code(path))
    case .fileFolderConflict(let path): Message(GitText.fileFolderConflict, .code(path))
    case .invalidSignature(let text): Message(GitText.invalidSignature, .code(text))
    case .unsupportedMode(let path, let mode): Message(GitText.unsupportedMode, .code(path), .text("\(mode)"))
    case .bareRepository: Message(GitText.bareRepository)
    case .locked(let path): Message(GitText.locked, .code(path))
    case .referenceChanged(let name): Message(GitText.referenceChanged, .text(name))
    case .branchExists(let name): Message(GitText.branchExists, .text(name))
    case .identityMissing: Message(GitText.identityMissing)
    case .treeTooLarge(let commit, let limit): Message(GitText.treeTooLarge, .text("\(commit)"), .text(String(limit)))
    case .tooManyCommits(let head, let limit):
      Message(GitText.tooManyCommits, .text(String(limit)), .text(head.shortHex))
    // libgit2's own words stay as libgit2 wrote them.
    case .corruptRepository(let function, let message): Message(GitText.corruptRepository, .text(message), .text(function))
    case .remoteBranchNotFound(let url, let branch, let available):
      available.isEmpty
        ? Message(GitText.remoteBranchNotFound, .text(url), .text(branch))
        : Message(GitText.remoteBranchNotFoundListing, .text(url), .text(branch), .text(available.joined(separator: ", ")))
    case .fetchTimedOut(let url, let seconds, let stalled):
      Message(stalled ? GitText.fetchStalled : GitText.fetchTimedOut, .text(url), .text(String(Int(seconds))))
    case .fetchTooLarge(let url, let limit): Message(GitText.fetchTooLarge, .text(url), .text(String(limit)))
    case .fetchTooManyObjects(let url, let limit): Message(GitText.fetchTooManyObjects, .text(url), .text(String(limit)))
    case .authenticationFailed(let url, let message): Message(GitText.authenticationFailed, .text(url), .message(message))
    case .certificateRejected(let url, let message): Message(GitText.certificateRejected, .text(url), .message(message))
    case .hostKeyRejected(let url, let host): Message(GitText.hostKeyRejected, .text(url), .text(host))
    case .remoteFailed(let url, let message): Message(GitText.remoteFailed, .text(url), .text(message))
    case .library(let function, let code, let message):
      Message(GitText.library, .text(function), .text(String(code)), .text(message))
    case .libraryUnavailable(let library, let reason):
      Message(GitText.libraryUnavailable, .code(library), .text(reason), .code(LibGit2.debianPackage))
    }
  }

  /// The message in English, for logs and tests.
  public var description: String { message.text(.en) }
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
  /// Loads libgit2 and runs `git_libgit2_init` once, on first use, thread-safely (Swift's lazy global
  /// initialisation). libgit2 is never shut down: its global state lives as long as the process.
  private static let state: Result<Void, GitError> = {
    if let failure = load(library: libraryName) { return .failure(failure) }
    let code = git_libgit2_init()
    guard code >= 0 else { return .failure(error(code, "git_libgit2_init")) }
    // Packs are read through mapped windows of 1 MB, at most 24 MB at once (libgit2's defaults map a whole
    // pack, up to 1 GB per window), and each repository's object cache (trees and commits) holds at most
    // 4 MB (default 256 MB): reading every blob of a large catalogue then takes a fraction of the memory.
    // Delta chains still jump around a pack even when blobs are read in pack order (see
    // `Repository.packPositions`): many small windows keep more of the places in use mapped than a few large
    // ones (at 100,000 cases, read in path order, 4 MB windows were unmapped and mapped again 33,000 times,
    // 1 MB windows within 24 MB 17,000 times, and the run took less system time; in pack order 12,000).
    let limits = casebook_git_set_memory_limits(1 << 20, 24 << 20, 4 << 20)
    guard limits >= 0 else { return .failure(error(limits, "git_libgit2_opts")) }
    return .success(())
  }()

  /// The file name of the libgit2 casebook was built against, such as `libgit2.so.1.5`.
  static let libraryName = String(cString: casebook_git2_library_name())

  /// The Debian package that installs `libraryName` (`libgit2-1.5`).
  static var debianPackage: String {
    let prefix = "libgit2.so."
    return libraryName.hasPrefix(prefix) ? "libgit2-" + libraryName.dropFirst(prefix.count) : "libgit2"
  }

  /// Loads libgit2 from `library`; nil when it is loaded, else the error that says why it is not.
  static func load(library: String) -> GitError? {
    var reason = [CChar](repeating: 0, count: 512)
    guard casebook_git2_load(library, &reason, reason.count) != 0 else { return nil }
    let text = String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return .libraryUnavailable(library: library, reason: text)
  }

  /// Makes sure libgit2 is loaded and initialised (it must be before any other libgit2 call, which would
  /// otherwise use an unset allocator); cheap after the first call. Every entry point that does not need a
  /// `Repository` calls this; a `Repository` exists only after it was called.
  @inline(__always)
  static func initialize() throws(GitError) {
    try state.get()
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
