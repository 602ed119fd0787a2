#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A folder's identity and times. Creating, removing or renaming an entry sets the folder's modification and
/// status-change times, so while its stamp stays the same, so do its entries (the trust git's untracked
/// cache places in folder times), provided the stamp was settled when its entries were listed: a folder
/// changed twice within one tick of the file system's clock keeps its times.
struct FolderStamp: Sendable, Hashable {
  let device: UInt64
  let inode: UInt64
  let modified: Int64
  let modifiedNanoseconds: Int64
  let changed: Int64
  let changedNanoseconds: Int64
  let size: Int64

  init(_ status: stat) {
    let (modified, changed) = FileSystem.times(status)
    self.init(
      device: UInt64(truncatingIfNeeded: status.st_dev), inode: UInt64(truncatingIfNeeded: status.st_ino),
      modified: Int64(modified.tv_sec), modifiedNanoseconds: Int64(modified.tv_nsec),
      changed: Int64(changed.tv_sec), changedNanoseconds: Int64(changed.tv_nsec),
      size: Int64(truncatingIfNeeded: status.st_size))
  }

  init(
    device: UInt64, inode: UInt64, modified: Int64, modifiedNanoseconds: Int64, changed: Int64,
    changedNanoseconds: Int64, size: Int64
  ) {
    self.device = device
    self.inode = inode
    self.modified = modified
    self.modifiedNanoseconds = modifiedNanoseconds
    self.changed = changed
    self.changedNanoseconds = changedNanoseconds
    self.size = size
  }

  /// True when both times lie at least ``WorkingTreeFingerprint/settleSeconds`` before `now`.
  func isSettled(now: Int64) -> Bool {
    WorkingTreeFingerprint.isSettled(newest: max(modified, changed), now: now)
  }
}

/// The entries of one folder, without `.` and `..`, in the bytes order of their names.
struct FolderContents: Sendable {
  /// One entry: where its name starts in ``names``, its length in bytes, and its `d_type`.
  struct Entry: Sendable {
    let start: Int
    let count: Int
    let type: UInt8
  }

  /// The names end to end in the order of ``entries``, each followed by a NUL so that it can be passed to the
  /// system as it lies.
  let names: [UInt8]
  let entries: [Entry]
}

/// Listings of the catalogue's folders by ``FolderStamp``, kept in `<git dir>/casebook/cache/folder-listings`:
/// with them the fingerprint walk lists only the folders that changed (reading a folder costs several times
/// what checking its stamp does). Only settled stamps are kept, so a folder's stamp changes with any change
/// made to it after it was listed.
final class FolderListings: Sendable {
  static let cacheName = "folder-listings"
  static let formatVersion: UInt32 = 1

  private let known: [FolderStamp: FolderContents]

  init(_ known: [FolderStamp: FolderContents]) { self.known = known }

  /// True when no listing is kept.
  var isEmpty: Bool { known.isEmpty }

  /// The entries of a folder with `stamp`, when they were listed before.
  func listing(for stamp: FolderStamp) -> FolderContents? { known[stamp] }

  /// The listings kept for the repository whose git directory is `gitDirectory`; none when the file is
  /// missing, damaged or of another version.
  static func load(gitDirectory: String) -> FolderListings {
    let file = CacheFile(gitDirectory: gitDirectory, name: cacheName)
    guard let payload = file.map(version: formatVersion) else { return FolderListings([:]) }
    var reader = ByteReader(payload)
    return FolderListings((try? decode(&reader)) ?? [:])
  }

  /// Replaces the kept listings with `listings` (each with a settled stamp). Best effort, like every cache
  /// file: when two processes do this at once, the last writer wins.
  static func save(_ listings: [(stamp: FolderStamp, listing: FolderContents)], gitDirectory: String) {
    var writer = ByteWriter()
    writer.int(listings.count)
    for (stamp, listing) in listings {
      for word in [stamp.device, stamp.inode] { writer.uint64(word) }
      for number in [
        stamp.modified, stamp.modifiedNanoseconds, stamp.changed, stamp.changedNanoseconds, stamp.size,
      ] {
        writer.uint64(UInt64(bitPattern: number))
      }
      writer.int(listing.entries.count)
      writer.int(listing.names.count)
      writer.raw(listing.names)
      writer.raw(listing.entries.map(\.type))
    }
    CacheFile(gitDirectory: gitDirectory, name: cacheName).save(writer.bytes, version: formatVersion)
  }

  private static func decode(_ reader: inout ByteReader) throws(CorruptCache) -> [FolderStamp: FolderContents] {
    let count = try reader.int()
    // Each folder takes at least 72 bytes: more than the payload could hold is a damaged file.
    guard count >= 0, count <= reader.bytes.count / 72 else { throw CorruptCache() }
    var known: [FolderStamp: FolderContents] = [:]
    known.reserveCapacity(count)
    for _ in 0..<count {
      let device = try reader.uint64()
      let inode = try reader.uint64()
      var numbers: [Int64] = []
      for _ in 0..<5 { numbers.append(Int64(bitPattern: try reader.uint64())) }
      let stamp = FolderStamp(
        device: device, inode: inode, modified: numbers[0], modifiedNanoseconds: numbers[1], changed: numbers[2],
        changedNanoseconds: numbers[3], size: numbers[4])
      let entryCount = try reader.int()
      let nameStart = try reader.skip(try reader.int())
      let names = reader.bytes.withUnsafeBytes { Array($0[nameStart..<reader.offset]) }
      let typeStart = try reader.skip(entryCount)
      known[stamp] = FolderContents(
        names: names, entries: try entries(names: names, types: reader.bytes, from: typeStart, count: entryCount))
    }
    guard reader.isAtEnd else { throw CorruptCache() }
    return known
  }

  /// The entries of `names` (each ended by a NUL, none empty and none with a slash) with the `count` types at `typeStart`.
  private static func entries(
    names: [UInt8], types: SharedBytes, from typeStart: Int, count: Int
  ) throws(CorruptCache) -> [FolderContents.Entry] {
    var entries: [FolderContents.Entry] = []
    entries.reserveCapacity(count)
    var start = 0
    types.withUnsafeBytes { types in
      for (offset, byte) in names.enumerated() where byte == 0 || byte == UInt8(ascii: "/") {
        guard byte == 0, offset > start, entries.count < count else { break }
        entries.append(FolderContents.Entry(start: start, count: offset - start, type: types[typeStart + entries.count]))
        start = offset + 1
      }
    }
    guard entries.count == count, start == names.count else { throw CorruptCache() }
    return entries
  }
}
