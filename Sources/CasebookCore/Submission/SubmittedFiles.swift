import CasebookGit
import CasebookText

/// The files a submission names, read from the working tree.
struct SubmittedFiles {
  /// The most bytes one submitted file may have (catalogue files are far smaller; see `YAMLLimits`).
  static let maximumFileBytes = 16 << 20

  /// Content and mode of each file to write, by path from the repository root.
  var contents: [String: (bytes: [UInt8], mode: FileMode)] = [:]
  /// Paths that are gone from the working tree but are in HEAD: to delete.
  var deletions: [String] = []

  /// Every path of the submission, written or deleted, sorted.
  var paths: [String] { (Array(contents.keys) + deletions).sorted() }

  /// Adds the profile (`municipality.yaml`) of each municipality folder that the submission writes into and
  /// that `base` has no profile for — a new municipality's first submission — when the working tree has it,
  /// and returns the profiles added. A folder whose profile is missing from the working tree too is left to
  /// validation, which says how to write one.
  mutating func addMissingProfiles(
    workspace: Workspace, root: String, base: ObjectID?
  ) throws(CatalogueError) -> [String] {
    var added: [String] = []
    for path in contents.keys.sorted() {
      guard case .file(let file) = CatalogueLayout.classify(path), file.kind != .municipality,
        let id = file.municipalityID
      else { continue }
      let profile = "\(CatalogueLayout.casesFolder)/\(id)/municipality.yaml"
      guard contents[profile] == nil, !deletions.contains(profile), !added.contains(profile) else { continue }
      var inBase = false
      if let base {
        do { inBase = try workspace.repository.entry(at: profile, commit: base) != nil } catch { throw CatalogueError(error) }
      }
      guard !inBase, case .regular? = FileSystem.entryType(root + profile) else { continue }
      try addFile(profile, root: root, argument: profile)
      added.append(profile)
    }
    return added
  }

  /// True for paths that snapshots (and so validation) see: below `cases/` or `schema/`.
  static func isSnapshotPath(_ path: String) -> Bool {
    path.hasPrefix(CatalogueLayout.casesFolder + "/") || path.hasPrefix(CatalogueLayout.schemaFolder + "/")
  }

  /// Reads the files named by `arguments` (files, or folders standing for the files in them and the files of
  /// HEAD below them that are gone from disk).
  static func collect(
    _ arguments: [String], workspace: Workspace, root: String, head: ObjectID?
  ) throws(CatalogueError) -> SubmittedFiles {
    var files = SubmittedFiles()
    for argument in arguments {
      let path = try workspace.repositoryPath(for: argument)
      guard !path.isEmpty, !path.hasPrefix(".git/"), path != ".git" else {
        throw .invalidArgument(Message(SubmissionText.wholeRepository))
      }
      switch FileSystem.entryType(root + path) {
      case .directory?:
        try files.addFolder(path, root: root)
        for entry in try trackedFiles(under: path, workspace: workspace, head: head)
        where FileSystem.entryType(root + entry) == nil {
          files.deletions.append(entry)
        }
      case nil:
        guard let head, (try? workspace.repository.entry(at: path, commit: head)) != nil else {
          throw .invalidArgument(Message(SubmissionText.doesNotExist, .code(argument)))
        }
        files.deletions.append(path)
      default:
        try files.addFile(path, root: root, argument: argument)
      }
    }
    files.deletions = Array(Set(files.deletions)).sorted()
    return files
  }

  private mutating func addFile(_ path: String, root: String, argument: String) throws(CatalogueError) {
    switch FileSystem.entryType(root + path) {
    case .regular(let executable)?:
      do {
        let bytes = try FileSystem.read(root + path, limit: Self.maximumFileBytes)
        contents[path] = (bytes, executable ? .executable : .regular)
      } catch {
        switch error {
        case .tooLarge(let size, let limit):
          throw .invalidArgument(Message(SubmissionText.fileTooLarge, .code(argument), .text(String(size)), .text(String(limit))))
        case .unreadable(let reason):
          throw .unreadable(path: argument, reason: reason)
        }
      }
    default:
      throw .invalidArgument(Message(SubmissionText.notPlainFile, .code(argument)))
    }
  }

  private mutating func addFolder(_ folder: String, root: String) throws(CatalogueError) {
    let names: [String]
    do { names = try FileSystem.list(root + folder) } catch { throw .unreadable(path: folder, reason: error.message) }
    for name in names where name != ".git" {
      let path = folder + "/" + name
      if case .directory? = FileSystem.entryType(root + path) {
        try addFolder(path, root: root)
      } else {
        try addFile(path, root: root, argument: path)
      }
    }
  }

  /// Files of HEAD below `folder`.
  private static func trackedFiles(
    under folder: String, workspace: Workspace, head: ObjectID?
  ) throws(CatalogueError) -> [String] {
    guard let head else { return [] }
    do {
      return try workspace.repository.treeEntries(commit: head, under: folder).map(\.path)
    } catch {
      throw CatalogueError(error)
    }
  }
}
