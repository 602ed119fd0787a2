import CasebookGit
import CasebookText

/// One file of a snapshot: where it is, which blob it holds, and its mode.
public struct SnapshotEntry: Sendable, Hashable {
  /// Path from the repository root.
  public var path: String
  /// The git blob id of its content (computed as git does for working-tree files).
  public var blobID: ObjectID
  /// Regular, executable, symlink or submodule.
  public var mode: FileMode

  /// Creates an entry.
  public init(path: String, blobID: ObjectID, mode: FileMode) {
    self.path = path
    self.blobID = blobID
    self.mode = mode
  }
}

/// The catalogue's files at one point: a git revision or the working tree. Bytes are read on demand.
public struct Snapshot: Sendable {
  /// Where a snapshot was taken.
  public enum Origin: Sendable, Hashable {
    /// The files on disk in the working directory.
    case workingTree
    /// A commit, with the revision text it was resolved from.
    case revision(String, ObjectID)
  }

  /// Where the snapshot was taken.
  public let origin: Origin
  /// Entries under `cases/` and `schema/`, sorted by the bytes of their paths.
  public let entries: [SnapshotEntry]
  /// The repository (git directory) the blobs are read from.
  let gitDirectory: String
  /// The working directory, for working-tree snapshots.
  let workingDirectory: String?
  /// Further object folders to read blobs from (git's quarantine folder in a pre-receive hook).
  let objectDirectories: [String]
  /// Content not (yet) in the repository, by blob id: files about to be committed.
  let overlay: [ObjectID: [UInt8]]
  /// For a working-tree snapshot: how many files' blob ids came from the index instead of being read and
  /// hashed (see `Workspace.workingTreeSnapshot()`).
  public let reusedStagedIDs: Int

  init(
    origin: Origin, entries: [SnapshotEntry], gitDirectory: String, workingDirectory: String?,
    objectDirectories: [String] = [], overlay: [ObjectID: [UInt8]] = [:], reusedStagedIDs: Int = 0
  ) {
    self.reusedStagedIDs = reusedStagedIDs
    self.origin = origin
    self.objectDirectories = objectDirectories
    self.overlay = overlay
    var sorted = true
    for index in entries.indices.dropFirst() where !entries[index - 1].path.precedesByBytes(entries[index].path) {
      sorted = false
      break
    }
    self.entries = sorted ? entries : entries.sorted { $0.path.precedesByBytes($1.path) }
    self.gitDirectory = gitDirectory
    self.workingDirectory = workingDirectory
  }

  /// The entry at `path`, if the snapshot has one.
  public func entry(at path: String) -> SnapshotEntry? {
    // Binary search over the sorted entries: a dictionary of every path would cost memory at scale.
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      if entries[middle].path.precedesByBytes(path) { low = middle + 1 } else { high = middle }
    }
    return low < entries.count && entries[low].path == path ? entries[low] : nil
  }

  /// A short description for messages: `working tree` or `revision main (1a2b3c4)`.
  public var label: Message {
    switch origin {
    case .workingTree: Message(SnapshotText.workingTree)
    case .revision(let name, let id): Message(SnapshotText.revision, .text(name), .text(String(id.hex.prefix(7))))
    }
  }

  /// Opens a reader for this snapshot's bytes. Readers are not shared between threads: open one per thread.
  public func makeReader() throws(CatalogueError) -> SnapshotReader {
    try SnapshotReader(snapshot: self)
  }

  /// The order in which to read `count` blobs (`blob(position)` gives each one's id), as positions, so that
  /// packed blobs are read as they lie in their packs, which keeps libgit2's bounded pack windows from being
  /// mapped again and again on large catalogues; nil to read them as given (a working tree, few blobs, or no
  /// pack index). The ids are only gathered when an order is possible.
  func readOrder(
    count: Int, minimum: Int = Snapshot.packOrderMinimum, blob: (Int) -> ObjectID
  ) -> [Int]? {
    guard case .revision = origin, count >= minimum, count > 1,
      let repository = try? Repository.open(at: gitDirectory),
      let positions = repository.packPositions(of: (0..<count).map(blob))
    else { return nil }
    return (0..<count).sorted { (positions[$0], $0) < (positions[$1], $1) }
  }

  /// Fewer blobs than this are read in the order given: ordering them would cost more than it saves.
  static let packOrderMinimum = 512

  /// The same origin and repository with other entries.
  func with(entries: [SnapshotEntry]) -> Snapshot {
    Snapshot(
      origin: origin, entries: entries, gitDirectory: gitDirectory, workingDirectory: workingDirectory,
      objectDirectories: objectDirectories, overlay: overlay, reusedStagedIDs: reusedStagedIDs)
  }
}

/// Reads the bytes of a snapshot's entries. Use from one thread at a time.
public final class SnapshotReader {
  private let repository: Repository?
  private let workingDirectory: String?
  private let overlay: [ObjectID: [UInt8]]

  init(snapshot: Snapshot) throws(CatalogueError) {
    overlay = snapshot.overlay
    switch snapshot.origin {
    case .workingTree:
      repository = nil
      workingDirectory = snapshot.workingDirectory
    case .revision:
      do {
        let repository = try Repository.open(at: snapshot.gitDirectory)
        for folder in snapshot.objectDirectories { try repository.addAlternateObjectDirectory(folder) }
        self.repository = repository
      } catch {
        throw CatalogueError(error)
      }
      workingDirectory = nil
    }
  }

  /// Calls `body` with the content of `entry`, without copying a blob out of libgit2; refuses content larger
  /// than `limit` bytes without reading it all. The bytes are valid only during the call.
  func withBytes<Result>(
    of entry: SnapshotEntry, limit: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) throws(ReadFailure) -> Result {
    if !overlay.isEmpty, let bytes = overlay[entry.blobID] {
      if bytes.count > limit { throw ReadFailure.tooLarge(size: bytes.count, limit: limit) }
      return bytes.withUnsafeBufferPointer(body)
    }
    guard let repository else {
      return try FileSystem.read(workingDirectory! + entry.path, limit: limit).withUnsafeBufferPointer(body)
    }
    do {
      let size = try repository.blobSize(entry.blobID)
      if size > limit { throw ReadFailure.tooLarge(size: size, limit: limit) }
      return try repository.withBlob(entry.blobID) { raw in body(raw.assumingMemoryBound(to: UInt8.self)) }
    } catch let error as ReadFailure {
      throw error
    } catch {
      throw ReadFailure.unreadable(reason(error))
    }
  }

  /// The content of `entry`; refuses content larger than `limit` bytes without reading it all.
  public func bytes(of entry: SnapshotEntry, limit: Int) throws(ReadFailure) -> [UInt8] {
    if repository == nil, overlay[entry.blobID] == nil {
      return try FileSystem.read(workingDirectory! + entry.path, limit: limit)
    }
    return try withBytes(of: entry, limit: limit) { Array($0) }
  }
}

/// Why one file's bytes could not be had.
public enum ReadFailure: Error, Sendable, Equatable {
  /// The file is larger than the limit.
  case tooLarge(size: Int, limit: Int)
  /// The file or blob could not be read, and why.
  case unreadable(Message)
}
