import CasebookYAML
import CasebookText

/// The repository and snapshot that `search`, `show`, `stats` and `export` read.
public struct QuerySession {
  /// The repository.
  public let workspace: Workspace
  /// The working tree (HEAD in a bare repository) or the revision asked for.
  public let snapshot: Snapshot
  /// Limits for reading YAML.
  public let limits: YAMLLimits
  /// True for a peer's catalogue: a record whose kind has no usable schema is left out (see
  /// ``Catalogue/load(_:limits:requiringSchemas:)``).
  var requiringSchemas = false

  /// Opens the repository containing `directory` and takes a snapshot of `revision` (nil: the working tree,
  /// or HEAD in a bare repository).
  public static func open(
    directory: String?, revision: String?, limits: YAMLLimits = YAMLLimits()
  ) throws(QueryError) -> QuerySession {
    do {
      let workspace = try Workspace(directory: directory)
      return QuerySession(workspace: workspace, snapshot: try workspace.snapshot(revision: revision), limits: limits)
    } catch {
      throw .catalogue(error)
    }
  }

  /// The search index of `revision` (nil: the working tree, or HEAD in a bare repository), from the cache when
  /// it is current. At a revision the cache is found by tree ids, before any file is listed.
  public static func searchIndex(
    directory: String?, revision: String?, limits: YAMLLimits = YAMLLimits(), useCache: Bool = true
  ) throws(QueryError) -> LoadedSearchIndex {
    // The working tree's fingerprint is taken while the git library starts, and checked against the
    // repository once it is open.
    let now = WorkingTreeFingerprint.currentTime()
    let early =
      revision == nil && useCache
      ? EarlyFingerprint.take(
        directory: directory ?? ".", context: SearchIndex.keyPreamble(limits),
        maxFiles: CatalogueLimits.defaultMaxFiles, now: now)
      : nil
    do {
      let workspace = try Workspace(directory: directory)
      guard let revision = revision ?? (workspace.isBare ? "HEAD" : nil) else {
        return try SearchIndex.load(
          workingTreeOf: workspace, limits: limits, useCache: useCache, now: now, early: early)
      }
      return try SearchIndex.load(workspace, revision: revision, limits: limits, useCache: useCache)
    } catch {
      throw .catalogue(error)
    }
  }

  /// The search index of the snapshot, from the cache when it is current (at a revision, found by tree ids as
  /// ``searchIndex(directory:revision:limits:useCache:)`` does, so both share one cached index).
  public func searchIndex(useCache: Bool = true) throws(QueryError) -> LoadedSearchIndex {
    do {
      if case .revision(let name, let commit) = snapshot.origin {
        return try SearchIndex.load(
          workspace, commit: commit, named: name, limits: limits, useCache: useCache, snapshot: snapshot)
      }
      return try SearchIndex.load(snapshot, limits: limits, useCache: useCache)
    } catch {
      throw .catalogue(error)
    }
  }

  /// Every valid record of the snapshot (validates all files).
  public func catalogue() throws(QueryError) -> Catalogue {
    do {
      return try Catalogue.load(snapshot, limits: limits, requiringSchemas: requiringSchemas)
    } catch {
      throw .catalogue(error)
    }
  }
}

/// The one warning line about files left out because they fail validation.
public enum SkippedFiles {
  /// Names shown before the rest are counted.
  static let shownNames = 5

  /// `warning: skipped 2 files that fail validation: a.yaml, b.yaml (…)`, or nil when none were skipped. File
  /// names are made safe for a terminal when the message is shown.
  public static func warning(_ files: [String]) -> Message? {
    guard !files.isEmpty else { return nil }
    let shown = files.prefix(shownNames).joined(separator: ", ")
    let names: MessageArgument =
      files.count > shownNames
      ? .message(Message(CommandText.andMore, .text(shown), .number(files.count - shownNames))) : .text(shown)
    return Message(
      CommandText.warning,
      .message(Message(count: files.count, one: CommandText.skippedOne, other: CommandText.skipped, names)))
  }
}
