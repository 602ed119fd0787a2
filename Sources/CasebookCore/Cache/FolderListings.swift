import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A folder's identity and times. Creating, removing or renaming an entry sets the folder's modification and
/// status-change times, so while its stamp stays the same, so do its entries (the trust git's untracked
/// cache places in folder times), provided the stamp was settled when its entries were listed: a folder
/// changed twice within one tick of the file system's clock keeps its times.
struct FolderStamp: Sendable {
  let device: UInt64
  let inode: UInt64
  let modified: Int64
  let modifiedNanoseconds: Int64
  let changed: Int64
  let changedNanoseconds: Int64
  let size: Int64

  init(_ status: stat) {
    let (modified, changed) = FileSystem.times(status)
    device = UInt64(truncatingIfNeeded: status.st_dev)
    inode = UInt64(truncatingIfNeeded: status.st_ino)
    self.modified = Int64(modified.tv_sec)
    modifiedNanoseconds = Int64(modified.tv_nsec)
    self.changed = Int64(changed.tv_sec)
    changedNanoseconds = Int64(changed.tv_nsec)
    size = Int64(truncatingIfNeeded: status.st_size)
  }

  /// The stamp as it is stored, device and inode first (the order the kept table is sorted by).
  var words: [UInt64] {
    [device, inode] + [modified, modifiedNanoseconds, changed, changedNanoseconds, size].map { UInt64(bitPattern: $0) }
  }

  /// True when both times lie at least ``WorkingTreeFingerprint/settleSeconds`` before `now`.
  func isSettled(now: Int64) -> Bool {
    WorkingTreeFingerprint.isSettled(newest: max(modified, changed), now: now)
  }
}

/// The entries of one folder, without `.` and `..`, in the bytes order of their names: the names end to end,
/// each followed by a NUL (so that it can be passed to the system as it lies), then one `d_type` byte per
/// entry. Kept listings are read in place from the mapped cache file.
struct FolderContents: Sendable {
  let bytes: ByteRegion
  /// The number of bytes of names (with their NULs) at the start of ``bytes``.
  let namesLength: Int
  let count: Int

  /// Contents made of `names` (each ended by a NUL) and one type per name; nil when the names are not that
  /// (a name empty or with a slash, a missing NUL, or another number of names than types).
  init?(_ bytes: ByteRegion, namesLength: Int, count: Int) {
    guard namesLength >= 0, count >= 0, namesLength + count == bytes.count else { return nil }
    var names = 0
    var valid = true
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      for offset in 0..<namesLength where buffer[offset] == 0 || buffer[offset] == UInt8(ascii: "/") {
        guard buffer[offset] == 0, offset > start else {
          valid = false
          return
        }
        names += 1
        start = offset + 1
      }
      valid = valid && start == namesLength
    }
    guard valid, names == count else { return nil }
    self.bytes = bytes
    self.namesLength = namesLength
    self.count = count
  }

  /// Calls `body` with each entry's name (NUL-terminated, and as bytes without the NUL) and type, in order,
  /// while it returns true; returns false when `body` did.
  func forEach(_ body: (UnsafePointer<CChar>, UnsafeRawBufferPointer, UInt8) -> Bool) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      let base = UnsafeRawPointer(buffer.baseAddress!)
      var start = 0
      for index in 0..<count {
        let length = strlen(base.advanced(by: start).assumingMemoryBound(to: CChar.self))
        let name = UnsafeRawBufferPointer(start: base + start, count: length)
        guard body(base.advanced(by: start).assumingMemoryBound(to: CChar.self), name, buffer[namesLength + index])
        else { return false }
        start += length + 1
      }
      return true
    }
  }
}

/// Listings of the catalogue's folders by ``FolderStamp``, kept in `<git dir>/casebook/cache/folder-listings`:
/// with them the fingerprint walk lists only the folders that changed (reading a folder costs several times
/// what checking its stamp does). Only settled stamps are kept, so a folder's stamp changes with any change
/// made to it after it was listed. The file is mapped and searched in place: a table of stamps sorted by
/// device and inode, then the listings.
final class FolderListings: Sendable {
  static let cacheName = "folder-listings"
  static let formatVersion: UInt32 = 2

  private let payload: SharedBytes?
  private let count: Int
  /// Bytes per row of the table: the seven numbers of the stamp, where the listing starts, and its names'
  /// length and number of entries in one word.
  private static let rowSize = 72

  private init(payload: SharedBytes?, count: Int) {
    self.payload = payload
    self.count = count
  }

  /// No listings.
  static let empty = FolderListings(payload: nil, count: 0)

  /// True when no listing is kept.
  var isEmpty: Bool { count == 0 }

  /// The listings kept for the repository whose git directory is `gitDirectory`; none when the file is
  /// missing, damaged or of another version.
  static func load(gitDirectory: String) -> FolderListings {
    let file = CacheFile(gitDirectory: gitDirectory, name: cacheName)
    guard let payload = file.map(version: formatVersion), payload.count >= 8 else {
      return empty
    }
    let count = payload.withUnsafeBytes { Int(UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self))) }
    guard count >= 0, count <= (payload.count - 8) / rowSize else { return empty }
    return FolderListings(payload: payload, count: count)
  }

  /// The entries of a folder with `stamp`, when they were listed before.
  func listing(for stamp: FolderStamp) -> FolderContents? {
    guard let payload else { return nil }
    let found: (start: Int, namesLength: Int, count: Int)? = payload.withUnsafeBytes { raw in
      func word(_ row: Int, _ field: Int) -> UInt64 {
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 + row * Self.rowSize + field * 8, as: UInt64.self))
      }
      var low = 0
      var high = count
      while low < high {
        let middle = (low + high) / 2
        if (word(middle, 0), word(middle, 1)) < (stamp.device, stamp.inode) { low = middle + 1 } else { high = middle }
      }
      guard low < count, word(low, 0) == stamp.device, word(low, 1) == stamp.inode else { return nil }
      for (field, value) in stamp.words.enumerated().dropFirst(2) where word(low, field) != value { return nil }
      let lengths = word(low, 8)
      let start = 8 + count * Self.rowSize
      let offset = word(low, 7)
      let namesLength = Int(lengths & 0xFFFF_FFFF)
      let entries = Int(lengths >> 32)
      guard offset <= UInt64(raw.count - start), namesLength + entries <= raw.count - start - Int(offset) else {
        return nil
      }
      return (start + Int(offset), namesLength, entries)
    }
    guard let found else { return nil }
    return FolderContents(
      ByteRegion(payload, found.start..<(found.start + found.namesLength + found.count)),
      namesLength: found.namesLength, count: found.count)
  }

  /// Replaces the kept listings with `listings` (each with a settled stamp). Best effort, like every cache
  /// file: when two processes do this at once, the last writer wins.
  static func save(_ listings: [(stamp: FolderStamp, listing: FolderContents)], gitDirectory: String) {
    let sorted = listings.sorted { ($0.stamp.device, $0.stamp.inode) < ($1.stamp.device, $1.stamp.inode) }
    var writer = ByteWriter()
    writer.int(sorted.count)
    var offset = 0
    for (stamp, listing) in sorted {
      for word in stamp.words { writer.uint64(word) }
      writer.int(offset)
      writer.uint64(UInt64(listing.count) << 32 | UInt64(listing.namesLength))
      offset += listing.bytes.count
    }
    for (_, listing) in sorted { listing.bytes.withUnsafeBufferPointer { writer.raw($0) } }
    CacheFile(gitDirectory: gitDirectory, name: cacheName).save(writer.bytes, version: formatVersion)
  }
}

/// The settled folder listings a parallel scan saw, and whether any of them was read rather than kept.
final class KeptListings: Sendable {
  private struct State {
    var seen: [(stamp: FolderStamp, listing: FolderContents)] = []
    var readAny = false
  }
  private let state = Mutex(State())

  /// Adds the settled folders one part of a scan saw, and whether it read one of them from its folder.
  func add(_ listings: [(stamp: FolderStamp, listing: FolderContents)], readAny: Bool) {
    state.withLock {
      $0.seen += listings
      $0.readAny = $0.readAny || readAny
    }
  }

  var toKeep: [(stamp: FolderStamp, listing: FolderContents)]? { state.withLock { $0.readAny ? $0.seen : nil } }
}
