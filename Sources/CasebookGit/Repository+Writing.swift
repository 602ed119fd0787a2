internal import CGit2

// Writing is atomic from the outside: objects (blobs, trees, commits) are written first, where a failure
// leaves at most unreferenced objects behind, and a reference moves last, in one compare-and-swap step.

extension Repository {
  /// Stores bytes as a blob and returns its id.
  public func writeBlob(_ bytes: [UInt8]) throws(GitError) -> ObjectID {
    var oid = git_oid()
    let code = bytes.withUnsafeBytes { buffer in
      git_blob_create_from_buffer(&oid, pointer, buffer.baseAddress, buffer.count)
    }
    try check(code, "git_blob_create_from_buffer")
    FaultInjection.point("blob written")
    return ObjectID(oid)
  }

  /// Creates a commit object (without moving any reference). A message without a final line break gets
  /// one, as `git commit` does.
  public func createCommit(
    tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature? = nil, message: String
  ) throws(GitError) -> ObjectID {
    let treeHandle = try self.tree(tree)
    var parentHandles: [ObjectHandle] = []
    for parent in parents {
      guard let handle = try ObjectHandle.lookup(parent, GIT_OBJECT_COMMIT, in: pointer) else {
        throw .objectNotFound(parent)
      }
      parentHandles.append(handle)
    }
    let authorHandle = try SignatureHandle(author)
    let committerHandle = if let committer { try SignatureHandle(committer) } else { authorHandle }
    let text = message.hasSuffix("\n") ? message : message + "\n"
    var oid = git_oid()
    var parentPointers: [OpaquePointer?] = parentHandles.map { $0.pointer }
    let code = parentPointers.withUnsafeMutableBufferPointer { buffer in
      git_commit_create(
        &oid, pointer, nil, authorHandle.pointer, committerHandle.pointer, nil, text,
        treeHandle.pointer, buffer.count, buffer.baseAddress)
    }
    try check(code, "git_commit_create")
    FaultInjection.point("commit written")
    withExtendedLifetime(parentHandles) {}
    return ObjectID(oid)
  }

  /// Points the reference `name` (a full name such as `refs/heads/main`) at `id`, if it still points where
  /// `expected` says (compare-and-swap); otherwise throws `referenceChanged` and changes nothing.
  /// `message` goes to the reflog.
  public func updateReference(
    _ name: String, to id: ObjectID, expected: ExpectedTip, message: String
  ) throws(GitError) {
    try validateReferenceName(name)
    FaultInjection.point("reference about to move")
    var oid = id.oid
    var reference: OpaquePointer?
    let code: Int32
    switch expected {
    case .any:
      code = git_reference_create(&reference, pointer, name, &oid, 1, message)
    case .absent:
      // The all-zero id means "must not exist", checked while the reference is locked (unlike force = 0).
      var zero = git_oid()
      code = git_reference_create_matching(&reference, pointer, name, &oid, 1, &zero, message)
    case .commit(let old):
      var oldOID = old.oid
      code = git_reference_create_matching(&reference, pointer, name, &oid, 1, &oldOID, message)
    }
    switch code {
    case GIT_EMODIFIED.rawValue, GIT_EEXISTS.rawValue, GIT_ENOTFOUND.rawValue:
      throw .referenceChanged(name: name)
    case GIT_ELOCKED.rawValue:
      throw .locked(path: gitDirectory + name + ".lock")
    default:
      try check(code, "git_reference_create")
    }
    FaultInjection.point("reference moved")
    _ = ReferenceHandle(reference!)
  }

  /// Points HEAD at the branch `name` (a full name such as `refs/heads/main`), which may not exist yet (HEAD
  /// is then unborn). Does not touch the index or working tree.
  public func setHead(_ name: String) throws(GitError) {
    try validateReferenceName(name)
    let code = git_repository_set_head(pointer, name)
    if code == GIT_ELOCKED.rawValue { throw .locked(path: gitDirectory + "HEAD.lock") }
    try check(code, "git_repository_set_head")
  }

  /// Commits `changes` on the branch `branch` (a full name such as `refs/heads/main`) and moves the branch to
  /// the new commit, returning its id.
  ///
  /// The changes apply to the tree of `parent` when given, otherwise to the branch's tip (an empty tree when
  /// the branch does not exist yet); that commit becomes the new commit's parent. The branch only moves if
  /// it still is as `expecting` says when the commit is in place (see `ExpectedTip`); otherwise this throws
  /// `referenceChanged` (or `branchExists` for `.absent` when the branch exists from the start) and no
  /// reference moves. To start a new branch from the current commit, pass
  /// `expecting: .absent, parent: headCommit()`. Deleting a path that does not exist is not an error.
  @discardableResult
  public func commitChanges(
    _ changes: [String: FileChange], message: String, author: Signature, committer: Signature? = nil,
    branch: String, expecting: ExpectedTip = .any, parent: ObjectID? = nil
  ) throws(GitError) -> ObjectID {
    try validateReferenceName(branch)
    let tip = try referenceTarget(branch)
    switch expecting {
    case .any: break
    case .absent: if tip != nil { throw .branchExists(name: branch) }
    case .commit(let expected): if tip != expected { throw .referenceChanged(name: branch) }
    }
    let base = parent ?? tip
    let commit = try writeCommit(changes, message: message, author: author, committer: committer, parent: base)
    try updateReference(
      branch, to: commit, expected: tip.map { .commit($0) } ?? .absent,
      message: (base == nil ? "commit (initial): " : "commit: ") + firstLine(of: message))
    return commit
  }

  /// Writes a commit that applies `changes` to the tree of `parent` (to an empty tree without one), with
  /// `parent` as its only parent, and returns its id. No reference moves: the commit is unreferenced until
  /// a caller points a branch at it (``updateReference(_:to:expected:message:)``), so a failure or a kill
  /// before that leaves only unreferenced objects behind.
  public func writeCommit(
    _ changes: [String: FileChange], message: String, author: Signature, committer: Signature? = nil,
    parent: ObjectID?
  ) throws(GitError) -> ObjectID {
    try writeCommit(
      changes, message: message, author: author, committer: committer, parents: parent.map { [$0] } ?? [],
      applyingTo: parent)
  }

  /// Writes a commit that applies `changes` to the tree of the commit `base` (an empty tree when nil), with
  /// `parents`, and returns its id; unreferenced, as ``writeCommit(_:message:author:committer:parent:)``.
  /// With `base` a commit and `parents` its parents, the new commit replaces `base` (an amend).
  public func writeCommit(
    _ changes: [String: FileChange], message: String, author: Signature, committer: Signature? = nil,
    parents: [ObjectID], applyingTo base: ObjectID?
  ) throws(GitError) -> ObjectID {
    let baseTree = if let base { try rootTree(of: base) } else { try emptyTree() }
    let tree = try updatedTree(baseTree, changes)
    return try createCommit(tree: tree, parents: parents, author: author, committer: committer, message: message)
  }

  /// The empty tree, written to the object database if it is not there yet.
  private func emptyTree() throws(GitError) -> ObjectHandle {
    var oid = git_oid()
    try check(git_odb_write(&oid, try objectDatabase, nil, 0, GIT_OBJECT_TREE), "git_odb_write")
    return try tree(ObjectID(oid))
  }

  private func validateReferenceName(_ name: String) throws(GitError) {
    guard name.hasPrefix("refs/"), try isValidReferenceName(name) else { throw .invalidReferenceName(name) }
  }
}

extension Repository {
  /// Writes every object reachable from `commit` (the commit, its trees and blobs, not its parents) into one
  /// new pack in `objects/pack`, with its index, and returns the pack's name; loose copies stay where they
  /// are, as after `git repack` without `-d`. This changes no content, only where objects can be found.
  /// `placingFirst` are written before the others, in that order (as far as delta compression lets them),
  /// so that the order of objects in the pack can be chosen.
  public func writePack(of commit: ObjectID, placingFirst objects: [ObjectID] = []) throws(GitError) -> String {
    let builder = try PackBuilderHandle(repository: pointer)
    for object in objects {
      var oid = object.oid
      try check(git_packbuilder_insert(builder.pointer, &oid, nil), "git_packbuilder_insert")
    }
    var oid = commit.oid
    try check(git_packbuilder_insert_commit(builder.pointer, &oid), "git_packbuilder_insert_commit")
    try check(git_packbuilder_write(builder.pointer, nil, 0, nil, nil), "git_packbuilder_write")
    guard let name = git_packbuilder_name(builder.pointer) else {
      throw .library(function: "git_packbuilder_name", code: -1, message: "the pack was written but has no name")
    }
    return "pack-" + String(cString: name)
  }
}
