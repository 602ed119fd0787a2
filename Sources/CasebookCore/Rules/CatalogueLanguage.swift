import CasebookGit
import CasebookText
import CasebookYAML

/// The catalogue's own default language: `default_language` in `schema/stewards.yaml`, set by the stewards.
/// Commands speak it when neither `--lang` nor the reader's locale chooses a language.
public enum CatalogueLanguage {
  /// The file and field that hold the default.
  public static let file = "schema/stewards.yaml"
  static let field = "default_language"

  /// The default language of the catalogue that contains `directory` (the current folder when nil), read from
  /// the working tree (from HEAD in a bare repository); nil when there is no catalogue, no such file or field,
  /// or the field names no language casebook speaks. A `schema/` that is a symbolic link is not followed.
  public static func defaultLanguage(directory: String?) -> Language? {
    guard let workspace = try? Workspace(directory: directory) else { return nil }
    let bytes: [UInt8]?
    if let root = workspace.workingDirectory {
      guard case .directory? = FileSystem.entryType(root + CatalogueLayout.schemaFolder) else { return nil }
      bytes = try? FileSystem.read(root + file, limit: 64 << 10)
    } else {
      bytes = try? headBlob(workspace)
    }
    guard let bytes else { return nil }
    return language(in: bytes)
  }

  private static func headBlob(_ workspace: Workspace) throws(GitError) -> [UInt8]? {
    let repository = workspace.repository
    guard let head = try repository.headCommit(), let entry = try repository.entry(at: file, commit: head),
      entry.mode.isBlob, try repository.blobSize(entry.id) <= 64 << 10
    else { return nil }
    return try repository.blob(entry.id)
  }

  /// The `default_language` of a `stewards.yaml`, when it names a language casebook speaks.
  static func language(in bytes: [UInt8]) -> Language? {
    let limits = YAMLLimits(maxBytes: 64 << 10, maxDepth: 8, maxAliases: 0, maxNodes: 10_000)
    guard let document = try? YAMLParser.parse(bytes, limits: limits), let code = document[field]?.string else {
      return nil
    }
    return Language(rawValue: code)
  }
}
