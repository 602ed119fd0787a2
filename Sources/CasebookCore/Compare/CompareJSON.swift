import CasebookText
/// The JSON form of comparisons and league tables.
enum CompareJSON {
  /// `municipality`, `name`, `policy`, `score`, `median`, `median_of`, `indicative`, `pillars`, `criteria`,
  /// `recommendations`, `model`, `language`, `snapshot`; with `--with`, the other municipality's object under `with`.
  static func render(_ report: ComparisonReport, language: Language) -> JSONValue {
    var members = scoreMembers(report.subject, report.catalogue, language)
    members += [
      ("model", model(report.model)),
      ("language", .string(language.rawValue)),
      ("snapshot", .string(report.snapshotLabel.text(language))),
    ]
    if let other = report.other {
      members.append(("with", .object(scoreMembers(other, report.catalogue, language))))
    }
    return .object(members)
  }

  static func scoreMembers(
    _ score: PolicyScore, _ catalogue: CatalogueScores, _ language: Language
  ) -> [(String, JSONValue)] {
    [
      ("municipality", .string(score.municipality)),
      ("name", .string(score.name)),
      (
        "policy",
        .object([
          ("path", .string(score.policy.path)), ("title", .string(score.policy.title)),
          ("status", .string(score.policy.status)), ("language", .string(score.policy.language)),
        ])
      ),
      ("score", ScoreFormat.json(score.score)),
      ("median", ScoreFormat.json(catalogue.medianScore)),
      ("median_of", .int(catalogue.medianCount)),
      ("indicative", .bool(catalogue.isIndicative)),
      (
        "pillars",
        .array(
          score.pillars.map { pillar in
            .object([
              ("id", .string(pillar.pillar.id)), ("title", .string(pillar.pillar.title(language))),
              ("score", ScoreFormat.json(pillar.score.value)),
              ("median", ScoreFormat.json(catalogue.medianScore(ofPillar: pillar.pillar.id))),
              ("median_of", .int(catalogue.medianCount(ofPillar: pillar.pillar.id))),
              ("earned", .double(pillar.score.earned)), ("possible", .double(pillar.score.possible)),
            ])
          })
      ),
      ("criteria", .array(score.criteria.map { criterion($0, language, examples: catalogue.examples(of: $0.criterion)) })),
      (
        "recommendations",
        .array(
          score.recommendations.map {
            .object([
              ("id", .string($0.criterion.criterion.id)), ("gain", ScoreFormat.json($0.gain)),
              ("recommendation", .string($0.criterion.criterion.recommendation(language))),
            ])
          })
      ),
    ]
  }

  static func criterion(_ result: CriterionResult, _ language: Language, examples: [String]) -> JSONValue {
    let criterion = result.criterion
    let open = result.status == .partial || result.status == .missing
    return .object([
      ("id", .string(criterion.id)),
      ("pillar", .string(criterion.pillar)),
      ("weight", .double(criterion.weight)),
      ("title", .string(criterion.title(language))),
      ("status", .string(result.status.rawValue)),
      ("reason", .string(ReasonText.of(result, language, codes: true))),
      ("recommendation", open ? .string(criterion.recommendation(language)) : .null),
      ("peers", .array(result.peers.map(peer))),
      (
        "fields",
        .array(
          result.result.findings.map {
            .object([
              ("path", .string($0.path.description)),
              ("label", .string(FieldLabels.label($0.path.description).text(language))),
              ("condition", .string(ReasonText.condition($0.condition))),
              ("found", .string(ReasonText.found($0.found, language))), ("present", .bool($0.found != .missing)),
              ("passed", .bool($0.passed)),
            ])
          })
      ),
      ("source", .string(criterion.source)),
      ("references", .array(criterion.references.map(reference))),
      ("examples", .strings(examples)),
    ])
  }

  static func reference(_ reference: CriterionReference) -> JSONValue {
    var members: [(String, JSONValue)] = [("title", .string(reference.title))]
    if let section = reference.section { members.append(("section", .string(section))) }
    members.append(("year", .int(reference.year)))
    if let jurisdiction = reference.jurisdiction { members.append(("jurisdiction", .string(jurisdiction))) }
    if let url = reference.url { members.append(("url", .string(url))) }
    return .object(members)
  }

  static func peer(_ peer: Peer) -> JSONValue {
    switch peer {
    case .policy(let id, let name, let score):
      .object([("kind", .string("policy")), ("municipality", .string(id)), ("name", .string(name)), ("score", ScoreFormat.json(score))])
    case .caseStudy(let id, let title, let municipality, let year):
      .object([
        ("kind", .string("case")), ("id", .string(id)), ("title", .string(title)),
        ("municipality", .string(municipality)), ("year", .int(year)),
      ])
    }
  }

  static func model(_ model: BestPracticeModel) -> JSONValue {
    .object([("path", .string(model.path)), ("version", .int(model.version))])
  }
}
