internal import CGit2

// Ancestry as libgit2 reads it: from the parents recorded in the commits themselves. libgit2 1.5 knows
// nothing of replace references (`refs/replace/*`) or grafts (`info/grafts`), so nothing a pusher can ask git
// to pretend enters these answers (git's own `merge-base --is-ancestor` honours replace references).

/// One reference and what it points at.
public struct ReferenceInfo: Sendable, Hashable {
  /// The full name, such as `refs/heads/main`.
  public var name: String
  /// The object a direct reference points at; nil for a symbolic one.
  public var target: ObjectID?
}

extension Repository {
  /// Whether git accepts `name` as the full name of a reference (`refs/heads/main`).
  public static func isValidBranchName(_ name: String) throws(GitError) -> Bool {
    try LibGit2.initialize()
    return try isValidReferenceName(name)
  }

  /// True when `ancestor` is `descendant` itself or one of its ancestors.
  public func isAncestor(_ ancestor: ObjectID, of descendant: ObjectID) throws(GitError) -> Bool {
    if ancestor == descendant { return true }
    var commit = descendant.oid
    var other = ancestor.oid
    let code = git_graph_descendant_of(pointer, &commit, &other)
    try check(code, "git_graph_descendant_of")
    return code == 1
  }

  /// The best common ancestor of two commits; nil when they share no history.
  public func mergeBase(_ one: ObjectID, _ other: ObjectID) throws(GitError) -> ObjectID? {
    var result = git_oid()
    var first = one.oid
    var second = other.oid
    let code = git_merge_base(&result, pointer, &first, &second)
    if code == GIT_ENOTFOUND.rawValue { return nil }
    try check(code, "git_merge_base")
    return ObjectID(result)
  }

  /// How many best common ancestors two commits have (more than one after criss-cross merges).
  public func mergeBaseCount(_ one: ObjectID, _ other: ObjectID) throws(GitError) -> Int {
    var bases = git_oidarray()
    var first = one.oid
    var second = other.oid
    let code = git_merge_bases(&bases, pointer, &first, &second)
    if code == GIT_ENOTFOUND.rawValue { return 0 }
    try check(code, "git_merge_bases")
    defer { git_oidarray_dispose(&bases) }
    return bases.count
  }

  /// Every reference below `refs/`, sorted by name.
  public func references() throws(GitError) -> [ReferenceInfo] {
    var iterator: OpaquePointer?
    try check(git_reference_iterator_new(&iterator, pointer), "git_reference_iterator_new")
    defer { git_reference_iterator_free(iterator) }
    var found: [ReferenceInfo] = []
    while true {
      var reference: OpaquePointer?
      let code = git_reference_next(&reference, iterator)
      if code == GIT_ITEROVER.rawValue { break }
      try check(code, "git_reference_next")
      let handle = ReferenceHandle(reference!)
      found.append(ReferenceInfo(name: String(cString: git_reference_name(handle.pointer)), target: handle.target))
    }
    return found.sorted { $0.name.precedesByBytes($1.name) }
  }

  /// The kind of the object `id`; nil when the repository does not have it.
  public func objectKind(_ id: ObjectID) throws(GitError) -> ObjectKind? {
    var oid = id.oid
    var size = 0
    var type = GIT_OBJECT_INVALID
    let code = git_odb_read_header(&size, &type, try objectDatabase, &oid)
    if code == GIT_ENOTFOUND.rawValue { return nil }
    try check(code, "git_odb_read_header")
    return ObjectKind.allCases.first { $0.type == type }
  }

  /// The commit an object leads to: the commit itself, or what an annotated tag (or a chain of them) points
  /// at; nil when it leads to a tree or a blob, or is missing.
  public func peeledCommit(_ id: ObjectID) throws(GitError) -> ObjectID? {
    guard let object = try ObjectHandle.lookup(id, GIT_OBJECT_ANY, in: pointer) else { return nil }
    var peeled: OpaquePointer?
    let code = git_object_peel(&peeled, object.pointer, GIT_OBJECT_COMMIT)
    switch code {
    case GIT_ENOTFOUND.rawValue, GIT_EINVALIDSPEC.rawValue, GIT_EPEEL.rawValue, GIT_EAMBIGUOUS.rawValue: return nil
    default: try check(code, "git_object_peel")
    }
    return ObjectID(git_object_id(ObjectHandle(peeled!).pointer)!)
  }

  /// The commits reachable from `head` but from none of `hidden`, oldest first (parents before children);
  /// throws `tooManyCommits` once there are more than `limit`, before reading their contents.
  public func commits(
    from hidden: [ObjectID], to head: ObjectID, limit: Int
  ) throws(GitError) -> [CommitInfo] {
    let walk = try walk(from: head, sorting: GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue)
    for base in hidden {
      var oid = base.oid
      let code = git_revwalk_hide(walk.pointer, &oid)
      if code == GIT_ENOTFOUND.rawValue { throw .objectNotFound(base) }
      try check(code, "git_revwalk_hide")
    }
    var ids: [ObjectID] = []
    while let id = try walk.next() {
      guard ids.count < limit else { throw .tooManyCommits(head: head, limit: limit) }
      ids.append(id)
    }
    var commits: [CommitInfo] = []
    commits.reserveCapacity(ids.count)
    for id in ids { commits.append(try commit(id)) }
    return commits
  }
}
