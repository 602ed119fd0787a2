import CasebookGit
import CasebookText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A folder below which casebook writes without ever following a symbolic link: every part of a path is
/// opened relative to the folder before it with `O_NOFOLLOW`, files are created with `O_EXCL | O_NOFOLLOW`
/// and renamed into place relative to their folder. A link anywhere below the root — a linked `cases/`,
/// country or municipality folder, `schema/`, or `.git/casebook` — is refused with a clear error instead of
/// being followed, so nothing casebook writes lands outside the repository, even if a link appears between
/// a check and the write. The root itself is the folder the user chose and may be reached through links.
///
/// Immutable once made, so one folder may be used from several threads (the site's writers share them).
final class ConfinedFolder: @unchecked Sendable {
  /// The open folder.
  private let descriptor: Int32
  /// The folder's path from the root, for messages (empty for the root).
  let relativePath: String
  /// The root's path, for messages.
  private let rootPath: String

  private init(descriptor: Int32, relativePath: String, rootPath: String) {
    self.descriptor = descriptor
    self.relativePath = relativePath
    self.rootPath = rootPath
  }

  deinit { close(descriptor) }

  /// Opens the folder at `path` (links in `path` itself are followed: it is the user's choice, unless
  /// `followingLink` is false, as for the site's output folder).
  static func root(_ path: String, followingLink: Bool = true) throws(CatalogueError) -> ConfinedFolder {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (followingLink ? 0 : O_NOFOLLOW))
    guard descriptor >= 0 else { throw .unwritable(path: path, reason: FileSystem.lastErrorText()) }
    return ConfinedFolder(descriptor: descriptor, relativePath: "", rootPath: path)
  }

  /// Why casebook does not write at `path`: a link or something that is not a folder.
  static func refusal(_ path: String, isLink: Bool) -> CatalogueError {
    .unwritable(
      path: path,
      reason: Message(isLink ? ReadText.linkedFolder : ReadText.notAFolder))
  }

  /// The folder `relative` (parts separated by `/`) below this one. Missing folders are created when
  /// `create` is true; otherwise a missing part gives nil. A part that is a symbolic link, or not a folder,
  /// throws before anything is created.
  func folder(_ relative: String, create: Bool) throws(CatalogueError) -> ConfinedFolder? {
    var current = ConfinedFolder(descriptor: dup(descriptor), relativePath: relativePath, rootPath: rootPath)
    guard current.descriptor >= 0 else { throw .unwritable(path: rootPath, reason: FileSystem.lastErrorText()) }
    for part in relative.split(separator: "/") where part != "." {
      guard part != ".." else { throw .unwritable(path: relative, reason: Message(ReadText.leadsOut)) }
      let name = String(part)
      let path = current.relativePath.isEmpty ? name : current.relativePath + "/" + name
      var next = openat(current.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      if next < 0 && errno == ENOENT {
        guard create else { return nil }
        guard mkdirat(current.descriptor, name, 0o755) == 0 || errno == EEXIST else {
          throw .unwritable(path: path, reason: FileSystem.lastErrorText())
        }
        next = openat(current.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      }
      guard next >= 0 else {
        if errno == ELOOP || errno == ENOTDIR { throw Self.refusal(path, isLink: current.isLink(name)) }
        throw .unwritable(path: path, reason: FileSystem.lastErrorText())
      }
      current = ConfinedFolder(descriptor: next, relativePath: path, rootPath: rootPath)
    }
    return current
  }

  /// True when `name` in this folder is a symbolic link.
  private func isLink(_ name: String) -> Bool {
    var status = stat()
    return fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 && status.st_mode & S_IFMT == S_IFLNK
  }

  private func path(of name: String) -> String { relativePath.isEmpty ? name : relativePath + "/" + name }

  /// Creates the file `name` with `bytes`: with `.refuse` only when nothing is there (`fileExists`
  /// otherwise), with `.replace` by writing a new file beside it and renaming it over whatever is there (a
  /// link at the name is replaced, never followed).
  func writeFile(
    _ name: String, _ bytes: [UInt8], executable: Bool, existing: FileSystem.ExistingFile
  ) throws(CatalogueError) {
    let mode: mode_t = executable ? 0o755 : 0o644
    switch existing {
    case .refuse:
      let file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
      guard file >= 0 else {
        if errno == EEXIST { throw .fileExists(path: path(of: name)) }
        throw .unwritable(path: path(of: name), reason: FileSystem.lastErrorText())
      }
      try writeAndClose(file, bytes, name: name)
    case .replace:
      let temporary = ".\(name).casebook-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
      let file = openat(descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
      guard file >= 0 else { throw .unwritable(path: path(of: name), reason: FileSystem.lastErrorText()) }
      try writeAndClose(file, bytes, name: temporary)
      guard renameat(descriptor, temporary, descriptor, name) == 0 else {
        let reason = FileSystem.lastErrorText()
        unlinkat(descriptor, temporary, 0)
        throw .unwritable(path: path(of: name), reason: reason)
      }
    }
  }

  /// Writes every byte and closes the file; removes it when writing fails.
  private func writeAndClose(_ file: Int32, _ bytes: [UInt8], name: String) throws(CatalogueError) {
    guard FileSystem.writeAll(file, bytes[...]) else {
      let reason = FileSystem.lastErrorText()
      close(file)
      unlinkat(descriptor, name, 0)
      throw .unwritable(path: path(of: name), reason: reason)
    }
    guard close(file) == 0 else { throw .unwritable(path: path(of: name), reason: FileSystem.lastErrorText()) }
  }

  /// Opens a new file `name` for reading and writing (it must not exist); -1 on failure.
  func createNew(_ name: String) -> Int32 {
    openat(descriptor, name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
  }

  /// Opens the regular file `name` for reading without following a link; -1 on failure.
  func openForReading(_ name: String) -> Int32 {
    openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
  }

  /// A new descriptor of this folder itself (for a lock on the folder); -1 on failure.
  func openItself() -> Int32 {
    openat(descriptor, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
  }

  /// Renames `from` to `to` within this folder; false on failure.
  func rename(_ from: String, to: String) -> Bool { renameat(descriptor, from, descriptor, to) == 0 }

  /// Removes the file `name` (a link is removed, not followed).
  func remove(_ name: String) { unlinkat(descriptor, name, 0) }

  /// Sets the modification time of `name` to now, without following a link.
  func touch(_ name: String) { _ = utimensat(descriptor, name, nil, AT_SYMLINK_NOFOLLOW) }

  /// The status of `name` without following a link.
  func status(_ name: String) -> stat? {
    var status = stat()
    return fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 ? status : nil
  }

  /// The names in this folder, without `.` and `..`, sorted.
  func names() -> [String] {
    let copy = dup(descriptor)
    guard copy >= 0, let directory = fdopendir(copy) else {
      if copy >= 0 { close(copy) }
      return []
    }
    defer { closedir(directory) }
    return FolderListing.names(in: directory)
  }

  /// Throws unless every folder on the way to `relative` below `root` that exists is a real folder (not a
  /// link): the check `init` and `new` make for all their files before writing any, so that a refusal
  /// leaves nothing half-written.
  static func checkWritable(root: String, folder relative: String) throws(CatalogueError) {
    guard FileSystem.entryType(root) != nil else { return }
    _ = try Self.root(root).folder(relative, create: false)
  }
}
