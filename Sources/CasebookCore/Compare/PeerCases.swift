/// What a peer shows of a case study, and what it is chosen by: the score cache of `compare` keeps this much
/// of each case study (by blob id and path), so a warm run does not read every case study's whole document.
struct PeerCase: Sendable, Hashable {
  var id: String
  /// `cc/slug` of the municipality.
  var owner: String
  var title: String
  var year: Int
  var categories: [String]
  /// The tags, folded (``TextFolding/fold(_:)``) as they are matched.
  var foldedTags: [String]
}

extension PeerCase {
  init(_ study: CaseStudy) {
    self.init(
      id: study.id, owner: "\(study.country)/\(study.municipality)", title: study.title, year: study.year,
      categories: study.categories, foldedTags: study.tags.map(TextFolding.fold))
  }
}

/// The positions of case studies by category and by folded tag, made once for all the criteria of a
/// comparison: a criterion's hint then touches only the cases that match it, not every case study.
struct PeerCaseIndex {
  /// Per category, the position of each case study once for every time it lists the category.
  private var byCategory: [String: [Int]] = [:]
  /// The same per folded tag.
  private var byTag: [String: [Int]] = [:]

  init(_ cases: [PeerCase]) {
    for (position, study) in cases.enumerated() {
      for category in study.categories { byCategory[category, default: []].append(position) }
      for tag in study.foldedTags { byTag[tag, default: []].append(position) }
    }
  }

  /// For each case study that lists one of `categories` or `tags` (folded), how many entries of its
  /// categories and tags do: its position and that count, in the order the case studies were first found.
  func matches(categories: Set<String>, tags: Set<String>) -> [(position: Int, count: Int)] {
    var counts: [Int: Int] = [:]
    var found: [Int] = []
    for list in categories.map({ byCategory[$0] }) + tags.map({ byTag[$0] }) {
      for position in list ?? [] {
        counts[position, default: 0] += 1
        if counts[position] == 1 { found.append(position) }
      }
    }
    return found.map { ($0, counts[$0]!) }
  }
}
