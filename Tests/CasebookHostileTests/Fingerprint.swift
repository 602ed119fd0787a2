import CasebookGit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Everything on disk below a folder, `.git` included: for each path its type, permissions, modification
/// time and content hash (or link target). Two equal fingerprints mean nothing was written, created,
/// removed or touched in between — except casebook's own result cache (`casebook/` in the git directory),
/// which validation may write by design; it is left out, and so are folders' times (a folder's entries are
/// compared one by one instead, so a file added anywhere else still shows).
struct Fingerprint: Equatable {
  var entries: [String: String]

  init(of root: String) {
    entries = [:]
    var pending = [""]
    while let relative = pending.popLast() {
      let path = relative.isEmpty ? root : root + "/" + relative
      var status = stat()
      guard lstat(path, &status) == 0 else { continue }
      let time = "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
      let permissions = String(status.st_mode & 0o7777, radix: 8)
      switch status.st_mode & S_IFMT {
      case S_IFDIR:
        entries[relative] = "folder \(permissions)"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        pending += names.map { relative.isEmpty ? $0 : relative + "/" + $0 }.filter { !Self.isResultCache($0) }
      case S_IFLNK:
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        entries[relative] = "link \(target) \(time)"
      case S_IFREG:
        let hash = ObjectID.blob(hashing: contents(of: path))
        entries[relative] = "file \(permissions) \(status.st_size) \(hash) \(time)"
      default:
        entries[relative] = "other \(status.st_mode) \(time)"
      }
    }
  }

  /// True for casebook's cache folder in a working repository (`.git/casebook`) or a bare one (`casebook`).
  static func isResultCache(_ relative: String) -> Bool {
    relative == ".git/casebook" || relative == "casebook"
  }

  /// The paths whose entries differ, for a readable failure.
  func differences(from other: Fingerprint) -> [String] {
    Set(entries.keys).union(other.entries.keys).filter { entries[$0] != other.entries[$0] }.sorted()
  }
}
