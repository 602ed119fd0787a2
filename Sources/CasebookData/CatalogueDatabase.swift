import CasebookText
import CasebookCore
internal import GRDB

/// The catalogue as one SQLite database for Datasette and other data tools: municipalities, cases, policies,
/// use categories, channels and tags, the join tables between them, the model's pillars and criteria with every
/// policy's scores, foreign keys, an index on every facet column, and an FTS5 index over the case text.
public enum CatalogueDatabase {
  /// `PRAGMA application_id` of a casebook export ("CBK1"): how casebook recognises its own database.
  public static let applicationID: Int32 = 0x4342_4B31
  /// `PRAGMA user_version`: the layout of the tables, raised when it changes.
  public static let layoutVersion = 1
  /// The case columns the full-text index covers.
  public static let searchedColumns = ["title", "summary", "outcomes", "lessons", "tags"]

  /// Writes `dataset` into the new, empty file at `path`, in one transaction.
  static func write(_ dataset: CatalogueDataset, to path: String) throws(ExportFileError) {
    do {
      var configuration = Configuration()
      // The tables are filled from one validated dataset whose every reference points to a row written before
      // it; checking each foreign key on insert would cost a lookup per row (readers enforce them).
      configuration.foreignKeysEnabled = false
      // The file is new and renamed into place only when complete (and synced first, see `PendingFile`): it
      // needs no rollback journal and no syncing while it is filled.
      configuration.prepareDatabase { db in
        try db.execute(sql: "PRAGMA journal_mode = OFF")
        try db.execute(sql: "PRAGMA synchronous = OFF")
      }
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      try queue.write { db in
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: "PRAGMA user_version = \(layoutVersion)")
        try Builder(db: db, dataset: dataset).build()
      }
      try queue.close()
    } catch let error as DatabaseError {
      throw .database(path: path, reason: error.message ?? "\(error.resultCode)")
    } catch let error as ExportFileError {
      throw error
    } catch {
      throw .database(path: path, reason: "\(error)")
    }
  }

  /// True when the file at `path` is a database casebook wrote (its header carries casebook's application id).
  static func isOurs(_ path: String) -> Bool {
    guard let header = PendingFile.prefix(of: path, count: 100), header.count == 100,
      Array(header[0..<16]) == Array("SQLite format 3\u{0}".utf8)
    else { return false }
    let id = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    return Int32(bitPattern: id) == applicationID
  }
}

/// Creates and fills the tables inside one transaction. The indexes on columns are made after the rows are
/// in (one sort each instead of an update per row), in the order their tables were made.
private final class Builder {
  let db: Database
  let dataset: CatalogueDataset
  /// Indexed columns, by table, waiting for their rows.
  private var pendingIndexes: [(table: String, column: String)] = []

  init(db: Database, dataset: CatalogueDataset) {
    self.db = db
    self.dataset = dataset
  }

  func build() throws {
    let catalogue = dataset.catalogue
    let taxonomy = catalogue.rules.taxonomy?.categories ?? []
    try createLookups(taxonomy)
    try createMunicipalities()
    try createRecords(
      "cases", dataset.cases, key: .numbered, facets: ["catalogue", "country", "municipality", "year", "language"])
    try createRecords(
      "policies", dataset.policies, key: .id, facets: ["catalogue", "country", "municipality", "status", "language"],
      extra: dataset.scores.map { scores in
        let scoreOf = Dictionary(scores.scores.map { ($0.policy.id, $0.score) }) { first, _ in first }
        return [("overall_score", .double, { id in scoreOf[id] ?? nil }),
         ("model_version", .integer, { _ in Double(scores.model.version) })]
      } ?? [])
    try link("case", catalogue.cases.map { ($0.id, $0.categories) }, to: "categories", as: "category")
    try link("case", catalogue.cases.map { ($0.id, $0.channels) }, to: "channels", as: "channel")
    try link("case", catalogue.cases.map { ($0.id, $0.tags) }, to: "tags", as: "tag")
    try link("policy", catalogue.policies.map { ($0.id, $0.categories) }, to: "categories", as: "category")
    try link("policy", dataset.policyChannels, to: "channels", as: "channel")
    if let scores = dataset.scores { try createScores(scores) }
    try createPendingIndexes()
    let caseColumns = dataset.cases.columns
    try db.create(virtualTable: "cases_fts", using: FTS5()) { t in
      t.synchronize(withTable: "cases")
      t.tokenizer = .unicode61(diacritics: .remove)
      for column in CatalogueDatabase.searchedColumns where caseColumns.contains(column) {
        t.column(column)
      }
    }
    try db.create(table: "export_info") { t in
      t.primaryKey("key", .text)
      t.column("value", .text).notNull()
    }
    var info: [(String, String)] = [
      ("snapshot", catalogue.snapshot.label.text(.en)), ("layout_version", String(CatalogueDatabase.layoutVersion)),
    ]
    if let scores = dataset.scores {
      info += [("model", scores.model.path), ("model_version", String(scores.model.version))]
    }
    try insert("export_info", columns: ["key", "value"], rows: info.map { [$0.0, $0.1] })
  }

  /// Categories (with Dutch and English labels), channels and tags: the values the join tables point to.
  func createLookups(_ taxonomy: [UseCategory]) throws {
    try db.create(table: "categories") { t in
      t.primaryKey("id", .text)
      t.column("position", .integer).notNull()
      t.column("label_nl", .text).notNull()
      t.column("label_en", .text).notNull()
      t.column("description_nl", .text)
      t.column("description_en", .text)
    }
    var categories = taxonomy.enumerated().map { position, category -> [DatabaseValueConvertible?] in
      [category.id, position + 1, category.label("nl"), category.label("en"), category.descriptions["nl"],
       category.descriptions["en"]]
    }
    let known = Set(taxonomy.map(\.id))
    let used = dataset.catalogue.cases.flatMap(\.categories) + dataset.catalogue.policies.flatMap(\.categories)
    for id in Set(used).subtracting(known).sorted() {
      categories.append([id, categories.count + 1, id, id, nil, nil])
    }
    try insert(
      "categories", columns: ["id", "position", "label_nl", "label_en", "description_nl", "description_en"],
      rows: categories)
    let channels = Set(dataset.catalogue.cases.flatMap(\.channels) + dataset.policyChannels.flatMap(\.1)).sorted()
    let tags = Set(dataset.catalogue.cases.flatMap(\.tags)).sorted()
    for (name, values) in [("channels", channels), ("tags", tags)] {
      try db.create(table: name) { t in t.primaryKey("id", .text) }
      try insert(name, columns: ["id"], rows: values.map { [$0] })
    }
  }

  /// Every municipality a record belongs to: its profile's fields, or only name and country without one.
  func createMunicipalities() throws {
    let table = dataset.municipalities
    let fields = table.columns.filter { $0 != "id" }
    let types = columnTypes(table)
    try db.create(table: "municipalities") { t in
      t.primaryKey("id", .text)
      t.column("has_profile", .boolean).notNull()
      for field in fields {
        t.column(field, types[field] ?? .text)
        if field == "catalogue" || field == "country" || field == "region" { indexLater("municipalities", field) }
      }
    }
    let byID = Dictionary(table.rows.map { (Self.text($0[0]) ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    var rows: [[DatabaseValueConvertible?]] = []
    for place in dataset.places {
      if let row = byID[place.id] {
        rows.append([place.id, true] + zip(table.columns, row).filter { $0.0 != "id" }.map { Self.value($0.1) })
      } else {
        rows.append(
          [place.id, false]
            + fields.map { $0 == "name" ? place.name : $0 == "country" ? place.country : $0 == "catalogue" ? place.catalogue : nil })
      }
    }
    try insert("municipalities", columns: ["id", "has_profile"] + fields, rows: rows)
  }

  enum Key { case id, numbered }

  /// Cases or policies: the flat columns of `export`, typed, with the municipality as a foreign key.
  func createRecords(
    _ name: String, _ table: ExportTable, key: Key, facets: Set<String>,
    extra: [(String, Database.ColumnType, (String) -> Double?)] = []
  ) throws {
    let fields = table.columns.filter { $0 != "id" }
    let types = columnTypes(table)
    try db.create(table: name) { t in
      if key == .numbered {
        t.primaryKey("number", .integer)
        t.column("id", .text).notNull().unique()
      } else {
        t.primaryKey("id", .text)
      }
      for field in fields {
        let column = t.column(field, types[field] ?? .text)
        if field == "municipality" { column.notNull().references("municipalities") }
        if facets.contains(field) { indexLater(name, field) }
      }
      for (column, type, _) in extra {
        t.column(column, type)
        indexLater(name, column)
      }
    }
    guard !table.rows.isEmpty else { return }
    let inserter = try RowInserter(db, table: name, columns: table.columns + extra.map(\.0))
    let width = Int32(table.columns.count)
    for row in table.rows {
      precondition(row.count == table.columns.count, "a row of \(name) has \(row.count) values")
      for (position, value) in row.enumerated() { try inserter.bind(value, at: Int32(position)) }
      let id = Self.text(row[0]) ?? ""
      for (offset, column) in extra.enumerated() {
        try inserter.bind(column.2(id).databaseValue, at: width + Int32(offset))
      }
      try inserter.insertRow()
    }
  }

  /// A join table `<owner>_<table>` from each record's id to each of its values.
  func link(_ owner: String, _ pairs: [(String, [String])], to table: String, as column: String) throws {
    let name = "\(owner)_\(table)"
    let parent = owner == "case" ? "cases" : "policies"
    try db.create(table: name) { t in
      t.column("\(owner)_id", .text).notNull().references(parent, column: "id")
      t.column(column, .text).notNull().references(table)
      indexLater(name, column)
      t.primaryKey(["\(owner)_id", column])
    }
    guard pairs.contains(where: { !$0.1.isEmpty }) else { return }
    let inserter = try RowInserter(db, table: name, columns: ["\(owner)_id", column])
    for (id, values) in pairs where !values.isEmpty {
      for value in Set(values).sorted() {
        try inserter.bind(text: id, at: 0)
        try inserter.bind(text: value, at: 1)
        try inserter.insertRow()
      }
    }
  }

  /// The model's pillars and criteria, and every policy's score per pillar and per criterion.
  func createScores(_ scores: CatalogueScores) throws {
    let model = scores.model
    try db.create(table: "pillars") { t in
      t.primaryKey("id", .text)
      t.column("position", .integer).notNull()
      t.column("title_nl", .text).notNull()
      t.column("title_en", .text).notNull()
    }
    try insert(
      "pillars", columns: ["id", "position", "title_nl", "title_en"],
      rows: model.pillars.enumerated().map { [$1.id, $0 + 1, $1.title.nl, $1.title.en] })
    try db.create(table: "criteria") { t in
      t.primaryKey("id", .text)
      t.column("pillar", .text).notNull().references("pillars")
      indexLater("criteria", "pillar")
      t.column("position", .integer).notNull()
      t.column("weight", .double).notNull()
      t.column("title_nl", .text).notNull()
      t.column("title_en", .text).notNull()
      t.column("recommendation_nl", .text).notNull()
      t.column("recommendation_en", .text).notNull()
      t.column("source", .text).notNull()
      t.column("references", .text).notNull()
    }
    try insert(
      "criteria",
      columns: ["id", "pillar", "position", "weight", "title_nl", "title_en", "recommendation_nl",
        "recommendation_en", "source", "references"],
      rows: model.criteria.enumerated().map { position, criterion in
        [criterion.id, criterion.pillar, position + 1, criterion.weight, criterion.title.nl, criterion.title.en,
         criterion.recommendation.nl, criterion.recommendation.en, criterion.source,
         JSONValue.strings(criterion.references.map(\.citation)).text()]
      })
    try db.create(table: "policy_pillar_scores") { t in
      t.column("policy_id", .text).notNull().references("policies")
      t.column("pillar", .text).notNull().references("pillars")
      indexLater("policy_pillar_scores", "pillar")
      t.column("score", .double)
      indexLater("policy_pillar_scores", "score")
      t.column("earned", .double).notNull()
      t.column("possible", .double).notNull()
      t.primaryKey(["policy_id", "pillar"])
    }
    try insert(
      "policy_pillar_scores", columns: ["policy_id", "pillar", "score", "earned", "possible"],
      rows: scores.scores.flatMap { policy in
        policy.pillars.map { [policy.policy.id, $0.pillar.id, $0.score.value, $0.score.earned, $0.score.possible] }
      })
    try db.create(table: "policy_criterion_scores") { t in
      t.column("policy_id", .text).notNull().references("policies")
      t.column("criterion", .text).notNull().references("criteria")
      t.column("pillar", .text).notNull().references("pillars")
      t.column("status", .text).notNull()
      for column in ["criterion", "pillar", "status"] { indexLater("policy_criterion_scores", column) }
      t.column("weight", .double).notNull()
      t.column("credit", .double)
      t.primaryKey(["policy_id", "criterion"])
    }
    try insert(
      "policy_criterion_scores", columns: ["policy_id", "criterion", "pillar", "status", "weight", "credit"],
      rows: scores.scores.flatMap { policy in
        policy.criteria.map {
          [policy.policy.id, $0.criterion.id, $0.criterion.pillar, $0.status.rawValue, $0.criterion.weight,
           $0.status.credit]
        }
      })
  }

  /// Notes an index on `column` of `table`, made by ``createPendingIndexes()`` (named as GRDB names them).
  func indexLater(_ table: String, _ column: String) {
    pendingIndexes.append((table, column))
  }

  func createPendingIndexes() throws {
    for (table, column) in pendingIndexes {
      try db.create(index: "\(table)_on_\(column)", on: table, columns: [column])
    }
    pendingIndexes = []
  }

  /// Inserts `rows` with one prepared statement.
  func insert(_ table: String, columns: [String], rows: [[DatabaseValueConvertible?]]) throws {
    guard !rows.isEmpty else { return }
    let inserter = try RowInserter(db, table: table, columns: columns)
    for row in rows {
      precondition(row.count == columns.count, "a row of \(table) has \(row.count) values for \(columns.count) columns")
      for (position, value) in row.enumerated() {
        try inserter.bind(value?.databaseValue ?? .null, at: Int32(position))
      }
      try inserter.insertRow()
    }
  }

  /// Each column's SQLite type, from its values: whole numbers, numbers, yes/no, or text (lists as JSON).
  func columnTypes(_ table: ExportTable) -> [String: Database.ColumnType] {
    var types: [String: Database.ColumnType] = [:]
    let integer: UInt8 = 1
    let number: UInt8 = 2
    let flag: UInt8 = 4
    let text: UInt8 = 8
    var kinds = [UInt8](repeating: 0, count: table.columns.count)
    for row in table.rows {
      for (index, value) in row.enumerated() {
        switch value {
        case .null: continue
        case .integer: kinds[index] |= integer
        case .number: kinds[index] |= number
        case .flag: kinds[index] |= flag
        case .text, .list: kinds[index] |= text
        }
      }
    }
    for (index, column) in table.columns.enumerated() {
      let kind = kinds[index]
      types[column] =
        kind == integer ? .integer : kind != 0 && kind & ~(integer | number) == 0 ? .double
        : kind == flag ? .boolean : .text
    }
    return types
  }

  static func value(_ value: ExportValue) -> DatabaseValue {
    switch value {
    case .null: .null
    case .text(let text): text.databaseValue
    case .integer(let number): Int64(number).databaseValue
    case .number(let number): number.databaseValue
    case .flag(let flag): flag.databaseValue
    case .list(let items): JSONValue.strings(items).text().databaseValue
    }
  }

  static func text(_ value: ExportValue) -> String? {
    if case .text(let text) = value { return text }
    return nil
  }
}
