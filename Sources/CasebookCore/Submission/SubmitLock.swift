import CasebookText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Serialises `casebook submit` runs in one repository, so that two at the same moment do not both read the
/// index, each add their files and overwrite the other's.
///
/// The lock is a kernel lock (`flock`) on the folder `<git dir>/casebook`: it ends with the process that
/// holds it, so a killed submit never leaves a lock that blocks the next one, and deleting a file cannot
/// break it. Beside it, `<git dir>/casebook/submit.lock` records who holds it (process id, host, the
/// process's start time) so that a waiting submit can say who it waits for. A record whose process is gone
/// (or whose process id now belongs to another program, told by its start time) is stale: it is left by a
/// submit that was killed, and the next submit simply takes the lock and writes its own record. Plain git
/// commands do not take this lock; against those, the compare-and-swap on the branch and git's own
/// `index.lock` protect the repository.
final class SubmitLock {
  private let folder: ConfinedFolder
  private let descriptor: Int32

  /// The name of the record beside the lock.
  static let recordName = "submit.lock"

  private init(folder: ConfinedFolder, descriptor: Int32) {
    self.folder = folder
    self.descriptor = descriptor
  }

  /// Waits up to `timeout` seconds for the lock; throws `submitInProgress` when another submit still holds
  /// it, and `unwritable` when `<git dir>/casebook` is a link or cannot be made.
  static func acquire(gitDirectory: String, timeout: Double = 10) throws(CatalogueError) -> SubmitLock {
    guard let folder = try ConfinedFolder.root(gitDirectory).folder("casebook", create: true) else {
      throw .unwritable(path: "casebook", reason: Message(SubmissionText.folderNotMade))
    }
    let descriptor = folder.openItself()
    guard descriptor >= 0 else { throw .unwritable(path: gitDirectory + "casebook", reason: FileSystem.lastErrorText()) }
    let attempts = max(1, Int(timeout * 20))
    for attempt in 1...attempts {
      if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
        let lock = SubmitLock(folder: folder, descriptor: descriptor)
        lock.writeRecord()
        return lock
      }
      guard errno == EWOULDBLOCK || errno == EINTR else { break }
      if attempt < attempts { usleep(50_000) }
    }
    let holder = LockHolder.read(from: folder)
    close(descriptor)
    throw .submitInProgress(
      path: (gitDirectory.hasSuffix("/") ? gitDirectory : gitDirectory + "/") + "casebook/" + recordName,
      holder: holder?.message)
  }

  private func writeRecord() {
    folder.remove(Self.recordName)
    try? folder.writeFile(
      Self.recordName, Array(LockHolder.current().text.utf8), executable: false, existing: .replace)
  }

  deinit {
    folder.remove(Self.recordName)
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}

/// Who holds (or held) the submit lock, as its record says.
struct LockHolder: Equatable {
  var processID: Int32
  var host: String
  /// The process's start time in clock ticks after boot (`/proc/PID/stat`, field 22); 0 when unknown.
  var startTicks: UInt64
  /// When the lock was taken, seconds since 1970.
  var since: Int64

  /// This process.
  static func current() -> LockHolder {
    LockHolder(
      processID: getpid(), host: hostName(), startTicks: startTicks(of: getpid()) ?? 0, since: Int64(time(nil)))
  }

  var text: String { "pid \(processID)\nhost \(host)\nstart \(startTicks)\nsince \(since)\n" }

  /// The record in `folder`, when there is a readable one.
  static func read(from folder: ConfinedFolder) -> LockHolder? {
    let file = folder.openForReading(SubmitLock.recordName)
    guard file >= 0 else { return nil }
    defer { close(file) }
    guard let bytes = try? FileSystem.read(descriptor: file, limit: 4096, header: 0).body else { return nil }
    return parse(String(decoding: bytes, as: UTF8.self))
  }

  static func parse(_ text: String) -> LockHolder? {
    var fields: [Substring: Substring] = [:]
    for line in text.split(separator: "\n") {
      guard let space = line.firstIndex(of: " ") else { continue }
      fields[line[..<space]] = line[line.index(after: space)...]
    }
    guard let pid = fields["pid"].flatMap({ Int32($0) }), let host = fields["host"] else { return nil }
    return LockHolder(
      processID: pid, host: String(host), startTicks: fields["start"].flatMap { UInt64($0) } ?? 0,
      since: fields["since"].flatMap { Int64($0) } ?? 0)
  }

  /// True when the process still runs on this host: same id and, where known, same start time.
  var isAliveHere: Bool {
    guard host == Self.hostName() else { return false }
    guard kill(processID, 0) == 0 || errno == EPERM else { return false }
    guard startTicks != 0, let now = Self.startTicks(of: processID) else { return true }
    return now == startTicks
  }

  /// Words for messages: which process, where, since when, and whether it still runs.
  var message: Message {
    var time = time_t(since)
    var parts = tm()
    var clock = MessageArgument.text("")
    if localtime_r(&time, &parts) != nil {
      func two(_ number: Int32) -> String { number < 10 ? "0\(number)" : "\(number)" }
      clock = .message(Message(SubmissionText.since, .text("\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))")))
    }
    let process = MessageArgument.text(String(processID))
    if host != Self.hostName() { return Message(SubmissionText.holderElsewhere, process, .text(host), clock) }
    return Message(isAliveHere ? SubmissionText.holderRunning : SubmissionText.holderHere, process, clock)
  }

  static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Field 22 of `/proc/PID/stat`: when the process started, in clock ticks after boot.
  static func startTicks(of pid: Int32) -> UInt64? {
    guard let bytes = try? FileSystem.read("/proc/\(pid)/stat", limit: 4096) else { return nil }
    let text = String(decoding: bytes, as: UTF8.self)
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last `)`.
    guard let close = text.lastIndex(of: ")") else { return nil }
    let fields = text[text.index(after: close)...].split(separator: " ")
    return fields.count > 19 ? UInt64(fields[19]) : nil
  }
}
