import CasebookYAML

/// The catalogue as the advisors' commands see it: the valid records of a snapshot.
public struct Catalogue: Sendable {
  /// The snapshot the records come from.
  public let snapshot: Snapshot
  /// Valid municipality profiles, sorted by id.
  public let municipalities: [Municipality]
  /// Valid policies, sorted by id.
  public let policies: [Policy]
  /// Valid case studies, sorted by id.
  public let cases: [CaseStudy]
  /// Catalogue files left out because they have errors, sorted.
  public let invalidFiles: [String]
  /// The rules the records were checked against.
  public let rules: RuleSet

  /// Validates every file of `snapshot` and keeps the valid records. With `requiringSchemas` (a peer's
  /// catalogue, whose rules come from elsewhere), a record whose kind has no usable schema in the snapshot is
  /// left out as invalid instead of being kept after a partial check.
  public static func load(
    _ snapshot: Snapshot, limits: YAMLLimits = YAMLLimits(), requiringSchemas: Bool = false
  ) throws(CatalogueError) -> Catalogue {
    let reader = try snapshot.makeReader()
    let rules = RuleSet.load(from: snapshot, reader: reader, limits: limits)
    let report = try CatalogueValidator.validate(snapshot, rules: rules)
    var municipalities: [Municipality] = []
    var policies: [Policy] = []
    var cases: [CaseStudy] = []
    var unchecked: [String] = []
    for (path, record) in report.records {
      if requiringSchemas, rules.schema(for: record.fileKind) == nil {
        unchecked.append(path)
        continue
      }
      switch record {
      case .municipality(let municipality): municipalities.append(municipality)
      case .policy(let policy): policies.append(policy)
      case .caseStudy(let study): cases.append(study)
      }
    }
    let invalid = Set(report.diagnostics.filter { $0.severity == .error }.map(\.file)).union(unchecked)
    return Catalogue(
      snapshot: snapshot, municipalities: municipalities.sorted { $0.id < $1.id },
      policies: policies.sorted { $0.id < $1.id }, cases: cases.sorted { $0.id < $1.id },
      invalidFiles: invalid.sorted(), rules: rules)
  }

  /// The municipality with id `cc/slug`.
  public func municipality(id: String) -> Municipality? {
    municipalities.first { $0.id == id }
  }

  /// The policy of the municipality with id `cc/slug`.
  public func policy(ofMunicipality id: String) -> Policy? {
    policies.first { "\($0.country)/\($0.municipality)" == id }
  }
}
