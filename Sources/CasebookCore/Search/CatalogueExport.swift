import CasebookSchema
import CasebookYAML
import CasebookText

/// Output formats of `export`.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
  /// RFC 4180 CSV, UTF-8 with a byte-order mark; lists joined with `; `.
  case csv
  /// A JSON array of flat objects.
  case json
  /// One flat JSON object per line.
  case ndjson
}

/// One cell of an export.
public enum ExportValue: Sendable, Hashable {
  /// The record does not have the field.
  case null
  /// Text.
  case text(String)
  /// A whole number.
  case integer(Int)
  /// Any other number.
  case number(Double)
  /// A yes/no field.
  case flag(Bool)
  /// A list of scalars, or of one field of a list of objects (one entry per object, empty where missing).
  case list([String])

  /// The cell as CSV text.
  public var csvText: String {
    switch self {
    case .null: ""
    case .text(let text): text
    case .integer(let number): String(number)
    case .number(let number): String(number)
    case .flag(let flag): flag ? "true" : "false"
    case .list(let items): SpreadsheetCSV.list(items)
    }
  }

  var json: JSONValue {
    switch self {
    case .null: .null
    case .text(let text): .string(text)
    case .integer(let number): .int(number)
    case .number(let number): .double(number)
    case .flag(let flag): .bool(flag)
    case .list(let items): .strings(items)
    }
  }
}

/// Records flattened into rows with one stable column order: the record's id and place, then every field in
/// the order of its JSON Schema (objects as dotted paths such as `owner.role`, lists of objects as one list
/// column per field such as `sources.url`), then any field the schema does not name, sorted.
public struct ExportTable: Sendable, Hashable {
  /// The kind of record in the rows.
  public var kind: RecordKind
  /// Column names, in order.
  public var columns: [String]
  /// One row per record, as many cells as columns.
  public var rows: [[ExportValue]]

  /// Creates a table; every row has as many cells as there are columns.
  public init(kind: RecordKind, columns: [String], rows: [[ExportValue]]) {
    self.kind = kind
    self.columns = columns
    self.rows = rows
  }

  /// The table in `format`.
  public func render(_ format: ExportFormat) -> String {
    switch format {
    case .csv:
      // Columns whose every value is a number are numeric: a negative number there stays a number.
      let numeric = columns.indices.filter { column in
        rows.allSatisfy { row in
          switch row[column] {
          case .integer, .number, .null: true
          default: false
          }
        }
      }
      return SpreadsheetCSV.text(
        Table(columns: columns, rows: rows.map { $0.map(\.csvText) }, numericColumns: Set(numeric)))
    case .json:
      return JSONValue.array(rows.map(object)).text(pretty: true) + "\n"
    case .ndjson:
      return rows.map { object($0).text() + "\n" }.joined()
    }
  }

  private func object(_ row: [ExportValue]) -> JSONValue {
    .object(zip(columns, row).map { ($0, $1.json) })
  }
}

/// What `export` wrote: the table, the files left out because they fail validation, and, when the words and
/// filters match nothing, the search's hint about which filter to drop.
public struct ExportResult: Sendable {
  /// The rows.
  public var table: ExportTable
  /// Files skipped because they fail validation.
  public var invalidFiles: [String]
  /// Set when words or filters were given and nothing matches.
  public var hint: Message?
}

extension QuerySession {
  /// Every valid record of `kind`, flattened; also returns the files skipped because they fail validation.
  public func export(kind: RecordKind) throws(QueryError) -> (table: ExportTable, invalidFiles: [String]) {
    let result = try export(kind: kind, words: [], filters: SearchFilters())
    return (result.table, result.invalidFiles)
  }

  /// The valid records of `kind` that `words` and `filters` select — the same selection as `search` makes,
  /// through the search index — flattened, in id order. Without words and filters, every record. For
  /// municipalities, see ``SearchIndex/municipalitySelection(_:)``.
  public func export(kind: RecordKind, words: [QueryWord], filters: SearchFilters) throws(QueryError) -> ExportResult {
    var selected: Set<String>?
    var hint: Message?
    if !words.isEmpty || filters != SearchFilters() {
      let index = try searchIndex().index
      if kind == .municipality {
        (selected, hint) = try index.municipalitySelection(SearchQuery(words: words, filters: filters))
      } else {
        let results = try index.search(SearchQuery(words: words, kinds: [kind], filters: filters))
        selected = Set(results.hits.map(\.id))
        hint = results.hint
      }
    }
    let catalogue = try catalogue()
    return ExportResult(
      table: try exportTable(kind, of: catalogue, keeping: selected), invalidFiles: catalogue.invalidFiles, hint: hint)
  }

  /// The records of `kind` in `catalogue` (those in `selected`, when given), flattened.
  func exportTable(_ kind: RecordKind, of catalogue: Catalogue, keeping selected: Set<String>?) throws(QueryError)
    -> ExportTable
  {
    func wanted(_ id: String) -> Bool { selected?.contains(id) ?? true }
    let names = Dictionary(uniqueKeysWithValues: catalogue.municipalities.map { ($0.id, $0.name) })
    var records: [(lead: [ExportValue], values: [String: ExportValue])] = []
    let leading: [String]
    do {
      let reader = try snapshot.makeReader()
      func parsed(_ path: String) throws -> Node {
        guard let entry = snapshot.entry(at: path) else { throw CatalogueError.unreadable(path: path, reason: Message(ReadText.gone)) }
        return try YAMLParser.parse(try reader.bytes(of: entry, limit: limits.maxBytes), limits: limits)
      }
      func place(_ id: String, _ path: String, _ country: String, _ municipality: String) -> [ExportValue] {
        let municipalityID = "\(country)/\(municipality)"
        return [
          .text(id), .text(path), .text(country.uppercased()), .text(municipalityID),
          .text(names[municipalityID] ?? municipality),
        ]
      }
      switch kind {
      case .caseStudy:
        leading = ["id", "path", "country", "municipality", "municipality_name"]
        // Validating the catalogue has just stored every valid case's document in the documents cache: decoding
        // it there costs less than reading and parsing the file again, and is shared between the cores. Only the
        // flat values are kept, not the documents.
        let stored = ResultCache(
          gitDirectory: snapshot.gitDirectory, kind: ValidationCaches.documentKind, rulesID: catalogue.rules.id)
        let studies = catalogue.cases.filter { wanted($0.id) }
        let snapshot = snapshot
        let cached = ParallelMap.map(studies.count, chunkSize: 128) { position -> [String: ExportValue]? in
          let study = studies[position]
          return snapshot.entry(at: study.path).flatMap { stored.document(for: $0, path: study.path) }
            .map(ExportFlattening.flatten)
        }
        for (study, values) in zip(studies, cached) {
          records.append(
            (place(study.id, study.path, study.country, study.municipality),
             try values ?? ExportFlattening.flatten(parsed(study.path))))
        }
      case .policy:
        leading = ["id", "path", "country", "municipality", "municipality_name"]
        for policy in catalogue.policies where wanted(policy.id) {
          records.append(
            (place(policy.id, policy.path, policy.country, policy.municipality),
             ExportFlattening.flatten(policy.document)))
        }
      case .municipality:
        leading = ["id", "path"]
        for municipality in catalogue.municipalities where wanted(municipality.id) {
          records.append(
            ([.text(municipality.id), .text(municipality.path)],
             ExportFlattening.flatten(try parsed(municipality.path))))
        }
      }
    } catch let error as CatalogueError {
      throw .catalogue(error)
    } catch {
      throw .catalogue(.unreadable(path: "cases", reason: reason(error)))
    }
    var columns = leading + schemaColumns(for: kind).filter { !leading.contains($0) }
    var extraColumns = Set<String>()
    for record in records { extraColumns.formUnion(record.values.keys) }
    columns += extraColumns.subtracting(columns).sorted()
    let fields = Array(columns.dropFirst(leading.count))
    let rows = ParallelMap.map(records.count, chunkSize: 256) { [records] position in
      records[position].lead + fields.map { records[position].values[$0] ?? .null }
    }
    return ExportTable(kind: kind, columns: columns, rows: rows)
  }

  /// Field paths in the order of the kind's JSON Schema in this snapshot.
  func schemaColumns(for kind: RecordKind) -> [String] {
    let fileKind: CatalogueFileKind = kind == .caseStudy ? .caseStudy : kind == .policy ? .policy : .municipality
    guard let path = RuleSet.schemaPaths[fileKind], let entry = snapshot.entry(at: path),
      let bytes = try? snapshot.makeReader().bytes(of: entry, limit: limits.maxBytes),
      let schema = try? JSONParser.parse(bytes)
    else { return [] }
    return ExportFlattening.columns(ofSchema: schema)
  }
}

extension SearchIndex {
  /// The municipalities a query selects, by id, for `export --kind municipality`: with search words or a
  /// filter that only records have (`--category`, `--channel`, `--year`, `--language`, `--tag`), those with a
  /// matching case study or policy; with only `--country` and `--municipality`, every municipality they allow,
  /// also one without records. Also returns a hint when none is selected.
  public func municipalitySelection(_ query: SearchQuery) throws(QueryError) -> (ids: Set<String>, hint: Message?) {
    let filters = try ResolvedFilters(query, index: self)
    if query.words.isEmpty && !filters.filtersRecords {
      let ids = municipalities.indices.filter {
        !filters.failsCountry(municipalities[$0]) && !filters.failsMunicipality(UInt32($0))
      }.map { municipalities[$0].id }
      return (Set(ids), ids.isEmpty ? Message(ExportText.noMunicipalities) : nil)
    }
    var records = query
    records.kinds = [.caseStudy, .policy]
    records.limit = nil
    records.facets = false
    let results = try search(records)
    return (Set(results.hits.map(\.municipality.id)), results.hint)
  }
}

/// Turning documents and schemas into flat columns.
enum ExportFlattening {
  /// How deep objects are followed into dotted paths.
  static let maximumDepth = 6

  /// The leaf paths a schema describes, in its order.
  static func columns(ofSchema root: Node) -> [String] {
    var columns: [String] = []
    func resolve(_ node: Node) -> Node { PolicyFields.resolve(node, in: root) }
    func walk(_ schema: Node, prefix: String, depth: Int) {
      for property in resolve(schema)["properties"]?.entries ?? [] {
        let path = prefix.isEmpty ? property.key : prefix + "." + property.key
        let value = resolve(property.value)
        if depth < maximumDepth, value["properties"] != nil {
          walk(value, prefix: path, depth: depth + 1)
        } else if depth < maximumDepth, let items = value["items"], resolve(items)["properties"] != nil {
          walk(items, prefix: path, depth: depth + 1)
        } else {
          columns.append(path)
        }
      }
    }
    walk(root, prefix: "", depth: 0)
    return columns
  }

  /// A document's leaves by dotted path.
  static func flatten(_ document: Node) -> [String: ExportValue] {
    var values: [String: ExportValue] = [:]
    flatten(document, prefix: "", depth: 0, into: &values)
    return values
  }

  private static func flatten(_ node: Node, prefix: String, depth: Int, into values: inout [String: ExportValue]) {
    switch node.value {
    case .null: values[prefix] = .null
    case .bool(let flag): values[prefix] = .flag(flag)
    case .integer(let number): values[prefix] = .integer(number)
    case .float(let number): values[prefix] = .number(number)
    case .string(let text): values[prefix] = .text(text)
    case .mapping(let entries):
      guard depth < maximumDepth else {
        values[prefix] = .text(YAMLWriter.write(node))
        return
      }
      for entry in entries {
        flatten(entry.value, prefix: prefix.isEmpty ? entry.key : prefix + "." + entry.key, depth: depth + 1, into: &values)
      }
    case .sequence(let items):
      guard depth < maximumDepth, items.contains(where: { $0.entries != nil }) else {
        values[prefix] = .list(items.map(text))
        return
      }
      // A list of objects: one list column per field, positions kept (empty where an object lacks it).
      var columns: [String: [String]] = [:]
      for (position, item) in items.enumerated() {
        var itemValues: [String: ExportValue] = [:]
        if item.entries != nil {
          flatten(item, prefix: prefix, depth: depth + 1, into: &itemValues)
        } else {
          itemValues[prefix] = .text(text(item))
        }
        for (path, value) in itemValues {
          columns[path, default: Array(repeating: "", count: items.count)][position] =
            if case .list(let inner) = value { inner.joined(separator: ", ") } else { value.csvText }
        }
      }
      for (path, list) in columns { values[path] = .list(list) }
    }
  }

  private static func text(_ node: Node) -> String {
    switch node.value {
    case .null: ""
    case .bool(let flag): flag ? "true" : "false"
    case .integer(let number): String(number)
    case .float(let number): String(number)
    case .string(let text): text
    case .sequence(let items): items.map(text).joined(separator: ", ")
    case .mapping: YAMLWriter.write(node).trimmingSpaces
    }
  }
}
