#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One cache file under `<git directory>/casebook/cache/`. Loading checks a header (magic, format version,
/// length, checksum) and treats anything that does not match — a corrupt, truncated or older file — as
/// absent, so the caller rebuilds it. Saving writes a temporary file and renames it into place, so readers in
/// other processes see either the old or the new file, never half of one; the last writer wins.
public struct CacheFile: Sendable {
  /// Where the file lives.
  public let path: String

  private static let magic: [UInt8] = Array("CASEBOOK".utf8)

  /// The cache file `name` of the repository whose git directory is `gitDirectory`.
  public init(gitDirectory: String, name: String) {
    let folder = gitDirectory.hasSuffix("/") ? gitDirectory : gitDirectory + "/"
    path = folder + "casebook/cache/" + name
  }

  /// The payload saved with `version`, or nil when the file is missing, damaged or of another version.
  public func load(version: UInt32) -> [UInt8]? {
    guard var bytes = try? FileSystem.read(path, limit: 1 << 31), bytes.count >= 28,
      bytes[0..<8].elementsEqual(Self.magic)
    else { return nil }
    let (storedVersion, length, checksum) = bytes.withUnsafeBytes { raw in
      (
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)),
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 12, as: UInt64.self)),
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 20, as: UInt64.self))
      )
    }
    guard storedVersion == version, length == UInt64(bytes.count - 28) else { return nil }
    // In place: a large cache is not copied a second time.
    bytes.removeSubrange(0..<28)
    return Self.checksum(bytes) == checksum ? bytes : nil
  }

  /// Saves `payload` under `version`. Best effort: a cache that cannot be written is simply not used.
  public func save(_ payload: [UInt8], version: UInt32) {
    var header = ByteWriter()
    header.bytes.append(contentsOf: Self.magic)
    header.uint32(version)
    header.uint64(UInt64(payload.count))
    header.uint64(Self.checksum(payload))
    let folder = String(path[..<path.lastIndex(of: "/")!])
    guard FileSystem.makeFolders(folder) else { return }
    let temporary = "\(path).\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
    guard FileSystem.writeNew(temporary, header.bytes + payload) else { return }
    if rename(temporary, path) != 0 { unlink(temporary) }
  }

  /// FNV-1a over 64-bit words (then the remaining bytes), with the length mixed in: enough to notice damage,
  /// eight times faster than byte by byte on large caches; not meant against tampering (the cache is rebuilt
  /// from git).
  static func checksum(_ bytes: [UInt8]) -> UInt64 {
    let prime: UInt64 = 0x100_0000_01b3
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
    bytes.withUnsafeBytes { raw in
      let words = raw.count / 8
      for index in 0..<words {
        hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))) &* prime
      }
      for byte in raw[(words * 8)...] {
        hash = (hash ^ UInt64(byte)) &* prime
      }
    }
    return hash
  }
}

extension FileSystem {
  /// Creates a folder and its parents; true when it exists afterwards.
  static func makeFolders(_ path: String) -> Bool {
    if case .directory = entryType(path) { return true }
    if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
      guard makeFolders(String(path[..<slash])) else { return false }
    }
    return mkdir(path, 0o755) == 0 || errno == EEXIST
  }

  /// Writes a new file with all of `bytes`; false on any failure (the partial file is removed).
  static func writeNew(_ path: String, _ bytes: [UInt8]) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return false }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress! + written, bytes.count - written)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        close(descriptor)
        unlink(path)
        return false
      }
      written += count
    }
    close(descriptor)
    return true
  }
}
