internal import CGit2

/// An open repository (working or bare), owning libgit2's `git_repository`.
///
/// Threading: a `Repository` must be used by one thread at a time, so it is not `Sendable`. libgit2's
/// THREADING.md says its objects "cannot be safely accessed by multiple threads simultaneously" unless
/// documented otherwise, and `git_repository` is not documented otherwise (it holds caches, the index and
/// config). To read in parallel, open one `Repository` per thread or task with `Repository.open(at:)` on
/// `gitDirectory` — opening is cheap (a few small files) and each instance gets its own object cache.
/// Everything this type returns is a `Sendable` value copied out of libgit2, so results may cross threads.
public final class Repository {
  let pointer: OpaquePointer
  /// Whether the repository has no working tree.
  public let isBare: Bool
  /// The working directory, with a trailing slash; nil in a bare repository.
  public let workingDirectory: String?
  /// The `.git` directory (or the bare repository itself), with a trailing slash.
  public let gitDirectory: String
  private var objectDatabaseHandle: ObjectDatabaseHandle?

  private init(_ pointer: OpaquePointer) {
    self.pointer = pointer
    isBare = git_repository_is_bare(pointer) == 1
    workingDirectory = git_repository_workdir(pointer).map { String(cString: $0) }
    gitDirectory = String(cString: git_repository_path(pointer))
  }

  deinit { git_repository_free(pointer) }

  /// Initialises libgit2 now instead of on first use. Every other entry point does this by itself; a caller
  /// that knows libgit2 will be needed may call it early on another thread, since it takes several
  /// milliseconds (libgit2 loads the system's certificate bundle).
  public static func initializeLibrary() throws(GitError) {
    try LibGit2.initialize()
  }

  /// Opens the repository containing `path` (searching upward), like `git -C path`.
  public static func discover(from path: String) throws(GitError) -> Repository {
    try open(path, flags: 0)
  }

  /// Opens exactly the repository at `path` (a working tree, its `.git` folder, or a bare repository).
  public static func open(at path: String) throws(GitError) -> Repository {
    try open(path, flags: GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue)
  }

  private static func open(_ path: String, flags: UInt32) throws(GitError) -> Repository {
    try LibGit2.initialize()
    var repository: OpaquePointer?
    let code = git_repository_open_ext(&repository, path, flags, nil)
    if code == GIT_ENOTFOUND.rawValue { throw .notARepository(path: path) }
    if code == GIT_EOWNER.rawValue { throw .notOwned(path: path) }
    try check(code, "git_repository_open_ext")
    return Repository(repository!)
  }

  /// Creates a new repository (and any missing parent folders); its unborn HEAD points at
  /// `refs/heads/<initialBranch>` (or at `initialBranch` itself when it starts with `refs/`). Like
  /// `git init`, running it on an existing repository reopens that repository and keeps its HEAD.
  public static func create(
    at path: String, bare: Bool, initialBranch: String = "main"
  ) throws(GitError) -> Repository {
    try LibGit2.initialize()
    var options = git_repository_init_options()
    try check(
      git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
      "git_repository_init_options_init")
    options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | (bare ? GIT_REPOSITORY_INIT_BARE.rawValue : 0)
    let branch = initialBranch.hasPrefix("refs/") ? initialBranch : "refs/heads/" + initialBranch
    guard try isValidReferenceName(branch) else { throw .invalidReferenceName(branch) }
    var repository: OpaquePointer?
    let code = branch.withCString { head in
      options.initial_head = head
      return git_repository_init_ext(&repository, path, &options)
    }
    try check(code, "git_repository_init_ext")
    return Repository(repository!)
  }

  /// Makes the objects in another object folder (an `objects` folder, not a repository) readable through
  /// this repository, after its own. In a server-side git hook (`pre-receive`, `update`) the pushed objects
  /// wait in a quarantine folder that git names in `GIT_QUARANTINE_PATH`; add it to read the pushed commits.
  /// Nothing is ever written there.
  public func addAlternateObjectDirectory(_ path: String) throws(GitError) {
    try check(git_odb_add_disk_alternate(try objectDatabase, path), "git_odb_add_disk_alternate")
  }

  /// The repository's object database, opened once.
  var objectDatabase: OpaquePointer {
    get throws(GitError) {
      if let objectDatabaseHandle { return objectDatabaseHandle.pointer }
      let handle = try ObjectDatabaseHandle(repository: pointer)
      objectDatabaseHandle = handle
      return handle.pointer
    }
  }

  // MARK: Revisions

  /// Resolves any revision expression (`HEAD`, `main`, `v1`, `abc123`, `HEAD~2`) to a commit id.
  public func resolveCommit(_ revision: String) throws(GitError) -> ObjectID {
    var object: OpaquePointer?
    let code = git_revparse_single(&object, pointer, revision)
    switch code {
    case GIT_ENOTFOUND.rawValue, GIT_EINVALIDSPEC.rawValue, GIT_EUNBORNBRANCH.rawValue:
      throw try hasReferences() ? .unknownRevision(revision) : .emptyRepository
    case GIT_EAMBIGUOUS.rawValue:
      throw .ambiguousRevision(revision)
    default:
      try check(code, "git_revparse_single")
    }
    let found = ObjectHandle(object!)
    var commit: OpaquePointer?
    let peelCode = git_object_peel(&commit, found.pointer, GIT_OBJECT_COMMIT)
    switch peelCode {
    case GIT_ENOTFOUND.rawValue, GIT_EINVALIDSPEC.rawValue, GIT_EPEEL.rawValue, GIT_EAMBIGUOUS.rawValue:
      throw .notACommit(revision)
    default:
      try check(peelCode, "git_object_peel")
    }
    return ObjectID(git_object_id(ObjectHandle(commit!).pointer)!)
  }

  /// Whether any reference exists below `refs/` (an empty repository has none).
  private func hasReferences() throws(GitError) -> Bool {
    let code = git_reference_foreach_name(pointer, { _, _ in 1 }, nil)
    if code == 1 { return true }
    try check(code, "git_reference_foreach_name")
    return false
  }

  /// The commit HEAD points at; nil while HEAD is unborn.
  public func headCommit() throws(GitError) -> ObjectID? {
    var oid = git_oid()
    let code = git_reference_name_to_id(&oid, pointer, "HEAD")
    if code == GIT_ENOTFOUND.rawValue || code == GIT_EUNBORNBRANCH.rawValue { return nil }
    try check(code, "git_reference_name_to_id")
    return ObjectID(oid)
  }

  /// The full name of the branch HEAD points at (`refs/heads/main`), also when unborn; nil when detached.
  public func headBranch() throws(GitError) -> String? {
    try ReferenceHandle.lookup("HEAD", in: pointer)?.symbolicTarget
  }

  /// The name a symbolic reference points at (`refs/remotes/origin/main` for `refs/remotes/origin/HEAD`);
  /// nil for a direct reference or one that does not exist.
  public func symbolicTarget(_ name: String) throws(GitError) -> String? {
    try ReferenceHandle.lookup(name, in: pointer)?.symbolicTarget
  }

  /// The id a reference points at, following symbolic references; nil when it does not exist.
  public func referenceTarget(_ name: String) throws(GitError) -> ObjectID? {
    var oid = git_oid()
    let code = git_reference_name_to_id(&oid, pointer, name)
    if code == GIT_ENOTFOUND.rawValue || code == GIT_EUNBORNBRANCH.rawValue { return nil }
    if code == GIT_EINVALIDSPEC.rawValue { throw .invalidReferenceName(name) }
    try check(code, "git_reference_name_to_id")
    return ObjectID(oid)
  }

  /// A commit's metadata.
  public func commit(_ id: ObjectID) throws(GitError) -> CommitInfo {
    guard let commit = try ObjectHandle.lookup(id, GIT_OBJECT_COMMIT, in: pointer) else {
      throw .objectNotFound(id)
    }
    return commit.commitInfo
  }

  // MARK: Configuration

  /// `user.name` and `user.email` from git config (repository, global, system); nil when either is unset
  /// or empty.
  public func configuredIdentity() throws(GitError) -> (name: String, email: String)? {
    let config = try configSnapshot()
    guard let name = try config.string("user.name"), !name.isEmpty,
      let email = try config.string("user.email"), !email.isEmpty
    else { return nil }
    return (name, email)
  }

  /// A signature for the configured identity at the current time; throws `identityMissing` when none is
  /// configured.
  public func defaultSignature() throws(GitError) -> Signature {
    guard let identity = try configuredIdentity() else { throw .identityMissing }
    return try Signature.now(name: identity.name, email: identity.email)
  }

  /// A string value from git config (repository, global, system); nil when unset.
  public func configValue(_ name: String) throws(GitError) -> String? {
    try configSnapshot().string(name)
  }

  /// Sets a string value in the repository's own config file (`.git/config`).
  public func setConfigValue(_ value: String, for name: String) throws(GitError) {
    var config: OpaquePointer?
    try check(git_repository_config(&config, pointer), "git_repository_config")
    let handle = ConfigHandle(config!)
    try check(git_config_set_string(handle.pointer, name, value), "git_config_set_string")
  }

  private func configSnapshot() throws(GitError) -> ConfigHandle {
    var config: OpaquePointer?
    try check(git_repository_config_snapshot(&config, pointer), "git_repository_config_snapshot")
    return ConfigHandle(config!)
  }
}

@available(*, unavailable, message: "use a Repository from one thread at a time; open one per thread")
extension Repository: Sendable {}

/// Whether git accepts `name` as a reference name.
func isValidReferenceName(_ name: String) throws(GitError) -> Bool {
  var valid: Int32 = 0
  try check(git_reference_name_is_valid(&valid, name), "git_reference_name_is_valid")
  return valid == 1
}

/// Checks that `path` is a relative repository path: `/` between parts, none empty, `.`, `..` or `.git`.
func validateRepositoryPath(_ path: String) throws(GitError) {
  var partStart = path.utf8.startIndex
  var valid = !path.isEmpty
  for index in path.utf8.indices where valid {
    let byte = path.utf8[index]
    if byte == 0 { valid = false }
    if byte == UInt8(ascii: "/") {
      valid = isValidPathPart(path.utf8[partStart..<index])
      partStart = path.utf8.index(after: index)
    }
  }
  guard valid, isValidPathPart(path.utf8[partStart...]) else { throw .invalidPath(path) }
}

private func isValidPathPart(_ part: Substring.UTF8View) -> Bool {
  if part.isEmpty || part.elementsEqual(".".utf8) || part.elementsEqual("..".utf8) { return false }
  return !part.lazy.map { $0 | 0x20 }.elementsEqual(".git".utf8)
}
