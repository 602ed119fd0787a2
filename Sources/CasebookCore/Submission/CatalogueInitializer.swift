import CasebookGit
import CasebookYAML
import CasebookText

/// What `casebook init` is asked to do.
public struct InitRequest: Sendable {
  /// The folder for the new catalogue; created when missing.
  public var directory: String
  /// E-mail addresses for `schema/stewards.yaml`; empty for the `user.email` of git config.
  public var stewards: [String]
  /// Write into a folder that is not empty (files of the same name are replaced).
  public var force: Bool
  /// Make the initial commit (otherwise the files are only written).
  public var commit: Bool
  /// What the CI jobs pin.
  public var ci: CIPins
  /// The catalogue's default language (`default_language` in `schema/stewards.yaml`), which is also the
  /// language of the initial commit's message.
  public var language: Language

  /// Creates a request.
  public init(
    directory: String, stewards: [String] = [], force: Bool = false, commit: Bool = true, ci: CIPins = CIPins(),
    language: Language = .en
  ) {
    self.language = language
    self.directory = directory
    self.stewards = stewards
    self.force = force
    self.commit = commit
    self.ci = ci
  }
}

/// What the CI jobs of a new catalogue pin: the container image by digest, and the casebook release they
/// build by the address of its source archive and the archive's SHA-256.
public struct CIPins: Sendable, Hashable {
  /// The Swift image the jobs build casebook in, by digest: `swift:6.1-bookworm` for linux/amd64, as
  /// published on Docker Hub.
  public static let defaultImage =
    "swift:6.1-bookworm@sha256:48a6d9c230cd654b262f805978d1d56b2aadf5b3c0d2fc088643296692cbca62"
  /// Written where no archive or checksum was given: the jobs stop with a message saying how to set them.
  public static let unset = "UNSET"

  /// `IMAGE@sha256:DIGEST`.
  public var image: String
  /// The https address of a casebook release's source archive (`.tar.gz`); nil leaves it unset.
  public var archive: String?
  /// The archive's SHA-256 in hex; nil leaves it unset.
  public var sha256: String?

  /// Pins; the defaults leave the release unset.
  public init(image: String = CIPins.defaultImage, archive: String? = nil, sha256: String? = nil) {
    self.image = image
    self.archive = archive
    self.sha256 = sha256
  }

  /// Why the pins cannot be written into the CI files, or nil when they can.
  public var problem: Message? {
    let hex = Set("0123456789abcdef")
    if let sha256, sha256.count != 64 || !sha256.allSatisfy(hex.contains) {
      return Message(SubmissionText.sha256)
    }
    if let archive,
      !archive.hasPrefix("https://") || archive.contains(where: { $0.isWhitespace || "\"'`$\\{}".contains($0) })
    {
      return Message(SubmissionText.archive)
    }
    let parts = image.split(separator: "@sha256:", omittingEmptySubsequences: false)
    if parts.count != 2 || parts[0].isEmpty || parts[1].count != 64 || !parts[1].allSatisfy(hex.contains)
      || parts[0].contains(where: { $0.isWhitespace || "\"'`$\\{}".contains($0) })
    {
      return Message(SubmissionText.ciImage)
    }
    return nil
  }

  var templateValues: [String: String] {
    ["ci_image": image, "casebook_archive": archive ?? Self.unset, "casebook_sha256": sha256 ?? Self.unset]
  }
}

/// What `casebook init` made.
public struct InitResult: Sendable {
  /// The catalogue's folder, absolute.
  public var directory: String
  /// The files written, as paths from the catalogue's root, sorted.
  public var files: [String]
  /// The stewards written to `schema/stewards.yaml`.
  public var stewards: [String]
  /// The initial commit; nil when none was made.
  public var commit: ObjectID?
  /// The initial commit's message.
  public var commitMessage: String
  /// The branch the commit is on (`main`).
  public var branch: String
}

/// One file of a new catalogue.
public struct CatalogueFile: Sendable, Hashable {
  /// Path from the catalogue's root.
  public var path: String
  /// The file's content.
  public var bytes: [UInt8]
  /// True for the `pre-receive` hook.
  public var executable: Bool
}

/// `casebook init`: a new catalogue repository with schemas, contributor notes, editor settings, CI jobs and a
/// server hook, in one initial commit (so that `validate --changed` has a first BASE).
public enum CatalogueInitializer {
  /// The message of the initial commit, in the catalogue's language.
  public static func commitMessage(_ language: Language) -> String {
    Message(SubmissionText.initCommitMessage).text(language)
  }

  /// Every file of a new catalogue whose stewards are `stewards` and whose default language is `language`:
  /// the embedded `schema/` folder (with its own `stewards.yaml`) and the files of `templates/init/`, whose CI
  /// jobs guard the branch `branch`.
  public static func files(
    stewards: [String], branch: String = "main", ci: CIPins = CIPins(), language: Language = .en
  ) -> [CatalogueFile] {
    var files: [CatalogueFile] = []
    for file in EmbeddedCatalogueFiles.files(under: CatalogueLayout.schemaFolder) {
      let path = CatalogueLayout.schemaFolder + "/" + file.path
      let text = path == "schema/stewards.yaml" ? stewardsText(stewards, language: language) : file.text
      files.append(CatalogueFile(path: path, bytes: Array(text.utf8), executable: file.executable))
    }
    if !files.contains(where: { $0.path == "schema/stewards.yaml" }) {
      files.append(
        CatalogueFile(
          path: "schema/stewards.yaml", bytes: Array(stewardsText(stewards, language: language).utf8),
          executable: false))
    }
    for file in EmbeddedCatalogueFiles.files(under: "templates/init") {
      var values = ci.templateValues
      values["branch"] = branch
      values["stewards"] = stewards.joined(separator: " ")
      let text = TemplateText.fill(file.text, values)
      files.append(CatalogueFile(path: file.path, bytes: Array(text.utf8), executable: file.executable))
    }
    return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
  }

  /// The text of `schema/stewards.yaml` listing `stewards`.
  static func stewardsText(_ stewards: [String], language: Language) -> String {
    func comment(_ entry: SubmissionText) -> String {
      Wrap.lines(Message(entry).text(language), width: 104, first: "# ", rest: "# ")
    }
    var text = "# yaml-language-server: $schema=./stewards.schema.json\n" + comment(.stewardsComment) + "stewards:\n"
    for steward in stewards { text += "  - \(YAMLText.scalar(steward))\n" }
    text += comment(.defaultLanguageComment) + "default_language: \(language.rawValue)\n"
    return text
  }

  /// Creates the catalogue. Everything that can be refused (a folder with files, no steward, no identity) is
  /// checked before anything is written.
  public static func run(_ request: InitRequest) throws(CatalogueError) -> InitResult {
    let directory = PathText.normalize(
      request.directory.hasPrefix("/") ? request.directory : FileSystem.currentDirectory() + "/" + request.directory)
    switch FileSystem.entryType(directory) {
    case nil, .directory?: break
    default: throw .unwritable(path: request.directory, reason: Message(SubmissionText.fileNotFolder))
    }
    if let problem = request.ci.problem { throw .invalidArgument(problem) }
    if !request.force && !FileSystem.isEmptyOrMissing(directory) {
      throw .directoryNotEmpty(path: request.directory)
    }
    // Before anything is written: no folder the files go into may be a link (`schema/` linked elsewhere
    // would take the schemas out of the repository) or a file.
    for folder in Set(files(stewards: []).compactMap { $0.path.lastIndex(of: "/").map($0.path.prefix(upTo:)) }) {
      try ConfinedFolder.checkWritable(root: directory, folder: String(folder))
    }
    do {
      let existing = try? Repository.open(at: directory)
      if existing?.isBare == true { throw CatalogueError.noWorkingTree }
      let identity = try existing?.configuredIdentity() ?? Repository.globalIdentity()
      let stewards = request.stewards.isEmpty ? identity.map { [$0.email] } ?? [] : request.stewards
      guard !stewards.isEmpty else {
        throw CatalogueError.invalidArgument(Message(SubmissionText.noSteward))
      }
      for steward in stewards where !EmailAddress.isPlausible(steward) {
        throw CatalogueError.invalidArgument(Message(SubmissionText.notAnEmail, .code(steward)))
      }
      if request.commit && identity == nil { throw CatalogueError.git(.identityMissing) }
      let repository = try existing ?? Repository.create(at: directory, bare: false)
      guard let branch = try repository.headBranch() else { throw CatalogueError.detachedHead }
      let shortBranch = Submission.shortName(branch)
      let files = files(stewards: stewards, branch: shortBranch, ci: request.ci, language: request.language)
      if request.commit { try repository.index().checkNotLocked() }
      for file in files {
        try FileSystem.writeFile(
          root: directory, file.path, file.bytes, executable: file.executable, existing: .replace)
      }
      var result = InitResult(
        directory: directory, files: files.map(\.path), stewards: stewards, commit: nil,
        commitMessage: commitMessage(request.language), branch: shortBranch)
      if request.commit, let identity {
        let signature = try Signature.now(name: identity.name, email: identity.email)
        var changes: [String: FileChange] = [:]
        for file in files { changes[file.path] = .write(file.bytes, file.executable ? .executable : .regular) }
        // As in `submit`: objects, then the index, then the branch, so that a kill between two steps never
        // leaves a branch whose files the index does not have (a plain `git commit` would delete them).
        let tip = try repository.referenceTarget(branch)
        let message = commitMessage(request.language)
        let commit = try repository.writeCommit(changes, message: message, author: signature, parent: tip)
        let index = try repository.index()
        for file in files { try index.add(path: file.path) }
        try index.write()
        try repository.updateReference(
          branch, to: commit, expected: tip.map { .commit($0) } ?? .absent,
          message: (tip == nil ? "commit (initial): " : "commit: ") + message)
        result.commit = commit
      }
      return result
    } catch let error as CatalogueError {
      throw error
    } catch let error as GitError {
      throw CatalogueError(error)
    } catch {
      throw .unreadable(path: request.directory, reason: reason(error))
    }
  }
}

/// YAML text for values written into templates.
enum YAMLText {
  /// `text` as one YAML scalar on one line: plain when that reads back the same, quoted otherwise.
  static func scalar(_ text: String) -> String {
    let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    var written = YAMLWriter.write(Node(.string(oneLine)))
    if written.hasSuffix("\n") { written.removeLast() }
    return written
  }
}

/// A light check of e-mail addresses given on the command line, matching the schemas' pattern
/// `^[^@\s]+@[^@\s]+\.[^@\s]+$`.
enum EmailAddress {
  static func isPlausible(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
    let domain = parts[1]
    guard let dot = domain.lastIndex(of: "."), dot != domain.startIndex else { return false }
    return domain.index(after: dot) != domain.endIndex
  }
}
