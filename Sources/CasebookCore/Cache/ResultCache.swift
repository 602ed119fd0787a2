import CasebookGit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a run did with its cache.
public struct CacheStatistics: Sendable, Hashable {
  /// Files whose results came from the cache.
  public var hits = 0
  /// Files that were checked because the cache had no result for them (all files when no cache is used).
  public var misses = 0
  /// True when the run wrote a cache file (it does not when nothing new was learnt).
  public var saved = false

  /// Creates statistics.
  public init(hits: Int = 0, misses: Int = 0, saved: Bool = false) {
    self.hits = hits
    self.misses = misses
    self.saved = saved
  }
}

/// One cache file of byte payloads keyed by blob id and path, for one rule set: loaded whole, read from any
/// thread, and replaced whole (merged with what was there) at the end of a run.
///
/// Payload layout: entry count, then per entry the blob id (20 bytes), the path, the value length and the
/// value. A file that does not decode is treated as empty and rebuilt.
struct ResultCache: Sendable {
  struct Key: Hashable, Sendable {
    var blob: ObjectID
    var path: String

    /// The blob id and the path's length: hashing every path's bytes costs more than the rare collision
    /// (the same blob at two paths of one length), which equality still tells apart.
    func hash(into hasher: inout Hasher) {
      hasher.combine(blob)
      hasher.combine(path.utf8.count)
    }
  }

  /// Bump when the layout of this file or of the values in it changes.
  static let formatVersion: UInt32 = 1
  /// How many cache generations (rule sets) of one kind are kept.
  static let generationsKept = 4

  let file: CacheFile
  private let payload: [UInt8]
  private let ranges: [Key: Range<Int>]

  var count: Int { ranges.count }

  /// Loads `<kind>-<rule set id>`; an absent, damaged or older file gives an empty cache.
  init(gitDirectory: String, kind: String, rulesID: String) {
    file = CacheFile(gitDirectory: gitDirectory, name: "\(kind)-\(rulesID)")
    let loaded = file.load(version: Self.formatVersion) ?? []
    var ranges: [Key: Range<Int>] = [:]
    if !loaded.isEmpty {
      do throws(CorruptCache) {
        var reader = ByteReader(loaded)
        let count = try reader.int()
        guard count >= 0, count <= loaded.count else { throw CorruptCache() }
        ranges.reserveCapacity(count)
        for _ in 0..<count {
          let blob = try reader.objectID()
          let path = try reader.string()
          let length = try reader.int()
          let start = try reader.skip(length)
          ranges[Key(blob: blob, path: path)] = start..<start + length
        }
        guard reader.isAtEnd else { throw CorruptCache() }
      } catch {
        ranges = [:]
      }
    }
    self.payload = ranges.isEmpty ? [] : loaded
    self.ranges = ranges
  }

  /// The stored value for `key`.
  func value(for key: Key) -> ArraySlice<UInt8>? {
    ranges[key].map { payload[$0] }
  }

  /// A reader positioned at the stored value for `key` (sharing the loaded bytes, not copying them), and the
  /// offset where the value ends.
  func reader(for key: Key) -> (reader: ByteReader, end: Int)? {
    guard let range = ranges[key] else { return nil }
    var reader = ByteReader(payload)
    reader.offset = range.lowerBound
    return (reader, range.upperBound)
  }

  /// Writes the entries of this run (`current`: the keys used, each with a new value or nil to keep the
  /// stored one) followed by earlier entries not used now, up to as many as this run used, so that switching
  /// between nearby revisions stays warm while the file stays bounded. Other processes see the old or the new
  /// file, never a mix; when two runs save at once, the last one wins and both are correct.
  func save(current: [(key: Key, value: [UInt8]?)]) {
    var writer = ByteWriter()
    var used = Set<Key>()
    used.reserveCapacity(current.count)
    var entries: [(key: Key, value: ArraySlice<UInt8>)] = []
    entries.reserveCapacity(current.count)
    for (key, value) in current where used.insert(key).inserted {
      if let value {
        entries.append((key, value[...]))
      } else if let stored = self.value(for: key) {
        entries.append((key, stored))
      }
    }
    var older = 0
    for (key, range) in ranges where older < current.count && !used.contains(key) {
      entries.append((key, payload[range]))
      older += 1
    }
    writer.bytes.reserveCapacity(entries.reduce(8) { $0 + 40 + $1.key.path.utf8.count + $1.value.count })
    writer.int(entries.count)
    for (key, value) in entries {
      writer.objectID(key.blob)
      writer.string(key.path)
      writer.int(value.count)
      writer.raw(value)
    }
    file.save(writer.bytes, version: Self.formatVersion)
    removeOldGenerations()
  }

  /// Deletes the oldest files of the same kind beyond ``generationsKept`` (caches of earlier rule sets).
  private func removeOldGenerations() {
    guard let slash = file.path.lastIndex(of: "/") else { return }
    let folder = String(file.path[..<slash])
    let name = file.path[file.path.index(after: slash)...]
    guard let dash = name.lastIndex(of: "-"), let names = try? FileSystem.list(folder) else { return }
    let prefix = name[...dash]
    var generations: [(modified: Int, path: String)] = []
    for other in names where other.hasPrefix(prefix) && !other.hasSuffix(".tmp") {
      var status = stat()
      let path = folder + "/" + other
      guard stat(path, &status) == 0 else { continue }
      #if os(Linux)
        generations.append((Int(status.st_mtim.tv_sec), path))
      #else
        generations.append((Int(status.st_mtimespec.tv_sec), path))
      #endif
    }
    guard generations.count > Self.generationsKept else { return }
    for old in generations.sorted(by: { $0.modified > $1.modified }).dropFirst(Self.generationsKept)
    where old.path != file.path {
      unlink(old.path)
    }
  }
}
