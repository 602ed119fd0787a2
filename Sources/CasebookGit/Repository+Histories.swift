internal import CGit2

extension Repository {
  /// The history of every file below `prefix` at once: for each path that any commit reachable from `head`
  /// changed, the commits that changed it, newest first — for each path exactly what `history(of:from:)`
  /// gives, but from one walk with one tree diff per commit instead of one walk per path.
  public func histories(under prefix: String, from head: ObjectID) throws(GitError) -> [String: [CommitInfo]] {
    let walk = try walk(from: head, sorting: GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue)
    var histories: [String: [CommitInfo]] = [:]
    let folder = prefix.isEmpty || prefix.hasSuffix("/") ? prefix : prefix + "/"
    while let id = try walk.next() {
      let info = try commit(id)
      for change in try diff(from: info.parents.first, to: id) where change.path.hasPrefix(folder) {
        histories[change.path, default: []].append(info)
      }
    }
    return histories
  }
}
