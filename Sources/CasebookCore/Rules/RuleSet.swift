import CasebookGit
import CasebookSchema
import CasebookYAML
import Foundation
import CasebookText

/// Everything a file is checked against: the schemas, the taxonomy and the limits, read from one snapshot's
/// `schema/` folder. Its ``id`` changes whenever any of them changes, so results can be cached under it.
public struct RuleSet: Sendable {
  /// Identifies the rules: the tool's rule version and build, the limits and the blob ids of every `schema/`
  /// file. Cached results are kept per id, so any change to one of them drops them.
  public let id: String
  /// The use-category taxonomy, when `schema/categories.yaml` is present and readable.
  public internal(set) var taxonomy: Taxonomy?
  /// E-mail addresses allowed to change `schema/` and everything outside `cases/`.
  public let stewards: [String]
  /// The catalogue's default language (`default_language` in `schema/stewards.yaml`), if it sets one.
  public let defaultLanguage: Language?
  /// Limits for reading YAML.
  public let limits: YAMLLimits
  /// The stewards' severities for rules (`schema/rules.yaml`); part of ``id`` like every `schema/` file.
  public let configuration: RuleConfiguration
  /// The schema's versions and migration steps (`schema/versions.yaml`).
  public let versions: SchemaVersions
  /// Problems with the rules themselves (a missing schema); reported once per run.
  public let problems: [Diagnostic]
  /// The fields of `schema/policy.schema.json`, which best-practice checks may read.
  /// Compiled with the policy schema, on first use; nil when that schema is missing or does not compile.
  public var policyFields: PolicyFields? { lazyPolicyFields.value }
  private let lazyPolicyFields: Lazy<PolicyFields?>
  /// The schemas by kind, compiled when first needed: a warm run often checks no file of a kind at all.
  let schemas: [CatalogueFileKind: LazySchema]
  /// The fields each kind's schema marks deprecated, found on first use.
  let deprecations: [CatalogueFileKind: Lazy<[DeprecatedField]>]

  /// Version of the checks coded in the tool; bump it when a rule changes so cached results are dropped.
  static let codeVersion = "casebook-rules-4"

  /// The schema file each kind of file is validated against.
  public static let schemaPaths: [CatalogueFileKind: String] = [
    .caseStudy: "schema/case.schema.json",
    .policy: "schema/policy.schema.json",
    .municipality: "schema/municipality.schema.json",
    .taxonomy: "schema/categories.schema.json",
    .stewards: "schema/stewards.schema.json",
    .bestPractice: "schema/best-practice.schema.json",
    .ruleConfig: "schema/rules.schema.json",
    .versions: "schema/versions.schema.json",
    .peers: "schema/peers.schema.json",
  ]

  /// Kinds whose schema must exist for a catalogue to be usable.
  static let requiredKinds: [CatalogueFileKind] = [.caseStudy, .policy, .municipality, .taxonomy]

  /// The compiled schema for a kind of file, if available.
  public func schema(for kind: CatalogueFileKind) -> JSONSchema? { schemas[kind]?.schema }

  /// True when the schema file at `path` with blob `blob` is the one these rules use for its kind, it compiles
  /// and it fits the metaschema: its own check would find nothing.
  func usesCompiledSchema(at path: String, blob: ObjectID) -> Bool {
    guard let kind = Self.schemaPaths.first(where: { $0.value == path })?.key, let schema = schemas[kind] else {
      return false
    }
    return schema.blob == blob && schema.schema != nil && schema.fitsMetaschema
  }

  /// Reads the rules from `snapshot`'s `schema/` folder. Broken schema files are left out here and reported
  /// when those files are validated themselves; missing required ones are listed in ``problems``.
  public static func load(
    from snapshot: Snapshot, reader: SnapshotReader, limits: YAMLLimits = YAMLLimits()
  ) -> RuleSet {
    var schemas: [CatalogueFileKind: LazySchema] = [:]
    var problems: [Diagnostic] = []
    for (kind, path) in schemaPaths.sorted(by: { $0.value < $1.value }) {
      guard let entry = snapshot.entry(at: path) else {
        if requiredKinds.contains(kind) {
          problems.append(
            Diagnostic(
              file: path, rule: "catalog.schema-missing",
              message: Message(CatalogueCheckText.schemaMissing, .code(path), .code(kind.rawValue))))
        }
        continue
      }
      guard let bytes = try? reader.bytes(of: entry, limit: limits.maxBytes) else { continue }
      schemas[kind] = LazySchema(bytes: bytes, path: path, blob: entry.blobID)
    }
    var taxonomy: Taxonomy?
    var stewards: [String] = []
    var defaultLanguage: Language?
    if let document = document(at: "schema/categories.yaml", snapshot, reader, limits) {
      taxonomy = Taxonomy(document: document)
    }
    if let document = document(at: "schema/stewards.yaml", snapshot, reader, limits) {
      stewards = document["stewards"]?.items?.compactMap(\.string) ?? []
      defaultLanguage = document[CatalogueLanguage.field]?.string.flatMap(Language.init(rawValue:))
    }
    var configuration = RuleConfiguration.none
    if let document = document(at: RuleConfiguration.path, snapshot, reader, limits) {
      configuration = RuleConfiguration(document: document)
    }
    var versions = SchemaVersions.initial
    if let document = document(at: SchemaVersions.path, snapshot, reader, limits) {
      versions = SchemaVersions(document: document)
    }
    // Every `schema/` file is in the id, so a change to the rule configuration drops cached results too.
    var identity = codeVersion + "\n\(BuildIdentity.current)\n\(limits)\n"
    for entry in snapshot.entries where entry.path.hasPrefix("schema/") {
      identity += "\(entry.path) \(entry.blobID.hex)\n"
    }
    return RuleSet(
      id: ObjectID.blob(hashing: Array(identity.utf8)).hex, taxonomy: taxonomy, stewards: stewards,
      defaultLanguage: defaultLanguage, limits: limits, configuration: configuration, versions: versions,
      problems: problems,
      lazyPolicyFields: Lazy { [policy = schemas[.policy]] in
        policy?.compiled.map { PolicyFields(schema: $0.document) }
      },
      schemas: schemas,
      deprecations: schemas.mapValues { schema in
        Lazy { schema.compiled.map { DeprecatedField.declared(in: $0.document) } ?? [] }
      })
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

/// A schema file's bytes, compiled on first use by whichever thread needs it first; a file that does not parse
/// or compile gives nil (its own check reports why).
final class LazySchema: Sendable {
  let path: String
  let blob: ObjectID
  private let lazy: Lazy<(document: Node, schema: JSONSchema)?>
  private let metaschemaCheck: Lazy<Bool>

  init(bytes: [UInt8], path: String, blob: ObjectID) {
    self.path = path
    self.blob = blob
    let lazy = Lazy<(document: Node, schema: JSONSchema)?> {
      guard let document = try? JSONParser.parse(bytes), let schema = try? JSONSchema(document, uri: path) else {
        return nil
      }
      return (document, schema)
    }
    self.lazy = lazy
    metaschemaCheck = Lazy { lazy.value.map { JSONSchema.metaschemaViolations(of: $0.document).isEmpty } ?? false }
  }

  /// The parsed document and its compiled schema.
  var compiled: (document: Node, schema: JSONSchema)? { lazy.value }
  var schema: JSONSchema? { compiled?.schema }
  /// True when the document fits the JSON Schema metaschema. A schema that compiles is used even when it does
  /// not (its own check reports why), so that files keep being checked in full.
  var fitsMetaschema: Bool { metaschemaCheck.value }
}

/// A value made on first use, once, by whichever thread asks first (the others wait for it).
final class Lazy<Value: Sendable>: @unchecked Sendable {
  // Safe: `made` is only touched under `lock` (a pthread mutex, which the thread sanitizer follows).
  private let make: @Sendable () -> Value
  private let lock = NSLock()
  private var made: Value?

  init(_ make: @escaping @Sendable () -> Value) { self.make = make }

  var value: Value {
    lock.lock()
    defer { lock.unlock() }
    if let value = made { return value }
    let value = make()
    made = value
    return value
  }
}
