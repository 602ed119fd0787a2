internal import CGit2

/// An owned `git_remote*`: an anonymous remote (no name, nothing in the configuration) for one fetch.
final class RemoteHandle {
  let pointer: OpaquePointer

  init(anonymous url: String, repository: OpaquePointer) throws(GitError) {
    var remote: OpaquePointer?
    let code = git_remote_create_anonymous(&remote, repository, url)
    if code == GIT_EINVALIDSPEC.rawValue || code == GIT_ENOTFOUND.rawValue {
      throw .remoteFailed(url: url, message: LibGit2.lastErrorMessage())
    }
    try check(code, "git_remote_create_anonymous")
    pointer = remote!
  }

  /// Connects for fetching with the session's callbacks.
  func connect(_ options: UnsafePointer<git_fetch_options>, _ session: FetchSession) throws(GitError) {
    var callbacks = options.pointee.callbacks
    var proxy = options.pointee.proxy_opts
    try session.check(git_remote_connect(pointer, GIT_DIRECTION_FETCH, &callbacks, &proxy, nil), "git_remote_connect")
  }

  /// The commit the connected remote advertises for the reference `name`; nil when it has none.
  func advertisedTip(of name: String) throws(GitError) -> ObjectID? {
    try heads { $0.name == name ? $0.id : nil }.first
  }

  /// The branch names (without `refs/heads/`) the connected remote advertises, sorted, at most 20.
  func advertisedBranches() throws(GitError) -> [String] {
    let names = try heads { head -> String? in
      head.name.hasPrefix("refs/heads/") ? String(head.name.dropFirst("refs/heads/".count)) : nil
    }
    return Array(names.sorted().prefix(20))
  }

  /// Maps the advertised references (name and id, copied out) through `transform`, skipping nils.
  private func heads<T>(_ transform: ((name: String, id: ObjectID)) -> T?) throws(GitError) -> [T] {
    var list: UnsafeMutablePointer<UnsafePointer<git_remote_head>?>?
    var count = 0
    try check(git_remote_ls(&list, &count, pointer), "git_remote_ls")
    var found: [T] = []
    for index in 0..<count {
      guard let head = list?[index]?.pointee, let name = head.name else { continue }
      if let value = transform((String(cString: name), ObjectID(head.oid))) { found.append(value) }
    }
    return found
  }

  /// Negotiates and downloads the objects `refspec`'s source needs, and indexes the pack; moves no reference.
  func download(
    refspec: String, _ options: UnsafePointer<git_fetch_options>, _ session: FetchSession
  ) throws(GitError) {
    let code = refspec.withCString { text -> Int32 in
      var strings: [UnsafeMutablePointer<CChar>?] = [UnsafeMutablePointer(mutating: text)]
      return strings.withUnsafeMutableBufferPointer { buffer in
        var array = git_strarray(strings: buffer.baseAddress, count: 1)
        return git_remote_download(pointer, &array, options)
      }
    }
    try session.check(code, "git_remote_download")
  }

  deinit {
    git_remote_disconnect(pointer)
    git_remote_free(pointer)
  }
}

/// An owned `git_reference_iterator*` over the names matching a glob.
final class ReferenceNames {
  let pointer: OpaquePointer

  init(repository: OpaquePointer, glob: String) throws(GitError) {
    var iterator: OpaquePointer?
    try check(git_reference_iterator_glob_new(&iterator, repository, glob), "git_reference_iterator_glob_new")
    pointer = iterator!
  }

  /// The next name; nil at the end.
  func next() throws(GitError) -> String? {
    var name: UnsafePointer<CChar>?
    let code = git_reference_next_name(&name, pointer)
    if code == GIT_ITEROVER.rawValue { return nil }
    try check(code, "git_reference_next_name")
    return name.map { String(cString: $0) }
  }

  deinit { git_reference_iterator_free(pointer) }
}
