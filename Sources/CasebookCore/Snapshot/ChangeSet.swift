import CasebookGit

/// The files a range of commits changed, with the snapshots at both ends (`--changed BASE..HEAD`).
public struct ChangeSet: Sendable {
  /// The snapshot at BASE: its rules are the ones the change is checked against.
  public let base: Snapshot
  /// The snapshot at HEAD.
  public let head: Snapshot
  /// Paths added, modified or deleted between BASE and HEAD, under `cases/` and `schema/` or anywhere else.
  public let changes: [TreeChange]

  /// Paths that exist at HEAD and differ from BASE: the files to validate.
  public var changedFiles: Set<String> {
    Set(changes.filter { $0.status != .deleted }.map(\.path))
  }
}

extension Workspace {
  /// Splits `BASE..HEAD` into its two revisions.
  public static func parseRange(_ text: String) throws(CatalogueError) -> (base: String, head: String) {
    guard let range = text.range(of: ".."), !text.contains("...") else { throw .badRange(text) }
    let base = String(text[..<range.lowerBound])
    let head = String(text[range.upperBound...])
    guard !base.isEmpty else { throw .badRange(text) }
    return (base, head.isEmpty ? "HEAD" : head)
  }

  /// The change set of `BASE..HEAD`.
  public func changeSet(_ range: String) throws(CatalogueError) -> ChangeSet {
    let (baseName, headName) = try Self.parseRange(range)
    let base = try resolve(baseName)
    let head = try resolve(headName)
    let changes: [TreeChange]
    do {
      changes = try repository.diff(from: base, to: head, limit: maxFiles)
    } catch .treeTooLarge {
      throw .tooManyFiles(limit: maxFiles)
    } catch {
      throw CatalogueError(error)
    }
    return ChangeSet(
      base: try snapshot(ofCommit: base, named: baseName), head: try snapshot(ofCommit: head, named: headName),
      changes: changes)
  }
}
