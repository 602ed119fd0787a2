import CasebookText

/// `rank --catalogue`: the policies of several catalogues in one league table, all scored against the LOCAL
/// best-practice model (a peer's own model is not used: one table needs one yardstick).
public enum FederatedRank {
  /// Scores every valid policy of the catalogues `names` against the local model (or `--model`). Municipality
  /// ids two catalogues share are qualified as `name:cc/slug`. Invalid policies of peers are listed as
  /// `name:path`.
  public static func rank(
    _ request: ScoreRequest, names: [String]
  ) throws(FederationError) -> (report: RankReport, warnings: [FederationWarning]) {
    let local: (catalogue: Catalogue, scores: CatalogueScores)
    do {
      local = try Comparer.load(request)
    } catch {
      throw .compare(error)
    }
    var sessions = try FederatedSessions(directory: request.directory, names: names)
    let catalogues = try sessions.each(revision: request.revision, limits: request.limits) {
      (source, session) throws(QueryError) -> Catalogue in
      source.isLocal ? local.catalogue : try session.catalogue()
    }
    var owners: [String: Int] = [:]
    for (_, catalogue) in catalogues {
      for id in Set(catalogue.policies.map { "\($0.country)/\($0.municipality)" }) { owners[id, default: 0] += 1 }
    }
    var policies: [(String, Policy)] = []
    var municipalityNames: [String: String] = [:]
    var catalogueOf: [String: String] = [:]
    var cases: [CaseStudy] = []
    var invalid: [String] = []
    for (source, catalogue) in catalogues {
      let names = Dictionary(catalogue.municipalities.map { ($0.id, $0.name) }) { first, _ in first }
      for policy in catalogue.policies {
        let plain = "\(policy.country)/\(policy.municipality)"
        let id = (owners[plain] ?? 0) > 1 ? "\(source.name):\(plain)" : plain
        policies.append((id, policy))
        municipalityNames[id] = names[plain] ?? policy.municipality
        catalogueOf[id] = source.name
      }
      cases += catalogue.cases
      for path in catalogue.invalidFiles {
        guard case .file(let file) = CatalogueLayout.classify(path), file.kind == .policy else { continue }
        invalid.append(source.isLocal ? path : "\(source.name):\(path)")
      }
    }
    let scores = CatalogueScores(policies: policies, names: municipalityNames, cases: cases, model: local.scores.model)
    let label = catalogues.map(\.source.name).joined(separator: ", ")
    return (
      RankReport(
        catalogue: scores, invalidPolicies: invalid, snapshotLabel: Message(CommonText.name, .text(label)),
        catalogueOf: catalogueOf),
      sessions.warnings
    )
  }

  /// The line that says every policy was scored against the local model.
  static func note(_ report: RankReport, _ language: Language) -> String {
    let model = report.catalogue.model
    return Message(FederationText.rankNote, .text("\(model.path) v\(model.version)")).text(language)
  }

  /// The league table with a catalogue column after the rank, when several catalogues were read.
  static func withCatalogueColumn(_ table: Table, _ report: RankReport, _ language: Language) -> Table {
    guard let catalogueOf = report.catalogueOf else { return table }
    let word = Message(FederationText.catalogueHeading).text(language)
    let heading = word.prefix(1).uppercased() + word.dropFirst()
    var widened = Table(
      columns: [table.columns[0], heading] + table.columns.dropFirst(),
      numericColumns: Set(table.numericColumns.map { $0 == 0 ? 0 : $0 + 1 }))
    widened.rows = table.rows.map { row in [row[0], catalogueOf[row[2]] ?? ""] + row.dropFirst() }
    return widened
  }
}
