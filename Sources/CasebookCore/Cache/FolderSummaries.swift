import CasebookGit

/// What validating one municipality folder (`cases/<country>/<municipality>/`) found: every file's own findings
/// and those of the rules about the folder. Everything in it depends only on the folder's paths, modes and
/// blobs and on the rules, so it is cached under a digest of those: an unchanged folder then costs one lookup
/// instead of a classification, a cache lookup and a cross-file pass per file.
struct FolderSummary: Sendable {
  /// Findings about the folder and the files in it.
  var diagnostics: [Diagnostic] = []
  /// Entries of the folder a report counts as checked.
  var checkedFiles = 0
  /// Catalogue files among them: the files a run shares its diagnostics budget over.
  var catalogueFiles = 0
  /// The most problems one file of the folder reports. A run whose budget per file is smaller would cut them,
  /// so it cannot use the summary.
  var mostProblemsInOneFile = 0
  /// False when a result in the folder must not be cached (unreadable, or cut by the run's budget).
  var cacheable = true
}

extension FolderSummary {
  /// Adds the result of one file of the folder.
  mutating func add(_ result: CheckedFile) {
    diagnostics += result.verdict.diagnostics
    let problems = result.verdict.diagnostics.count { $0.rule != FileCheck.tooManyProblems }
    mostProblemsInOneFile = max(mostProblemsInOneFile, problems)
    // A file that could not be read is read again next time; everything else depends only on the folder.
    if result.trimmedByRun || result.verdict.diagnostics.contains(where: { $0.rule == "git.unreadable" }) {
      cacheable = false
    }
  }
}

/// The groups of one validation (municipality folders and the rest), which of them were reused from the cache,
/// and the summaries gathered for the others while they are checked.
struct FolderCheck {
  var groups: [FolderRun]
  /// For each snapshot entry, its group.
  var groupOf: [Int32]
  var summaries: [FolderSummary]
  var reused: [Bool]
  /// Reused groups whose findings this run would have to cut (set when a validation gives up on them).
  var overBudget: [Int] = []

  /// Adds findings of the rules about folders to the summaries of the folders checked now.
  mutating func add(_ folderFindings: [Diagnostic]) {
    guard !folderFindings.isEmpty else { return }
    var position: [String: Int] = [:]
    for (index, group) in groups.enumerated() where !reused[index] {
      // Two folders whose names compare equal cannot tell their findings apart here: cache neither.
      if let other = position.updateValue(index, forKey: group.folder) {
        summaries[other].cacheable = false
        summaries[index].cacheable = false
      }
    }
    for diagnostic in folderFindings {
      guard let length = FolderSummaries.folderLength(of: diagnostic.file, fileInside: false),
        let index = position[String(decoding: diagnostic.file.utf8.prefix(length), as: UTF8.self)]
      else { continue }
      summaries[index].diagnostics.append(diagnostic)
    }
  }
}

/// The entries of one municipality folder, or all entries outside municipality folders (`folder` empty). A
/// folder at a revision is keyed by its git tree id; in the working tree, by a digest of its entries (hashed
/// as a blob, so the two kinds of key never meet).
struct FolderRun: Sendable {
  /// `cases/<country>/<municipality>`, or empty for the group of everything else.
  let folder: String
  /// The cache key: a digest of the group's relative paths, modes and blob ids, and the folder's path.
  let key: ResultCache.Key
}

/// The cache of folder summaries (`<git dir>/casebook/cache/folders-<rules id>`).
struct FolderSummaries: Sendable {
  static let kind = "folders"

  private let cache: ResultCache

  init(gitDirectory: String, rulesID: String) {
    cache = ResultCache(gitDirectory: gitDirectory, kind: Self.kind, rulesID: rulesID)
  }

  /// The cached summary of `run`, or nil when there is none or it does not decode.
  func summary(of run: FolderRun) -> FolderSummary? {
    guard let (start, end) = cache.reader(for: run.key), case var reader = start else { return nil }
    do throws(CorruptCache) {
      var summary = FolderSummary()
      summary.checkedFiles = try reader.int()
      summary.catalogueFiles = try reader.int()
      summary.mostProblemsInOneFile = try reader.int()
      summary.diagnostics = try reader.diagnostics(path: run.folder)
      return reader.offset == end ? summary : nil
    } catch {
      return nil
    }
  }

  /// Stores the cacheable summaries of this run's checked groups beside the ones it reused; writes nothing
  /// when there is nothing new. Returns true when the file was written.
  func save(_ check: FolderCheck) -> Bool {
    let new = check.groups.indices.filter { !check.reused[$0] && check.summaries[$0].cacheable }
    guard !new.isEmpty else { return false }
    let keys = new.map { check.groups[$0].key } + check.groups.indices.filter { check.reused[$0] }.map {
      check.groups[$0].key
    }
    cache.save(keys: keys, isNew: { $0 < new.count }, keepingOlder: keys.count) { index, writer in
      let group = new[index]
      let summary = check.summaries[group]
      writer.int(summary.checkedFiles)
      writer.int(summary.catalogueFiles)
      writer.int(summary.mostProblemsInOneFile)
      writer.diagnostics(summary.diagnostics, path: check.groups[group].folder)
    }
    return true
  }

  /// Splits sorted snapshot entries into groups: one per municipality folder and one for all other entries
  /// (`schema/`, files directly under `cases/` or a country folder), each group keyed by a digest of its
  /// paths, modes and blob ids, or by the folder's tree id when `treeIDs` has it. Looks up each group's
  /// summary, except for folders keyed by tree id: their caller looked them up already (and may have decided
  /// not to use what it found). `reused` are folders whose entries were left out because their summaries were
  /// found already.
  func check(
    _ entries: [SnapshotEntry], treeIDs: [String: ObjectID] = [:],
    reused reusedFolders: [(run: FolderRun, summary: FolderSummary)] = []
  ) -> FolderCheck {
    var groups: [FolderRun] = []
    var groupOf = [Int32](repeating: -1, count: entries.count)
    var digestInput: [UInt8] = []
    var rest: [UInt8] = []
    var index = 0
    while index < entries.count {
      var path = entries[index].path
      guard let length = path.withUTF8({ Self.folderLength(of: $0, fileInside: true) }) else {
        Self.append(entries[index], dropping: 0, to: &rest)
        index += 1
        continue
      }
      let folder = String(decoding: path.utf8.prefix(length + 1), as: UTF8.self)
      var end = index + 1
      while end < entries.count, entries[end].path.utf8.starts(with: folder.utf8) { end += 1 }
      let name = String(folder.dropLast())
      let key: ObjectID
      if let tree = treeIDs[name] {
        key = tree
      } else {
        digestInput.removeAll(keepingCapacity: true)
        for entry in entries[index..<end] { Self.append(entry, dropping: length + 1, to: &digestInput) }
        key = .blob(hashing: digestInput)
      }
      for position in index..<end { groupOf[position] = Int32(groups.count) }
      groups.append(FolderRun(folder: name, key: .init(blob: key, path: name)))
      index = end
    }
    let restGroup = Int32(groups.count)
    for position in groupOf.indices where groupOf[position] < 0 { groupOf[position] = restGroup }
    groups.append(FolderRun(folder: "", key: .init(blob: .blob(hashing: rest), path: "")))
    var summaries: [FolderSummary] = []
    var reused: [Bool] = []
    for group in groups {
      let summary = treeIDs[group.folder] == nil ? self.summary(of: group) : nil
      summaries.append(summary ?? FolderSummary())
      reused.append(summary != nil)
    }
    for (run, summary) in reusedFolders {
      groups.append(run)
      summaries.append(summary)
      reused.append(true)
    }
    return FolderCheck(groups: groups, groupOf: groupOf, summaries: summaries, reused: reused)
  }

  private static func append(_ entry: SnapshotEntry, dropping prefix: Int, to input: inout [UInt8]) {
    var path = entry.path
    path.withUTF8 { input.append(contentsOf: UnsafeBufferPointer(rebasing: $0[prefix...])) }
    input.append(0)
    input.append(contentsOf: modeBytes(entry.mode))
    entry.blobID.withBytes { input.append(contentsOf: $0) }
  }

  /// The same as the function below, for the bytes of a string.
  static func folderLength(of path: String, fileInside: Bool) -> Int? {
    var path = path
    return path.withUTF8 { folderLength(of: $0, fileInside: fileInside) }
  }

  /// The length in bytes of `cases/<country>/<municipality>` at the start of `path`: for a file inside such a
  /// folder (`fileInside`), or for the folder itself or a file inside it.
  static func folderLength(of bytes: UnsafeBufferPointer<UInt8>, fileInside: Bool) -> Int? {
    guard bytes.starts(with: "cases/".utf8) else { return nil }
    var slashes = 1
    var position = 6
    for byte in bytes.dropFirst(6) {
      if byte == UInt8(ascii: "/") {
        slashes += 1
        if slashes == 3 { return position + 1 < bytes.count ? position : nil }
      }
      position += 1
    }
    return !fileInside && slashes == 2 && position > 6 ? position : nil
  }

  private static func modeBytes(_ mode: FileMode) -> [UInt8] {
    switch mode {
    case .regular: [1]
    case .executable: [2]
    case .symlink: [3]
    case .submodule: [4]
    case .tree: [5]
    case .other(let number): [6, UInt8(truncatingIfNeeded: number), UInt8(truncatingIfNeeded: number >> 8),
      UInt8(truncatingIfNeeded: number >> 16), UInt8(truncatingIfNeeded: number >> 24)]
    }
  }
}
