import CasebookGit
import CasebookText

extension HistoryGuard {
  /// Repository hygiene of one entry a commit adds or changes: only plain files, with safe names, within the
  /// layout and the size limit, and text under `cases/` and `schema/`.
  func hygiene(_ entry: TreeEntry, change: TreeChange, commit: CommitInfo) throws(GitError) -> [Diagnostic] {
    func problem(_ rule: String, _ message: Message) -> [Diagnostic] {
      let text = Message(RepositoryCheckText.problem, .message(Self.action(change, commit)), .message(message))
      return [Diagnostic(file: entry.path, rule: rule, message: text)]
    }
    if let part = UnsafePathName.firstUnsafePart(of: entry.path) {
      return problem("git.unsafe-path", Message(GuardText.unsafePath, .code(part)))
    }
    switch entry.mode {
    case .regular, .executable: break
    case .symlink:
      return problem("git.symlink", Message(RepositoryCheckText.symlink))
    case .submodule:
      return problem("git.submodule", Message(RepositoryCheckText.submodule))
    case .tree, .other:
      return problem("git.not-a-file", Message(RepositoryCheckText.notAFile))
    }
    if entry.path.hasPrefix(CatalogueLayout.casesFolder + "/"),
      case .misplaced(let diagnostic) = CatalogueLayout.classify(entry.path)
    {
      return problem("git.layout", Message(RepositoryCheckText.layout, .message(diagnostic.message)))
    }
    let size = try repository.blobSize(entry.id)
    if size > rules.limits.maxBytes {
      return problem(
        "git.too-large", Message(RepositoryCheckText.tooLarge, .text(String(size)), .text(String(rules.limits.maxBytes))))
    }
    guard SubmittedFiles.isSnapshotPath(entry.path) else { return [] }
    let text = try repository.withBlob(entry.id) { bytes -> Message? in
      if bytes.contains(0) { return Message(RepositoryCheckText.nulBytes) }
      if String(validating: bytes, as: UTF8.self) == nil { return Message(RepositoryCheckText.notUTF8) }
      return nil
    }
    return text.map { problem("git.binary", $0) } ?? []
  }
}

/// Path parts that git or a file system on some platform treats as something else than a plain name.
enum UnsafePathName {
  /// The first part of `path` that is empty, `.` or `..`, has a backslash, a control character or bytes
  /// that are not UTF-8 (read as U+FFFD), or is read as `.git` by git on some file system: any case, with
  /// trailing dots or spaces (Windows), the short name `git~1` (NTFS), or with characters macOS ignores (HFS+).
  /// The part comes back with control characters written out, so that a message can show it.
  static func firstUnsafePart(of path: String) -> String? {
    for part in path.split(separator: "/", omittingEmptySubsequences: false) {
      let control = part.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
      if part.isEmpty || part == "." || part == ".." || part.contains("\\") || part.contains("\u{FFFD}") || control
        || readsAsDotGit(part)
      {
        return part.unicodeScalars.map { scalar in
          scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }.joined()
      }
    }
    return nil
  }

  private static func readsAsDotGit(_ part: Substring) -> Bool {
    var name = String(part.unicodeScalars.filter { !hfsIgnorable.contains($0.value) })
    while let last = name.last, last == "." || last == " " { name.removeLast() }
    let lower = name.lowercased()
    return lower == ".git" || lower == "git~1"
  }

  /// Code points HFS+ leaves out when it compares names (git's `is_hfs_dotgit` list).
  private static let hfsIgnorable: Set<UInt32> = [
    0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x206A, 0x206B, 0x206C, 0x206D,
    0x206E, 0x206F, 0xFEFF,
  ]
}
