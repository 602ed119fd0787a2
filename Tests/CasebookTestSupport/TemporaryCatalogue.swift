import CasebookGit
import Foundation

/// The package's own folder, found from this file's path (tests read the real `schema/` from it).
public let packageRoot: String = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// A fixed author, so commits made by tests are reproducible.
public let testAuthor = Signature(name: "Test Maintainer", email: "maintainer@example.org", time: 1_700_000_000)

/// A catalogue repository in a temporary folder, built through the project's git layer and removed at the end.
public final class TemporaryCatalogue {
  /// The working directory (or the bare repository), without a trailing slash.
  public let root: String
  /// The repository.
  public let repository: Repository

  /// Creates a repository; with `schemas`, the repository's real `schema/` folder is committed first.
  public init(bare: Bool = false, schemas: Bool = true) throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    root = url.resolvingSymlinksInPath().path
    repository = try Repository.create(at: root, bare: bare)
    if schemas {
      try commit(try Self.files(under: "schema"), message: "Add schemas")
    }
  }

  deinit {
    try? FileManager.default.removeItem(atPath: root)
  }

  /// Text files of the package under `folder` (e.g. `schema`, `cases`), keyed by path from the package root.
  public static func files(under folder: String) throws -> [String: String] {
    var files: [String: String] = [:]
    let base = URL(fileURLWithPath: packageRoot)
    guard let enumerator = FileManager.default.enumerator(atPath: base.appendingPathComponent(folder).path) else {
      return [:]
    }
    while let relative = enumerator.nextObject() as? String {
      let path = folder + "/" + relative
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isFolder)
      if !isFolder.boolValue {
        files[path] = try String(contentsOf: base.appendingPathComponent(path), encoding: .utf8)
      }
    }
    return files
  }

  /// Commits text files (nil deletes) on HEAD's branch and, in a working repository, writes them to disk too.
  @discardableResult
  public func commit(
    _ files: [String: String?], message: String, author: Signature = testAuthor
  ) throws -> ObjectID {
    var changes: [String: FileChange] = [:]
    for (path, text) in files {
      changes[path] = text.map { .write(Array($0.utf8), .regular) } ?? .delete
      if !repository.isBare {
        if let text { try write(path, text) } else { try? FileManager.default.removeItem(atPath: root + "/" + path) }
      }
    }
    let branch = try repository.headBranch() ?? "refs/heads/main"
    return try repository.commitChanges(changes, message: message, author: author, branch: branch)
  }

  /// Writes a file into the working tree only.
  public func write(_ path: String, _ text: String) throws {
    try write(path, Data(text.utf8))
  }

  /// Writes bytes into the working tree only.
  public func write(_ path: String, _ bytes: Data) throws {
    let url = URL(fileURLWithPath: root).appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try bytes.write(to: url)
  }

  /// Removes a file from the working tree only.
  public func remove(_ path: String) throws {
    try FileManager.default.removeItem(atPath: root + "/" + path)
  }
}

/// Small valid catalogue documents for tests, written here so each test states what it changes.
public enum Sample {
  /// A valid municipality profile for country `country` (upper case).
  public static func municipality(name: String = "Testdorp", country: String = "NL", maintainer: String = "maintainer@example.org") -> String {
    """
    name: \(name)
    country: \(country)
    languages: [nl]
    maintainers:
      - \(maintainer)
    """
  }

  /// A valid case study.
  public static func caseStudy(
    title: String = "Wijkapp voor meldingen", year: Int = 2020, categories: [String] = ["report"],
    language: String = "nl", extra: String = ""
  ) -> String {
    """
    title: \(title)
    summary: Bewoners melden losliggende tegels en kapotte lantaarnpalen via een app en krijgen antwoord.
    year: \(year)
    categories: [\(categories.joined(separator: ", "))]
    channels: [app]
    language: \(language)
    outcomes:
      - Meldingen worden sneller afgehandeld.
    lessons:
      - Geef altijd antwoord op een melding.
    sources:
      - title: Verslag van de gemeente
        url: https://example.org/verslag
    contact:
      email: info@example.org
    tags: [meldingen]
    \(extra)
    """
  }

  /// A minimal valid policy.
  public static func policy(title: String = "Sociale-mediabeleid", status: String = "draft") -> String {
    """
    title: \(title)
    status: \(status)
    language: nl
    """
  }
}
