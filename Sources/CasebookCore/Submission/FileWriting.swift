#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing the files `init` and `new` create.
extension FileSystem {
  /// How a file is written when one exists at the path already.
  enum ExistingFile {
    /// Refuse (`fileExists`), checked atomically by the create call itself.
    case refuse
    /// Replace it: the new content is written beside it and renamed over it.
    case replace
  }

  /// Writes `bytes` to `path`, creating missing parent folders.
  static func writeFile(
    _ path: String, _ bytes: [UInt8], executable: Bool = false, existing: ExistingFile
  ) throws(CatalogueError) {
    if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
      let folder = String(path[..<slash])
      guard makeFolders(folder) else { throw .unwritable(path: folder, reason: lastErrorText()) }
    }
    let mode: mode_t = executable ? 0o755 : 0o644
    switch existing {
    case .refuse:
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
      guard descriptor >= 0 else {
        if errno == EEXIST { throw .fileExists(path: path) }
        throw .unwritable(path: path, reason: lastErrorText())
      }
      try writeAndClose(descriptor, bytes, path: path)
    case .replace:
      let temporary = "\(path).casebook-\(getpid()).tmp"
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
      guard descriptor >= 0 else { throw .unwritable(path: path, reason: lastErrorText()) }
      try writeAndClose(descriptor, bytes, path: temporary)
      guard rename(temporary, path) == 0 else {
        let reason = lastErrorText()
        unlink(temporary)
        throw .unwritable(path: path, reason: reason)
      }
    }
  }

  /// Writes every byte and closes the descriptor; removes the file when writing fails.
  private static func writeAndClose(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(CatalogueError) {
    guard writeAll(descriptor, bytes[...]) else {
      let reason = lastErrorText()
      close(descriptor)
      unlink(path)
      throw .unwritable(path: path, reason: reason)
    }
    guard close(descriptor) == 0 else { throw .unwritable(path: path, reason: lastErrorText()) }
  }

  /// True when `path` does not exist, or is a folder with nothing in it but perhaps a `.git` folder (a fresh
  /// clone of an empty repository).
  static func isEmptyOrMissing(_ path: String) -> Bool {
    guard let type = entryType(path) else { return true }
    guard case .directory = type, let names = try? list(path) else { return false }
    return names.allSatisfy { $0 == ".git" }
  }

  /// The text of the current `errno`.
  static func lastErrorText() -> String {
    String(cString: strerror(errno))
  }
}
