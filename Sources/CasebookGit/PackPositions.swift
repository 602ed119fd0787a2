internal import CGit2

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

extension Repository {
  /// Where each object lies in the repository's packs, as numbers that sort like the objects' places on disk
  /// (pack by pack, then by offset); `UInt64.max` for an object in no pack (loose, or in an alternate). nil
  /// when the repository has no readable pack index, so there is nothing to order by.
  ///
  /// Only an order for reading: libgit2 maps packs through a bounded number of windows, and reading many
  /// objects in path order jumps around a large pack, unmapping and mapping windows again and again. Reading
  /// in pack order maps each window about once. The pack index files (`objects/pack/*.idx`, version 2) are
  /// read directly, since libgit2 does not expose pack offsets; a damaged index file is skipped, never
  /// trusted for anything but this order.
  public func packPositions(of ids: [ObjectID]) -> [UInt64]? {
    guard let common = git_repository_commondir(pointer).map({ String(cString: $0) }) else { return nil }
    let folder = common + (common.hasSuffix("/") ? "" : "/") + "objects/pack/"
    let indexes = Self.packIndexNames(in: folder).prefix(Self.maxPackIndexes).compactMap {
      PackIndexFile(path: folder + $0)
    }
    guard !indexes.isEmpty else { return nil }
    return ids.map { id in
      for (number, index) in indexes.enumerated() {
        if let offset = index.offset(of: id) { return UInt64(number) << 48 | min(offset, 1 << 48 - 1) }
      }
      return UInt64.max
    }
  }

  /// Beyond this many packs (git repacks long before) the packs after them in name order are not looked at:
  /// their objects sort last.
  static let maxPackIndexes = 64

  private static func packIndexNames(in folder: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    return FolderListing.names(in: directory).filter { $0.hasPrefix("pack-") && $0.hasSuffix(".idx") }
  }
}

/// One pack index file (`.idx`, version 2) mapped read-only, owning the mapping.
///
/// Layout (`git help gitformat-pack`): a magic number and version, 256 cumulative counts by first id byte,
/// the sorted ids, their CRC-32s, their 32-bit offsets (the high bit marks an index into a table of 64-bit
/// offsets that follows), then two checksums. Every read is checked against the file's size.
final class PackIndexFile {
  private let base: UnsafeRawPointer
  private let size: Int
  private let count: Int

  private static let magic: UInt32 = 0xff74_4f63
  private static let headerSize = 8
  private static let fanoutSize = 256 * 4
  private static let idSize = ObjectID.byteCount

  init?(path: String) {
    // Non-blocking: a FIFO named like an index must not hang the run (it is then refused as not regular).
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    let size = Int(status.st_size)
    let minimum = Self.headerSize + Self.fanoutSize + 2 * Self.idSize
    guard size >= minimum, let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      mapped != MAP_FAILED
    else { return nil }
    let base = UnsafeRawPointer(mapped)
    let count = Int(Self.word(base, Self.headerSize + Self.fanoutSize - 4))
    var valid = Self.word(base, 0) == Self.magic && Self.word(base, 4) == 2
      && size >= minimum + count * (Self.idSize + 8)
    var previous: UInt32 = 0
    for bucket in 0..<256 where valid {
      let total = Self.word(base, Self.headerSize + bucket * 4)
      valid = total >= previous && Int(total) <= count
      previous = total
    }
    guard valid else {
      munmap(mapped, size)
      return nil
    }
    self.base = base
    self.size = size
    self.count = count
  }

  deinit { munmap(UnsafeMutableRawPointer(mutating: base), size) }

  private static func word(_ base: UnsafeRawPointer, _ offset: Int) -> UInt32 {
    UInt32(bigEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
  }

  private func word(_ offset: Int) -> UInt32 { Self.word(base, offset) }

  private func id(at position: Int) -> ObjectID {
    let start = Self.headerSize + Self.fanoutSize + position * Self.idSize
    return ObjectID(bytes: UnsafeRawBufferPointer(start: base + start, count: Self.idSize))!
  }

  /// The offset of `id` in the pack, or nil when the pack does not hold it (or its entry is damaged).
  func offset(of id: ObjectID) -> UInt64? {
    let first = id.withBytes { Int($0[0]) }
    var low = first == 0 ? 0 : Int(word(Self.headerSize + (first - 1) * 4))
    var high = Int(word(Self.headerSize + first * 4))
    while low < high {
      let middle = (low + high) / 2
      let found = self.id(at: middle)
      if found == id { return offset(at: middle) }
      if found < id { low = middle + 1 } else { high = middle }
    }
    return nil
  }

  private func offset(at position: Int) -> UInt64? {
    let offsets = Self.headerSize + Self.fanoutSize + count * (Self.idSize + 4)
    let small = word(offsets + position * 4)
    guard small & 0x8000_0000 != 0 else { return UInt64(small) }
    let large = offsets + count * 4 + Int(small & 0x7fff_ffff) * 8
    guard large + 8 <= size - 2 * Self.idSize else { return nil }
    return UInt64(bigEndian: base.loadUnaligned(fromByteOffset: large, as: UInt64.self))
  }
}
