import CasebookText

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

  /// Writes `bytes` to `relative` below the folder `root`, creating missing folders, never through a
  /// symbolic link (see ``ConfinedFolder``).
  static func writeFile(
    root: String, _ relative: String, _ bytes: [UInt8], executable: Bool = false, existing: ExistingFile
  ) throws(CatalogueError) {
    let folderPath = relative.lastIndex(of: "/").map { String(relative[..<$0]) } ?? ""
    let name = relative.lastIndex(of: "/").map { String(relative[relative.index(after: $0)...]) } ?? relative
    guard let folder = try ConfinedFolder.root(root).folder(folderPath, create: true) else {
      throw .unwritable(path: folderPath, reason: Message(SubmissionText.folderNotMade))
    }
    try folder.writeFile(name, bytes, executable: executable, existing: existing)
  }

  /// True when `path` does not exist, or is a folder with nothing in it but perhaps a `.git` folder (a fresh
  /// clone of an empty repository).
  static func isEmptyOrMissing(_ path: String) -> Bool {
    guard let type = entryType(path) else { return true }
    guard case .directory = type, let names = try? list(path) else { return false }
    return names.allSatisfy { $0 == ".git" }
  }

  /// The text of the current `errno`.
  static func lastErrorText() -> Message {
    Message(ReadText.system, .text(String(cString: strerror(errno))))
  }
}
