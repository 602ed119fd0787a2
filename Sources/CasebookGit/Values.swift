internal import CGit2

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// File modes as git stores them in trees.
public enum FileMode: Sendable, Hashable {
  /// A file (`100644`).
  case regular
  /// An executable file (`100755`).
  case executable
  /// A symbolic link, whose blob holds the link target (`120000`).
  case symlink
  /// A submodule link ("gitlink"), whose id is a commit of another repository (`160000`).
  case submodule
  /// A folder (`040000`).
  case tree
  /// Any other mode number, as found in the tree.
  case other(UInt32)

  /// The mode for git's octal mode number (`0o100644` is `.regular`).
  public init(rawMode: UInt32) {
    switch rawMode {
    case 0o100644: self = .regular
    case 0o100755: self = .executable
    case 0o120000: self = .symlink
    case 0o160000: self = .submodule
    case 0o040000: self = .tree
    default: self = .other(rawMode)
    }
  }

  /// The mode of a tree entry as the tree records it. libgit2 reads every unknown mode as a regular file,
  /// where git reads it as a submodule link (and sends no object for it): a pushed tree could show casebook a
  /// file that git never checks out. Only git's own modes are taken as such (`100664`, from old versions of
  /// git, as a regular file); anything else is `.other`.
  init(treeMode raw: UInt32) {
    self.init(rawMode: raw == 0o100664 ? 0o100644 : raw)
  }

  /// git's octal mode number (`0o100644` for `.regular`).
  public var rawMode: UInt32 {
    switch self {
    case .regular: 0o100644
    case .executable: 0o100755
    case .symlink: 0o120000
    case .submodule: 0o160000
    case .tree: 0o040000
    case .other(let raw): raw
    }
  }

  /// True for the modes whose entries point at a blob: regular files, executables and symlinks.
  public var isBlob: Bool {
    switch self {
    case .regular, .executable, .symlink: true
    case .submodule, .tree, .other: false
    }
  }
}

/// One entry of a tree, with its path from the root of the repository (folders joined with `/`).
public struct TreeEntry: Sendable, Hashable {
  /// The path from the root, folders joined with `/`. Bytes that are not UTF-8 (rare in git) show as U+FFFD.
  public var path: String
  /// The blob (or, for `.submodule`, commit; for `.tree`, tree) the entry points at.
  public var id: ObjectID
  /// The entry's mode.
  public var mode: FileMode
  /// Makes an entry.
  public init(path: String, id: ObjectID, mode: FileMode) {
    self.path = path; self.id = id; self.mode = mode
  }
}

/// A person and a moment, as recorded in a commit.
public struct Signature: Sendable, Hashable {
  /// The person's name.
  public var name: String
  /// The person's email address.
  public var email: String
  /// Seconds since 1970.
  public var time: Int64
  /// Offset from UTC in minutes.
  public var offsetMinutes: Int
  /// Makes a signature.
  public init(name: String, email: String, time: Int64, offsetMinutes: Int = 0) {
    self.name = name; self.email = email; self.time = time; self.offsetMinutes = offsetMinutes
  }

  /// A signature for this person at the current time in the local time zone. Throws when git would not
  /// accept the name or email (for example when they contain `<`, `>` or a line break).
  public static func now(name: String, email: String) throws(GitError) -> Signature {
    try SignatureHandle(now: name, email: email).value
  }
}

/// A commit's metadata.
public struct CommitInfo: Sendable, Hashable {
  /// The commit's id.
  public var id: ObjectID
  /// The commit's root tree.
  public var tree: ObjectID
  /// The parent commits, first parent first; empty for a root commit.
  public var parents: [ObjectID]
  /// Who wrote the change, and when.
  public var author: Signature
  /// Who made the commit, and when.
  public var committer: Signature
  /// The full message without leading blank lines, usually ending with a line break; decoded as UTF-8.
  public var message: String

  /// Makes commit metadata.
  public init(
    id: ObjectID, tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature,
    message: String
  ) {
    self.id = id; self.tree = tree; self.parents = parents
    self.author = author; self.committer = committer; self.message = message
  }

  /// The first line of the message, without leading blank lines and trailing white space.
  public var summary: String { firstLine(of: message) }
}

/// The first line of a commit message, without leading blank lines and trailing white space.
func firstLine(of message: String) -> String {
  let text = message.drop { $0.isNewline }
  var line = text.prefix { !$0.isNewline }
  while line.last?.isWhitespace == true { line.removeLast() }
  return String(line)
}

/// A path whose entry differs between two trees.
public struct TreeChange: Sendable, Hashable {
  /// How the path changed. A change between file kinds (regular or executable file, symlink, submodule
  /// link) is `typeChanged`; a change between regular and executable file is `modified`.
  public enum Status: Sendable, Hashable {
    /// The path is new.
    case added
    /// The path's content or executable bit changed.
    case modified
    /// The path is gone.
    case deleted
    /// The path changed between file, symlink and submodule link.
    case typeChanged
  }
  /// The path that changed.
  public var path: String
  /// How it changed.
  public var status: Status
  /// The entry before the change; nil when added.
  public var old: TreeEntry?
  /// The entry after the change; nil when deleted.
  public var new: TreeEntry?

  /// Makes a change record.
  public init(path: String, status: Status, old: TreeEntry?, new: TreeEntry?) {
    self.path = path; self.status = status; self.old = old; self.new = new
  }
}

/// A change to one path, for `Repository.commitChanges`.
public enum FileChange: Sendable, Hashable {
  /// Stores these bytes at the path as a blob with this mode (`.regular`, `.executable` or `.symlink`, whose
  /// bytes are the link target).
  case write([UInt8], FileMode)
  /// Points the path at an object already in the repository: a blob (for a blob mode) or, with
  /// `.submodule`, the commit a submodule link records.
  case entry(ObjectID, FileMode)
  /// Removes the path (a file, or a folder with everything below it); nothing happens when it does not
  /// exist. Emptied folders disappear.
  case delete
}

/// What a reference must point at for an update to go ahead (compare-and-swap).
public enum ExpectedTip: Sendable, Hashable {
  /// No expectation from the caller. `commitChanges` reads the tip when it starts and still refuses to
  /// move the branch if it changes while the commit is built; `updateReference` overwrites unconditionally.
  case any
  /// The reference must not exist (an unborn branch, or one to be created).
  case absent
  /// The reference must point at exactly this commit.
  case commit(ObjectID)
}

extension String {
  /// True when the UTF-8 bytes of this string sort before those of `other`: git's order of paths, compared
  /// in place (the generic comparison of UTF-8 views is several times slower on long sorted lists).
  public func precedesByBytes(_ other: String) -> Bool {
    var left = self
    var right = other
    return left.withUTF8 { left in
      right.withUTF8 { right in
        let common = min(left.count, right.count)
        let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
        return order < 0 || (order == 0 && left.count < right.count)
      }
    }
  }
}
