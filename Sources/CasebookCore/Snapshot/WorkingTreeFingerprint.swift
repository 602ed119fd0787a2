import CasebookGit
import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What git's stat check looks at for every entry under the catalogue folders, summed up in one hash: each
/// path with its type and, for files and links, the size, modification and status-change times, inode and
/// mode. No file is read. Two equal fingerprints mean that no catalogue file was added, removed, renamed or
/// written in between (the trust `git status` places in the stat data of its index), provided the newer one
/// was taken when every time it covers lay safely in the past (``isSettled``): a file written twice within one
/// tick of the file system's clock keeps its times.
struct WorkingTreeFingerprint: Sendable, Hashable {
  /// The hash of the description of every entry, in a fixed order, and of the caller's context.
  let digest: FingerprintDigest
  /// True when the newest time among the files and links lies at least ``settleSeconds`` before the walk
  /// began, so that a later change to any of them must show in its times.
  let isSettled: Bool

  /// How far in the past every covered time must lie for a fingerprint to be trusted: more than the coarsest
  /// timestamp granularity of a common file system (FAT keeps modification times in 2-second steps).
  static let settleSeconds: Int64 = 3

  /// The fingerprint of `folders` (relative to `root`, which ends with a slash), mixed with `context` (what
  /// else the caller's result depends on), with folders listed from `listings` where their stamps match. Nil
  /// when a folder cannot be read, when there are more than `maxFiles` entries (of any kind) or folders nest
  /// deeper than ``FingerprintWalk/maxDepth`` (counted from each municipality folder, which are walked in
  /// parallel): the caller then takes the slow path, which reports such problems properly.
  static func take(
    root: String, folders: [String], context: String, maxFiles: Int, now: Int64 = currentTime(),
    listings: FolderListings = .empty
  ) -> TakenFingerprint? {
    let budget = EntryBudget()
    var top = FingerprintWalk(maxFiles: maxFiles, budget: budget, listings: listings, now: now)
    top.hasher.combine(text: "casebook-worktree-1\n\(context)")
    var jobs: [String]? = []
    for folder in folders {
      guard top.describe(root: root, folder: folder, deferring: &jobs) else { return nil }
    }
    let deferred = jobs ?? []
    let parts = ResultSlots<FingerprintWalk.Part>(count: deferred.count)
    DispatchQueue.concurrentPerform(iterations: deferred.count) { index in
      var walk = FingerprintWalk(maxFiles: maxFiles, budget: budget, listings: listings, now: now)
      var none: [String]? = nil
      if walk.describe(root: root, folder: deferred[index], deferring: &none) { parts.set(index, walk.part) }
    }
    var newest = top.newest
    var seen = top.seen
    var listedAny = top.listedAny
    for part in parts.all {
      guard let part else { return nil }
      top.hasher.combine(part.digest.high)
      top.hasher.combine(part.digest.low)
      newest = max(newest, part.newest)
      seen += part.seen
      listedAny = listedAny || part.listedAny
    }
    return TakenFingerprint(
      fingerprint: WorkingTreeFingerprint(digest: top.hasher.finish(), isSettled: isSettled(newest: newest, now: now)),
      listingsToKeep: listedAny ? seen : nil)
  }
}

/// A ``WorkingTreeFingerprint`` with what its walk learnt about the folders.
struct TakenFingerprint: Sendable {
  let fingerprint: WorkingTreeFingerprint
  /// The listings of every settled folder walked, when some were not kept yet; nil when the kept ones served.
  let listingsToKeep: [(stamp: FolderStamp, listing: FolderContents)]?

  /// Keeps the listings for the next walk in the repository whose git directory is `gitDirectory`.
  func keepListings(gitDirectory: String) {
    if let listingsToKeep { FolderListings.save(listingsToKeep, gitDirectory: gitDirectory) }
  }
}

extension WorkingTreeFingerprint {
  /// True when `newest` lies at least ``settleSeconds`` before `now`; compared so that no time, however far
  /// in the future a file claims to be, can overflow.
  static func isSettled(newest: Int64, now: Int64) -> Bool { newest <= now - settleSeconds }

  /// The time now, in seconds since 1970, as file times count.
  static func currentTime() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Int64(now.tv_sec)
  }
}

/// One walk over a folder tree, feeding a description of every entry to ``hasher``.
struct FingerprintWalk {
  /// Deeper folders make the walk give up (and the caller take the slow path).
  static let maxDepth = 32

  let maxFiles: Int
  let budget: EntryBudget
  /// Folder listings from earlier walks, and the time the walk began (only settled folders are kept).
  let listings: FolderListings
  let now: Int64
  var hasher = FingerprintHasher()
  /// The newest modification or status-change time seen, in seconds.
  var newest: Int64 = 0
  /// Every folder walked whose stamp is settled, with its entries.
  var seen: [(stamp: FolderStamp, listing: FolderContents)] = []
  /// True when a folder with a settled stamp was not among ``listings``, which are then worth saving again.
  var listedAny = false

  init(maxFiles: Int, budget: EntryBudget, listings: FolderListings, now: Int64) {
    self.maxFiles = maxFiles
    self.budget = budget
    self.listings = listings
    self.now = now
  }

  /// A walk's result, for splicing into the walk that deferred it.
  struct Part: Sendable {
    let digest: FingerprintDigest
    let newest: Int64
    let seen: [(stamp: FolderStamp, listing: FolderContents)]
    let listedAny: Bool
  }

  var part: Part { Part(digest: hasher.finish(), newest: newest, seen: seen, listedAny: listedAny) }

  /// Describes the entry `folder` (relative to `root`) and, when it is a folder, everything below it. With
  /// `deferring`, municipality folders are only named, and listed there to be walked separately.
  mutating func describe(root: String, folder: String, deferring deferred: inout [String]?) -> Bool {
    hasher.combine(text: folder)
    var status = stat()
    guard lstat(root + folder, &status) == 0 else {
      hasher.combine(0)  // absent: the catalogue is read the same way without it
      return errno == ENOENT
    }
    guard status.st_mode & S_IFMT == S_IFDIR else { return describe(status) }
    hasher.combine(Self.folderMark)
    let descriptor = open(root + folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    return describeFolder(descriptor, path: folder, depth: 0, deferring: &deferred)
  }

  /// Describes the entries of the folder open at `descriptor` (which this closes) in the bytes order of their
  /// names, walking into subfolders as they come. The entries come from ``listings`` when the folder's stamp
  /// was listed before, and from the folder itself otherwise.
  private mutating func describeFolder(
    _ descriptor: Int32, path: String, depth: Int, deferring deferred: inout [String]?
  ) -> Bool {
    var status = stat()
    guard depth < Self.maxDepth, fstat(descriptor, &status) == 0 else {
      close(descriptor)
      return false
    }
    defer { close(descriptor) }
    // The stamp is taken before the entries are read: a change in between then leaves the folder with a newer
    // stamp than the one kept with the (newer) entries, and it is listed again next time.
    let stamp = FolderStamp(status)
    let listing: FolderContents
    if let known = listings.listing(for: stamp) {
      listing = known
    } else {
      guard let read = Self.list(descriptor) else { return false }
      listing = read
      listedAny = listedAny || stamp.isSettled(now: now)
    }
    if stamp.isSettled(now: now) { seen.append((stamp, listing)) }
    // Below the top, a folder with a `.git` is a nested repository: the snapshot lists it as one entry and
    // reads nothing in it, and so does this.
    if path.contains("/"), !listing.forEach({ _, name, _ in !name.elementsEqual(".git".utf8) }) {
      hasher.combine(Self.repositoryMark)
      return (try? budget.take(1, limit: maxFiles)) != nil
    }
    guard listing.count > 0 else { return true }
    guard (try? budget.take(listing.count, limit: maxFiles)) != nil else { return false }
    return listing.forEach { cName, name, type in
      hasher.combine(bytes: name)
      if name.elementsEqual(".git".utf8) {
        hasher.combine(Self.repositoryMark)  // the top folder's own `.git` is not part of the catalogue
        return true
      }
      if type != DT_DIR {
        var status = stat()
        guard fstatat(descriptor, cName, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
        if status.st_mode & S_IFMT != S_IFDIR { return describe(status) }
      }
      hasher.combine(Self.folderMark)
      let subpath = path + "/" + String(decoding: name, as: UTF8.self)
      if deferred != nil, WorkingTreeScan.isMunicipalityFolder(subpath) {
        hasher.combine(UInt64(deferred!.count))
        deferred!.append(subpath)
        return true
      }
      let child = openat(descriptor, cName, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      return child >= 0 && describeFolder(child, path: subpath, depth: depth + 1, deferring: &deferred)
    }
  }

  /// The entries of the folder open at `descriptor` (left open), read from the folder; nil when it cannot be
  /// read.
  static func list(_ descriptor: Int32) -> FolderContents? {
    let own = dup(descriptor)
    guard own >= 0 else { return nil }
    guard let directory = fdopendir(own) else {
      close(own)
      return nil
    }
    defer { closedir(directory) }
    var names: [UInt8] = []
    var entries: [(start: Int, count: Int, type: UInt8)] = []
    while true {
      errno = 0
      guard let entry = readdir(directory) else { break }
      let type = entry.pointee.d_type
      withUnsafeBytes(of: &entry.pointee.d_name) { raw in
        let count = strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)
        let name = raw[..<count]
        guard !name.elementsEqual(".".utf8), !name.elementsEqual("..".utf8) else { return }
        entries.append((names.count, count, type))
        names.append(contentsOf: name)
        names.append(0)
      }
    }
    guard errno == 0 else { return nil }
    names.withUnsafeBufferPointer { names in
      let base = names.baseAddress!
      entries.sort { first, second in
        let order = memcmp(base + first.start, base + second.start, min(first.count, second.count))
        return order != 0 ? order < 0 : first.count < second.count
      }
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(names.count + entries.count)
    for entry in entries { bytes += names[entry.start...(entry.start + entry.count)] }
    bytes += entries.map(\.type)
    return FolderContents(ByteRegion(bytes), namesLength: names.count, count: entries.count)
  }

  /// Marks that tell entry types apart in the hashed stream (file and link types are their `st_mode` bits).
  private static let folderMark: UInt64 = 1 << 40
  private static let repositoryMark: UInt64 = 2 << 40

  /// Describes a file, link or other entry that is not a folder.
  private mutating func describe(_ status: stat) -> Bool {
    hasher.combine(UInt64(truncatingIfNeeded: status.st_mode))
    let type = status.st_mode & S_IFMT
    guard type == S_IFREG || type == S_IFLNK else { return true }
    let (modified, changed) = FileSystem.times(status)
    hasher.combine(UInt64(truncatingIfNeeded: status.st_size))
    hasher.combine(UInt64(truncatingIfNeeded: status.st_ino))
    hasher.combine(UInt64(truncatingIfNeeded: status.st_dev))
    hasher.combine(UInt64(bitPattern: Int64(modified.tv_sec)))
    hasher.combine(UInt64(bitPattern: Int64(changed.tv_sec)))
    hasher.combine(UInt64(truncatingIfNeeded: modified.tv_nsec) << 32 | UInt64(truncatingIfNeeded: changed.tv_nsec))
    newest = max(newest, Int64(modified.tv_sec), Int64(changed.tv_sec))
    return true
  }
}

/// A 128-bit fingerprint digest.
struct FingerprintDigest: Sendable, Hashable {
  let high: UInt64
  let low: UInt64
}

/// A 128-bit hash of a stream of 64-bit words, for fingerprints: two lanes that each mix a word in with an
/// xor or add, a multiplication by an odd constant and an xor-shift, then MurmurHash3's 64-bit finaliser.
/// Every step is invertible, so two streams of the same length that differ in one word always differ. It is
/// not cryptographic: it tells apart states of one's own working tree, which nobody gains by forging.
struct FingerprintHasher {
  private var first: UInt64 = 0x243F_6A88_85A3_08D3
  private var second: UInt64 = 0x1319_8A2E_0370_7344
  private var words: UInt64 = 0

  @inline(__always)
  mutating func combine(_ word: UInt64) {
    first = (first ^ word) &* 0xFF51_AFD7_ED55_8CCD
    first ^= first >> 32
    second = (second &+ word) &* 0xC4CE_B9FE_1A85_EC53
    second ^= second >> 29
    words &+= 1
  }

  /// Mixes in the length of `bytes`, then the bytes eight at a time (the last word padded with zeros).
  mutating func combine(bytes: UnsafeRawBufferPointer) {
    combine(UInt64(bytes.count))
    var offset = 0
    while offset + 8 <= bytes.count {
      combine(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
      offset += 8
    }
    guard offset < bytes.count else { return }
    var last: UInt64 = 0
    for (position, byte) in bytes[offset...].enumerated() { last |= UInt64(byte) << (8 * UInt64(position)) }
    combine(last)
  }

  mutating func combine(text: String) {
    var text = text
    text.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  func finish() -> FingerprintDigest {
    let high = Self.finalise(first ^ words)
    return FingerprintDigest(high: high, low: Self.finalise(second ^ high))
  }

  private static func finalise(_ value: UInt64) -> UInt64 {
    var value = value
    value ^= value >> 33
    value &*= 0xFF51_AFD7_ED55_8CCD
    value ^= value >> 33
    value &*= 0xC4CE_B9FE_1A85_EC53
    value ^= value >> 33
    return value
  }
}
