internal import CGit2

// One final class per owned libgit2 handle, each freeing its handle in deinit. None of them leaves this
// module; data is copied out of them into value types at once.

/// An owned `git_object*` (also used for `git_commit*`, `git_tree*`, `git_blob*`, which libgit2 frees alike).
final class ObjectHandle {
  let pointer: OpaquePointer

  init(_ pointer: OpaquePointer) { self.pointer = pointer }

  /// Looks up an object of the given type; `nil` when there is no such object of that type.
  static func lookup(
    _ id: ObjectID, _ type: git_object_t, in repository: OpaquePointer
  ) throws(GitError) -> ObjectHandle? {
    var oid = id.oid
    var object: OpaquePointer?
    let code = git_object_lookup(&object, repository, &oid, type)
    if code == GIT_ENOTFOUND.rawValue { return nil }
    try check(code, "git_object_lookup")
    return ObjectHandle(object!)
  }

  /// Copies out the commit this handle holds.
  var commitInfo: CommitInfo {
    let parents = (0..<git_commit_parentcount(pointer)).map { ObjectID(git_commit_parent_id(pointer, $0)!) }
    return CommitInfo(
      id: ObjectID(git_commit_id(pointer)!),
      tree: ObjectID(git_commit_tree_id(pointer)!),
      parents: parents,
      author: Signature(git_commit_author(pointer)!),
      committer: Signature(git_commit_committer(pointer)!),
      message: git_commit_message(pointer).map { String(cString: $0) } ?? "")
  }

  deinit { git_object_free(pointer) }
}

/// An owned `git_tree_entry*` (from `git_tree_entry_bypath`).
final class TreeEntryHandle {
  let pointer: OpaquePointer

  /// The entry at `path` below `tree`; nil when there is none.
  init?(tree: OpaquePointer, path: String) throws(GitError) {
    var entry: OpaquePointer?
    let code = git_tree_entry_bypath(&entry, tree, path)
    if code == GIT_ENOTFOUND.rawValue { return nil }
    try check(code, "git_tree_entry_bypath")
    pointer = entry!
  }

  var id: ObjectID { ObjectID(git_tree_entry_id(pointer)!) }
  var mode: FileMode { FileMode(treeMode: git_tree_entry_filemode_raw(pointer).rawValue) }

  deinit { git_tree_entry_free(pointer) }
}

/// An owned `git_reference*`.
final class ReferenceHandle {
  let pointer: OpaquePointer

  init(_ pointer: OpaquePointer) { self.pointer = pointer }

  /// The reference called `name`; nil when it does not exist.
  static func lookup(_ name: String, in repository: OpaquePointer) throws(GitError) -> ReferenceHandle? {
    var reference: OpaquePointer?
    let code = git_reference_lookup(&reference, repository, name)
    if code == GIT_ENOTFOUND.rawValue { return nil }
    try check(code, "git_reference_lookup")
    return ReferenceHandle(reference!)
  }

  /// The target of a symbolic reference; nil for a direct one.
  var symbolicTarget: String? {
    guard git_reference_type(pointer) == GIT_REFERENCE_SYMBOLIC else { return nil }
    return git_reference_symbolic_target(pointer).map { String(cString: $0) }
  }

  /// The id a direct reference points at; nil for a symbolic one.
  var target: ObjectID? { git_reference_target(pointer).map { ObjectID($0) } }

  deinit { git_reference_free(pointer) }
}

/// An owned `git_revwalk*`.
final class RevwalkHandle {
  let pointer: OpaquePointer

  init(repository: OpaquePointer) throws(GitError) {
    var walk: OpaquePointer?
    try check(git_revwalk_new(&walk, repository), "git_revwalk_new")
    pointer = walk!
  }

  /// The next commit id, or nil at the end of the walk.
  func next() throws(GitError) -> ObjectID? {
    var oid = git_oid()
    let code = git_revwalk_next(&oid, pointer)
    if code == GIT_ITEROVER.rawValue { return nil }
    try check(code, "git_revwalk_next")
    return ObjectID(oid)
  }

  deinit { git_revwalk_free(pointer) }
}

/// An owned `git_config*`.
final class ConfigHandle {
  let pointer: OpaquePointer

  init(_ pointer: OpaquePointer) { self.pointer = pointer }

  /// A string value from a config snapshot; nil when unset.
  func string(_ name: String) throws(GitError) -> String? {
    var value: UnsafePointer<CChar>?
    let code = git_config_get_string(&value, pointer, name)
    if code == GIT_ENOTFOUND.rawValue { return nil }
    try check(code, "git_config_get_string")
    return value.map { String(cString: $0) }
  }

  deinit { git_config_free(pointer) }
}

/// An owned `git_odb*` (the repository's object database, reference-counted by libgit2).
final class ObjectDatabaseHandle {
  let pointer: OpaquePointer

  init(repository: OpaquePointer) throws(GitError) {
    var odb: OpaquePointer?
    try check(git_repository_odb(&odb, repository), "git_repository_odb")
    pointer = odb!
  }

  deinit { git_odb_free(pointer) }
}

/// An owned `git_odb_object*` (raw object data read from the object database).
final class ObjectDataHandle {
  let pointer: OpaquePointer

  /// Reads the object; nil when it does not exist.
  init?(id: ObjectID, database: OpaquePointer) throws(GitError) {
    var oid = id.oid
    var object: OpaquePointer?
    let code = git_odb_read(&object, database, &oid)
    if code == GIT_ENOTFOUND.rawValue { return nil }
    try check(code, "git_odb_read")
    pointer = object!
  }

  var type: git_object_t { git_odb_object_type(pointer) }

  var bytes: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: git_odb_object_data(pointer), count: git_odb_object_size(pointer))
  }

  deinit { git_odb_object_free(pointer) }
}

/// An owned `git_signature*`, made by libgit2 so that it validates names and emails.
final class SignatureHandle {
  let pointer: UnsafeMutablePointer<git_signature>

  init(_ signature: Signature) throws(GitError) {
    try SignatureHandle.validate(signature.name, signature.email)
    var made: UnsafeMutablePointer<git_signature>?
    try check(
      git_signature_new(
        &made, signature.name, signature.email, signature.time, Int32(clamping: signature.offsetMinutes)),
      "git_signature_new")
    pointer = made!
  }

  init(now name: String, email: String) throws(GitError) {
    try LibGit2.initialize()
    try SignatureHandle.validate(name, email)
    var made: UnsafeMutablePointer<git_signature>?
    try check(git_signature_now(&made, name, email), "git_signature_now")
    pointer = made!
  }

  var value: Signature { Signature(pointer) }

  /// libgit2 rejects angle brackets but would store line breaks, which corrupt the commit header.
  private static func validate(_ name: String, _ email: String) throws(GitError) {
    for text in [name, email] where text.utf8.contains(where: { "<>\n\r\0".utf8.contains($0) }) {
      throw .invalidSignature(text)
    }
  }

  deinit { git_signature_free(pointer) }
}

extension Signature {
  init(_ signature: UnsafePointer<git_signature>) {
    let value = signature.pointee
    self.init(
      name: value.name.map { String(cString: $0) } ?? "",
      email: value.email.map { String(cString: $0) } ?? "",
      time: value.when.time,
      offsetMinutes: Int(value.when.offset))
  }

  init(_ signature: UnsafeMutablePointer<git_signature>) {
    self.init(UnsafePointer(signature))
  }
}

/// An owned `git_packbuilder*`.
final class PackBuilderHandle {
  let pointer: OpaquePointer

  init(repository: OpaquePointer) throws(GitError) {
    var builder: OpaquePointer?
    try check(git_packbuilder_new(&builder, repository), "git_packbuilder_new")
    pointer = builder!
  }

  deinit { git_packbuilder_free(pointer) }
}
