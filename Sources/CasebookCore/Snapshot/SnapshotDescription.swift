import CasebookGit
import CasebookText

extension Workspace {
  /// Which version of the catalogue `snapshot` is, in words for a report's reader: a revision by its name and
  /// short commit id; the working tree by the short id of the commit it is at (HEAD), saying so when its
  /// `cases/` or `schema/` files differ from that commit. The same files give the same words.
  public func versionDescription(of snapshot: Snapshot) -> Message {
    guard case .workingTree = snapshot.origin else { return snapshot.label }
    guard let head = try? resolve("HEAD"), let committed = try? self.snapshot(ofCommit: head, named: "HEAD") else {
      return Message(SnapshotText.notCommitted)
    }
    let short = String(head.hex.prefix(7))
    let same =
      committed.entries.count == snapshot.entries.count
      && zip(committed.entries, snapshot.entries).allSatisfy { $0.path == $1.path && $0.blobID == $1.blobID }
    return Message(same ? SnapshotText.atCommit : SnapshotText.atCommitWithChanges, .text(short))
  }
}
