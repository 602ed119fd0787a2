import CasebookGit
import Dispatch
import Foundation
import Synchronization
import CasebookText

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
  /// is then not the hash of the bytes on disk. Municipality folders are scanned in parallel.
  public func workingTreeSnapshot() throws(CatalogueError) -> Snapshot {
    guard let root = repository.workingDirectory else { throw .noWorkingTree }
    let scan = WorkingTreeScan(
      root: root, staged: StagedIDs(repository: repository, root: root), maxFiles: maxFiles,
      listings: FolderListings.load(gitDirectory: repository.gitDirectory))
    let (entries, reused) = try scan.run(folders: [CatalogueLayout.casesFolder, CatalogueLayout.schemaFolder])
    if let listings = scan.listingsToKeep() { FolderListings.save(listings, gitDirectory: repository.gitDirectory) }
    return Snapshot(
      origin: .workingTree, entries: entries, gitDirectory: repository.gitDirectory, workingDirectory: root,
      reusedStagedIDs: reused)
  }
}

extension Workspace {
  /// The ``WorkingTreeFingerprint`` of `cases/` and `schema/`, mixed with `context` and taken at `now`; nil
  /// in a bare repository or when it cannot be taken. Folder listings are kept in the repository's cache.
  func workingTreeFingerprint(context: String, now: Int64) -> WorkingTreeFingerprint? {
    guard let root = repository.workingDirectory else { return nil }
    let taken = Self.fingerprint(
      root: root, context: context, maxFiles: maxFiles, now: now, listingsIn: repository.gitDirectory)
    taken?.keepListings(gitDirectory: repository.gitDirectory)
    return taken?.fingerprint
  }

  /// The fingerprint of the catalogue folders of the working tree at `root`, with the folder listings kept
  /// in the cache of the git directory `listingsIn` (which this only reads).
  static func fingerprint(
    root: String, context: String, maxFiles: Int, now: Int64, listingsIn gitDirectory: String
  ) -> TakenFingerprint? {
    WorkingTreeFingerprint.take(
      root: root, folders: [CatalogueLayout.casesFolder, CatalogueLayout.schemaFolder],
      context: "\(context)max files \(maxFiles)\n", maxFiles: maxFiles, now: now,
      listings: FolderListings.load(gitDirectory: gitDirectory))
  }
}

/// The index's blob ids by path, with what is needed to tell when one may be trusted.
struct StagedIDs: Sendable {
  /// The staged files sorted by the bytes of the path, as git sorts its index: found by binary search over
  /// the paths, which lie end to end in one buffer (a dictionary of a hundred thousand paths would cost more
  /// than twice the memory, and comparing strings in place needs no reference counting between threads).
  let files: [StagedFile]
  let pathBytes: [UInt8]
  /// Where each path ends in `pathBytes` (it starts where the one before ends).
  let pathEnds: [Int]
  let indexModified: FileTime

  init(files: [StagedFile], pathBytes: [UInt8], pathEnds: [Int], indexModified: FileTime) {
    self.files = files
    self.pathBytes = pathBytes
    self.pathEnds = pathEnds
    self.indexModified = indexModified
  }

  /// Reads the index; nil in a bare repository, without an index, or when filters may change content.
  /// Reading git's index through libgit2 costs more than the rest of a warm working-tree scan (libgit2
  /// checks the whole file's SHA-1), so the result is kept in a cache keyed by the index file's identity
  /// (see `StagedIDs.cached`), and libgit2 reads the index only when that file changed.
  init?(repository: Repository, root: String) {
    guard !repository.isBare, !Self.filtersMayApply(repository, root: root),
      let indexPath = try? repository.indexPath()
    else { return nil }
    let identity = IndexFileIdentity(path: indexPath)
    let cache = CacheFile(gitDirectory: repository.gitDirectory, name: Self.cacheName)
    if let identity, let cached = Self.cached(in: cache, for: identity) {
      self = cached
      return
    }
    guard let index = try? repository.index(), var read = try? index.entriesWithStatus() else { return nil }
    if !Self.isSortedByPath(read.entries) {
      read.entries.sort { $0.path.precedesByBytes($1.path) }
    }
    var bytes: [UInt8] = []
    var ends: [Int] = []
    ends.reserveCapacity(read.entries.count)
    for index in read.entries.indices {
      bytes.append(contentsOf: read.entries[index].path.utf8)
      ends.append(bytes.count)
      read.entries[index].path = ""
    }
    self.init(files: read.entries, pathBytes: bytes, pathEnds: ends, indexModified: read.indexModified)
    // Saved only when the index file is the one looked at before reading: never under another file's key.
    if let identity, index.path == indexPath, IndexFileIdentity(path: indexPath) == identity {
      save(in: cache, for: identity)
    }
  }

  private static func isSortedByPath(_ files: [StagedFile]) -> Bool {
    files.indices.dropFirst().allSatisfy { files[$0 - 1].path.precedesByBytes(files[$0].path) }
  }

  private func staged(at path: String, hint: inout Int) -> StagedFile? {
    var path = path
    let found: Int? = path.withUTF8 { [hint] wanted in
      pathBytes.withUnsafeBufferPointer { bytes in
        pathEnds.withUnsafeBufferPointer { ends in
          func compare(_ position: Int) -> Int32 {
            let start = position == 0 ? 0 : ends[position - 1]
            let length = ends[position] - start
            let common = min(length, wanted.count)
            let order = common == 0 ? 0 : memcmp(bytes.baseAddress! + start, wanted.baseAddress!, common)
            return order != 0 ? order : Int32(length) - Int32(wanted.count)
          }
          // Files are looked up folder by folder in name order, so the entry after the last one found is tried
          // first.
          if hint + 1 < ends.count, compare(hint + 1) == 0 { return hint + 1 }
          var low = 0
          var high = ends.count
          while low < high {
            let middle = (low + high) / 2
            if compare(middle) < 0 { low = middle + 1 } else { high = middle }
          }
          return low < ends.count && compare(low) == 0 ? low : nil
        }
      }
    }
    if let found { hint = found }
    return found.map { files[$0] }
  }

  /// The staged id of the file at `path` when its status on disk says it is unchanged since it was staged.
  func id(for path: String, status: FileSystem.FileStatus, executable: Bool, hint: inout Int) -> ObjectID? {
    guard let staged = staged(at: path, hint: &hint),
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

/// Walks `cases/` and `schema/` on disk, without following links: the levels above the municipality folders
/// in order, then the municipality folders in parallel, each result spliced in at its folder's place so the
/// entries come out in path order.
struct WorkingTreeScan: Sendable {
  let root: String
  let staged: StagedIDs?
  /// The most entries the scan may list; more throws ``CatalogueError/tooManyFiles(limit:)``.
  let maxFiles: Int
  /// Folder listings of earlier runs by folder stamp (shared with ``WorkingTreeFingerprint``): a folder whose
  /// stamp is among them is not read again, only its files' status is taken.
  let listings: FolderListings
  private let now = WorkingTreeFingerprint.currentTime()
  private let listed = EntryBudget()
  private let kept = KeptListings()

  init(root: String, staged: StagedIDs?, maxFiles: Int, listings: FolderListings = .empty) {
    self.root = root
    self.staged = staged
    self.maxFiles = maxFiles
    self.listings = listings
  }

  /// The listings of every settled folder scanned, when some were read from their folders rather than taken
  /// from ``listings``; nil when the kept ones served (or none were given to compare with).
  func listingsToKeep() -> [(stamp: FolderStamp, listing: FolderContents)]? {
    kept.toKeep
  }

  /// A municipality folder left for the parallel phase, and where its entries go.
  private struct Deferred {
    var insertAt: Int
    var path: String
    var trusted: Bool
  }

  /// What one folder's scan found.
  struct FolderPart {
    var entries: [SnapshotEntry] = []
    /// Files whose id came from the index.
    var reused = 0
    /// The settled folders scanned, with their listings, and whether one of them was read from its folder;
    /// gathered per part and handed to ``kept`` once, so that parallel scans do not take a lock per folder.
    var settled: [(stamp: FolderStamp, listing: FolderContents)] = []
    var readAny = false
    /// Where the last staged id was found: the next file of the folder is usually the next entry.
    var stagedHint = -1
  }

  /// Scans `folders` (relative to the root); returns the entries in path order and how many ids came from
  /// the index.
  func run(folders: [String]) throws(CatalogueError) -> (entries: [SnapshotEntry], reused: Int) {
    var top = FolderPart()
    var deferred: [Deferred]? = []
    for folder in folders {
      switch FileSystem.entryType(root + folder) {
      case .directory?:
        try scan(folder, trusted: staged != nil, into: &top, deferring: &deferred)
      case nil:
        continue
      case .symlink?:
        // A linked `cases/` or `schema/` is reported (catalog.symlink), never followed.
        let id = ObjectID.blob(hashing: FileSystem.linkTarget(root + folder))
        top.entries.append(SnapshotEntry(path: folder, blobID: id, mode: .symlink))
      default:
        top.entries.append(SnapshotEntry(path: folder, blobID: .blob(hashing: []), mode: .other(0)))
      }
    }
    let later = deferred ?? []
    kept.add(top.settled, readAny: top.readAny)
    guard !later.isEmpty else { return (top.entries, top.reused) }
    let parts = ResultSlots<Result<FolderPart, CatalogueError>>(count: later.count)
    let failed = Atomic<Bool>(false)
    DispatchQueue.concurrentPerform(iterations: later.count) { index in
      // After a failure the remaining folders are not scanned: the run reports an error either way.
      guard !failed.load(ordering: .relaxed) else { return }
      var part = FolderPart()
      var none: [Deferred]? = nil
      let result: Result<FolderPart, CatalogueError>
      do throws(CatalogueError) {
        try scan(later[index].path, trusted: later[index].trusted, into: &part, deferring: &none)
        result = .success(part)
      } catch {
        failed.store(true, ordering: .relaxed)
        result = .failure(error)
      }
      parts.set(index, result)
    }
    let results = parts.all
    // The first error in path order among the folders that were scanned.
    for case .failure(let error)? in results { throw error }
    var entries: [SnapshotEntry] = []
    var total = top.entries.count
    for case .success(let part)? in results { total += part.entries.count }
    entries.reserveCapacity(total)
    var reused = top.reused
    var copied = 0
    for (folder, result) in zip(later, results) {
      guard case .success(let part)? = result else { continue }
      entries += top.entries[copied..<folder.insertAt]
      copied = folder.insertAt
      entries += part.entries
      reused += part.reused
      kept.add(part.settled, readAny: part.readAny)
    }
    entries += top.entries[copied...]
    return (entries, reused)
  }

  /// Scans the folder at `relative` (its entries, then its subfolders in name order). With `deferring`, a
  /// municipality folder is not scanned but noted there with the place its entries belong. The folder is
  /// closed before its subfolders are scanned, so deep nesting does not hold one descriptor per level.
  private func scan(
    _ relative: String, trusted: Bool, into part: inout FolderPart, deferring deferred: inout [Deferred]?
  ) throws(CatalogueError) {
    enum Item {
      case entry(SnapshotEntry)
      case folder(String)
    }
    var items: [Item] = []
    var trusted = trusted
    do {
      guard let folder = OpenFolder(path: root + relative) else {
        throw CatalogueError.unreadable(path: relative, reason: FileSystem.errorText())
      }
      let (names, types) = try entries(of: folder, at: relative, into: &part)
      if names.contains(".git"), relative.contains("/") {
        items.append(.entry(SnapshotEntry(path: relative, blobID: .blob(hashing: []), mode: .submodule)))
        try listed.take(1, limit: maxFiles)
      } else {
        // An attributes file may filter the content below it: the index is not trusted there.
        if names.contains(".gitattributes") { trusted = false }
        items.reserveCapacity(names.count)
        for (name, type) in zip(names, types) where name != ".git" {
          let path = relative + "/" + name
          // A folder listed as one is not examined further; any other entry's type is taken from its status.
          let examined: (type: FileSystem.EntryType, status: FileSystem.FileStatus?)? =
            type == DT_DIR ? (.directory, nil) : folder.entryStatus(name)
          switch examined {
          case (.regular(let executable), let status)?:
            try listed.take(1, limit: maxFiles)
            let mode: FileMode = executable ? .executable : .regular
            if trusted, let status,
              let id = staged?.id(for: path, status: status, executable: executable, hint: &part.stagedHint)
            {
              part.reused += 1
              items.append(.entry(SnapshotEntry(path: path, blobID: id, mode: mode)))
            } else {
              let id = try Self.blobID(ofFileAt: root + path, relative: path)
              items.append(.entry(SnapshotEntry(path: path, blobID: id, mode: mode)))
            }
          case (.symlink, _)?:
            try listed.take(1, limit: maxFiles)
            let id = ObjectID.blob(hashing: FileSystem.linkTarget(root + path))
            items.append(.entry(SnapshotEntry(path: path, blobID: id, mode: .symlink)))
          case (.directory, _)?:
            items.append(.folder(path))
          case (.other, _)?, nil:
            try listed.take(1, limit: maxFiles)
            items.append(.entry(SnapshotEntry(path: path, blobID: .blob(hashing: []), mode: .other(0))))
          }
        }
      }
    }
    for item in items {
      switch item {
      case .entry(let entry):
        part.entries.append(entry)
      case .folder(let path):
        if deferred != nil, Self.isMunicipalityFolder(path) {
          deferred!.append(Deferred(insertAt: part.entries.count, path: path, trusted: trusted))
        } else {
          try scan(path, trusted: trusted, into: &part, deferring: &deferred)
        }
      }
    }
  }

  /// The names in `folder` sorted as ``FileSystem/list(_:)`` sorts them, each with its directory-entry type:
  /// from the kept listing when the folder's stamp has one, otherwise read (and noted for keeping).
  private func entries(
    of folder: OpenFolder, at relative: String, into part: inout FolderPart
  ) throws(CatalogueError) -> ([String], [UInt8]) {
    guard let stamp = folder.stamp() else { throw .unreadable(path: relative, reason: FileSystem.errorText()) }
    let listing: FolderContents
    let settled = stamp.isSettled(now: now)
    if let known = listings.listing(for: stamp) {
      listing = known
    } else {
      guard let read = folder.contents() else { throw .unreadable(path: relative, reason: FileSystem.errorText()) }
      listing = read
      if settled { part.readAny = true }
    }
    if settled { part.settled.append((stamp, listing)) }
    var names: [String] = []
    var types: [UInt8] = []
    names.reserveCapacity(listing.count)
    types.reserveCapacity(listing.count)
    _ = listing.forEach { _, name, type in
      // A name that is not UTF-8 is repaired and no longer names the entry: its status then says it is missing,
      // as it did before listings were kept, rather than its listed type sending the scan into a folder it
      // cannot open.
      if let text = String(validating: name, as: UTF8.self) {
        names.append(text)
        types.append(type)
      } else {
        names.append(String(decoding: name, as: UTF8.self))
        types.append(UInt8(DT_UNKNOWN))
      }
      return true
    }
    if names.indices.dropFirst().contains(where: { !(names[$0 - 1] < names[$0]) }) {
      let order = names.indices.sorted { names[$0] < names[$1] }
      names = order.map { names[$0] }
      types = order.map { types[$0] }
    }
    return (names, types)
  }

  /// `cases/<country>/<municipality>`: two slashes below `cases/`.
  static func isMunicipalityFolder(_ path: String) -> Bool {
    path.utf8.starts(with: "cases/".utf8) && path.utf8.count { $0 == UInt8(ascii: "/") } == 2
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
        throw .unreadable(path: relative, reason: reason(error))
      }
    } catch {
      throw .unreadable(path: relative, reason: error.message)
    }
  }
}

/// Counts the entries a parallel scan lists, against the limit on files.
final class EntryBudget: Sendable {
  private let count = Atomic<Int>(0)

  func take(_ entries: Int, limit: Int) throws(CatalogueError) {
    if count.wrappingAdd(entries, ordering: .relaxed).newValue > limit { throw .tooManyFiles(limit: limit) }
  }
}
