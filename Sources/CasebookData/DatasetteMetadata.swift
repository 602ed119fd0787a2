import CasebookCore
import CasebookText

/// What `metadata.json` says about the export beyond what the catalogue holds.
public struct DatasetteOptions: Sendable {
  /// The licence the catalogue's content is published under, when known.
  public var license: String?
  /// Where that licence can be read.
  public var licenseURL: String?
  /// The language of the descriptions.
  public var language: Language

  /// Creates options.
  public init(license: String? = nil, licenseURL: String? = nil, language: Language = .en) {
    self.license = license
    self.licenseURL = licenseURL
    self.language = language
  }
}

/// The `metadata.json` Datasette reads beside the database: title, description, source and licence, and per
/// table a description, the facets to show, the label column and the sortable columns; the case table is
/// searchable through its FTS5 index.
enum DatasetteMetadata {
  /// The value of `source`; casebook recognises its own metadata file by it.
  static let source = "casebook"

  static func json(_ dataset: CatalogueDataset, database: String, options: DatasetteOptions) -> JSONValue {
    let catalogue = dataset.catalogue
    let say = { (entry: DatasetteText, arguments: [MessageArgument]) in
      Message(entry, arguments: arguments).text(options.language)
    }
    func table(
      _ name: String, _ entry: DatasetteText, _ arguments: [MessageArgument] = [], label: String?,
      facets: [JSONValue], sortable: [String], extra: [(String, JSONValue)] = []
    ) -> (String, JSONValue) {
      Self.table(name, say(entry, arguments), label: label, facets: facets, sortable: sortable, extra: extra)
    }
    var top: [(String, JSONValue)] = [
      ("title", .string(say(.title, []))),
      ("description", .string(say(.description, [.message(catalogue.snapshot.label)]))),
      ("source", .string(source)),
    ]
    if let license = options.license { top.append(("license", .string(license))) }
    if let url = options.licenseURL { top.append(("license_url", .string(url))) }
    // With `export --catalogue`, the catalogue is the first facet of the tables that name it.
    let byCatalogue: [JSONValue] = dataset.cases.columns.contains("catalogue") ? [.string("catalogue")] : []
    var tables: [(String, JSONValue)] = [
      table(
        "cases", .cases, [.text(CatalogueDatabase.searchedColumns.joined(separator: ", "))],
        label: "title",
        facets: byCatalogue + [.string("country"), .string("year"), .string("language"), .string("municipality"),
                 .object([("array", .string("categories"))]), .object([("array", .string("channels"))])],
        sortable: ["number", "id", "year", "title", "country", "municipality", "language"],
        extra: [("fts_table", .string("cases_fts")), ("fts_pk", .string("number")), ("sort_desc", .string("year"))]),
      table(
        "policies", .policies,
        label: "title", facets: byCatalogue + [.string("country"), .string("status"), .string("language")],
        sortable: ["id", "title", "country", "status", "adopted", "overall_score"],
        extra: dataset.scores == nil ? [] : [("sort_desc", .string("overall_score"))]),
      table(
        "municipalities", .municipalities, label: "name",
        facets: byCatalogue + [.string("country"), .string("has_profile")],
        sortable: ["id", "name", "country"]),
      table(
        "categories", .categories, label: "label_en",
        facets: [], sortable: ["position", "id"]),
      table("channels", .channels, label: nil, facets: [], sortable: ["id"]),
      table("tags", .tags, label: nil, facets: [], sortable: ["id"]),
      table("case_categories", .caseCategories, label: nil,
            facets: [.string("category")], sortable: ["case_id", "category"]),
      table("case_channels", .caseChannels, label: nil, facets: [.string("channel")],
            sortable: ["case_id", "channel"]),
      table("case_tags", .caseTags, label: nil, facets: [.string("tag")], sortable: ["case_id", "tag"]),
      table("policy_categories", .policyCategories, label: nil,
            facets: [.string("category")], sortable: ["policy_id", "category"]),
      table("policy_channels", .policyChannels, label: nil, facets: [.string("channel")],
            sortable: ["policy_id", "channel"]),
      table("export_info", .exportInfo, label: nil, facets: [], sortable: ["key"]),
    ]
    if let scores = dataset.scores {
      let model = MessageArgument.message(
        Message(DatasetteText.model, .text(scores.model.path), .number(scores.model.version)))
      tables += [
        table("pillars", .pillars, [model], label: "title_en", facets: [],
              sortable: ["position", "id"]),
        table("criteria", .criteria, [model],
              label: "title_en", facets: [.string("pillar"), .string("weight")],
              sortable: ["position", "id", "pillar", "weight"]),
        table("policy_pillar_scores", .pillarScores, label: nil,
              facets: [.string("pillar")], sortable: ["policy_id", "pillar", "score"]),
        table("policy_criterion_scores", .criterionScores, label: nil,
              facets: [.string("status"), .string("pillar"), .string("criterion")],
              sortable: ["policy_id", "criterion", "status", "weight", "credit"]),
      ]
    }
    top.append((
      "databases",
      .object([(database, .object([("source", .string(source)), ("tables", .object(tables))]))])
    ))
    return .object(top)
  }

  private static func table(
    _ name: String, _ description: String, label: String?, facets: [JSONValue], sortable: [String],
    extra: [(String, JSONValue)] = []
  ) -> (String, JSONValue) {
    var members: [(String, JSONValue)] = [("description", .string(description))]
    if let label { members.append(("label_column", .string(label))) }
    if !facets.isEmpty { members.append(("facets", .array(facets))) }
    members.append(("sortable_columns", .strings(sortable)))
    return (name, .object(members + extra))
  }

  /// True when the file at `path` is metadata casebook wrote: JSON whose `source` is casebook's.
  static func isOurs(_ path: String) -> Bool {
    guard let bytes = PendingFile.prefix(of: path, count: 4096) else { return false }
    let text = String(decoding: bytes, as: UTF8.self)
    return text.hasPrefix("{") && text.contains("\"source\": \"\(source)\"")
  }
}
