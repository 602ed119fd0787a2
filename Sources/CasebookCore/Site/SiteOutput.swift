#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import CasebookText
import Foundation

/// Why a site could not be written.
public enum SiteError: Error, Sendable, CustomStringConvertible {
  /// The catalogue could not be read.
  case catalogue(CatalogueError)
  /// The output folder holds files, but no site that casebook wrote.
  case notASite(path: String)
  /// The output folder, or a folder or file inside it, is a symbolic link or not what it should be.
  case unsafePath(path: String, reason: Message)
  /// Writing failed.
  case unwritable(path: String, reason: Message)
  /// An option has a value that cannot be used.
  case badOption(Message)

  /// True for mistakes in the command line: a bad option, or an output folder that is not casebook's.
  public var isUsageError: Bool {
    switch self {
    case .catalogue(let error): error.isUsageError
    case .notASite, .badOption: true
    case .unsafePath, .unwritable: false
    }
  }

  /// What happened and what to do.
  public var message: Message {
    switch self {
    case .catalogue(let error): error.message
    case .notASite(let path): Message(SiteErrorText.notASite, .code(path))
    case .unsafePath(let path, let reason): Message(SiteErrorText.unsafePath, .code(path), .message(reason))
    case .unwritable(let path, let reason): Message(SiteErrorText.unwritable, .code(path), .message(reason))
    case .badOption(let message): message
    }
  }

  /// The message in English, for logs and tests.
  public var description: String { message.text(.en) }
}

/// Writes the site's files into one folder and nowhere else, through ``ConfinedFolder``: every folder below it
/// is opened without following symbolic links, every file is written beside its final name and renamed over
/// it (so a reader never sees half a file, and a link planted in its place is replaced, never followed), and a
/// file whose bytes are already right is left alone. A marker file records what casebook wrote, so that a folder of
/// other files is never overwritten and files of pages that no longer exist are removed on the next build.
final class SiteOutput: @unchecked Sendable {
  // Safe: `folders`, `recorded`, `written` and `unchanged` are only touched under `lock`.
  /// The marker's name inside the output folder.
  static let markerName = ".casebook-site"
  static let markerHeader = "casebook site 2"

  let root: String
  private let rootFolder: ConfinedFolder
  private let lock = NSLock()
  private var folders: [String: ConfinedFolder] = [:]
  private(set) var written = 0
  private(set) var unchanged = 0
  /// The files the previous build wrote, from the marker.
  let previousFiles: Set<String>
  /// What the previous build recorded per file: the digest of its inputs and its size.
  private let previous: [String: (key: String, size: Int)]
  /// True when the folder held nothing when this build began.
  private let isFresh: Bool
  /// What this build recorded so far.
  private var recorded: [String: (key: String, size: Int)] = [:]

  /// Opens (or creates) the output folder `path`; refuses a folder with files but no marker.
  init(path: String) throws(SiteError) {
    let absolute = path.hasPrefix("/") ? path : FileSystem.currentDirectory() + "/" + path
    root = PathText.normalize(absolute)
    var status = stat()
    if lstat(root, &status) != 0 {
      guard errno == ENOENT else { throw .unwritable(path: path, reason: FileSystem.lastErrorText()) }
      guard mkdir(root, 0o755) == 0 else { throw .unwritable(path: path, reason: FileSystem.lastErrorText()) }
    } else if status.st_mode & S_IFMT == S_IFLNK {
      throw .unsafePath(path: path, reason: Message(SiteErrorText.symbolicLink))
    } else if status.st_mode & S_IFMT != S_IFDIR {
      throw .unsafePath(path: path, reason: Message(SiteErrorText.fileNotFolder))
    }
    do {
      rootFolder = try ConfinedFolder.root(root, followingLink: false)
    } catch {
      throw Self.siteError(error)
    }
    let names = rootFolder.names()
    if let marker = Self.readFile(rootFolder, Self.markerName) {
      guard let previous = Self.parseMarker(marker) else { throw .notASite(path: path) }
      self.previous = previous
      previousFiles = Set(previous.keys)
      isFresh = false
      recorded.reserveCapacity(previous.count)
    } else if names.isEmpty {
      previous = [:]
      previousFiles = []
      isFresh = true
      // Marked at once, so that a build stopped half-way can be run again.
      do {
        try rootFolder.writeFile(Self.markerName, Array((Self.markerHeader + "\n").utf8), executable: false, existing: .replace)
      } catch {
        throw Self.siteError(error)
      }
    } else {
      throw .notASite(path: path)
    }
  }

  /// The files a marker names, with the digest and size recorded for each; nil when it is no marker. Read as
  /// bytes: a site's marker has a line per file, tens of thousands of them.
  static func parseMarker(_ marker: [UInt8]) -> [String: (key: String, size: Int)]? {
    let lines = marker.split(separator: UInt8(ascii: "\n"))
    guard let header = lines.first, header.starts(with: "casebook site ".utf8) else { return nil }
    let current = header.elementsEqual(markerHeader.utf8)
    var previous: [String: (key: String, size: Int)] = [:]
    previous.reserveCapacity(lines.count)
    for line in lines.dropFirst() {
      let fields = line.split(separator: UInt8(ascii: "\t"), maxSplits: 3, omittingEmptySubsequences: false)
      let path = String(decoding: fields[0], as: UTF8.self)
      // A marker of another format still names the files casebook wrote, but records no digests.
      guard current, fields.count == 3 else {
        previous[path] = ("-", -1)
        continue
      }
      var size = 0
      for digit in fields[2] {
        guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9"), size < Int.max / 10 - 10 else {
          size = -1
          break
        }
        size = size * 10 + Int(digit - UInt8(ascii: "0"))
      }
      previous[path] = (String(decoding: fields[1], as: UTF8.self), fields[2].isEmpty ? -1 : size)
    }
    return previous
  }

  /// A refusal or failure of ``ConfinedFolder`` as the site's error.
  static func siteError(_ error: CatalogueError) -> SiteError {
    guard case .unwritable(let path, let reason) = error else { return .catalogue(error) }
    let refused = [Message(ReadText.linkedFolder), Message(ReadText.notAFolder), Message(ReadText.leadsOut)]
    return refused.contains(reason) ? .unsafePath(path: path, reason: reason) : .unwritable(path: path, reason: reason)
  }

  /// True for a name casebook may write: letters, digits, `.`, `_` and `-`, not starting with a dot.
  static func isSafeName(_ name: Substring) -> Bool {
    !name.isEmpty && name.first != "." && name.utf8.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
        true
      default: false
      }
    }
  }

  /// `path` as its folder (empty for the root) and its name, when each of its parts is a safe name
  /// (``isSafeName(_:)``); one pass over its bytes, as it runs for every file of every build.
  static func safeParts(_ path: String) -> (folder: String, name: String)? {
    let bytes = path.utf8
    var partStart = bytes.startIndex
    var lastSlash: String.Index?
    var position = bytes.startIndex
    while true {
      let atEnd = position == bytes.endIndex
      if atEnd || bytes[position] == UInt8(ascii: "/") {
        guard isSafeName(path[partStart..<position]) else { return nil }
        if atEnd { break }
        lastSlash = position
        partStart = bytes.index(after: position)
      }
      position = bytes.index(after: position)
    }
    guard let lastSlash else { return ("", path) }
    return (String(path[..<lastSlash]), String(path[bytes.index(after: lastSlash)...]))
  }

  /// True when the previous build recorded `key` for `path` and the file is still there with the size it
  /// recorded: the page need not be made again. Records the file for this build.
  func isCurrent(_ path: String, key: String) -> Bool {
    guard let known = previous[path], known.key == key, known.size >= 0 else { return false }
    guard let (folderPath, name) = Self.safeParts(path), let folder = try? self.folder(folderPath, create: false),
      let status = folder.status(name), status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == known.size
    else { return false }
    lock.lock()
    recorded[path] = known
    unchanged += 1
    lock.unlock()
    return true
  }

  /// Writes `bytes` at `path` (relative to the output folder) unless the file holds them already, and records
  /// the digest of the page's inputs (`key`) for the next build.
  func write(_ path: String, _ bytes: [UInt8], key: String? = nil) throws(SiteError) {
    lock.lock()
    recorded[path] = (key ?? "-", bytes.count)
    lock.unlock()
    guard let (folderPath, name) = Self.safeParts(path) else {
      throw .unsafePath(path: path, reason: Message(SiteErrorText.unsafeName))
    }
    let folder = try self.folder(folderPath)
    // Into a folder this build started empty, a file is made in place: there is no earlier page a reader could
    // see half replaced, and nothing to compare with. Should a file be there after all, it is replaced as usual.
    if isFresh {
      do {
        try folder.writeFile(name, bytes, executable: false, existing: .refuse)
        count(written: true)
        return
      } catch {
        guard case .fileExists = error else { throw Self.siteError(error) }
      }
    }
    if let existing = Self.readFile(folder, name, expectedSize: bytes.count), existing == bytes {
      count(written: false)
      return
    }
    do {
      try folder.writeFile(name, bytes, executable: false, existing: .replace)
    } catch {
      throw Self.siteError(error)
    }
    count(written: true)
  }

  private func count(written isWritten: Bool) {
    lock.lock()
    if isWritten { written += 1 } else { unchanged += 1 }
    lock.unlock()
  }

  /// Removes the files of the previous build that this one did not write, then records this build's files
  /// with their digests and sizes.
  func finish(files: Set<String>) throws(SiteError) -> Int {
    var removed = 0
    for path in previousFiles.subtracting(files).sorted() {
      let parts = path.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.allSatisfy(Self.isSafeName), let folder = try? self.folder(parts.dropLast().joined(separator: "/"), create: false)
      else { continue }
      if let status = folder.status(String(parts.last!)), status.st_mode & S_IFMT != S_IFDIR {
        folder.remove(String(parts.last!))
        removed += 1
      }
    }
    lock.lock()
    let entries = recorded
    lock.unlock()
    let lines = files.sorted().map { path in
      let entry = entries[path] ?? ("-", -1)
      return "\(path)\t\(entry.key)\t\(entry.size)"
    }
    let marker = ([Self.markerHeader] + lines).joined(separator: "\n") + "\n"
    do {
      try rootFolder.writeFile(Self.markerName, Array(marker.utf8), executable: false, existing: .replace)
    } catch {
      throw Self.siteError(error)
    }
    return removed
  }

  /// A folder below the root, opened (and made) part by part without following links; each folder is
  /// opened once per build.
  private func folder(_ relative: String, create: Bool = true) throws(SiteError) -> ConfinedFolder {
    if relative.isEmpty { return rootFolder }
    lock.lock()
    defer { lock.unlock() }
    if let known = folders[relative] { return known }
    var current = rootFolder
    var sofar = ""
    for part in relative.split(separator: "/") {
      sofar += sofar.isEmpty ? String(part) : "/" + part
      if let known = folders[sofar] {
        current = known
        continue
      }
      let next: ConfinedFolder?
      do {
        next = try current.folder(String(part), create: create)
      } catch {
        throw Self.siteError(error)
      }
      guard let next else { throw .unwritable(path: sofar, reason: Message(SiteErrorText.linkOrFile)) }
      folders[sofar] = next
      current = next
    }
    return current
  }

  /// The bytes of the regular file `name` in `folder` (never through a link); nil when there is none, or when
  /// its size is not `expectedSize`.
  static func readFile(_ folder: ConfinedFolder, _ name: String, expectedSize: Int? = nil) -> [UInt8]? {
    let descriptor = folder.openForReading(name)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    let size = Int(status.st_size)
    if let expectedSize, size != expectedSize { return nil }
    var bytes = [UInt8](repeating: 0, count: size)
    var done = 0
    while done < size {
      let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + done, size - done) }
      guard count > 0 else { return nil }
      done += count
    }
    return bytes
  }
}
