import CasebookCore

/// What `metadata.json` says about the export beyond what the catalogue holds.
public struct DatasetteOptions: Sendable {
  /// The licence the catalogue's content is published under, when known.
  public var license: String?
  /// Where that licence can be read.
  public var licenseURL: String?

  /// Creates options.
  public init(license: String? = nil, licenseURL: String? = nil) {
    self.license = license
    self.licenseURL = licenseURL
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
    var top: [(String, JSONValue)] = [
      ("title", .string("Casebook: social-media case studies and policies of municipalities")),
      (
        "description",
        .string(
          "Case studies and social-media policies that municipalities share through a casebook catalogue, "
            + "with every policy scored against the best-practice model. Read from \(catalogue.snapshot.label).")
      ),
      ("source", .string(source)),
    ]
    if let license = options.license { top.append(("license", .string(license))) }
    if let url = options.licenseURL { top.append(("license_url", .string(url))) }
    var tables: [(String, JSONValue)] = [
      table(
        "cases", "One row per case study: what a municipality did with social media and what came of it. "
          + "Lists (categories, channels, tags, outcomes, lessons) are JSON arrays; search covers "
          + CatalogueDatabase.searchedColumns.joined(separator: ", ") + ".",
        label: "title",
        facets: [.string("country"), .string("year"), .string("language"), .string("municipality"),
                 .object([("array", .string("categories"))]), .object([("array", .string("channels"))])],
        sortable: ["number", "id", "year", "title", "country", "municipality", "language"],
        extra: [("fts_table", .string("cases_fts")), ("fts_pk", .string("number")), ("sort_desc", .string("year"))]),
      table(
        "policies", "One row per social-media policy, with its overall score against the best-practice model.",
        label: "title", facets: [.string("country"), .string("status"), .string("language")],
        sortable: ["id", "title", "country", "status", "adopted", "overall_score"],
        extra: dataset.scores == nil ? [] : [("sort_desc", .string("overall_score"))]),
      table(
        "municipalities", "Municipalities with their profile; has_profile is 0 for a folder without a valid "
          + "municipality.yaml.", label: "name", facets: [.string("country"), .string("has_profile")],
        sortable: ["id", "name", "country"]),
      table(
        "categories", "The use categories (after Gibson 2010), with Dutch and English labels.", label: "label_en",
        facets: [], sortable: ["position", "id"]),
      table("channels", "Channels the cases and policies use.", label: nil, facets: [], sortable: ["id"]),
      table("tags", "Tags of the cases.", label: nil, facets: [], sortable: ["id"]),
      table("case_categories", "Which use categories each case belongs to.", label: nil,
            facets: [.string("category")], sortable: ["case_id", "category"]),
      table("case_channels", "Which channels each case used.", label: nil, facets: [.string("channel")],
            sortable: ["case_id", "channel"]),
      table("case_tags", "The tags of each case.", label: nil, facets: [.string("tag")], sortable: ["case_id", "tag"]),
      table("policy_categories", "Which use categories each policy targets.", label: nil,
            facets: [.string("category")], sortable: ["policy_id", "category"]),
      table("policy_channels", "Which channels each policy covers.", label: nil, facets: [.string("channel")],
            sortable: ["policy_id", "channel"]),
      table("export_info", "Where and how this export was made.", label: nil, facets: [], sortable: ["key"]),
    ]
    if let scores = dataset.scores {
      let model = "\(scores.model.path), version \(scores.model.version)"
      tables += [
        table("pillars", "The pillars of the best-practice model (\(model)).", label: "title_en", facets: [],
              sortable: ["position", "id"]),
        table("criteria", "The criteria of the best-practice model (\(model)), with their weight and sources.",
              label: "title_en", facets: [.string("pillar"), .string("weight")],
              sortable: ["position", "id", "pillar", "weight"]),
        table("policy_pillar_scores", "Each policy's score per pillar: 100 × earned / possible.", label: nil,
              facets: [.string("pillar")], sortable: ["policy_id", "pillar", "score"]),
        table("policy_criterion_scores", "Each policy against each criterion: met (credit 1), partial (0.5), "
              + "missing (0) or not-applicable (left out).", label: nil,
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
