import CasebookGit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Workspace {
  /// A snapshot of the files on disk under `cases/` and `schema/`.
  ///
  /// Blob ids come from the index where git itself would trust it (like `git status`): a regular file whose
  /// size, modification and status-change times and inode match its staged entry, and whose entry is not
  /// racily clean, has the staged id without being read. Every other file is read and hashed. The index is
  /// not used at all when content filters may apply (`core.autocrlf`, attributes files), since the staged id
  /// is then not the hash of the bytes on disk.
  public func workingTreeSnapshot() throws(CatalogueError) -> Snapshot {
    guard let root = repository.workingDirectory else { throw .noWorkingTree }
    var scan = WorkingTreeScan(
      root: root, staged: StagedIDs(repository: repository, root: root), maxFiles: maxFiles)
    for folder in [CatalogueLayout.casesFolder, CatalogueLayout.schemaFolder] {
      try scan.scan(relative: folder)
    }
    return Snapshot(
      origin: .workingTree, entries: scan.entries, gitDirectory: repository.gitDirectory, workingDirectory: root,
      reusedStagedIDs: scan.reused)
  }
}

/// The index's blob ids by path, with what is needed to tell when one may be trusted.
struct StagedIDs {
  /// Sorted by the bytes of the path, as git sorts its index: found by binary search. A dictionary of a
  /// hundred thousand paths would cost more than twice the memory.
  private let files: [StagedFile]
  private let indexModified: FileTime

  /// Reads the index; nil in a bare repository, without an index, or when filters may change content.
  init?(repository: Repository, root: String) {
    guard !repository.isBare, !Self.filtersMayApply(repository, root: root),
      let index = try? repository.index(), var read = try? index.entriesWithStatus()
    else { return nil }
    if !read.entries.indices.dropFirst().allSatisfy({ Self.precedes(read.entries[$0 - 1].path, read.entries[$0].path) }) {
      read.entries.sort { Self.precedes($0.path, $1.path) }
    }
    files = read.entries
    indexModified = read.indexModified
  }

  private static func precedes(_ left: String, _ right: String) -> Bool {
    compare(left, right) < 0
  }

  /// Byte-wise order of two paths, as git orders its index.
  private static func compare(_ left: String, _ right: String) -> Int32 {
    var left = left
    var right = right
    return left.withUTF8 { l in
      right.withUTF8 { r in
        let common = min(l.count, r.count)
        let order = common == 0 ? 0 : memcmp(l.baseAddress!, r.baseAddress!, common)
        return order != 0 ? order : Int32(l.count) - Int32(r.count)
      }
    }
  }

  private func staged(at path: String) -> StagedFile? {
    var low = 0
    var high = files.count
    while low < high {
      let middle = (low + high) / 2
      if Self.compare(files[middle].path, path) < 0 { low = middle + 1 } else { high = middle }
    }
    return low < files.count && Self.compare(files[low].path, path) == 0 ? files[low] : nil
  }

  /// The staged id of the file at `path` when its status on disk says it is unchanged since it was staged.
  func id(for path: String, status: FileSystem.FileStatus, executable: Bool) -> ObjectID? {
    guard let staged = staged(at: path),
      staged.mode == (executable ? .executable : .regular),
      staged.size == UInt32(truncatingIfNeeded: status.size),
      staged.modified == status.modified,
      staged.changed == status.changed,
      staged.inode == UInt32(truncatingIfNeeded: status.inode),
      // Racily clean: changed in the same clock tick the index was written, so equal times prove nothing.
      staged.modified < indexModified
    else { return nil }
    return staged.id
  }

  /// True when git may convert content between the index and the disk (line endings, attributes), so that a
  /// staged id may not be the hash of the file's bytes.
  private static func filtersMayApply(_ repository: Repository, root: String) -> Bool {
    if let value = try? repository.configValue("core.autocrlf"), ["true", "input"].contains(value.lowercased()) {
      return true
    }
    if (try? repository.configValue("core.attributesfile")) ?? nil != nil { return true }
    var attributeFiles = [root + ".gitattributes", repository.gitDirectory + "info/attributes"]
    if let home = getenv("HOME").map({ String(cString: $0) }) { attributeFiles.append(home + "/.config/git/attributes") }
    if let config = getenv("XDG_CONFIG_HOME").map({ String(cString: $0) }) { attributeFiles.append(config + "/git/attributes") }
    return attributeFiles.contains { FileSystem.entryType($0) != nil }
  }
}

/// Walks `cases/` and `schema/` on disk, without following links.
struct WorkingTreeScan {
  let root: String
  var staged: StagedIDs?
  /// The most entries the scan may list; more throws ``CatalogueError/tooManyFiles(limit:)``.
  let maxFiles: Int
  var entries: [SnapshotEntry] = []
  /// Files whose id came from the index.
  var reused = 0

  init(root: String, staged: StagedIDs?, maxFiles: Int) {
    self.root = root
    self.staged = staged
    self.maxFiles = maxFiles
  }

  mutating func scan(relative: String) throws(CatalogueError) {
    guard case .directory = FileSystem.entryType(root + relative) else { return }
    try scan(relative: relative, names: try list(relative))
  }

  private func list(_ relative: String) throws(CatalogueError) -> [String] {
    do { return try FileSystem.list(root + relative) } catch { throw .unreadable(path: relative, reason: "\(error)") }
  }

  /// Scans a folder whose names were listed already (so a subfolder is listed once, not also probed for `.git`).
  private mutating func scan(relative: String, names: [String]) throws(CatalogueError) {
    // An attributes file below may filter what follows: stop trusting the index from here on.
    if names.contains(".gitattributes") { staged = nil }
    for name in names where name != ".git" {
      guard entries.count < maxFiles else { throw .tooManyFiles(limit: maxFiles) }
      let path = relative + "/" + name
      switch FileSystem.entryStatus(root + path) {
      case (.regular(let executable), let status)?:
        let mode: FileMode = executable ? .executable : .regular
        if let status, let id = staged?.id(for: path, status: status, executable: executable) {
          reused += 1
          entries.append(SnapshotEntry(path: path, blobID: id, mode: mode))
          continue
        }
        entries.append(SnapshotEntry(path: path, blobID: try Self.blobID(ofFileAt: root + path, relative: path), mode: mode))
      case (.symlink, _)?:
        entries.append(
          SnapshotEntry(path: path, blobID: .blob(hashing: FileSystem.linkTarget(root + path)), mode: .symlink))
      case (.directory, _)?:
        let children = try list(path)
        if children.contains(".git") {
          entries.append(SnapshotEntry(path: path, blobID: .blob(hashing: []), mode: .submodule))
        } else {
          try scan(relative: path, names: children)
        }
      case (.other, _)?, nil:
        entries.append(SnapshotEntry(path: path, blobID: .blob(hashing: []), mode: .other(0)))
      }
    }
  }

  /// Files up to this size are hashed in memory; larger ones (which validation refuses anyway) are hashed
  /// in pieces, so that a huge file in a hostile working tree cannot exhaust memory.
  static let inMemoryHashLimit = 8 << 20

  private static func blobID(ofFileAt absolute: String, relative: String) throws(CatalogueError) -> ObjectID {
    do {
      return .blob(hashing: try FileSystem.read(absolute, limit: inMemoryHashLimit))
    } catch .tooLarge {
      do {
        return try .blob(hashingFileAt: absolute)
      } catch {
        throw .unreadable(path: relative, reason: "\(error)")
      }
    } catch {
      throw .unreadable(path: relative, reason: "\(error)")
    }
  }
}
