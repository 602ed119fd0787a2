#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Serialises `casebook submit` runs in one repository, so that two at the same moment do not both read the
/// index, each add their files and overwrite the other's. It is a kernel lock (`flock`) on
/// `<git dir>/casebook/submit.lock`: it ends with the process, so a crash never leaves a stale lock behind.
/// Plain git commands do not take it; against those, the compare-and-swap on the branch and git's own
/// `index.lock` protect the repository.
final class SubmitLock {
  private let descriptor: Int32

  private init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// Waits up to `timeout` seconds for the lock; throws `locked` when another submit still holds it.
  static func acquire(gitDirectory: String, timeout: Double = 10) throws(CatalogueError) -> SubmitLock {
    let folder = (gitDirectory.hasSuffix("/") ? gitDirectory : gitDirectory + "/") + "casebook"
    let path = folder + "/submit.lock"
    guard FileSystem.makeFolders(folder) else { throw .unwritable(path: folder, reason: FileSystem.lastErrorText()) }
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .unwritable(path: path, reason: FileSystem.lastErrorText()) }
    let attempts = max(1, Int(timeout * 20))
    for attempt in 1...attempts {
      if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return SubmitLock(descriptor: descriptor) }
      guard errno == EWOULDBLOCK || errno == EINTR else { break }
      if attempt < attempts { usleep(50_000) }
    }
    close(descriptor)
    throw .git(.locked(path: path))
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
