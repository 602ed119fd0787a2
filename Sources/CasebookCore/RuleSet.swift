import CasebookGit
import CasebookSchema
import CasebookYAML

/// Everything a file is checked against: the schemas, the taxonomy and the limits, read from one snapshot's
/// `schema/` folder. Its ``id`` changes whenever any of them changes, so results can be cached under it.
public struct RuleSet: Sendable {
  /// Identifies the rules: the tool's rule version, the limits and the blob ids of every `schema/` file.
  public let id: String
  /// The use-category taxonomy, when `schema/categories.yaml` is present and readable.
  public let taxonomy: Taxonomy?
  /// E-mail addresses allowed to change `schema/` and everything outside `cases/`.
  public let stewards: [String]
  /// Limits for reading YAML.
  public let limits: YAMLLimits
  /// Problems with the rules themselves (a missing schema); reported once per run.
  public let problems: [Diagnostic]
  /// The fields of `schema/policy.schema.json`, which best-practice checks may read.
  public let policyFields: PolicyFields?
  let schemas: [CatalogueFileKind: JSONSchema]

  /// Version of the checks coded in the tool; bump it when a rule changes so cached results are dropped.
  static let codeVersion = "casebook-rules-2"

  /// The schema file each kind of file is validated against.
  public static let schemaPaths: [CatalogueFileKind: String] = [
    .caseStudy: "schema/case.schema.json",
    .policy: "schema/policy.schema.json",
    .municipality: "schema/municipality.schema.json",
    .taxonomy: "schema/categories.schema.json",
    .stewards: "schema/stewards.schema.json",
    .bestPractice: "schema/best-practice.schema.json",
  ]

  /// Kinds whose schema must exist for a catalogue to be usable.
  static let requiredKinds: [CatalogueFileKind] = [.caseStudy, .policy, .municipality, .taxonomy]

  /// The compiled schema for a kind of file, if available.
  public func schema(for kind: CatalogueFileKind) -> JSONSchema? { schemas[kind] }

  /// Reads the rules from `snapshot`'s `schema/` folder. Broken schema files are left out here and reported
  /// when those files are validated themselves; missing required ones are listed in ``problems``.
  public static func load(
    from snapshot: Snapshot, reader: SnapshotReader, limits: YAMLLimits = YAMLLimits()
  ) -> RuleSet {
    var schemas: [CatalogueFileKind: JSONSchema] = [:]
    var problems: [Diagnostic] = []
    var policyFields: PolicyFields?
    for (kind, path) in schemaPaths.sorted(by: { $0.value < $1.value }) {
      guard let entry = snapshot.entry(at: path) else {
        if requiredKinds.contains(kind) {
          problems.append(
            Diagnostic(
              file: path, rule: "catalog.schema-missing",
              message: "the schema `\(path)` is missing, so \(kind.rawValue) files cannot be checked; "
                + "restore it (a new catalogue gets it from `casebook init`)"))
        }
        continue
      }
      guard let bytes = try? reader.bytes(of: entry, limit: limits.maxBytes),
        let document = try? JSONParser.parse(bytes),
        let schema = try? JSONSchema(document, uri: path)
      else { continue }
      schemas[kind] = schema
      if kind == .policy { policyFields = PolicyFields(schema: document) }
    }
    var taxonomy: Taxonomy?
    var stewards: [String] = []
    if let document = document(at: "schema/categories.yaml", snapshot, reader, limits) {
      taxonomy = Taxonomy(document: document)
    }
    if let document = document(at: "schema/stewards.yaml", snapshot, reader, limits) {
      stewards = document["stewards"]?.items?.compactMap(\.string) ?? []
    }
    var identity = codeVersion + "\n\(limits)\n"
    for entry in snapshot.entries where entry.path.hasPrefix("schema/") {
      identity += "\(entry.path) \(entry.blobID.hex)\n"
    }
    return RuleSet(
      id: ObjectID.blob(hashing: Array(identity.utf8)).hex, taxonomy: taxonomy, stewards: stewards,
      limits: limits, problems: problems, policyFields: policyFields, schemas: schemas)
  }

  private static func document(
    at path: String, _ snapshot: Snapshot, _ reader: SnapshotReader, _ limits: YAMLLimits
  ) -> Node? {
    guard let entry = snapshot.entry(at: path),
      let bytes = try? reader.bytes(of: entry, limit: limits.maxBytes)
    else { return nil }
    return try? YAMLParser.parse(bytes, limits: limits)
  }
}
