import CasebookGit
import CasebookYAML

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

/// One cache file of byte payloads keyed by blob id and path, for one rule set: mapped into memory whole,
/// read from any thread, and replaced whole (merged with what was there) at the end of a run.
///
/// Payload layout: entry count, then per entry the blob id (20 bytes), the path, the value length and the
/// value. A file that does not decode is treated as empty and rebuilt. Lookups go through an open-addressing
/// table of entry offsets into the loaded bytes (keys are compared in place), so loading builds no strings
/// and no dictionary: it stays cheap at a hundred thousand files.
struct ResultCache: Sendable {
  struct Key: Sendable {
    var blob: ObjectID
    var path: String
  }

  /// Bump when the layout of this file or of the values in it changes (4: messages as catalogue key and
  /// arguments).
  static let formatVersion: UInt32 = 4
  /// How many cache generations (rule sets) of one kind are kept.
  static let generationsKept = 4

  let file: CacheFile
  /// The kind of results (`verdicts`, `documents`, …): the file's name before the rule set id.
  let kind: String
  private let payload: SharedBytes
  /// Where each entry starts in `payload`, in file order.
  private let starts: [Int]
  /// Open addressing: entry number + 1 at the slot of its blob id's first bits (0 = empty).
  private let table: [Int32]

  var count: Int { starts.count }

  /// Loads `<kind>-<rule set id>`; an absent, damaged or older file gives an empty cache.
  init(gitDirectory: String, kind: String, rulesID: String) {
    file = CacheFile(gitDirectory: gitDirectory, name: "\(kind)-\(rulesID)")
    self.kind = kind
    let loaded = file.map(version: Self.formatVersion) ?? SharedBytes([])
    var starts: [Int] = []
    if loaded.count > 0 {
      do throws(CorruptCache) {
        var reader = ByteReader(loaded)
        let count = try reader.int()
        guard count >= 0, count <= loaded.count / 36, count < Int(Int32.max) else { throw CorruptCache() }
        starts.reserveCapacity(count)
        for _ in 0..<count {
          starts.append(reader.offset)
          _ = try reader.skip(ObjectID.byteCount)
          _ = try reader.skip(try reader.int())
          _ = try reader.skip(try reader.int())
        }
        guard reader.isAtEnd else { throw CorruptCache() }
      } catch {
        starts = []
      }
    }
    payload = starts.isEmpty ? SharedBytes([]) : loaded
    self.starts = starts
    var size = 16
    while size < starts.count * 2 { size *= 2 }
    var table = [Int32](repeating: 0, count: size)
    loaded.withUnsafeBytes { bytes in
      for (number, start) in starts.enumerated() {
        var slot = Self.slot(bytes.loadUnaligned(fromByteOffset: start, as: UInt64.self), size)
        while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
        table[slot] = Int32(number + 1)
      }
    }
    self.table = table
  }

  private static func slot(_ firstBytes: UInt64, _ size: Int) -> Int {
    Int(truncatingIfNeeded: firstBytes) & (size - 1)
  }

  /// The entry number of `key`, comparing blob id and path bytes in place.
  private func find(_ key: Key) -> Int? {
    guard !starts.isEmpty else { return nil }
    return key.blob.withBytes { blob in
      var path = key.path
      return path.withUTF8 { path in
        payload.withUnsafeBytes { bytes -> Int? in
          var slot = Self.slot(blob.loadUnaligned(as: UInt64.self), table.count)
          while table[slot] != 0 {
            let number = Int(table[slot]) - 1
            let start = starts[number]
            let pathLength = Int(bytes.loadUnaligned(fromByteOffset: start + 20, as: UInt64.self))
            if pathLength == path.count, memcmp(bytes.baseAddress! + start, blob.baseAddress!, 20) == 0,
              path.isEmpty || memcmp(bytes.baseAddress! + start + 28, path.baseAddress!, path.count) == 0
            {
              return number
            }
            slot = (slot + 1) & (table.count - 1)
          }
          return nil
        }
      }
    }
  }

  /// Where the value of entry `number` lies in `payload`.
  private func valueRange(_ number: Int) -> Range<Int> {
    payload.withUnsafeBytes { bytes in
      let pathLength = Int(bytes.loadUnaligned(fromByteOffset: starts[number] + 20, as: UInt64.self))
      let lengthOffset = starts[number] + 28 + pathLength
      let length = Int(bytes.loadUnaligned(fromByteOffset: lengthOffset, as: UInt64.self))
      return lengthOffset + 8..<lengthOffset + 8 + length
    }
  }

  /// A copy of the stored value for `key`.
  func value(for key: Key) -> [UInt8]? {
    find(key).map { ByteRegion(payload, valueRange($0)).array }
  }

  /// A reader positioned at the stored value for `key` (sharing the loaded bytes, not copying them), and the
  /// offset where the value ends.
  func reader(for key: Key) -> (reader: ByteReader, end: Int)? {
    guard let number = find(key) else { return nil }
    let range = valueRange(number)
    var reader = ByteReader(payload)
    reader.offset = range.lowerBound
    return (reader, range.upperBound)
  }

  /// The document stored for the file at `path` with the blob of `entry` (in a `documents` cache), or nil
  /// when there is none or it does not decode.
  func document(for entry: SnapshotEntry, path: String) -> Node? {
    guard let (start, end) = reader(for: Key(blob: entry.blobID, path: path)), case var reader = start,
      let document = try? reader.node(), reader.offset == end
    else { return nil }
    return document
  }

  /// Writes the entries of this run — `keys` (distinct), each with a new value appended by
  /// `encodeNew(i, &writer)` when `isNew(i)`, otherwise the stored one — followed by earlier entries not used
  /// now, up to `keepingOlder` of them (by default as many as this run used), so that switching between nearby
  /// revisions stays warm while the file stays bounded. The file is streamed out: values are never held one by
  /// one nor all at once. Other processes see the old or the new file, never a mix; when two runs save at once, the last one wins and
  /// both are correct.
  func save(
    keys: [Key], isNew: (Int) -> Bool, keepingOlder: Int? = nil, encodeNew: (Int, inout ByteWriter) -> Void
  ) {
    var used = [Bool](repeating: false, count: starts.count)
    var stored = [Int32](repeating: -1, count: keys.count)
    var count = 0
    for position in keys.indices {
      if let number = find(keys[position]) {
        used[number] = true
        stored[position] = Int32(number)
      }
      if isNew(position) || stored[position] >= 0 { count += 1 }
    }
    let older = starts.indices.lazy.filter { !used[$0] }.prefix(keepingOlder ?? keys.count)
    file.save(version: Self.formatVersion) { stream in
      stream.writer.int(count + older.count)
      for (position, key) in keys.enumerated() where isNew(position) || stored[position] >= 0 {
        stream.writer.objectID(key.blob)
        stream.writer.string(key.path)
        let lengthOffset = stream.writer.bytes.count
        stream.writer.int(0)
        let valueStart = stream.writer.bytes.count
        if isNew(position) {
          encodeNew(position, &stream.writer)
        } else {
          ByteRegion(payload, valueRange(Int(stored[position]))).withUnsafeBufferPointer { stream.writer.raw($0) }
        }
        Self.patch(&stream.writer, at: lengthOffset, stream.writer.bytes.count - valueStart)
        stream.flushIfLarge()
      }
      for number in older {
        ByteRegion(payload, starts[number]..<valueRange(number).upperBound).withUnsafeBufferPointer {
          stream.writer.raw($0)
        }
        stream.flushIfLarge()
      }
    }
    removeOldGenerations()
  }

  private static func patch(_ writer: inout ByteWriter, at offset: Int, _ value: Int) {
    withUnsafeBytes(of: UInt64(value).littleEndian) { bytes in
      writer.bytes.replaceSubrange(offset..<offset + 8, with: bytes)
    }
  }

  /// Deletes the oldest files of the same kind beyond ``generationsKept`` (caches of earlier rule sets).
  private func removeOldGenerations() {
    file.removeOlderSiblings(named: kind, keeping: Self.generationsKept)
  }
}
