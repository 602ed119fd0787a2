/// Related case studies: cases that share words of the title or tags (words that many cases share count for
/// nothing), then cases of the same use category, nearest in year. Deterministic: ties go to the nearer year,
/// then the id.
enum RelatedCases {
  /// How many related cases a page shows.
  static let shown = 5

  static func compute(_ cases: [CaseStudy]) -> [String: [String]] {
    let count = cases.count
    guard count > 1 else { return Dictionary(uniqueKeysWithValues: cases.map { ($0.id, []) }) }
    // Words shared by more than this many cases say little about what a case is about, and bound the work.
    let commonLimit = max(8, min(200, count / 50))
    var signatures: [[String]] = []
    var holders: [String: [Int]] = [:]
    for (number, study) in cases.enumerated() {
      var words = Set(SearchText.words(study.title).filter { $0.count > 2 })
      for tag in study.tags { words.insert("#" + TextFolding.fold(tag)) }
      let sorted = words.sorted()
      signatures.append(sorted)
      for word in sorted { holders[word, default: []].append(number) }
    }
    var byCategory: [String: [Int]] = [:]
    for (number, study) in cases.enumerated() {
      for category in study.categories { byCategory[category, default: []].append(number) }
    }
    for category in byCategory.keys {
      byCategory[category]?.sort { (cases[$0].year, $0) < (cases[$1].year, $1) }
    }
    var related: [String: [String]] = [:]
    var shared = [Int](repeating: 0, count: count)
    for (number, study) in cases.enumerated() {
      var touched: [Int] = []
      for word in signatures[number] {
        guard let list = holders[word], list.count <= commonLimit else { continue }
        for other in list where other != number {
          if shared[other] == 0 { touched.append(other) }
          shared[other] += 2
        }
      }
      let categories = Set(study.categories)
      for other in touched {
        shared[other] += cases[other].categories.count { categories.contains($0) }
      }
      func closer(_ a: Int, _ b: Int) -> Bool {
        let (distanceA, distanceB) = (abs(cases[a].year - study.year), abs(cases[b].year - study.year))
        if distanceA != distanceB { return distanceA < distanceB }
        return cases[a].id < cases[b].id
      }
      var chosen = touched.sorted { shared[$0] != shared[$1] ? shared[$0] > shared[$1] : closer($0, $1) }
      chosen = Array(chosen.prefix(shown))
      for other in touched { shared[other] = 0 }
      if chosen.count < shown {
        var candidates: [Int] = []
        var seen = Set(chosen + [number])
        for category in study.categories.sorted() {
          // The nearest in year of a category: a window around the case's own year is enough.
          for other in nearestInYear(byCategory[category] ?? [], cases: cases, year: study.year, limit: shown * 2)
          where seen.insert(other).inserted {
            candidates.append(other)
          }
        }
        chosen += candidates.sorted(by: closer).prefix(shown - chosen.count)
      }
      related[study.id] = chosen.map { cases[$0].id }
    }
    return related
  }

  /// Up to `limit` members of `members` (case numbers sorted by year, then number) nearest to `year`.
  private static func nearestInYear(_ members: [Int], cases: [CaseStudy], year: Int, limit: Int) -> [Int] {
    guard members.count > limit else { return members }
    var low = 0
    var high = members.count
    while low < high {
      let middle = (low + high) / 2
      if cases[members[middle]].year < year { low = middle + 1 } else { high = middle }
    }
    var left = low - 1
    var right = low
    var chosen: [Int] = []
    while chosen.count < limit, left >= 0 || right < members.count {
      let leftDistance = left >= 0 ? year - cases[members[left]].year : Int.max
      let rightDistance = right < members.count ? cases[members[right]].year - year : Int.max
      if rightDistance <= leftDistance {
        chosen.append(members[right])
        right += 1
      } else {
        chosen.append(members[left])
        left -= 1
      }
    }
    return chosen
  }
}
