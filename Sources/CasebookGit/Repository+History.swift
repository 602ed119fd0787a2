internal import CGit2

extension Repository {
  /// The commits reachable from `head` but not from `base`, oldest first (parents before children).
  public func commits(from base: ObjectID?, to head: ObjectID) throws(GitError) -> [CommitInfo] {
    try commits(from: base.map { [$0] } ?? [], to: head, limit: .max)
  }

  /// Commits reachable from `head` that changed `path`, newest first: those whose entry at `path` (its id
  /// and mode) differs from their first parent's, including the commit that introduced it and any that
  /// deleted it. `path` may also name a folder (then any change below it counts). Each commit's entry is
  /// looked up once; no diffs are computed.
  public func history(of path: String, from head: ObjectID) throws(GitError) -> [CommitInfo] {
    try validateRepositoryPath(path)
    let walk = try walk(from: head, sorting: GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue)
    // Entries of parents looked up while visiting their children. The walk visits children before parents,
    // so an entry is taken out when its own commit is visited.
    var entriesOfParents: [ObjectID: PathState] = [:]
    var changes: [CommitInfo] = []
    while let id = try walk.next() {
      guard let commit = try ObjectHandle.lookup(id, GIT_OBJECT_COMMIT, in: pointer) else {
        throw .objectNotFound(id)
      }
      let own = if let known = entriesOfParents.removeValue(forKey: id) { known } else {
        try pathState(path, in: commit)
      }
      var parentState = PathState.absent
      if git_commit_parentcount(commit.pointer) > 0 {
        let parent = ObjectID(git_commit_parent_id(commit.pointer, 0)!)
        if let known = entriesOfParents[parent] {
          parentState = known
        } else {
          guard let parentCommit = try ObjectHandle.lookup(parent, GIT_OBJECT_COMMIT, in: pointer) else {
            throw .objectNotFound(parent)
          }
          parentState = try pathState(path, in: parentCommit)
          entriesOfParents[parent] = parentState
        }
      }
      if own != parentState {
        changes.append(commit.commitInfo)
      }
    }
    return changes
  }

  /// A path's entry in one commit, reduced to what matters for history.
  private enum PathState: Equatable {
    case absent
    case present(ObjectID, UInt32)
  }

  private func pathState(_ path: String, in commit: ObjectHandle) throws(GitError) -> PathState {
    let tree = try tree(ObjectID(git_commit_tree_id(commit.pointer)!))
    guard let entry = try TreeEntryHandle(tree: tree.pointer, path: path) else { return .absent }
    return .present(entry.id, git_tree_entry_filemode_raw(entry.pointer).rawValue)
  }

  func walk(from head: ObjectID, sorting: UInt32) throws(GitError) -> RevwalkHandle {
    let walk = try RevwalkHandle(repository: pointer)
    try check(git_revwalk_sorting(walk.pointer, sorting), "git_revwalk_sorting")
    var oid = head.oid
    let code = git_revwalk_push(walk.pointer, &oid)
    if code == GIT_ENOTFOUND.rawValue { throw .objectNotFound(head) }
    try check(code, "git_revwalk_push")
    return walk
  }
}
