import CasebookText

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

/// A file being written: first to a new temporary file beside its destination, then renamed over it in one
/// step, so that readers see the old file or the new one and never a half-written one. A file that is
/// neither committed nor discarded is removed when the value goes away.
final class PendingFile {
  /// Where the file will be.
  let destination: String
  /// The temporary file being written, in the destination's folder.
  let temporaryPath: String
  private var finished = false

  /// Checks `destination` and creates the empty temporary file beside it. An existing destination is replaced
  /// only when it is a regular file that `isOurs` recognises, or when `force` is given; a symbolic link is never
  /// followed (with `force`, the link itself is replaced).
  init(
    destination: String, force: Bool, formatName: Message, isOurs: (String) -> Bool
  ) throws(ExportFileError) {
    self.destination = destination
    var status = stat()
    if lstat(destination, &status) == 0 {
      switch status.st_mode & S_IFMT {
      case S_IFLNK:
        if !force { throw .symbolicLink(path: destination) }
      case S_IFREG:
        if !force && !isOurs(destination) { throw .notAnExport(path: destination, format: formatName) }
      default:
        throw .notAFile(path: destination)
      }
    } else if errno != ENOENT {
      throw .unwritable(path: destination, reason: Self.lastError())
    }
    let slash = destination.lastIndex(of: "/")
    let folder = slash.map { $0 == destination.startIndex ? "/" : String(destination[..<$0]) } ?? "."
    let name = slash.map { String(destination[destination.index(after: $0)...]) } ?? destination
    guard !name.isEmpty else { throw .notAFile(path: destination) }
    var folderStatus = stat()
    guard stat(folder, &folderStatus) == 0, folderStatus.st_mode & S_IFMT == S_IFDIR else {
      throw .folderMissing(path: folder)
    }
    let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    temporaryPath = "\(folder)/.\(name).casebook-\(getpid())-\(suffix).tmp"
    let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .unwritable(path: destination, reason: Self.lastError()) }
    close(descriptor)
  }

  deinit {
    if !finished { unlink(temporaryPath) }
  }

  /// Writes `bytes` to the temporary file and flushes them to disk.
  func write(_ bytes: [UInt8]) throws(ExportFileError) {
    let descriptor = open(temporaryPath, O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { throw .unwritable(path: destination, reason: Self.lastError()) }
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { throw .unwritable(path: destination, reason: Self.lastError()) }
      offset += written
    }
    guard fsync(descriptor) == 0 else { throw .unwritable(path: destination, reason: Self.lastError()) }
  }

  /// Flushes the temporary file, written by someone else (such as SQLite without syncing), to disk.
  func sync() throws(ExportFileError) {
    let descriptor = open(temporaryPath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { throw .unwritable(path: destination, reason: Self.lastError()) }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw .unwritable(path: destination, reason: Self.lastError()) }
  }

  /// Renames the temporary file over the destination.
  func commit() throws(ExportFileError) {
    guard rename(temporaryPath, destination) == 0 else {
      throw .unwritable(path: destination, reason: Self.lastError())
    }
    finished = true
  }

  /// The first `count` bytes of the regular file at `path` (fewer when it is shorter), read without following
  /// a symbolic link; nil when it cannot be read.
  static func prefix(of path: String, count: Int) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let got = bytes.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress! + filled, count - filled) }
      if got < 0 && errno == EINTR { continue }
      guard got > 0 else { break }
      filled += got
    }
    return Array(bytes.prefix(filled))
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}
