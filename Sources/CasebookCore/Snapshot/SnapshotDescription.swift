import CasebookGit
import CasebookText

extension Workspace {
  /// Which version of the catalogue `snapshot` is, in words for a report's reader: a revision by its name and
  /// short commit id; the working tree by the short id of the commit it is at (HEAD), saying so when its
  /// `cases/` or `schema/` files differ from that commit. The same files give the same words.
  public func versionDescription(of snapshot: Snapshot) -> Message {
    guard case .workingTree = snapshot.origin else { return snapshot.label }
    guard let head = try? resolve("HEAD"), let same = try? holdsSameFiles(snapshot, as: head) else {
      return Message(SnapshotText.notCommitted)
    }
    let short = String(head.hex.prefix(7))
    return Message(same ? SnapshotText.atCommit : SnapshotText.atCommitWithChanges, .text(short))
  }

  /// True when the commit's `cases/` and `schema/` list the same paths with the same blob ids as `snapshot`
  /// (modes aside). A municipality folder whose tree id at the commit is the one the snapshot's files in it
  /// make is not read: only changed folders are listed, so an edit costs a few folders, not the whole tree.
  func holdsSameFiles(_ snapshot: Snapshot, as commit: ObjectID) throws(CatalogueError) -> Bool {
    let (rest, folders) = try outline(ofCommit: commit, named: "HEAD")
    let entries = snapshot.entries
    var listed = rest.entries.count
    var restPosition = 0
    var folderPosition = 0
    // The commit's next folders up to `path` (all of them when nil) must be empty to hold what the snapshot does.
    func skipFolders(before path: String?) throws(CatalogueError) -> Bool {
      while folderPosition < folders.count, folders[folderPosition].path != path {
        let folder = folders[folderPosition]
        guard try folderEntries(folder.path, tree: folder.tree, limit: maxFiles - listed).isEmpty else { return false }
        folderPosition += 1
      }
      return true
    }
    var position = 0
    while position < entries.count {
      guard let length = FolderSummaries.folderLength(of: entries[position].path, fileInside: true) else {
        guard restPosition < rest.entries.count, Self.sameFile(rest.entries[restPosition], entries[position]) else {
          return false
        }
        restPosition += 1
        position += 1
        continue
      }
      let folder = String(decoding: entries[position].path.utf8.prefix(length), as: UTF8.self)
      let inside = folder + "/"
      var end = position + 1
      while end < entries.count, entries[end].path.utf8.starts(with: inside.utf8) { end += 1 }
      guard try skipFolders(before: folder), folderPosition < folders.count else { return false }
      let tree = folders[folderPosition].tree
      folderPosition += 1
      if Self.flatTreeID(entries[position..<end], prefixLength: inside.utf8.count) != tree {
        let committed = try folderEntries(folder, tree: tree, limit: maxFiles - listed)
        listed += committed.count
        guard committed.count == end - position, zip(committed, entries[position..<end]).allSatisfy(Self.sameFile)
        else { return false }
      }
      position = end
    }
    guard restPosition == rest.entries.count else { return false }
    return try skipFolders(before: nil)
  }

  private static func sameFile(_ left: SnapshotEntry, _ right: SnapshotEntry) -> Bool {
    left.path == right.path && left.blobID == right.blobID
  }

  /// The id of the git tree holding `entries` (sorted by path, all in one folder whose path with its slash is
  /// `prefixLength` bytes long) as files; nil when one of them is in a subfolder or is not a file or link.
  static func flatTreeID(_ entries: ArraySlice<SnapshotEntry>, prefixLength: Int) -> ObjectID? {
    var content: [UInt8] = []
    content.reserveCapacity(entries.count * 64)
    for entry in entries {
      let mode: StaticString
      switch entry.mode {
      case .regular: mode = "100644 "
      case .executable: mode = "100755 "
      case .symlink: mode = "120000 "
      default: return nil
      }
      let name = entry.path.utf8.dropFirst(prefixLength)
      guard !name.isEmpty, !name.contains(UInt8(ascii: "/")) else { return nil }
      content.append(contentsOf: UnsafeBufferPointer(start: mode.utf8Start, count: mode.utf8CodeUnitCount))
      content.append(contentsOf: name)
      content.append(0)
      entry.blobID.withBytes { content.append(contentsOf: $0) }
    }
    return ObjectID.tree(hashing: content)
  }
}
