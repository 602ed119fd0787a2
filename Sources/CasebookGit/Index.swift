internal import CGit2

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// The index (staging area) of a repository with a working tree, owning libgit2's `git_index`.
///
/// Changes are made in memory and reach `.git/index` only with `write()`, which takes git's lock file
/// `.git/index.lock` like every git command; when another process holds it, `write()` throws `locked` and
/// leaves the index file as it was. Use from one thread at a time, like its `Repository`.
public final class Index {
  private let pointer: OpaquePointer
  /// Keeps the repository (which the index refers to) alive as long as the index.
  private let repository: Repository
  /// The path of the index file (`.git/index`).
  public let path: String

  init(repository: Repository) throws(GitError) {
    guard !repository.isBare else { throw .bareRepository }
    var index: OpaquePointer?
    try check(git_repository_index(&index, repository.pointer), "git_repository_index")
    pointer = index!
    self.repository = repository
    path = String(cString: git_index_path(index!))
    // The repository keeps its index in memory: pick up changes other processes made since.
    try check(git_index_read(pointer, 0), "git_index_read")
  }

  deinit { git_index_free(pointer) }

  /// Throws `locked` when another process holds `.git/index.lock`, so that a caller can find out before it
  /// changes anything (for example before committing, when the index is to be updated afterwards).
  public func checkNotLocked() throws(GitError) {
    let lock = path + ".lock"
    if access(lock, F_OK) == 0 { throw .locked(path: lock) }
  }

  /// Stages the file at `path` (relative to the working directory) as it is on disk.
  public func add(path: String) throws(GitError) {
    try validateRepositoryPath(path)
    let code = git_index_add_bypath(pointer, path)
    if code == GIT_ENOTFOUND.rawValue { throw .pathNotFound(path) }
    try check(code, "git_index_add_bypath")
    FaultInjection.point("file staged")
  }

  /// Stages an object already in the repository at `path`: a blob with a blob mode, or with `.submodule` the
  /// commit a submodule link records. The working tree is not read.
  public func add(path: String, blob id: ObjectID, mode: FileMode) throws(GitError) {
    try validateRepositoryPath(path)
    guard mode.isBlob || mode == .submodule else { throw .unsupportedMode(path: path, mode: mode) }
    var entry = git_index_entry()
    entry.mode = mode.rawMode
    entry.id = id.oid
    let code = path.withCString { cPath in
      entry.path = cPath
      return git_index_add(pointer, &entry)
    }
    try check(code, "git_index_add")
  }

  /// Unstages `path` (it will be missing from the next commit); nothing happens when it is not staged.
  public func remove(path: String) throws(GitError) {
    try validateRepositoryPath(path)
    try check(git_index_remove_bypath(pointer, path), "git_index_remove_bypath")
  }

  /// Stages the whole working tree like `git add --all`: new and changed files (except ignored ones) are
  /// added, deleted files removed.
  public func addAll() throws(GitError) {
    try check(git_index_add_all(pointer, nil, GIT_INDEX_ADD_DEFAULT.rawValue, nil, nil), "git_index_add_all")
    try check(git_index_update_all(pointer, nil, nil, nil), "git_index_update_all")
  }

  /// The staged entry at `path`; nil when the path is not staged.
  public func entry(path: String) -> TreeEntry? {
    guard let entry = git_index_get_bypath(pointer, path, 0) else { return nil }
    return TreeEntry(path: path, id: ObjectID(entry.pointee.id), mode: FileMode(rawMode: entry.pointee.mode))
  }

  /// All staged entries (stage 0), sorted by path.
  public func entries() -> [TreeEntry] {
    let count = git_index_entrycount(pointer)
    var entries: [TreeEntry] = []
    entries.reserveCapacity(count)
    for position in 0..<count {
      guard let entry = git_index_get_byindex(pointer, position), git_index_entry_stage(entry) == 0 else {
        continue
      }
      entries.append(
        TreeEntry(
          path: String(cString: entry.pointee.path), id: ObjectID(entry.pointee.id),
          mode: FileMode(rawMode: entry.pointee.mode)))
    }
    return entries
  }

  /// All staged entries (stage 0) with the file status git recorded when it last looked at each file, and
  /// the modification time of the index file they were read from; nil when the index file changed while it
  /// was read (then nothing can be concluded from the recorded status).
  ///
  /// A file whose size, modification time, status-change time and inode still match its entry, and whose
  /// modification time is before the index file's (so the entry is not "racily clean", see `git help
  /// index-format`), has the entry's blob id — as far as `git status` trusts it, without reading the file.
  public func entriesWithStatus() throws(GitError) -> (entries: [StagedFile], indexModified: FileTime)? {
    guard let before = FileTime.modification(of: path) else { return nil }
    try check(git_index_read(pointer, 0), "git_index_read")
    let count = git_index_entrycount(pointer)
    var entries: [StagedFile] = []
    entries.reserveCapacity(count)
    for position in 0..<count {
      guard let entry = git_index_get_byindex(pointer, position), git_index_entry_stage(entry) == 0 else {
        continue
      }
      let value = entry.pointee
      entries.append(
        StagedFile(
          path: String(cString: value.path), id: ObjectID(value.id), mode: FileMode(rawMode: value.mode),
          size: value.file_size, modified: FileTime(seconds: Int64(value.mtime.seconds), nanoseconds: value.mtime.nanoseconds),
          changed: FileTime(seconds: Int64(value.ctime.seconds), nanoseconds: value.ctime.nanoseconds),
          inode: value.ino))
    }
    guard FileTime.modification(of: path) == before else { return nil }
    return (entries, before)
  }

  /// Writes the staged content as trees into the repository and returns the root tree's id (for
  /// `Repository.createCommit`). The index file itself is not written.
  public func writeTree() throws(GitError) -> ObjectID {
    var oid = git_oid()
    try check(git_index_write_tree(&oid, pointer), "git_index_write_tree")
    return ObjectID(oid)
  }

  /// Writes the index to `.git/index`, atomically through `.git/index.lock`.
  public func write() throws(GitError) {
    FaultInjection.point("index about to be written")
    let code = git_index_write(pointer)
    if code == GIT_ELOCKED.rawValue { throw .locked(path: path + ".lock") }
    try check(code, "git_index_write")
    FaultInjection.point("index written")
  }

  /// Discards unwritten changes and reads `.git/index` again.
  public func reload() throws(GitError) {
    try check(git_index_read(pointer, 1), "git_index_read")
  }
}

/// A second and nanosecond, as the index records file times.
public struct FileTime: Sendable, Hashable, Comparable {
  /// Seconds since 1970.
  public var seconds: Int64
  /// Nanoseconds within the second.
  public var nanoseconds: UInt32

  /// Makes a time.
  public init(seconds: Int64, nanoseconds: UInt32) {
    self.seconds = seconds
    self.nanoseconds = nanoseconds
  }

  public static func < (lhs: FileTime, rhs: FileTime) -> Bool {
    (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
  }

  /// The modification time of the file at `path`; nil when it cannot be read.
  static func modification(of path: String) -> FileTime? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    #if os(Linux)
      return FileTime(seconds: Int64(status.st_mtim.tv_sec), nanoseconds: UInt32(status.st_mtim.tv_nsec))
    #else
      return FileTime(seconds: Int64(status.st_mtimespec.tv_sec), nanoseconds: UInt32(status.st_mtimespec.tv_nsec))
    #endif
  }
}

/// A staged file with the status the index recorded for it.
public struct StagedFile: Sendable, Hashable {
  /// Path from the root of the working tree.
  public var path: String
  /// The staged blob.
  public var id: ObjectID
  /// The staged mode.
  public var mode: FileMode
  /// The file size when staged, truncated to 32 bits as the index stores it.
  public var size: UInt32
  /// The file's modification time when staged.
  public var modified: FileTime
  /// The file's status-change time (ctime) when staged.
  public var changed: FileTime
  /// The file's inode number, truncated to 32 bits.
  public var inode: UInt32

  /// Makes a staged file.
  public init(
    path: String, id: ObjectID, mode: FileMode, size: UInt32, modified: FileTime, changed: FileTime, inode: UInt32
  ) {
    self.path = path; self.id = id; self.mode = mode; self.size = size
    self.modified = modified; self.changed = changed; self.inode = inode
  }
}

@available(*, unavailable, message: "use an Index from one thread at a time, like its Repository")
extension Index: Sendable {}

extension Repository {
  /// The path of the index file libgit2 reads for this repository (`.git/index`, or a linked worktree's
  /// own); nil in a bare repository.
  public func indexPath() throws(GitError) -> String? {
    guard !isBare else { return nil }
    var buffer = git_buf()
    defer { git_buf_dispose(&buffer) }
    try check(git_repository_item_path(&buffer, pointer, GIT_REPOSITORY_ITEM_INDEX), "git_repository_item_path")
    return buffer.ptr.map { String(cString: $0) }
  }

  /// The index of this repository's working tree; throws `bareRepository` in a bare repository.
  public func index() throws(GitError) -> Index {
    try Index(repository: self)
  }
}
