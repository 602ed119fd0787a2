import CasebookText
import CasebookYAML

/// Reading whole catalogues — records, not the search index — for `export`, `show` and `rank`.
struct FederatedSessions {
  let workspace: Workspace
  let sources: [CatalogueSource]
  var warnings: [FederationWarning]
  let names: [String]

  /// The catalogues `names` of the repository at `directory` (see ``Workspace/catalogues(_:)``).
  init(directory: String?, names: [String]) throws(FederationError) {
    do {
      workspace = try Workspace(directory: directory)
    } catch {
      throw .catalogue(error)
    }
    let chosen = try workspace.catalogues(names)
    sources = chosen.sources
    warnings = chosen.warnings
    self.names = names
  }

  /// The session of one catalogue: the local one at `revision` (nil: the working tree), a peer at its
  /// fetched commit, read against its own schema.
  func session(_ source: CatalogueSource, revision: String?, limits: YAMLLimits) throws(QueryError) -> QuerySession {
    do {
      if source.isLocal {
        return QuerySession(workspace: workspace, snapshot: try workspace.snapshot(revision: revision), limits: limits)
      }
      var session = QuerySession(workspace: workspace, snapshot: try workspace.snapshot(of: source), limits: limits)
      session.requiringSchemas = true
      return session
    } catch {
      throw .catalogue(error)
    }
  }

  /// Runs `body` on each catalogue's session. A peer that cannot be read is left out with a warning when it
  /// came in through `all`, and stops everything when it was named.
  mutating func each<T>(
    revision: String?, limits: YAMLLimits, _ body: (CatalogueSource, QuerySession) throws(QueryError) -> T
  ) throws(FederationError) -> [(source: CatalogueSource, value: T)] {
    var values: [(source: CatalogueSource, value: T)] = []
    for source in sources {
      do {
        values.append((source, try body(source, try session(source, revision: revision, limits: limits))))
      } catch {
        if source.isLocal { throw .query(error) }
        guard names.contains("all"), !names.contains(source.name) else {
          throw .peerUnreadable(name: source.name, reason: error.message)
        }
        warnings.append(.unreadable(source.name, reason: error.message))
      }
    }
    return values
  }
}

/// `export --catalogue`: every catalogue's records in one table.
public enum FederatedExport {
  /// The valid records of `kind` of the catalogues `names` that `words` and `filters` select — the selection
  /// `search --catalogue` makes; without words and filters, every record — flattened into one table whose
  /// first column is `catalogue`; the columns are the local catalogue's, then those only a peer's schema or
  /// files have. Ids that two catalogues share are qualified as `name:id`. Also returns the local files
  /// skipped because they fail validation, the warnings about peers, and the search's hint when words or
  /// filters select nothing.
  public static func export(
    directory: String?, revision: String?, names: [String], kind: RecordKind, words: [QueryWord] = [],
    filters: SearchFilters = SearchFilters(), limits: YAMLLimits = YAMLLimits()
  ) throws(FederationError) -> (
    table: ExportTable, localInvalidFiles: [String], warnings: [FederationWarning], hint: Message?
  ) {
    var sessions = try FederatedSessions(directory: directory, names: names)
    var selected: [String: Set<String>]?
    var hint: Message?
    if !words.isEmpty || filters != SearchFilters() {
      let index = try FederatedIndex.load(directory: directory, revision: revision, names: names, limits: limits)
      do {
        (selected, hint) = try index.selection(kind, words: words, filters: filters)
      } catch {
        throw .query(error)
      }
    }
    let exported = try sessions.each(revision: revision, limits: limits) {
      (source, session) throws(QueryError) -> (table: ExportTable, invalidFiles: [String], ids: [String]) in
      let catalogue = try session.catalogue()
      let kept = selected.map { $0[source.name] ?? [] }
      return (try session.exportTable(kind, of: catalogue, keeping: kept), catalogue.invalidFiles, catalogue.ids(of: kind))
    }
    var localInvalid: [String] = []
    for (source, value) in exported where !value.invalidFiles.isEmpty {
      if source.isLocal {
        localInvalid = value.invalidFiles
      } else {
        sessions.warnings.append(.skippedFiles(source.name, files: value.invalidFiles))
      }
    }
    // An id is qualified when another catalogue has it, whether or not the words and filters select it there:
    // as `search --catalogue` does.
    var owners: [String: Int] = [:]
    for (_, value) in exported {
      for id in Set(value.ids) { owners[id, default: 0] += 1 }
    }
    let table = merge(kind, exported.map { ($0.source.name, $0.value.table) }) { name, column, cell in
      column == "id" && (owners[cell.csvText] ?? 0) > 1 ? .text("\(name):\(cell.csvText)") : cell
    }
    return (table, localInvalid, sessions.warnings, hint)
  }

  /// The tables of several catalogues as one, with the catalogue's name in a `catalogue` column: first, or
  /// after `id` with `afterID` (the SQLite export keys its rows by the first column). The columns are the first
  /// table's, then those only a later one has; a row has no value in a column its table lacks. `cell` may
  /// rewrite a value, given the catalogue's name and the column.
  static func merge(
    _ kind: RecordKind, _ tables: [(name: String, table: ExportTable)], afterID: Bool = false,
    cell: (String, String, ExportValue) -> ExportValue
  ) -> ExportTable {
    var columns: [String] = []
    var seenColumns: Set<String> = []
    for (_, table) in tables {
      for column in table.columns where seenColumns.insert(column).inserted { columns.append(column) }
    }
    let at = afterID ? (columns.firstIndex(of: "id").map { $0 + 1 } ?? 0) : 0
    var rows: [[ExportValue]] = []
    for (name, table) in tables {
      let positions = Dictionary(uniqueKeysWithValues: table.columns.enumerated().map { ($1, $0) })
      for row in table.rows {
        var cells = columns.map { column in positions[column].map { cell(name, column, row[$0]) } ?? .null }
        cells.insert(.text(name), at: at)
        rows.append(cells)
      }
    }
    columns.insert("catalogue", at: at)
    return ExportTable(kind: kind, columns: columns, rows: rows)
  }
}

extension Catalogue {
  /// The ids of every valid record of `kind`.
  func ids(of kind: RecordKind) -> [String] {
    switch kind {
    case .caseStudy: cases.map(\.id)
    case .policy: policies.map(\.id)
    case .municipality: municipalities.map(\.id)
    }
  }
}
