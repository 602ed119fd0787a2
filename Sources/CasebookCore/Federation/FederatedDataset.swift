import CasebookYAML

extension FederatedExport {
  /// `export --catalogue … --format sqlite`: the valid records of the catalogues `names` as one dataset. Every
  /// table of records has a `catalogue` column after `id`; ids that two catalogues share are qualified as
  /// `name:id`, and so is a municipality that two catalogues hold (a profile, a case or a policy under the same
  /// `cc/slug`), in its table and in every record's `municipality`, so that each record points to its own
  /// catalogue's municipality. Categories are merged (see ``MergedTaxonomy``); every policy is scored against
  /// the LOCAL best-practice model, as `rank --catalogue` does. Also returns the local files skipped because
  /// they fail validation and the warnings about peers.
  public static func dataset(
    directory: String?, revision: String?, names: [String], limits: YAMLLimits = YAMLLimits()
  ) throws(FederationError) -> (dataset: CatalogueDataset, localInvalidFiles: [String], warnings: [FederationWarning]) {
    var sessions = try FederatedSessions(directory: directory, names: names)
    let read = try sessions.each(revision: revision, limits: limits) {
      (_, session) throws(QueryError) -> (catalogue: Catalogue, tables: [ExportTable]) in
      let catalogue = try session.catalogue()
      let kinds: [RecordKind] = [.municipality, .caseStudy, .policy]
      var tables: [ExportTable] = []
      for kind in kinds { tables.append(try session.exportTable(kind, of: catalogue, keeping: nil)) }
      return (catalogue, tables)
    }
    for (source, value) in read where !source.isLocal && !value.catalogue.invalidFiles.isEmpty {
      sessions.warnings.append(.skippedFiles(source.name, files: value.catalogue.invalidFiles))
    }
    var caseOwners: [String: Int] = [:]
    var policyOwners: [String: Int] = [:]
    var holders: [String: Int] = [:]
    for (_, value) in read {
      let catalogue = value.catalogue
      for id in Set(catalogue.cases.map(\.id)) { caseOwners[id, default: 0] += 1 }
      for id in Set(catalogue.policies.map(\.id)) { policyOwners[id, default: 0] += 1 }
      for id in catalogue.owners.union(catalogue.municipalities.map(\.id)) { holders[id, default: 0] += 1 }
    }
    func qualified(_ id: String, _ owners: [String: Int], _ name: String) -> String {
      (owners[id] ?? 0) > 1 ? "\(name):\(id)" : id
    }
    let merged = MergedTaxonomy(read.map { $0.value.catalogue.rules.taxonomy ?? Taxonomy(categories: []) })
    var municipalities: [Municipality] = []
    var cases: [CaseStudy] = []
    var policies: [(String, Policy)] = []
    var places: [String: CatalogueDataset.Place] = [:]
    for (position, (source, value)) in read.enumerated() {
      let name = source.name
      func categories(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.map { merged.mergedID($0, catalogue: position) }.filter { seen.insert($0).inserted }
      }
      for var municipality in value.catalogue.municipalities {
        municipality.id = qualified(municipality.id, holders, name)
        places[municipality.id] = (municipality.id, municipality.name, municipality.country, true, name)
        municipalities.append(municipality)
      }
      for var study in value.catalogue.cases {
        study.id = qualified(study.id, caseOwners, name)
        study.categories = categories(study.categories)
        study.catalogue = name
        cases.append(study)
      }
      for var policy in value.catalogue.policies {
        policy.id = qualified(policy.id, policyOwners, name)
        policy.categories = categories(policy.categories)
        policy.catalogue = name
        policies.append((qualified("\(policy.country)/\(policy.municipality)", holders, name), policy))
      }
      for owner in value.catalogue.owners {
        let id = qualified(owner, holders, name)
        if places[id] == nil {
          let parts = owner.split(separator: "/", maxSplits: 1).map(String.init)
          places[id] = (id, parts.last ?? owner, (parts.first ?? "").uppercased(), false, name)
        }
      }
    }
    let tables = (0..<3).map { kind in
      merge(read[0].value.tables[kind].kind, read.map { ($0.source.name, $0.value.tables[kind]) }, afterID: true) {
        name, column, cell in
        guard column == "id" || column == "municipality" else { return cell }
        let owners = column == "municipality" || kind == 0 ? holders : kind == 1 ? caseOwners : policyOwners
        return .text(qualified(cell.csvText, owners, name))
      }
    }
    // The local catalogue is always read, and first (see `Workspace.catalogues`).
    let local = read[0].value.catalogue
    var rules = local.rules
    rules.taxonomy = merged.taxonomy
    let union = Catalogue(
      snapshot: local.snapshot, municipalities: municipalities, policies: policies.map(\.1), cases: cases,
      invalidFiles: local.invalidFiles, rules: rules)
    var scores: CatalogueScores?
    var problem: CompareError?
    do {
      let model = try Comparer.catalogueModel(local, limits: limits)
      let names = Dictionary(places.values.map { ($0.id, $0.name) }) { first, _ in first }
      scores = CatalogueScores(policies: policies, names: names, cases: cases, model: model)
    } catch {
      problem = error
    }
    var dataset = CatalogueDataset(
      catalogue: union, municipalities: tables[0], cases: tables[1], policies: tables[2], scores: scores,
      scoresUnavailable: problem)
    dataset.federatedPlaces = places.values.sorted { $0.id < $1.id }
    return (dataset, local.invalidFiles, sessions.warnings)
  }
}

extension Catalogue {
  /// The municipality (`cc/slug`) of every valid case study and policy.
  var owners: Set<String> {
    Set(cases.map { "\($0.country)/\($0.municipality)" } + policies.map { "\($0.country)/\($0.municipality)" })
  }
}
