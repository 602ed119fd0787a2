/// Every valid policy of a catalogue scored against one model: the league table, the medians, and the peers
/// that show how a criterion can be met.
public struct CatalogueScores: Sendable {
  /// The model.
  public let model: BestPracticeModel
  /// One score per valid policy, best first (ties by name, then id).
  public let scores: [PolicyScore]
  /// The case studies peers are drawn from, when the scores were made from whole records (a catalogue, a
  /// site); empty for `compare` and `rank`, which read only what peers show (``peerCases``) from their cache.
  public let cases: [CaseStudy]
  /// What peers show of every case study peers are drawn from, sorted by id.
  let peerCases: [PeerCase]
  /// Names of municipalities by id.
  let names: [String: String]
  /// The median of each pillar, worked out once (a site asks for them on every municipality's page).
  private let pillarMedians: [String: Double]
  /// How many policies each pillar's median is taken over, worked out once for the same reason.
  private let pillarMedianCounts: [String: Int]
  /// The overall median and how many policies it is taken over, worked out once for the same reason.
  private let overallMedian: (score: Double?, count: Int)

  /// Scores every valid policy of `catalogue`.
  public init(catalogue: Catalogue, model: BestPracticeModel) {
    var names: [String: String] = [:]
    for municipality in catalogue.municipalities { names[municipality.id] = municipality.name }
    self.init(
      policies: catalogue.policies.map { ("\($0.country)/\($0.municipality)", $0) }, names: names,
      cases: catalogue.cases, model: model)
  }

  /// Scores `policies` (each with its municipality id); `names` maps ids to names.
  public init(policies: [(String, Policy)], names: [String: String], cases: [CaseStudy], model: BestPracticeModel) {
    self.init(
      scored: policies.map { id, policy in
        PolicyScore(policy: policy, municipality: id, name: names[id] ?? policy.municipality, model: model)
      }, names: names, cases: cases, model: model)
  }

  /// Policies already scored against `model` (in any order).
  init(scored: [PolicyScore], names: [String: String], cases: [CaseStudy], model: BestPracticeModel) {
    self.init(scored: scored, names: names, cases: cases, peerCases: cases.map(PeerCase.init), model: model)
  }

  /// Policies already scored, with case studies only as peers show them (`cases` stays empty).
  init(scored: [PolicyScore], names: [String: String], peerCases: [PeerCase], model: BestPracticeModel) {
    self.init(scored: scored, names: names, cases: [], peerCases: peerCases, model: model)
  }

  private init(
    scored: [PolicyScore], names: [String: String], cases: [CaseStudy], peerCases: [PeerCase],
    model: BestPracticeModel
  ) {
    self.model = model
    self.cases = cases
    self.peerCases = peerCases
    self.names = names
    // Names are folded once, not in every comparison.
    let folded = scored.map { TextFolding.fold($0.name) }
    let scores = scored.indices.sorted {
      CatalogueScores.ranksBefore(scored[$0], scored[$1], folded: (folded[$0], folded[$1]))
    }.map { scored[$0] }
    self.scores = scores
    var medians: [String: Double] = [:]
    var counts: [String: Int] = [:]
    for pillar in model.pillars {
      let values = scores.compactMap { $0.pillarScore(pillar.id) }
      medians[pillar.id] = Self.median(values)
      counts[pillar.id] = values.count
    }
    pillarMedians = medians
    pillarMedianCounts = counts
    let overall = scores.compactMap(\.score)
    overallMedian = (Self.median(overall), overall.count)
  }

  /// Higher overall score first; ties by name (case- and accent-insensitive), then id.
  /// `folded` holds the two names folded.
  static func ranksBefore(_ a: PolicyScore, _ b: PolicyScore, folded: (String, String)) -> Bool {
    let left = a.score ?? -1
    let right = b.score ?? -1
    if left != right { return left > right }
    if folded.0 != folded.1 { return folded.0 < folded.1 }
    return a.municipality < b.municipality
  }

  /// The score of the municipality `id`, if it has a valid policy.
  public func score(of id: String) -> PolicyScore? {
    scores.first { $0.municipality == id }
  }

  /// Ranks for the league table: equal overall scores share a rank (1, 2, 2, 4).
  public var ranks: [Int] {
    var ranks: [Int] = []
    for (index, score) in scores.enumerated() {
      if index > 0, score.score == scores[index - 1].score {
        ranks.append(ranks[index - 1])
      } else {
        ranks.append(index + 1)
      }
    }
    return ranks
  }

  /// The median overall score of the catalogue's policies.
  public var medianScore: Double? { overallMedian.score }

  /// How many policies the overall median is taken over: those with an overall score.
  public var medianCount: Int { overallMedian.count }

  /// How many policies the median of the pillar `id` is taken over: those to which the pillar applies.
  public func medianCount(ofPillar id: String) -> Int {
    pillarMedianCounts[id] ?? scores.count { $0.pillarScore(id) != nil }
  }

  /// Below this many policies a comparison with the median is only indicative, and reports say so.
  public static let indicativeBelow = 5

  /// True when the median is taken over fewer than ``indicativeBelow`` policies.
  public var isIndicative: Bool { medianCount < Self.indicativeBelow }

  /// The median score of the pillar `id` over the catalogue's policies.
  public func medianScore(ofPillar id: String) -> Double? {
    pillarMedians[id] ?? Self.median(scores.compactMap { $0.pillarScore(id) })
  }

  /// The middle value (the mean of the two middle values for an even count).
  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// The criterion's `examples` that this catalogue has: a policy (`cc/slug/policy`) of a scored municipality,
  /// or a case study.
  public func examples(of criterion: Criterion) -> [String] {
    // A criterion names a few examples: each is looked for, rather than sets of every id made per criterion.
    criterion.examples.filter { example in
      scores.contains { $0.municipality + "/policy" == example } || peerCases.contains { $0.id == example }
    }
  }

  /// `score` with peers filled in for every criterion it does not meet.
  public func withPeers(_ score: PolicyScore) -> PolicyScore {
    var score = score
    let index = PeerCaseIndex(peerCases)
    for position in score.criteria.indices {
      let result = score.criteria[position]
      guard result.status == .partial || result.status == .missing else { continue }
      score.criteria[position].peers = peers(for: result.criterion, excluding: score.municipality, index: index)
    }
    return score
  }

  /// Up to `limit` other municipalities whose policy meets `criterion` (best overall score first), then up to
  /// `limit` case studies of other municipalities whose categories or tags match the criterion's hint (most
  /// matches first; cases of municipalities that meet the criterion before others; then newest).
  public func peers(for criterion: Criterion, excluding municipality: String, limit: Int = 3) -> [Peer] {
    peers(for: criterion, excluding: municipality, limit: limit, index: PeerCaseIndex(peerCases))
  }

  /// ``peers(for:excluding:limit:)`` with the case studies looked up in `index` (made of ``peerCases``).
  func peers(for criterion: Criterion, excluding municipality: String, limit: Int = 3, index: PeerCaseIndex) -> [Peer] {
    // Scores keep their criteria in model order: the criterion's status is read at its place, not searched
    // for (and copied) in every score.
    // Scores are read in place by position: copying each one would count references to all its parts.
    let place = model.criteria.firstIndex { $0.id == criterion.id }
    func meets(_ index: Int) -> Bool {
      if let place, place < scores[index].criteria.count, scores[index].criteria[place].criterion.id == criterion.id {
        return scores[index].criteria[place].status == .met
      }
      return scores[index].result(for: criterion.id)?.status == .met
    }
    var peers: [Peer] = []
    var meetingIDs = Set<String>()
    for index in scores.indices where scores[index].municipality != municipality && meets(index) {
      if peers.count < limit {
        peers.append(.policy(municipality: scores[index].municipality, name: scores[index].name, score: scores[index].score))
      }
      if criterion.cases.isEmpty {
        if peers.count == limit { break }
      } else {
        meetingIDs.insert(scores[index].municipality)
      }
    }
    guard !criterion.cases.isEmpty, limit > 0 else { return peers }
    // The best `limit` candidates, kept in order as the matches are looked at: no sort of every match.
    typealias Candidate = (matches: Int, meets: Bool, position: Int)
    func before(_ a: Candidate, _ b: Candidate) -> Bool {
      if a.matches != b.matches { return a.matches > b.matches }
      if a.meets != b.meets { return a.meets }
      let (left, right) = (peerCases[a.position], peerCases[b.position])
      if left.year != right.year { return left.year > right.year }
      if left.id != right.id { return left.id < right.id }
      return a.position < b.position
    }
    var best: [Candidate] = []
    let matches = index.matches(
      categories: Set(criterion.cases.categories), tags: Set(criterion.cases.tags.map(TextFolding.fold)))
    for (position, count) in matches where peerCases[position].owner != municipality {
      let candidate = (count, meetingIDs.contains(peerCases[position].owner), position)
      if best.count == limit {
        guard before(candidate, best[limit - 1]) else { continue }
        best.removeLast()
      }
      best.insert(candidate, at: best.firstIndex { before(candidate, $0) } ?? best.count)
    }
    peers += best.map {
      let study = peerCases[$0.position]
      return .caseStudy(id: study.id, title: study.title, municipality: names[study.owner] ?? study.owner, year: study.year)
    }
    return peers
  }
}
