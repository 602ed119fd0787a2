/// The peers of every municipality at once. ``CatalogueScores/withPeers(_:)`` looks through every policy and
/// every case for each criterion a municipality does not meet — right for one report, far too slow for a
/// page per municipality. The candidates of a criterion do not depend on the municipality asking, except that
/// its own policy and cases are left out, so they are ranked once per criterion here and each municipality
/// takes the first ones that are not its own: the same peers, in the same order.
struct SitePeers: Sendable {
  let scores: CatalogueScores
  /// Per criterion id: the policies that meet it, best overall score first.
  private let meeting: [String: [PolicyScore]]
  /// Per criterion id: the matching cases, most matches first, then cases of municipalities that meet it,
  /// then the newest, then by id.
  private let cases: [String: [CaseStudy]]

  init(_ scores: CatalogueScores) {
    self.scores = scores
    var meeting: [String: [PolicyScore]] = [:]
    var cases: [String: [CaseStudy]] = [:]
    let foldedTags = scores.cases.map { $0.tags.map(TextFolding.fold) }
    let owners = scores.cases.map { "\($0.country)/\($0.municipality)" }
    for criterion in scores.model.criteria {
      let meets = scores.scores.filter { $0.result(for: criterion.id)?.status == .met }
      meeting[criterion.id] = meets
      guard !criterion.cases.isEmpty else { continue }
      let meetingIDs = Set(meets.map(\.municipality))
      let categories = Set(criterion.cases.categories)
      let tags = Set(criterion.cases.tags.map(TextFolding.fold))
      // Case numbers, not copies of the cases: a copy retains every field, and this runs per criterion.
      let all = scores.cases
      var candidates: [(matches: Int, meets: Bool, number: Int)] = []
      for number in all.indices {
        let matches = all[number].categories.count { categories.contains($0) } + foldedTags[number].count { tags.contains($0) }
        if matches > 0 { candidates.append((matches, meetingIDs.contains(owners[number]), number)) }
      }
      candidates.sort {
        if $0.matches != $1.matches { return $0.matches > $1.matches }
        if $0.meets != $1.meets { return $0.meets }
        if all[$0.number].year != all[$1.number].year { return all[$0.number].year > all[$1.number].year }
        return all[$0.number].id < all[$1.number].id
      }
      cases[criterion.id] = candidates.map { all[$0.number] }
    }
    self.meeting = meeting
    self.cases = cases
  }

  /// `score` with peers for every criterion it does not meet, as ``CatalogueScores/withPeers(_:)`` gives them.
  func withPeers(_ score: PolicyScore, limit: Int = 3) -> PolicyScore {
    var score = score
    for index in score.criteria.indices {
      let result = score.criteria[index]
      guard result.status == .partial || result.status == .missing else { continue }
      let id = result.criterion.id
      var peers: [Peer] = (meeting[id] ?? []).lazy.filter { $0.municipality != score.municipality }.prefix(limit).map {
        .policy(municipality: $0.municipality, name: $0.name, score: $0.score)
      }
      if !result.criterion.cases.isEmpty {
        peers += (cases[id] ?? []).lazy.filter { "\($0.country)/\($0.municipality)" != score.municipality }.prefix(limit)
          .map { study in
            let owner = "\(study.country)/\(study.municipality)"
            return .caseStudy(id: study.id, title: study.title, municipality: scores.names[owner] ?? owner, year: study.year)
          }
      }
      score.criteria[index].peers = peers
    }
    return score
  }
}
