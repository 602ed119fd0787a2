import CasebookYAML

/// What `site --catalogue` shows: the records of the local catalogue and of the peers named, as one catalogue.
/// Every case study and policy names its catalogue; ids two catalogues share are qualified as `name:id`; a
/// peer's files keep their path behind its name (`name:cases/…`), so their history is the peer's own; the
/// categories are merged (see ``MergedTaxonomy``). A municipality that several catalogues hold (a profile, a
/// case or a policy under the same `cc/slug`) has a page per catalogue: the local catalogue's keeps its id and
/// page, a peer's is qualified in its slug (`be/vlaanderen:gent`, page `municipalities/vlaanderen/be/gent.html`,
/// see ``SitePaths/municipality(_:)``) and its profile's name says the catalogue (`Gent (vlaanderen)`), so every
/// case, policy and list links to its own catalogue's profile and policy.
public struct SiteCatalogues: Sendable {
  /// The union, with the local catalogue's snapshot and rules (its taxonomy replaced by the merged one).
  let catalogue: Catalogue
  /// History per file path (peers' paths qualified).
  let provenance: [String: Provenance]
  /// The catalogues' names in order, local first.
  let names: [String]
  /// Each peer's fetched commit, so that a page is made again when a peer moved.
  let commits: [String]
  /// Warnings about peers: not fetched, unreadable, files left out.
  public let warnings: [FederationWarning]

  /// Reads the local catalogue at `revision` (nil: the working tree, HEAD in a bare repository) and the
  /// catalogues `names` (see ``Workspace/catalogues(_:)``), each peer at its fetched commit against its own
  /// schema; a peer's invalid files are left out with a warning.
  public static func load(
    directory: String?, revision: String?, names: [String], limits: YAMLLimits = YAMLLimits()
  ) throws(FederationError) -> SiteCatalogues {
    let names = names.contains(CatalogueSource.localName) ? names : [CatalogueSource.localName] + names
    var sessions = try FederatedSessions(directory: directory, names: names)
    let revision = revision ?? (sessions.workspace.isBare ? "HEAD" : nil)
    let read = try sessions.each(revision: revision, limits: limits) {
      (_, session) throws(QueryError) -> (catalogue: Catalogue, provenance: [String: Provenance]) in
      let catalogue = try session.catalogue()
      do throws(CatalogueError) {
        return (catalogue, try session.workspace.provenances(in: session.snapshot))
      } catch {
        throw .catalogue(error)
      }
    }
    for (source, value) in read where !source.isLocal && !value.catalogue.invalidFiles.isEmpty {
      sessions.warnings.append(.skippedFiles(source.name, files: value.catalogue.invalidFiles))
    }
    // The local catalogue is always read, and first (see `Workspace.catalogues`).
    let local = read[0].value.catalogue
    let merged = MergedTaxonomy(read.map { $0.value.catalogue.rules.taxonomy ?? Taxonomy(categories: []) })
    var caseOwners: [String: Int] = [:]
    var policyOwners: [String: Int] = [:]
    for (_, value) in read {
      for id in Set(value.catalogue.cases.map { $0.id }) { caseOwners[id, default: 0] += 1 }
      for id in Set(value.catalogue.policies.map { $0.id }) { policyOwners[id, default: 0] += 1 }
    }
    var municipalityHolders: [String: Int] = [:]
    for (_, value) in read {
      for id in value.catalogue.owners.union(value.catalogue.municipalities.map(\.id)) {
        municipalityHolders[id, default: 0] += 1
      }
    }
    var cases: [CaseStudy] = []
    var policies: [Policy] = []
    var municipalities: [String: Municipality] = [:]
    var provenance: [String: Provenance] = [:]
    for (position, (source, value)) in read.enumerated() {
      func place(_ path: String) -> String { source.isLocal ? path : "\(source.name):\(path)" }
      func own(_ id: String, _ owners: [String: Int]) -> String { (owners[id] ?? 0) > 1 ? "\(source.name):\(id)" : id }
      func slug(_ country: String, _ slug: String) -> String {
        !source.isLocal && (municipalityHolders["\(country)/\(slug)"] ?? 0) > 1 ? "\(source.name):\(slug)" : slug
      }
      func categories(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.map { merged.mergedID($0, catalogue: position) }.filter { seen.insert($0).inserted }
      }
      for var study in value.catalogue.cases {
        study.id = own(study.id, caseOwners)
        study.path = place(study.path)
        study.municipality = slug(study.country, study.municipality)
        study.categories = categories(study.categories)
        study.catalogue = source.name
        cases.append(study)
      }
      for var policy in value.catalogue.policies {
        policy.id = own(policy.id, policyOwners)
        policy.path = place(policy.path)
        policy.municipality = slug(policy.country, policy.municipality)
        policy.categories = categories(policy.categories)
        policy.catalogue = source.name
        policies.append(policy)
      }
      for var municipality in value.catalogue.municipalities {
        municipality.path = place(municipality.path)
        let parts = municipality.id.split(separator: "/", maxSplits: 1).map(String.init)
        if parts.count == 2, slug(parts[0], parts[1]) != parts[1] {
          municipality.id = "\(parts[0])/\(slug(parts[0], parts[1]))"
          municipality.name += " (\(source.name))"
        }
        municipalities[municipality.id] = municipalities[municipality.id] ?? municipality
      }
      for (path, record) in value.provenance { provenance[place(path)] = record }
    }
    var rules = local.rules
    rules.taxonomy = merged.taxonomy
    let union = Catalogue(
      snapshot: local.snapshot, municipalities: municipalities.values.sorted { $0.id < $1.id },
      policies: policies.sorted { $0.id < $1.id }, cases: cases.sorted { $0.id < $1.id },
      invalidFiles: local.invalidFiles, rules: rules)
    return SiteCatalogues(
      catalogue: union, provenance: provenance, names: read.map { $0.source.name },
      commits: read.compactMap { $0.source.commit.map { "\($0.hex)" } }, warnings: sessions.warnings)
  }
}

extension SiteModel {
  /// The peer a municipality of `site --catalogue` comes from, or nil for the local catalogue's: a peer's
  /// files have paths qualified with its name (`vlaanderen:cases/…`, see ``SiteCatalogues``).
  func peerName(ofMunicipality id: String) -> String? {
    guard let path = profiles[id]?.path ?? casesOfMunicipality[id]?.first?.path, let colon = path.firstIndex(of: ":")
    else { return nil }
    return String(path[..<colon])
  }
}
