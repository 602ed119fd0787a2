import CasebookGit
import Dispatch

/// The repository a command works on, found from a directory (`-C DIR`, or the current one).
public final class Workspace {
  let repository: Repository
  /// The folder the user pointed at, absolute; relative paths on the command line start here.
  public let directory: String
  /// The most files a snapshot or change set may list; more throws ``CatalogueError/tooManyFiles(limit:)``.
  public var maxFiles = CatalogueLimits.defaultMaxFiles

  /// Further object folders read along with the repository's own (see ``init(directory:objectDirectories:)``).
  let objectDirectories: [String]

  /// Opens the repository that contains `directory` (a working tree, a subfolder of one, or a bare repository).
  /// `objectDirectories` are further `objects` folders to read, such as the quarantine folder git names in
  /// `GIT_QUARANTINE_PATH` while a pre-receive hook runs: the pushed objects wait there until accepted.
  public init(directory: String?, objectDirectories: [String] = []) throws(CatalogueError) {
    let given = directory ?? "."
    guard let absolute = FileSystem.realPath(given) else {
      throw .notARepository(path: given)
    }
    self.directory = absolute
    self.objectDirectories = objectDirectories.map { FileSystem.realPath($0) ?? $0 }
    do {
      repository = try Repository.discover(from: absolute)
      for folder in self.objectDirectories { try repository.addAlternateObjectDirectory(folder) }
    } catch {
      throw CatalogueError(error, path: given)
    }
    try Self.checkOwnFolders(gitDirectory: repository.gitDirectory)
  }

  /// Casebook keeps caches and its submit lock in `<git dir>/casebook/cache` and `<git dir>/casebook`. When
  /// either is a symbolic link (or not a folder), every command stops with a clear error rather than read or
  /// write through it: a link there could lead anywhere outside the repository.
  static func checkOwnFolders(gitDirectory: String) throws(CatalogueError) {
    do {
      try ConfinedFolder.checkWritable(root: gitDirectory, folder: CacheFile.folderPath)
    } catch .unwritable(let path, let reason) {
      throw .unwritable(path: gitDirectory + path, reason: reason)
    }
  }

  /// Starts initialising the git library on another thread, so that it overlaps whatever the caller does
  /// before opening a workspace (parsing the command line); opening then waits for it only if it is not done.
  /// Call ``GitPreparation/wait()`` on the result before the process exits, so that it never exits while
  /// the library is half initialised.
  public static func prepareInBackground() -> GitPreparation {
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { _ = try? Repository.initializeLibrary() }
    return GitPreparation(group: group)
  }

  /// True when the repository has no working tree.
  public var isBare: Bool { repository.isBare }

  /// The git directory, with a trailing slash (caches live below it).
  public var gitDirectory: String { repository.gitDirectory }

  /// The working directory, with a trailing slash; nil in a bare repository.
  public var workingDirectory: String? { repository.workingDirectory }

  /// A snapshot of `revision`, or of the working tree when nil (HEAD in a bare repository).
  public func snapshot(revision: String?) throws(CatalogueError) -> Snapshot {
    if let revision { return try snapshot(ofRevision: revision) }
    if repository.isBare { return try snapshot(ofRevision: "HEAD") }
    return try workingTreeSnapshot()
  }

  /// A snapshot of the commit `revision` resolves to.
  public func snapshot(ofRevision revision: String) throws(CatalogueError) -> Snapshot {
    let commit = try resolve(revision)
    return try snapshot(ofCommit: commit, named: revision)
  }

  func snapshot(ofCommit commit: ObjectID, named name: String) throws(CatalogueError) -> Snapshot {
    var entries: [SnapshotEntry] = []
    do {
      for folder in [CatalogueLayout.casesFolder, CatalogueLayout.schemaFolder] {
        let found = try repository.treeEntries(commit: commit, under: folder, limit: maxFiles - entries.count)
        for entry in found {
          entries.append(SnapshotEntry(path: entry.path, blobID: entry.id, mode: entry.mode))
        }
        if found.isEmpty, let top = try notAFolder(folder, commit: commit) { entries.append(top) }
      }
    } catch .treeTooLarge {
      throw .tooManyFiles(limit: maxFiles)
    } catch {
      throw CatalogueError(error)
    }
    return Snapshot(
      origin: .revision(name, commit), entries: entries, gitDirectory: repository.gitDirectory,
      workingDirectory: repository.workingDirectory, objectDirectories: objectDirectories)
  }

  /// The catalogue at `commit` with each municipality folder given as its tree id instead of its files: the
  /// snapshot holds only the entries outside municipality folders (`schema/`, stray files), so that a caller
  /// that can answer for a whole folder by its tree id never reads the folder.
  func outline(ofCommit commit: ObjectID, named name: String) throws(CatalogueError)
    -> (rest: Snapshot, folders: [(path: String, tree: ObjectID)])
  {
    var entries: [SnapshotEntry] = []
    var folders: [(path: String, tree: ObjectID)] = []
    do {
      for entry in try repository.treeEntries(
        commit: commit, under: CatalogueLayout.casesFolder, limit: maxFiles, foldersAt: 2)
      {
        if entry.mode == .tree {
          folders.append((entry.path, entry.id))
        } else {
          entries.append(SnapshotEntry(path: entry.path, blobID: entry.id, mode: entry.mode))
        }
      }
      if folders.isEmpty && entries.isEmpty, let top = try notAFolder(CatalogueLayout.casesFolder, commit: commit) {
        entries.append(top)
      }
      let schema = try repository.treeEntries(
        commit: commit, under: CatalogueLayout.schemaFolder, limit: maxFiles - entries.count)
      for entry in schema {
        entries.append(SnapshotEntry(path: entry.path, blobID: entry.id, mode: entry.mode))
      }
      if schema.isEmpty, let top = try notAFolder(CatalogueLayout.schemaFolder, commit: commit) { entries.append(top) }
    } catch .treeTooLarge {
      throw .tooManyFiles(limit: maxFiles)
    } catch {
      throw CatalogueError(error)
    }
    let rest = Snapshot(
      origin: .revision(name, commit), entries: entries, gitDirectory: repository.gitDirectory,
      workingDirectory: repository.workingDirectory, objectDirectories: objectDirectories)
    return (rest, folders)
  }

  /// The entry at `folder` (`cases` or `schema`) when it is there but is not a folder (a symbolic link, a
  /// file, a submodule): the snapshot lists it so that validation reports it instead of seeing no catalogue.
  private func notAFolder(_ folder: String, commit: ObjectID) throws(GitError) -> SnapshotEntry? {
    guard let entry = try repository.entry(at: folder, commit: commit), entry.mode != .tree else { return nil }
    return SnapshotEntry(path: entry.path, blobID: entry.id, mode: entry.mode)
  }

  /// The entries of the folder `path` whose tree is `tree`, at most `limit` of them.
  func folderEntries(_ path: String, tree: ObjectID, limit: Int) throws(CatalogueError) -> [SnapshotEntry] {
    do {
      return try repository.treeEntries(tree: tree, prefix: path, limit: limit).map {
        SnapshotEntry(path: $0.path, blobID: $0.id, mode: $0.mode)
      }
    } catch .treeTooLarge {
      throw .tooManyFiles(limit: maxFiles)
    } catch {
      throw CatalogueError(error)
    }
  }

  /// The tree id of the folder `path` at `commit`; nil when there is no such folder.
  func treeID(of path: String, commit: ObjectID) throws(CatalogueError) -> ObjectID? {
    do {
      guard let entry = try repository.entry(at: path, commit: commit), entry.mode == .tree else { return nil }
      return entry.id
    } catch {
      throw CatalogueError(error)
    }
  }

  /// The commit a revision names.
  public func resolve(_ revision: String) throws(CatalogueError) -> ObjectID {
    do {
      return try repository.resolveCommit(revision)
    } catch {
      throw CatalogueError(error, revision: revision)
    }
  }

  /// Turns paths given on the command line into paths from the repository root.
  public func repositoryPaths(for arguments: [String]) throws(CatalogueError) -> [String] {
    var paths: [String] = []
    for argument in arguments { paths.append(try repositoryPath(for: argument)) }
    return paths
  }

  /// Turns a path given on the command line (relative to ``directory``) into a path from the repository root.
  public func repositoryPath(for argument: String) throws(CatalogueError) -> String {
    let root = repository.workingDirectory ?? repository.gitDirectory
    var absolute = argument.hasPrefix("/") ? argument : directory + "/" + argument
    if let real = FileSystem.realPath(absolute) { absolute = real }
    let normalized = PathText.normalize(absolute)
    let rootPath = PathText.normalize(FileSystem.realPath(root) ?? root)
    if normalized == rootPath { return "" }
    guard normalized.hasPrefix(rootPath + "/") else { throw .pathOutsideRepository(argument) }
    return String(normalized.dropFirst(rootPath.count + 1))
  }
}

/// Path text helpers that do not touch the disk.
enum PathText {
  /// Removes `.` and empty parts and resolves `..` textually; keeps a leading `/`.
  static func normalize(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(part)
    }
    return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
  }
}

/// The git library being initialised in the background (see ``Workspace/prepareInBackground()``).
public struct GitPreparation: Sendable {
  fileprivate let group: DispatchGroup

  /// Returns once the initialisation is over.
  public func wait() { group.wait() }
}
