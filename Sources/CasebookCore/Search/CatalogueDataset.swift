/// Everything the SQLite export holds, read from one snapshot: the valid records, their flat tables as
/// `export` writes them, and every valid policy scored against the catalogue's own model.
public struct CatalogueDataset: Sendable {
  /// The valid records, the rule set (with the use categories) and the snapshot they come from.
  public let catalogue: Catalogue
  /// Municipality profiles, flattened.
  public let municipalities: ExportTable
  /// Case studies, flattened.
  public let cases: ExportTable
  /// Policies, flattened.
  public let policies: ExportTable
  /// The policies scored against `schema/best-practice.yaml`; nil when that model is missing or invalid.
  public let scores: CatalogueScores?
  /// Why there are no scores, when there are none.
  public let scoresUnavailable: CompareError?

  /// Each policy's channels, by policy id.
  public var policyChannels: [(String, [String])] {
    catalogue.policies.map { ($0.id, $0.document["channels"]?.strings ?? []) }
  }

  /// A municipality a record belongs to; `catalogue` with `export --catalogue`.
  public typealias Place = (id: String, name: String, country: String, hasProfile: Bool, catalogue: String?)

  /// With `export --catalogue`: the places of every catalogue, qualified where catalogues share them (see
  /// ``FederatedExport/dataset(directory:revision:names:limits:)``).
  var federatedPlaces: [Place]?

  /// Every municipality a record belongs to, by id: its profile when it has a valid one, else its folder
  /// name and country, so that every record has a municipality to point to.
  public var places: [Place] {
    if let federatedPlaces { return federatedPlaces }
    var places: [String: Place] = [:]
    for municipality in catalogue.municipalities {
      places[municipality.id] = (municipality.id, municipality.name, municipality.country, true, nil)
    }
    let owners = catalogue.cases.map { ($0.country, $0.municipality) } + catalogue.policies.map { ($0.country, $0.municipality) }
    for (country, slug) in owners where places["\(country)/\(slug)"] == nil {
      places["\(country)/\(slug)"] = ("\(country)/\(slug)", slug, country.uppercased(), false, nil)
    }
    return places.values.sorted { $0.id < $1.id }
  }
}

extension QuerySession {
  /// The whole catalogue of the snapshot, for the SQLite export.
  public func dataset() throws(QueryError) -> CatalogueDataset {
    let catalogue = try catalogue()
    var scores: CatalogueScores?
    var problem: CompareError?
    do {
      scores = CatalogueScores(catalogue: catalogue, model: try Comparer.catalogueModel(catalogue, limits: limits))
    } catch {
      problem = error
    }
    return CatalogueDataset(
      catalogue: catalogue, municipalities: try exportTable(.municipality, of: catalogue, keeping: nil),
      cases: try exportTable(.caseStudy, of: catalogue, keeping: nil),
      policies: try exportTable(.policy, of: catalogue, keeping: nil), scores: scores, scoresUnavailable: problem)
  }
}
