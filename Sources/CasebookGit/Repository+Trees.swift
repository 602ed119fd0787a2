internal import CGit2

extension Repository {
  /// The most entries `treeEntries` and `diff` return. A few kilobytes of hostile trees that refer to each
  /// other many times can describe billions of paths; past this limit they throw `treeTooLarge` instead of
  /// exhausting memory. Twenty times the largest catalogue casebook is designed for.
  public static let maximumTreeEntries = 2_000_000

  /// Every entry of the commit's tree, recursively, blobs, symlinks and submodule links, sorted by the
  /// bytes of their paths (git's order). With `prefix` (a folder such as `cases`), only the entries below
  /// it; none when the folder does not exist.
  public func treeEntries(commit: ObjectID, under prefix: String? = nil) throws(GitError) -> [TreeEntry] {
    try treeEntries(commit: commit, under: prefix, limit: Repository.maximumTreeEntries)
  }

  /// Like `treeEntries(commit:under:)`, but throws `treeTooLarge` past `limit` entries, so a caller can keep
  /// a hostile tree well below ``maximumTreeEntries``.
  public func treeEntries(commit: ObjectID, under prefix: String?, limit: Int) throws(GitError) -> [TreeEntry] {
    try treeEntries(commit: commit, under: prefix, limit: limit, foldersAt: nil)
  }

  /// Like `treeEntries(commit:under:limit:)`, but the folders `folderDepth` levels below `prefix` (1: its
  /// subfolders) are listed as `.tree` entries carrying the folder's tree id instead of being walked.
  public func treeEntries(
    commit: ObjectID, under prefix: String?, limit: Int, foldersAt folderDepth: Int?
  ) throws(GitError) -> [TreeEntry] {
    var tree = try rootTree(of: commit)
    var pathPrefix: [UInt8] = []
    if var folder = prefix?[...] {
      while folder.hasSuffix("/") { folder.removeLast() }
      if !folder.isEmpty {
        try validateRepositoryPath(String(folder))
        guard let entry = try TreeEntryHandle(tree: tree.pointer, path: String(folder)),
          git_tree_entry_type(entry.pointer) == GIT_OBJECT_TREE
        else { return [] }
        tree = try self.tree(entry.id)
        pathPrefix = Array(folder.utf8) + [UInt8(ascii: "/")]
      }
    }
    return try walk(tree, pathPrefix: pathPrefix, limit: limit, root: commit, folderDepth: folderDepth)
  }

  /// Every entry below the tree `id`, recursively, each path starting with `prefix` and a slash, sorted by the
  /// bytes of their paths; throws `treeTooLarge` past `limit` entries.
  public func treeEntries(tree id: ObjectID, prefix: String, limit: Int) throws(GitError) -> [TreeEntry] {
    let pathPrefix = Array(prefix.utf8) + [UInt8(ascii: "/")]
    return try walk(try tree(id), pathPrefix: pathPrefix, limit: limit, root: id, folderDepth: nil)
  }

  private func walk(
    _ tree: ObjectHandle, pathPrefix: [UInt8], limit: Int, root: ObjectID, folderDepth: Int?
  ) throws(GitError) -> [TreeEntry] {
    var entries: [TreeEntry] = []
    // An explicit stack instead of recursion: a hostile repository may nest folders arbitrarily deep.
    var pending: [(tree: ObjectHandle, index: Int, pathLength: Int, depth: Int)] = [(tree, 0, pathPrefix.count, 0)]
    var path = pathPrefix
    // Folders count against the limit too, separately from files: trees of nothing but empty folders that
    // list each other many times describe billions of folders and no file at all.
    var folders = 0
    while let top = pending.popLast() {
      let count = git_tree_entrycount(top.tree.pointer)
      var index = top.index
      while index < count {
        let entry = git_tree_entry_byindex(top.tree.pointer, index)!
        index += 1
        path.removeSubrange(top.pathLength...)
        appendName(of: entry, to: &path)
        if git_tree_entry_type(entry) == GIT_OBJECT_TREE, top.depth + 1 != folderDepth {
          folders += 1
          guard folders <= limit else { throw .treeTooLarge(commit: root, limit: limit) }
          pending.append((top.tree, index, top.pathLength, top.depth))
          pending.append((try self.tree(ObjectID(git_tree_entry_id(entry)!)), 0, path.count + 1, top.depth + 1))
          path.append(UInt8(ascii: "/"))
          break
        }
        guard entries.count < limit else { throw .treeTooLarge(commit: root, limit: limit) }
        entries.append(treeEntry(entry, path: path))
      }
    }
    if !isSortedByPath(entries) {
      entries.sort { $0.path.precedesByBytes($1.path) }
    }
    return entries
  }

  /// The entry at `path` (a file, symlink, submodule link or folder) in the commit's tree; nil when absent.
  public func entry(at path: String, commit: ObjectID) throws(GitError) -> TreeEntry? {
    try validateRepositoryPath(path)
    let tree = try rootTree(of: commit)
    guard let entry = try TreeEntryHandle(tree: tree.pointer, path: path) else { return nil }
    return TreeEntry(path: path, id: entry.id, mode: entry.mode)
  }

  /// The content of a blob.
  public func blob(_ id: ObjectID) throws(GitError) -> [UInt8] {
    try withBlob(id) { Array($0) }
  }

  /// Calls `body` with the content of a blob as libgit2 holds it, without copying it. The bytes are only
  /// valid during the call.
  public func withBlob<Result>(
    _ id: ObjectID, _ body: (UnsafeRawBufferPointer) -> Result
  ) throws(GitError) -> Result {
    guard let object = try ObjectDataHandle(id: id, database: objectDatabase), object.type == GIT_OBJECT_BLOB
    else { throw .objectNotFound(id) }
    return body(object.bytes)
  }

  /// The size in bytes of a blob, read from the object's header where the storage allows.
  public func blobSize(_ id: ObjectID) throws(GitError) -> Int {
    var oid = id.oid
    var size = 0
    var type = GIT_OBJECT_INVALID
    let code = git_odb_read_header(&size, &type, try objectDatabase, &oid)
    if code == GIT_ENOTFOUND.rawValue { throw .objectNotFound(id) }
    try check(code, "git_odb_read_header")
    guard type == GIT_OBJECT_BLOB else { throw .objectNotFound(id) }
    return size
  }

  /// Paths that differ between two commits' trees, sorted by path; `base` nil means the empty tree. No
  /// rename detection: a moved file is a deletion and an addition. Folders that are identical in both trees
  /// are skipped without being read.
  public func diff(from base: ObjectID?, to head: ObjectID) throws(GitError) -> [TreeChange] {
    try diff(from: base, to: head, limit: Repository.maximumTreeEntries)
  }

  /// Like `diff(from:to:)`, but throws `treeTooLarge` once more than `limit` paths differ.
  public func diff(from base: ObjectID?, to head: ObjectID, limit: Int) throws(GitError) -> [TreeChange] {
    let baseTree = if let base { try rootTree(of: base) } else { ObjectHandle?.none }
    let headTree = try rootTree(of: head)
    var changes: [TreeChange] = []
    var pending: [PendingTrees] = [(baseTree, headTree, [])]
    var folders = 0
    while let (old, new, folder) = pending.popLast() {
      // Folders are bounded like paths: a bomb of empty folders changes no path but could be walked forever.
      folders += 1
      guard folders <= limit + 1 else { throw .treeTooLarge(commit: head, limit: limit) }
      let oldCount = old.map { git_tree_entrycount($0.pointer) } ?? 0
      let newCount = new.map { git_tree_entrycount($0.pointer) } ?? 0
      var oldIndex = 0
      var newIndex = 0
      while oldIndex < oldCount || newIndex < newCount {
        // Checked per entry: one flat tree object can list millions of paths.
        guard changes.count <= limit else { throw .treeTooLarge(commit: head, limit: limit) }
        let oldEntry = oldIndex < oldCount ? git_tree_entry_byindex(old!.pointer, oldIndex) : nil
        let newEntry = newIndex < newCount ? git_tree_entry_byindex(new!.pointer, newIndex) : nil
        guard let oldEntry else {
          newIndex += 1
          try side(newEntry!, folder: folder, isOld: false, pending: &pending, changes: &changes)
          continue
        }
        guard let newEntry else {
          oldIndex += 1
          try side(oldEntry, folder: folder, isOld: true, pending: &pending, changes: &changes)
          continue
        }
        let order = git_tree_entry_cmp(oldEntry, newEntry)
        if order < 0 {
          oldIndex += 1
          try side(oldEntry, folder: folder, isOld: true, pending: &pending, changes: &changes)
          continue
        }
        if order > 0 {
          newIndex += 1
          try side(newEntry, folder: folder, isOld: false, pending: &pending, changes: &changes)
          continue
        }
        oldIndex += 1
        newIndex += 1
        if git_tree_entry_filemode_raw(oldEntry) == git_tree_entry_filemode_raw(newEntry),
          git_oid_equal(git_tree_entry_id(oldEntry), git_tree_entry_id(newEntry)) == 1
        {
          continue
        }
        var path = folder
        appendName(of: oldEntry, to: &path)
        let (before, after) = (treeEntry(oldEntry, path: path), treeEntry(newEntry, path: path))
        if before.mode == .tree {
          pending.append((try tree(before.id), try tree(after.id), path + [UInt8(ascii: "/")]))
        } else if before != after {
          let status: TreeChange.Status = kind(before.mode) == kind(after.mode) ? .modified : .typeChanged
          changes.append(TreeChange(path: before.path, status: status, old: before, new: after))
        }
      }
      guard changes.count <= limit else { throw .treeTooLarge(commit: head, limit: limit) }
    }
    changes.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    return changes
  }

  private typealias PendingTrees = (old: ObjectHandle?, new: ObjectHandle?, path: [UInt8])

  /// Records an entry present on one side only: a deletion or addition, or a folder to list completely.
  private func side(
    _ entry: OpaquePointer, folder: [UInt8], isOld: Bool,
    pending: inout [PendingTrees], changes: inout [TreeChange]
  ) throws(GitError) {
    var path = folder
    appendName(of: entry, to: &path)
    let value = treeEntry(entry, path: path)
    if value.mode == .tree {
      let folder = try tree(value.id)
      pending.append((isOld ? folder : nil, isOld ? nil : folder, path + [UInt8(ascii: "/")]))
    } else if isOld {
      changes.append(TreeChange(path: value.path, status: .deleted, old: value, new: nil))
    } else {
      changes.append(TreeChange(path: value.path, status: .added, old: nil, new: value))
    }
  }

  /// The kind of file an entry is, for telling a modification from a type change.
  private func kind(_ mode: FileMode) -> UInt32 {
    mode == .executable ? FileMode.regular.rawMode : mode.rawMode
  }

  /// The root tree of a commit.
  func rootTree(of commit: ObjectID) throws(GitError) -> ObjectHandle {
    guard let handle = try ObjectHandle.lookup(commit, GIT_OBJECT_COMMIT, in: pointer) else {
      throw .objectNotFound(commit)
    }
    return try tree(ObjectID(git_commit_tree_id(handle.pointer)!))
  }

  /// The tree with this id.
  func tree(_ id: ObjectID) throws(GitError) -> ObjectHandle {
    guard let tree = try ObjectHandle.lookup(id, GIT_OBJECT_TREE, in: pointer) else {
      throw .objectNotFound(id)
    }
    return tree
  }
}

/// Appends a borrowed tree entry's name (its raw bytes) to a path.
private func appendName(of entry: OpaquePointer, to path: inout [UInt8]) {
  let name = UnsafeRawPointer(git_tree_entry_name(entry)!).assumingMemoryBound(to: UInt8.self)
  var length = 0
  while name[length] != 0 { length += 1 }
  path.append(contentsOf: UnsafeBufferPointer(start: name, count: length))
}

/// Copies a borrowed tree entry out, with its full path.
private func treeEntry(_ entry: OpaquePointer, path: [UInt8]) -> TreeEntry {
  TreeEntry(
    path: String(decoding: path, as: UTF8.self),
    id: ObjectID(git_tree_entry_id(entry)!),
    mode: FileMode(treeMode: git_tree_entry_filemode_raw(entry).rawValue))
}

private func isSortedByPath(_ entries: [TreeEntry]) -> Bool {
  var previous: TreeEntry?
  for entry in entries {
    if let previous, !previous.path.precedesByBytes(entry.path) { return false }
    previous = entry
  }
  return true
}
