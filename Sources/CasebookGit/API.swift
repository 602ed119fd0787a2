// Interface stubs agreed between modules; the Git layer replaces the bodies.

/// A git object id (SHA-1), as a value.
public struct ObjectID: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The 40-character lower-case hex form.
  public var hex: String { fatalError("unimplemented") }
  /// Parses a full 40-character hex id.
  public init?(hex: String) { fatalError("unimplemented") }
  /// The id git gives a blob with these bytes (`git hash-object`).
  public static func blob(hashing bytes: [UInt8]) -> ObjectID { fatalError("unimplemented") }
  public var description: String { hex }
  public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool { lhs.hex < rhs.hex }
}

/// File modes as git stores them in trees.
public enum FileMode: Sendable, Hashable {
  case regular, executable, symlink, submodule, tree, other(UInt32)
}

/// One entry of a tree, with its path from the root of the repository.
public struct TreeEntry: Sendable, Hashable {
  public var path: String
  public var id: ObjectID
  public var mode: FileMode
  public init(path: String, id: ObjectID, mode: FileMode) {
    self.path = path; self.id = id; self.mode = mode
  }
}

/// A person and a moment, as recorded in a commit.
public struct Signature: Sendable, Hashable {
  public var name: String
  public var email: String
  /// Seconds since 1970.
  public var time: Int64
  /// Offset from UTC in minutes.
  public var offsetMinutes: Int
  public init(name: String, email: String, time: Int64, offsetMinutes: Int = 0) {
    self.name = name; self.email = email; self.time = time; self.offsetMinutes = offsetMinutes
  }
}

/// A commit's metadata.
public struct CommitInfo: Sendable, Hashable {
  public var id: ObjectID
  public var tree: ObjectID
  public var parents: [ObjectID]
  public var author: Signature
  public var committer: Signature
  public var message: String
  /// The first line of the message.
  public var summary: String { fatalError("unimplemented") }
}

/// A path whose entry differs between two trees.
public struct TreeChange: Sendable, Hashable {
  public enum Status: Sendable, Hashable { case added, modified, deleted, typeChanged }
  public var path: String
  public var status: Status
  /// The entry before the change; nil when added.
  public var old: TreeEntry?
  /// The entry after the change; nil when deleted.
  public var new: TreeEntry?
}

/// What went wrong in git, naming the libgit2 function and libgit2's own message.
public enum GitError: Error, Sendable, Equatable {
  case placeholder
}

/// An open repository (working or bare). Not safe to use from two threads at once: open one per thread.
public final class Repository {
  /// Opens the repository containing `path` (searching upward), like `git -C path`.
  public static func discover(from path: String) throws(GitError) -> Repository { fatalError() }
  /// Opens exactly the repository at `path` (a working tree or a bare repository).
  public static func open(at path: String) throws(GitError) -> Repository { fatalError() }
  /// Creates a new repository; its unborn HEAD points at `initialBranch`.
  public static func create(at path: String, bare: Bool, initialBranch: String = "main") throws(GitError) -> Repository { fatalError() }

  public var isBare: Bool { fatalError() }
  /// The working directory, with a trailing slash; nil in a bare repository.
  public var workingDirectory: String? { fatalError() }
  /// The `.git` directory (or the bare repository itself), with a trailing slash.
  public var gitDirectory: String { fatalError() }

  /// Resolves any revision expression (`HEAD`, `main`, `v1`, `abc123`, `HEAD~2`) to a commit id.
  public func resolveCommit(_ revision: String) throws(GitError) -> ObjectID { fatalError() }
  /// The commit HEAD points at; nil while HEAD is unborn.
  public func headCommit() throws(GitError) -> ObjectID? { fatalError() }
  /// The full name of the branch HEAD points at (`refs/heads/main`), also when unborn; nil when detached.
  public func headBranch() throws(GitError) -> String? { fatalError() }
  public func commit(_ id: ObjectID) throws(GitError) -> CommitInfo { fatalError() }

  /// Every entry of the commit's tree, recursively, blobs, symlinks and submodule links, sorted by path.
  /// With `prefix` (a folder such as `cases`), only the entries below it.
  public func treeEntries(commit: ObjectID, under prefix: String? = nil) throws(GitError) -> [TreeEntry] { fatalError() }
  /// The content of a blob.
  public func blob(_ id: ObjectID) throws(GitError) -> [UInt8] { fatalError() }
  /// Paths that differ between two commits' trees; `base` nil means the empty tree.
  public func diff(from base: ObjectID?, to head: ObjectID) throws(GitError) -> [TreeChange] { fatalError() }
  /// The commits reachable from `head` but not from `base`, oldest first (parents before children).
  public func commits(from base: ObjectID?, to head: ObjectID) throws(GitError) -> [CommitInfo] { fatalError() }
  /// Commits reachable from `head` that changed `path`, newest first.
  public func history(of path: String, from head: ObjectID) throws(GitError) -> [CommitInfo] { fatalError() }

  /// `user.name` and `user.email` from git config (repository, global, system); nil when either is unset.
  public func configuredIdentity() throws(GitError) -> (name: String, email: String)? { fatalError() }
}
