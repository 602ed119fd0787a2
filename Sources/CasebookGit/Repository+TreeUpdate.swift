internal import CGit2

extension Repository {
  /// Writes the tree `base` with `changes` applied and returns its id. Deletions are applied first, so that
  /// one commit can replace a file with a folder or a folder with a file.
  func updatedTree(_ base: ObjectHandle, _ changes: [String: FileChange]) throws(GitError) -> ObjectID {
    var removals: [TreeUpdate] = []
    var upserts: [TreeUpdate] = []
    for (path, change) in changes.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
      try validateRepositoryPath(path)
      switch change {
      case .write(let bytes, let mode):
        guard mode.isBlob else { throw .unsupportedMode(path: path, mode: mode) }
        upserts.append(TreeUpdate(path: path, entry: (try writeBlob(bytes), mode)))
      case .entry(let id, let mode):
        guard mode.isBlob || mode == .submodule else { throw .unsupportedMode(path: path, mode: mode) }
        upserts.append(TreeUpdate(path: path, entry: (id, mode)))
      case .delete:
        if try TreeEntryHandle(tree: base.pointer, path: path) != nil {
          removals.append(TreeUpdate(path: path, entry: nil))
        }
      }
    }
    var tree = base
    if !removals.isEmpty { tree = try self.tree(try apply(removals, to: base)) }
    guard !upserts.isEmpty else { return ObjectID(git_tree_id(tree.pointer)!) }
    try checkFileFolderConflicts(upserts.map(\.path), in: tree)
    return try apply(upserts, to: tree)
  }

  /// One path's new entry, or its removal (`entry` nil).
  private struct TreeUpdate {
    var path: String
    var entry: (id: ObjectID, mode: FileMode)?
  }

  /// libgit2 cannot turn a file into a folder or back in one update; find such cases first, to report them
  /// clearly: a path written where a folder is, or below a file (existing or written in the same change).
  private func checkFileFolderConflicts(_ paths: [String], in tree: ObjectHandle) throws(GitError) {
    let written = Set(paths)
    var checkedFolders: Set<Substring> = []
    for path in paths {
      if let entry = try TreeEntryHandle(tree: tree.pointer, path: path),
        git_tree_entry_type(entry.pointer) == GIT_OBJECT_TREE
      {
        throw .fileFolderConflict(path: path)
      }
      var folder = path[...]
      while let slash = folder.lastIndex(of: "/") {
        folder = folder[..<slash]
        guard checkedFolders.insert(folder).inserted else { break }
        if written.contains(String(folder)) { throw .fileFolderConflict(path: String(folder)) }
        if let entry = try TreeEntryHandle(tree: tree.pointer, path: String(folder)),
          git_tree_entry_type(entry.pointer) != GIT_OBJECT_TREE
        {
          throw .fileFolderConflict(path: String(folder))
        }
      }
    }
  }

  /// Writes `tree` with `updates` applied (`git_tree_create_updated`) and returns the new tree's id.
  private func apply(_ updates: [TreeUpdate], to tree: ObjectHandle) throws(GitError) -> ObjectID {
    // libgit2 needs every path as a C string at once: one buffer holds them all, NUL-terminated.
    var pathBytes: [CChar] = []
    var offsets: [Int] = []
    for update in updates {
      offsets.append(pathBytes.count)
      pathBytes.append(contentsOf: update.path.utf8.map { CChar(bitPattern: $0) })
      pathBytes.append(0)
    }
    var cUpdates = updates.map { update in
      var cUpdate = git_tree_update()
      if let entry = update.entry {
        cUpdate.action = GIT_TREE_UPDATE_UPSERT
        cUpdate.id = entry.id.oid
        cUpdate.filemode = git_filemode_t(entry.mode.rawMode)
      } else {
        cUpdate.action = GIT_TREE_UPDATE_REMOVE
      }
      return cUpdate
    }
    var oid = git_oid()
    let code = pathBytes.withUnsafeBufferPointer { buffer in
      for index in cUpdates.indices { cUpdates[index].path = buffer.baseAddress! + offsets[index] }
      return git_tree_create_updated(&oid, pointer, tree.pointer, cUpdates.count, cUpdates)
    }
    try check(code, "git_tree_create_updated")
    FaultInjection.point("tree written")
    return ObjectID(oid)
  }
}
