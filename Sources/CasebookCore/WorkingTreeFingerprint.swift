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
  /// SHA-1 over the description of every entry, in a fixed order, and the caller's context.
  let digest: ObjectID
  /// True when the newest time among the files and links lies at least ``settleSeconds`` before the walk
  /// began, so that a later change to any of them must show in its times.
  let isSettled: Bool

  /// How far in the past every covered time must lie for a fingerprint to be trusted: more than the coarsest
  /// timestamp granularity of a common file system (FAT keeps modification times in 2-second steps).
  static let settleSeconds: Int64 = 3

  /// The fingerprint of `folders` (relative to `root`, which ends with a slash), mixed with `context` (what
  /// else the caller's result depends on). Nil when a folder cannot be read, when there are more than
  /// `maxFiles` files or folders nest deeper than ``FingerprintWalk/maxDepth``: the caller then takes the
  /// slow path, which reports such problems properly. Municipality folders are walked in parallel.
  static func take(
    root: String, folders: [String], context: String, maxFiles: Int, now: Int64 = currentTime()
  ) -> WorkingTreeFingerprint? {
    let budget = EntryBudget()
    var top = FingerprintWalk(maxFiles: maxFiles, budget: budget)
    top.bytes.append(contentsOf: "casebook-worktree-1\n\(context)\n".utf8)
    var jobs: [String]? = []
    for folder in folders {
      guard top.describe(root: root, folder: folder, deferring: &jobs) else { return nil }
    }
    let deferred = jobs ?? []
    let parts = ResultSlots<FingerprintWalk.Part>(count: deferred.count)
    DispatchQueue.concurrentPerform(iterations: deferred.count) { index in
      var walk = FingerprintWalk(maxFiles: maxFiles, budget: budget)
      var none: [String]? = nil
      if walk.describe(root: root, folder: deferred[index], deferring: &none) { parts.set(index, walk.part) }
    }
    var newest = top.newest
    for part in parts.all {
      guard let part else { return nil }
      top.bytes.append(contentsOf: part.digest.bytes)
      newest = max(newest, part.newest)
    }
    return WorkingTreeFingerprint(
      digest: .blob(hashing: top.bytes), isSettled: newest + settleSeconds <= now)
  }
}

extension WorkingTreeFingerprint {
  /// The time now, in seconds since 1970, as file times count.
  static func currentTime() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Int64(now.tv_sec)
  }
}

/// One walk over a folder tree, writing a description of every entry to ``bytes``.
struct FingerprintWalk {
  /// Deeper folders make the walk give up (and the caller take the slow path).
  static let maxDepth = 32

  let maxFiles: Int
  let budget: EntryBudget
  var bytes: [UInt8] = []
  /// The newest modification or status-change time seen, in seconds.
  var newest: Int64 = 0

  init(maxFiles: Int, budget: EntryBudget) {
    self.maxFiles = maxFiles
    self.budget = budget
    bytes.reserveCapacity(4096)
  }

  /// A walk's result, for splicing into the walk that deferred it.
  struct Part: Sendable {
    let digest: ObjectID
    let newest: Int64
  }

  var part: Part { Part(digest: .blob(hashing: bytes), newest: newest) }

  /// Describes the entry `folder` (relative to `root`) and, when it is a folder, everything below it. With
  /// `deferring`, municipality folders are only named, and listed there to be walked separately.
  mutating func describe(root: String, folder: String, deferring deferred: inout [String]?) -> Bool {
    append(name: folder)
    var status = stat()
    guard lstat(root + folder, &status) == 0 else {
      bytes.append(0)  // absent: the catalogue is read the same way without it
      return errno == ENOENT
    }
    guard status.st_mode & S_IFMT == S_IFDIR else { return describe(status) }
    bytes.append(UInt8(ascii: "d"))
    let descriptor = open(root + folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    return describeFolder(descriptor, path: folder, depth: 0, deferring: &deferred)
  }

  /// Describes the entries of the folder open at `descriptor` (which this closes) in the bytes order of their
  /// names, walking into subfolders as they come.
  private mutating func describeFolder(
    _ descriptor: Int32, path: String, depth: Int, deferring deferred: inout [String]?
  ) -> Bool {
    guard depth < Self.maxDepth, let directory = fdopendir(descriptor) else {
      close(descriptor)
      return false
    }
    defer { closedir(directory) }
    // Names end to end, each followed by a NUL so that it can be passed to the system as it lies.
    var names: [UInt8] = []
    var entries: [(start: Int, count: Int, type: UInt8)] = []
    errno = 0
    while let entry = readdir(directory) {
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
    guard errno == 0 else { return false }
    return names.withUnsafeBufferPointer { names in
      let base = names.baseAddress!
      entries.sort { first, second in
        let order = memcmp(base + first.start, base + second.start, min(first.count, second.count))
        return order != 0 ? order < 0 : first.count < second.count
      }
      let folderDescriptor = dirfd(directory)
      for entry in entries {
        let name = UnsafeBufferPointer(rebasing: names[entry.start..<(entry.start + entry.count)])
        let cName = UnsafeRawPointer(base + entry.start).assumingMemoryBound(to: CChar.self)
        append(name: name)
        if name.elementsEqual(".git".utf8) {
          bytes.append(UInt8(ascii: "g"))  // a nested repository stands for itself; its content is not read
          continue
        }
        if entry.type != DT_DIR {
          var status = stat()
          guard fstatat(folderDescriptor, cName, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
          if status.st_mode & S_IFMT != S_IFDIR {
            guard describe(status) else { return false }
            continue
          }
        }
        bytes.append(UInt8(ascii: "d"))
        let subpath = path + "/" + String(decoding: name, as: UTF8.self)
        if deferred != nil, depth == 1, path.utf8.starts(with: "\(CatalogueLayout.casesFolder)/".utf8) {
          append(number: UInt64(deferred!.count))
          deferred!.append(subpath)
          continue
        }
        let child = openat(folderDescriptor, cName, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0, describeFolder(child, path: subpath, depth: depth + 1, deferring: &deferred) else {
          return false
        }
      }
      return true
    }
  }

  /// Describes a file, link or other entry that is not a folder.
  private mutating func describe(_ status: stat) -> Bool {
    let type = status.st_mode & S_IFMT
    switch type {
    case S_IFREG, S_IFLNK:
      guard (try? budget.take(1, limit: maxFiles)) != nil else { return false }
      #if os(Linux)
        let (modified, changed) = (status.st_mtim, status.st_ctim)
      #else
        let (modified, changed) = (status.st_mtimespec, status.st_ctimespec)
      #endif
      bytes.append(type == S_IFREG ? UInt8(ascii: "f") : UInt8(ascii: "l"))
      for number in [
        UInt64(status.st_mode), UInt64(status.st_size), UInt64(status.st_ino), UInt64(status.st_dev),
        UInt64(bitPattern: Int64(modified.tv_sec)), UInt64(modified.tv_nsec),
        UInt64(bitPattern: Int64(changed.tv_sec)), UInt64(changed.tv_nsec),
      ] {
        append(number: number)
      }
      newest = max(newest, Int64(modified.tv_sec), Int64(changed.tv_sec))
    default:
      guard (try? budget.take(1, limit: maxFiles)) != nil else { return false }
      bytes.append(UInt8(ascii: "o"))
      append(number: UInt64(status.st_mode))
    }
    return true
  }

  private mutating func append(name: some Collection<UInt8>) {
    append(number: UInt64(name.count))
    bytes.append(contentsOf: name)
  }

  private mutating func append(name: String) { append(name: Array(name.utf8)) }

  private mutating func append(number: UInt64) {
    withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
  }
}
