import CasebookGit
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One cache file under `<git directory>/casebook/cache/`. Loading checks a header (magic, format version,
/// length, checksum) and treats anything that does not match — a corrupt, truncated or older file — as
/// absent, so the caller rebuilds it. Saving writes a temporary file and renames it into place, so readers in
/// other processes see either the old or the new file, never half of one; the last writer wins. Every file
/// operation goes through ``ConfinedFolder``: a `casebook` or `cache` folder that is a symbolic link is
/// neither written through nor read through.
public struct CacheFile: Sendable {
  /// Where the file lives.
  public let path: String
  /// The git directory.
  private let gitDirectory: String
  /// The file's folder from the git directory (`casebook/cache`, or a folder below it).
  private let folderPath: String
  /// The file's name in its folder.
  private let name: String

  private static let magic: [UInt8] = Array("CASEBOOK".utf8)

  /// The cache folder below the git directory.
  static let folderPath = "casebook/cache"

  /// The cache file `name` of the repository whose git directory is `gitDirectory`.
  public init(gitDirectory: String, name: String) {
    let folder = gitDirectory.hasSuffix("/") ? gitDirectory : gitDirectory + "/"
    path = folder + Self.folderPath + "/" + name
    self.gitDirectory = gitDirectory
    let slash = name.lastIndex(of: "/")
    folderPath = Self.folderPath + (slash.map { "/" + name[..<$0] } ?? "")
    self.name = slash.map { String(name[name.index(after: $0)...]) } ?? name
  }

  /// The open cache folder, created when `create`; nil when it is missing (and not to be created), or a
  /// link or not a folder, or cannot be opened.
  private func cacheFolder(create: Bool) -> ConfinedFolder? {
    (try? ConfinedFolder.root(gitDirectory).folder(folderPath, create: create)) ?? nil
  }

  /// The payload saved with `version`, or nil when the file is missing, damaged or of another version (a
  /// copy of what ``map(version:)`` gives).
  public func load(version: UInt32) -> [UInt8]? {
    map(version: version)?.withUnsafeBytes { Array($0) }
  }

  /// The payload saved with `version`, mapped into memory instead of read: a large cache that is used in
  /// part (the search index) then costs neither reading, zeroing nor copying each page. Nil when the file is
  /// missing, damaged or of another version: the checksum is verified over the whole payload, which reads
  /// every page once. Casebook replaces cache files by
  /// renaming a new one into place, which leaves a mapped old file intact; a file truncated in place by
  /// another program while mapped would raise SIGBUS in the reader (as a pack file would in git, which maps
  /// its packs the same way). Where a file cannot be mapped, it is read.
  func map(version: UInt32) -> SharedBytes? {
    guard let folder = cacheFolder(create: false) else { return nil }
    let descriptor = folder.openForReading(name)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    var header = [UInt8](repeating: 0, count: Self.headerSize)
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size <= Self.sizeLimit,
      header.withUnsafeMutableBytes({ pread(descriptor, $0.baseAddress, $0.count, 0) }) == Self.headerSize,
      let expected = Self.expectedChecksum(
        header: header, version: version, payloadLength: Int(status.st_size) - Self.headerSize)
    else { return nil }
    let mapped = SharedBytes(mapping: descriptor, length: Int(status.st_size), from: Self.headerSize)
    // A file system that cannot map files: read it instead (the checksum still has to match).
    guard
      let payload = mapped
        ?? (try? FileSystem.read(descriptor: descriptor, limit: Self.sizeLimit, header: Self.headerSize))
        .map({ SharedBytes($0.body) })
    else { return nil }
    let actual = payload.withUnsafeBytes { Self.checksum($0) }
    return actual == expected ? payload : nil
  }

  private static let headerSize = 28
  /// Larger files are not caches casebook wrote: they are ignored rather than read or checksummed.
  private static let sizeLimit = 1 << 31

  /// The checksum a header records when it is a header of this format with `version` for a payload of
  /// `payloadLength` bytes; nil otherwise.
  private static func expectedChecksum(header: [UInt8], version: UInt32, payloadLength: Int) -> UInt64? {
    guard header.count == headerSize, header[0..<8].elementsEqual(magic) else { return nil }
    let (storedVersion, length, checksum) = header.withUnsafeBytes { raw in
      (
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)),
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 12, as: UInt64.self)),
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 20, as: UInt64.self))
      )
    }
    guard storedVersion == version, payloadLength >= 0, length == UInt64(payloadLength) else { return nil }
    return checksum
  }

  /// Sets the file's modification time to now, which ``removeOlderSiblings(named:keeping:)`` takes as its
  /// last use.
  public func markUsed() {
    cacheFolder(create: false)?.touch(name)
  }

  /// Removes cache files named `prefix` or `prefix-…` in this file's folder, except this file and the
  /// `keeping - 1` most recently used (modified) others; equal times are ordered by name, so that runs
  /// agree. Files being written (`.tmp`) are left alone.
  public func removeOlderSiblings(named prefix: String, keeping: Int) {
    guard let folder = cacheFolder(create: false) else { return }
    var siblings: [(used: FileTime, name: String)] = []
    for sibling in folder.names()
    where sibling != name && (sibling == prefix || sibling.hasPrefix(prefix + "-")) && !sibling.hasSuffix(".tmp") {
      guard let status = folder.status(sibling), let fileStatus = FileSystem.entryStatus(status).status else {
        continue
      }
      siblings.append((fileStatus.modified, sibling))
    }
    siblings.sort { $0 > $1 }
    for sibling in siblings.dropFirst(max(0, keeping - 1)) { folder.remove(sibling.name) }
  }

  /// A name beside the file for writing it before it is renamed into place, unique to this process and call
  /// (``removeOlderSiblings(named:keeping:)`` leaves such files alone).
  private func temporaryName() -> String { "\(name).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp" }

  /// Saves `payload` under `version`. Best effort: a cache that cannot be written is simply not used.
  public func save(_ payload: [UInt8], version: UInt32) {
    var header = ByteWriter()
    header.bytes.append(contentsOf: Self.magic)
    header.uint32(version)
    header.uint64(UInt64(payload.count))
    header.uint64(Self.checksum(payload))
    guard let folder = cacheFolder(create: true) else { return }
    let temporary = temporaryName()
    let descriptor = folder.createNew(temporary)
    guard descriptor >= 0 else { return }
    let written = FileSystem.writeAll(descriptor, header.bytes[...]) && FileSystem.writeAll(descriptor, payload[...])
    guard close(descriptor) == 0, written, folder.rename(temporary, to: name) else {
      folder.remove(temporary)
      return
    }
  }

  /// Saves a payload that `body` appends to the stream piece by piece; the stream writes out every megabyte,
  /// so a large payload is never held whole (the checksum, which mixes in the length, is computed from the
  /// file once it is written). Same file format, atomicity and best effort as ``save(_:version:)``.
  public func save(version: UInt32, streaming body: (inout CacheStream) -> Void) {
    guard let folder = cacheFolder(create: true) else { return }
    let temporary = temporaryName()
    let descriptor = folder.createNew(temporary)
    guard descriptor >= 0 else { return }
    var stream = CacheStream(descriptor: descriptor)
    stream.writer.bytes = Array(repeating: 0, count: 28)  // the header, filled in last
    body(&stream)
    stream.flush()
    var header = ByteWriter()
    header.bytes.append(contentsOf: Self.magic)
    header.uint32(version)
    header.uint64(UInt64(stream.length - 28))
    let checksum = stream.failed ? nil : Self.checksum(descriptor: descriptor, payloadLength: stream.length - 28)
    header.uint64(checksum ?? 0)
    let headerWritten = header.bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, 28, 0) } == 28
    close(descriptor)
    guard headerWritten, checksum != nil, folder.rename(temporary, to: name) else {
      folder.remove(temporary)
      return
    }
  }

  /// ``checksum(_:)`` of the payload of an open cache file (after its 28-byte header), read back in pieces
  /// of a megabyte (a multiple of ``PayloadChecksum/blockSize``), so the words fall in the same lanes as in
  /// one piece.
  private static func checksum(descriptor: Int32, payloadLength: Int) -> UInt64? {
    var checksum = PayloadChecksum(length: payloadLength)
    // No larger than the payload: a small file does not pay for touching a megabyte.
    var buffer = [UInt8](repeating: 0, count: min(1 << 20, payloadLength))
    var offset = 0
    while offset < payloadLength {
      let wanted = min(buffer.count, payloadLength - offset)
      let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted, off_t(28 + offset)) }
      guard got == wanted else { return nil }
      buffer.withUnsafeBytes { checksum.add(UnsafeRawBufferPointer(rebasing: $0[..<wanted])) }
      offset += wanted
    }
    return checksum.value
  }

  /// The checksum of a payload (see ``PayloadChecksum``).
  static func checksum(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { checksum($0) }
  }

  static func checksum(_ raw: UnsafeRawBufferPointer) -> UInt64 {
    var checksum = PayloadChecksum(length: raw.count)
    checksum.add(raw)
    return checksum.value
  }
}

/// FNV-1a over 64-bit words in four interleaved lanes (word `i` of each 32-byte block goes to lane `i`; the
/// words and bytes after the last block to the first lane), with the length mixed in, the lanes folded
/// together at the end: enough to notice damage, and the four lanes let the processor multiply four words
/// at once (a 9 MB search index is checked in about a quarter of the time one lane takes). Not meant
/// against tampering: the cache is rebuilt from git.
struct PayloadChecksum {
  /// Every piece added but the last must be a multiple of this many bytes.
  static let blockSize = 32
  private static let prime: UInt64 = 0x100_0000_01b3
  private var lanes: (UInt64, UInt64, UInt64, UInt64)

  init(length: Int) {
    let start = 0xcbf2_9ce4_8422_2325 ^ UInt64(length)
    lanes = (start, start &+ 1, start &+ 2, start &+ 3)
  }

  mutating func add(_ raw: UnsafeRawBufferPointer) {
    var (first, second, third, fourth) = lanes
    func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    let blocks = raw.count / Self.blockSize
    for block in 0..<blocks {
      let offset = block * Self.blockSize
      first = (first ^ word(offset)) &* Self.prime
      second = (second ^ word(offset + 8)) &* Self.prime
      third = (third ^ word(offset + 16)) &* Self.prime
      fourth = (fourth ^ word(offset + 24)) &* Self.prime
    }
    var offset = blocks * Self.blockSize
    while offset + 8 <= raw.count {
      first = (first ^ word(offset)) &* Self.prime
      offset += 8
    }
    for byte in raw[offset...] { first = (first ^ UInt64(byte)) &* Self.prime }
    lanes = (first, second, third, fourth)
  }

  var value: UInt64 {
    var hash = lanes.0
    for lane in [lanes.1, lanes.2, lanes.3] { hash = (hash ^ lane) &* Self.prime }
    return hash
  }
}

extension FileSystem {
  /// Writes all of `bytes` to an open file; false on failure.
  static func writeAll(_ descriptor: Int32, _ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBytes { writeAll(descriptor, $0) }
  }

  /// Writes all of `bytes` to an open file; false on failure.
  static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var written = 0
    while written < bytes.count {
      let count = systemWrite(descriptor, bytes.baseAddress! + written, bytes.count - written)
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      written += count
    }
    return true
  }

}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#else
  private let systemWrite = Darwin.write
#endif

/// A cache file being written: append to ``writer``; the stream writes it out as it grows.
public struct CacheStream {
  /// Append the payload here.
  public var writer = ByteWriter()
  fileprivate let descriptor: Int32
  /// Bytes written to the file so far (the header's placeholder included).
  fileprivate var length = 0
  fileprivate var failed = false

  fileprivate init(descriptor: Int32) { self.descriptor = descriptor }

  /// Writes out what was appended when it has grown past a megabyte; call between complete pieces.
  public mutating func flushIfLarge() {
    if writer.bytes.count >= 1 << 20 { flush() }
  }

  /// Writes `bytes` out after what was appended so far, without copying them into ``writer``: for large
  /// pieces.
  public mutating func write(_ bytes: UnsafeRawBufferPointer) {
    flush()
    length += bytes.count
    if !failed, bytes.count > 0 { failed = !FileSystem.writeAll(descriptor, bytes) }
  }

  fileprivate mutating func flush() {
    guard !writer.bytes.isEmpty else { return }
    length += writer.bytes.count
    if !failed { failed = !FileSystem.writeAll(descriptor, writer.bytes[...]) }
    writer.bytes.removeAll(keepingCapacity: true)
  }
}
