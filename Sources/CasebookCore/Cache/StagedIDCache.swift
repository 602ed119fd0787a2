import CasebookGit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What tells one version of git's index file from another without parsing it: device, inode, size, the
/// modification and status-change times to the nanosecond, and the 20 bytes git writes at the end of the file
/// (a SHA-1 of all its content, unless `index.skipHash` left them zero). git and libgit2 replace the index by
/// renaming a new file over it, which changes the times; the checksum still tells two versions apart should a
/// reused inode and a coarse clock ever give them the same status.
struct IndexFileIdentity: Equatable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var modified: FileTime
  var changed: FileTime
  var checksum: [UInt8]

  /// The identity of the file at `path`; nil when it is missing, not a regular file, or shorter than a
  /// checksum.
  init?(path: String) {
    // Non-blocking: a FIFO in the index's place must not hang the run (it is then refused as not regular).
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, let file = FileSystem.entryStatus(status).status,
      file.size >= Self.checksumSize
    else { return nil }
    let checksum = [UInt8](unsafeUninitializedCapacity: Self.checksumSize) { buffer, count in
      let end = off_t(file.size) - off_t(Self.checksumSize)
      let read = pread(descriptor, buffer.baseAddress, Self.checksumSize, end)
      count = read == Self.checksumSize ? Self.checksumSize : 0
    }
    guard checksum.count == Self.checksumSize else { return nil }
    device = UInt64(truncatingIfNeeded: status.st_dev)
    inode = file.inode
    size = Int64(file.size)
    modified = file.modified
    changed = file.changed
    self.checksum = checksum
  }

  /// git's index ends with a SHA-1 of everything before it.
  private static let checksumSize = 20

  init(_ reader: inout ByteReader) throws(CorruptCache) {
    device = try reader.uint64()
    inode = try reader.uint64()
    size = Int64(bitPattern: try reader.uint64())
    modified = try reader.fileTime()
    changed = try reader.fileTime()
    let start = try reader.skip(Self.checksumSize)
    checksum = ByteRegion(reader.bytes, start..<start + Self.checksumSize).array
  }

  func encode(into writer: inout ByteWriter) {
    writer.uint64(device)
    writer.uint64(inode)
    writer.uint64(UInt64(bitPattern: size))
    writer.fileTime(modified)
    writer.fileTime(changed)
    writer.raw(checksum)
  }
}

extension StagedIDs {
  /// The cache file under the git directory (`casebook/cache/staged-ids`).
  static let cacheName = "staged-ids"
  /// The cache's format version; a file of another version is rebuilt. Each build of casebook also keeps
  /// its own (the payload starts with ``BuildIdentity``), like the other caches.
  static let cacheVersion: UInt32 = 2

  /// The staged ids saved for the index file with `identity`; nil when the cache is missing, damaged, of
  /// another version, or was saved for another index file.
  static func cached(in cache: CacheFile, for identity: IndexFileIdentity) -> StagedIDs? {
    guard let payload = cache.map(version: cacheVersion) else { return nil }
    var reader = ByteReader(payload)
    do throws(CorruptCache) {
      guard try reader.string() == BuildIdentity.current, try IndexFileIdentity(&reader) == identity else {
        return nil
      }
      let indexModified = try reader.fileTime()
      let count = try reader.int()
      // Each file takes 56 bytes and its path end 4: a count the payload cannot hold is damage.
      guard count >= 0, count <= (payload.count - reader.offset) / 60 else { return nil }
      var files: [StagedFile] = []
      files.reserveCapacity(count)
      var ends: [Int] = []
      ends.reserveCapacity(count)
      var previousEnd = 0
      for _ in 0..<count {
        let id = try reader.objectID()
        let mode = FileMode(rawMode: try reader.uint32())
        let size = try reader.uint32()
        let modified = try reader.fileTime()
        let changed = try reader.fileTime()
        let inode = try reader.uint32()
        let end = Int(try reader.uint32())
        guard end >= previousEnd else { return nil }
        previousEnd = end
        files.append(
          StagedFile(path: "", id: id, mode: mode, size: size, modified: modified, changed: changed, inode: inode))
        ends.append(end)
      }
      let pathStart = try reader.skip(previousEnd)
      guard reader.isAtEnd else { return nil }
      return StagedIDs(
        files: files, pathBytes: ByteRegion(payload, pathStart..<payload.count).array, pathEnds: ends,
        indexModified: indexModified)
    } catch {
      return nil
    }
  }

  /// Saves these staged ids for the index file with `identity` (best effort, like every cache).
  func save(in cache: CacheFile, for identity: IndexFileIdentity) {
    guard pathBytes.count <= Int(UInt32.max) else { return }
    var writer = ByteWriter()
    writer.bytes.reserveCapacity(200 + files.count * 60 + pathBytes.count)
    writer.string(BuildIdentity.current)
    identity.encode(into: &writer)
    writer.fileTime(indexModified)
    writer.int(files.count)
    for (file, end) in zip(files, pathEnds) {
      writer.objectID(file.id)
      writer.uint32(file.mode.rawMode)
      writer.uint32(file.size)
      writer.fileTime(file.modified)
      writer.fileTime(file.changed)
      writer.uint32(file.inode)
      writer.uint32(UInt32(end))
    }
    writer.raw(pathBytes)
    cache.save(writer.bytes, version: Self.cacheVersion)
  }
}

extension ByteWriter {
  mutating func fileTime(_ time: FileTime) {
    uint64(UInt64(bitPattern: time.seconds))
    uint32(time.nanoseconds)
  }
}

extension ByteReader {
  mutating func fileTime() throws(CorruptCache) -> FileTime {
    FileTime(seconds: Int64(bitPattern: try uint64()), nanoseconds: try uint32())
  }
}
