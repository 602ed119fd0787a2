import CasebookGit
import CasebookText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small POSIX file operations: reading with a size limit and listing folders without following links.
enum FileSystem {
  /// A folder entry's type, read with `lstat` so symbolic links are reported, not followed.
  enum EntryType {
    case regular(executable: Bool)
    case symlink
    case directory
    case other
  }

  /// Reads a whole regular file, refusing one larger than `limit` bytes before reading it.
  ///
  /// A symbolic link is not followed and anything but a regular file is refused: the catalogue reports links
  /// as entries of their own, and a named pipe or device in a hostile working tree would otherwise block the
  /// read forever or never end.
  static func read(_ path: String, limit: Int) throws(ReadFailure) -> [UInt8] {
    try read(path, limit: limit, header: 0).body
  }

  /// Like ``read(_:limit:)``, with the first `header` bytes apart from the rest: neither is copied again to
  /// split them (for cache files, whose payload follows a header).
  static func read(_ path: String, limit: Int, header: Int) throws(ReadFailure) -> (header: [UInt8], body: [UInt8]) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else {
      throw .unreadable(errno == ELOOP ? Message(ReadText.symbolicLink) : errorText())
    }
    defer { close(descriptor) }
    return try read(descriptor: descriptor, limit: limit, header: header)
  }

  /// Like ``read(_:limit:header:)`` from an open file (left open), from its start.
  static func read(descriptor: Int32, limit: Int, header: Int) throws(ReadFailure) -> (header: [UInt8], body: [UInt8]) {
    guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw .unreadable(errorText()) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .unreadable(errorText()) }
    guard status.st_mode & S_IFMT == S_IFREG else { throw .unreadable(Message(ReadText.notRegular)) }
    let size = Int(status.st_size)
    if size > limit { throw .tooLarge(size: size, limit: limit) }
    let head = try readUp(to: min(header, size), from: descriptor)
    return (head, head.count < header ? [] : try readUp(to: size - header, from: descriptor))
  }

  /// Reads up to `count` bytes (fewer at the end of the file) into uninitialised storage: zeroing a large
  /// file's buffer first would touch every page twice.
  private static func readUp(to count: Int, from descriptor: Int32) throws(ReadFailure) -> [UInt8] {
    // Nothing to read: the shared empty array, without the initialiser writing its count from many threads.
    guard count > 0 else { return [] }
    var failure: ReadFailure?
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      var filled = 0
      while filled < count {
        let got = Glibc.read(descriptor, buffer.baseAddress! + filled, count - filled)
        if got < 0 {
          if errno == EINTR { continue }
          failure = .unreadable(errorText())
          break
        }
        if got == 0 { break }
        filled += got
      }
      initialized = filled
    }
    if let failure { throw failure }
    return bytes
  }

  /// What `lstat` says about a regular file, in the terms the git index records.
  struct FileStatus {
    var size: Int
    var modified: FileTime
    var changed: FileTime
    var inode: UInt64
  }

  /// The modification and status-change times in `status`.
  static func times(_ status: stat) -> (modified: timespec, changed: timespec) {
    #if os(Linux)
      (status.st_mtim, status.st_ctim)
    #else
      (status.st_mtimespec, status.st_ctimespec)
    #endif
  }

  /// The type of the entry at `path` and, for a regular file, its status; nil when it does not exist.
  static func entryStatus(_ path: String) -> (type: EntryType, status: FileStatus?)? {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    return entryStatus(status)
  }

  static func entryStatus(_ status: stat) -> (type: EntryType, status: FileStatus?) {
    switch status.st_mode & S_IFMT {
    case S_IFREG:
      let (modified, changed) = times(status)
      return (
        .regular(executable: status.st_mode & S_IXUSR != 0),
        FileStatus(
          size: Int(status.st_size),
          modified: FileTime(seconds: Int64(modified.tv_sec), nanoseconds: UInt32(modified.tv_nsec)),
          changed: FileTime(seconds: Int64(changed.tv_sec), nanoseconds: UInt32(changed.tv_nsec)),
          inode: UInt64(status.st_ino))
      )
    case S_IFLNK: return (.symlink, nil)
    case S_IFDIR: return (.directory, nil)
    default: return (.other, nil)
    }
  }

  /// The type of the entry at `path`, without following a symbolic link; nil when it does not exist.
  static func entryType(_ path: String) -> EntryType? {
    entryStatus(path)?.type
  }

  /// The names in a folder, without `.` and `..`, sorted.
  static func list(_ path: String) throws(ReadFailure) -> [String] {
    guard let directory = opendir(path) else { throw .unreadable(errorText()) }
    defer { closedir(directory) }
    return FolderListing.names(in: directory)
  }

  /// The target text of a symbolic link.
  static func linkTarget(_ path: String) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { readlink(path, $0.baseAddress!.assumingMemoryBound(to: CChar.self), 4096) }
    return count > 0 ? Array(buffer[..<count]) : []
  }

  /// The current directory.
  static func currentDirectory() -> String {
    guard let pointer = getcwd(nil, 0) else { return "." }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// The absolute, symlink-free form of an existing path; nil when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// The operating system's message for `errno`, in its own words.
  static func errorText() -> Message {
    Message(ReadText.system, .text(String(cString: strerror(errno))))
  }
}

/// An open folder: its entries are listed and examined relative to it, so the kernel does not resolve the
/// folder's whole path again for every file in it (most of the cost of scanning a large working tree).
final class OpenFolder {
  private let descriptor: Int32

  /// Opens the folder at `path` without following a symbolic link; nil when that fails (with `errno` set).
  init?(path: String) {
    descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    if descriptor < 0 { return nil }
  }

  // A failed initialiser runs deinit too: closing -1 would overwrite the errno the caller reports.
  deinit { if descriptor >= 0 { close(descriptor) } }

  /// The names in the folder, without `.` and `..`, sorted.
  func names() throws(ReadFailure) -> [String] {
    let copy = dup(descriptor)
    guard copy >= 0, let directory = fdopendir(copy) else {
      let reason = FileSystem.errorText()
      if copy >= 0 { close(copy) }
      throw .unreadable(reason)
    }
    defer { closedir(directory) }
    return FolderListing.names(in: directory)
  }

  /// The folder's stamp; nil when its status cannot be taken (with `errno` set).
  func stamp() -> FolderStamp? {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return nil }
    return FolderStamp(status)
  }

  /// The folder's entries with their types, read from it; nil when that fails.
  func contents() -> FolderContents? {
    FingerprintWalk.list(descriptor)
  }

  /// The type of the entry `name` and, for a regular file, its status, without following a link; nil when it
  /// does not exist.
  func entryStatus(_ name: String) -> (type: FileSystem.EntryType, status: FileSystem.FileStatus?)? {
    var status = stat()
    guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
    return FileSystem.entryStatus(status)
  }
}
