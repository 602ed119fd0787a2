internal import CGit2

/// The four kinds of git objects.
public enum ObjectKind: Sendable, Hashable, CaseIterable {
  case blob, tree, commit, tag

  var type: git_object_t {
    switch self {
    case .blob: GIT_OBJECT_BLOB
    case .tree: GIT_OBJECT_TREE
    case .commit: GIT_OBJECT_COMMIT
    case .tag: GIT_OBJECT_TAG
    }
  }
}

extension Repository {
  /// Stores `bytes` as an object of `kind` exactly as given and returns its id, without checking that they
  /// make a well-formed object (`git hash-object --literally -w`).
  ///
  /// Meant for building repositories with content the checked writing API refuses, such as a tree entry
  /// named `..` or a malformed commit, to test that every reader copes with what a hostile push may contain.
  public func writeUncheckedObject(_ bytes: [UInt8], kind: ObjectKind) throws(GitError) -> ObjectID {
    var oid = git_oid()
    let database = try objectDatabase
    let code = bytes.withUnsafeBytes { buffer in
      git_odb_write(&oid, database, buffer.baseAddress, buffer.count, kind.type)
    }
    try check(code, "git_odb_write")
    return ObjectID(oid)
  }
}

extension ObjectID {
  /// The id git gives a blob with the content of the file at `path` (`git hash-object PATH`), read in
  /// pieces, so a file of any size is hashed in constant memory.
  public static func blob(hashingFileAt path: String) throws(GitError) -> ObjectID {
    try LibGit2.initialize()
    var oid = git_oid()
    try check(git_odb_hashfile(&oid, path, GIT_OBJECT_BLOB), "git_odb_hashfile")
    return ObjectID(oid)
  }
}
