/// Which content key recent states of the working tree had, by ``WorkingTreeFingerprint``: with it a warm
/// `search` in the working tree finds its cached index from the files' stat data alone, without the index's
/// blob ids or hashing a file. Kept in `<git dir>/casebook/cache/worktree-keys`, the most recent first.
struct WorkingTreeKeys {
  static let cacheName = "worktree-keys"
  static let formatVersion: UInt32 = 1
  /// States remembered; older ones are dropped (a miss only costs the slow path once).
  static let kept = 8

  let file: CacheFile

  init(gitDirectory: String) {
    file = CacheFile(gitDirectory: gitDirectory, name: Self.cacheName)
  }

  /// The key remembered for `fingerprint`, if any.
  func key(for fingerprint: FingerprintDigest) -> String? {
    entries().first { $0.fingerprint == fingerprint }?.key
  }

  /// Remembers `key` for `fingerprint`, in front of the others. Best effort, like every cache file: when two
  /// processes do this at once, the last writer wins and the other state is simply looked up again later.
  func remember(_ key: String, for fingerprint: FingerprintDigest) {
    var writer = ByteWriter()
    // Read again rather than kept from the lookup: another process may have remembered states meanwhile.
    let others = entries().filter { $0.fingerprint != fingerprint }.prefix(Self.kept - 1)
    writer.int(others.count + 1)
    for entry in [(fingerprint, key)] + others {
      writer.uint64(entry.fingerprint.high)
      writer.uint64(entry.fingerprint.low)
      writer.string(entry.key)
    }
    file.save(writer.bytes, version: Self.formatVersion)
  }

  /// The remembered states; none when the file is missing or damaged.
  private func entries() -> [(fingerprint: FingerprintDigest, key: String)] {
    guard let payload = file.load(version: Self.formatVersion) else { return [] }
    var reader = ByteReader(payload)
    do throws(CorruptCache) {
      let count = try reader.int()
      guard count >= 0, count <= Self.kept else { return [] }
      var entries: [(fingerprint: FingerprintDigest, key: String)] = []
      for _ in 0..<count {
        entries.append((FingerprintDigest(high: try reader.uint64(), low: try reader.uint64()), try reader.string()))
      }
      return reader.isAtEnd ? entries : []
    } catch {
      return []
    }
  }
}
