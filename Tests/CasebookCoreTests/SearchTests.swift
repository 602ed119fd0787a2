import CasebookText
import CasebookCore
import CasebookTestSupport
import Testing

/// The fixture catalogue's index, built once (without the cache) for the tests that only read it.
let sharedFixtureIndex: Result<SearchIndex, any Error> = Result {
  let catalogue = try TemporaryCatalogue.searchFixture()
  return try QuerySession.open(directory: catalogue.root, revision: nil).searchIndex(useCache: false).index
}

func fixtureIndex() throws -> SearchIndex { try sharedFixtureIndex.get() }

/// Case ids of the fixture catalogue.
enum FixtureCase {
  static let marktplein = "nl/lindendorp/2021-inspraak-marktplein"
  static let meldingen = "nl/lindendorp/2019-meldingen-twitter"
  static let zwerfvuil = "be/beekhoven/2012-campagne-zwerfvuil"
  static let ijsbaan = "be/beekhoven/2016-cafe-overleg-ijsbaan"
  static let flood = "gb/riverton/2010-flood-volunteers"
  static let gritting = "gb/riverton/2011-gritting-updates"
  static let policy = "nl/lindendorp/policy"
  /// Newest first, as listed without search words.
  static let all = [marktplein, meldingen, ijsbaan, zwerfvuil, gritting, flood]
}

private func search(
  _ words: [String] = [], _ filters: SearchFilters = SearchFilters(), kinds: Set<RecordKind> = [.caseStudy],
  limit: Int? = nil, facets: Bool = false
) throws -> SearchResults {
  try fixtureIndex().search(
    SearchQuery(words: QueryWord.parse(words), kinds: kinds, filters: filters, limit: limit, facets: facets))
}

/// Filters and the cases each must leave.
private let filterCases: [(SearchFilters, [String])] = [
      (SearchFilters(countries: ["be"]), [FixtureCase.zwerfvuil, FixtureCase.ijsbaan]),
      (SearchFilters(countries: ["NL"]), [FixtureCase.marktplein, FixtureCase.meldingen]),
      (SearchFilters(countries: ["nl", "gb"]), [FixtureCase.marktplein, FixtureCase.meldingen, FixtureCase.flood, FixtureCase.gritting]),
      (SearchFilters(municipalities: ["Riverton"]), [FixtureCase.flood, FixtureCase.gritting]),
      (SearchFilters(municipalities: ["riverton"]), [FixtureCase.flood, FixtureCase.gritting]),
      (SearchFilters(municipalities: ["gb/riverton"]), [FixtureCase.flood, FixtureCase.gritting]),
      (SearchFilters(channels: ["twitter"]), [FixtureCase.flood, FixtureCase.meldingen]),
      (SearchFilters(channels: ["SMS"]), [FixtureCase.gritting]),
      (SearchFilters(channels: ["sms", "instagram"]), [FixtureCase.gritting, FixtureCase.zwerfvuil]),
      (SearchFilters(years: ["2016"]), [FixtureCase.ijsbaan]),
      (SearchFilters(years: ["2010..2012"]), [FixtureCase.flood, FixtureCase.gritting, FixtureCase.zwerfvuil]),
      (SearchFilters(years: ["..2011"]), [FixtureCase.flood, FixtureCase.gritting]),
      (SearchFilters(years: ["2019.."]), [FixtureCase.meldingen, FixtureCase.marktplein]),
      (SearchFilters(years: ["2010", "2021"]), [FixtureCase.flood, FixtureCase.marktplein]),
      (SearchFilters(languages: ["en"]), [FixtureCase.flood, FixtureCase.gritting]),
      (SearchFilters(tags: ["marktplein"]), [FixtureCase.marktplein]),
      (SearchFilters(tags: ["volunteers", "zwerfvuil"]), [FixtureCase.flood, FixtureCase.zwerfvuil]),
      (SearchFilters(categories: ["report", "campaign"]), [FixtureCase.meldingen, FixtureCase.zwerfvuil]),
      (SearchFilters(categories: ["community"], countries: ["gb"]), [FixtureCase.flood]),
      (SearchFilters(countries: ["be"], channels: ["instagram"], years: ["2012"]), [FixtureCase.zwerfvuil]),
]

@Suite("Search filters")
struct SearchFilterTests {
  @Test(
    "Each filter keeps exactly the matching cases; one filter's values are alternatives, different filters all hold",
    arguments: filterCases)
  func filter(filters: SearchFilters, expected: [String]) throws {
    let results = try search([], filters)
    #expect(Set(results.hits.map(\.id)) == Set(expected))
    #expect(results.total == expected.count)
  }

  @Test(
    "A category is found by id, Dutch or English label or alias, in any case and with or without accents",
    arguments: ["participate", "inspraak", "Participatie", "consultation", "Inspraak en participatie",
                "PARTICIPATION AND CONSULTATION", "co-creatie", "  meedenken "])
  func categoryAliases(name: String) throws {
    let results = try search([], SearchFilters(categories: [name]))
    #expect(Set(results.hits.map(\.id)) == [FixtureCase.marktplein, FixtureCase.ijsbaan])
  }

  @Test("An unknown category is a usage error that lists the categories and suggests the nearest")
  func unknownCategory() throws {
    let error = #expect(throws: QueryError.self) { try search([], SearchFilters(categories: ["partcipate"])) }
    guard case .unknownCategory(_, let suggestions, let valid) = error else {
      Issue.record("expected unknownCategory, got \(String(describing: error))")
      return
    }
    #expect(suggestions.first == "participate")
    #expect(valid.count == 7)
    #expect(error?.isUsageError == true)
    let message = error?.message.text(.en) ?? ""
    for id in ["inform", "report", "participate", "campaign", "community", "service", "collaborate"] {
      #expect(message.contains(id))
    }
  }

  static let badFilters: [SearchFilters] = [
    SearchFilters(municipalities: ["Rivertown"]), SearchFilters(countries: ["xx"]), SearchFilters(years: ["20x0"]),
    SearchFilters(years: ["2012..2010"]), SearchFilters(years: [".."]), SearchFilters(years: ["2010...2012"]),
  ]

  @Test("An unknown municipality, country or year is a usage error", arguments: badFilters)
  func usageErrors(filters: SearchFilters) throws {
    let error = #expect(throws: QueryError.self) { try search([], filters) }
    #expect(error?.isUsageError == true)
  }

  @Test("A mistyped municipality suggests the right one")
  func municipalitySuggestion() throws {
    let error = #expect(throws: QueryError.self) { try search([], SearchFilters(municipalities: ["Rivertown"])) }
    #expect(error?.message.text(.en).contains("Riverton") == true)
  }

  @Test("Without words every case is listed, newest first, and the limit keeps the total")
  func listing() throws {
    #expect(try search().hits.map(\.id) == FixtureCase.all)
    let limited = try search(limit: 2)
    #expect(limited.hits.map(\.id) == Array(FixtureCase.all.prefix(2)))
    #expect(limited.total == FixtureCase.all.count)
  }

  @Test("Facets count categories, countries, channels and years over all results")
  func facets() throws {
    let results = try search([], SearchFilters(categories: ["community"]), limit: 1, facets: true)
    let facets = try #require(results.facets)
    func counts(_ name: String) -> [String: Int] {
      Dictionary(uniqueKeysWithValues: (facets.first { $0.name == name }?.counts ?? []).map { ($0.value, $0.count) })
    }
    #expect(counts("category") == ["community": 3, "campaign": 1, "participate": 1, "inform": 1])
    #expect(counts("country") == ["BE": 2, "GB": 1])
    #expect(counts("channel") == ["facebook": 2, "instagram": 1, "twitter": 1])
    #expect(counts("year") == ["2010": 1, "2012": 1, "2016": 1])
    #expect(facets.first { $0.name == "category" }?.counts.first?.value == "community")
  }

  @Test("No result names the filter whose removal gives the most results")
  func hintDropsMostRestrictiveFilter() throws {
    let results = try search([], SearchFilters(categories: ["community"], countries: ["nl"]))
    #expect(results.total == 0)
    let hint = try #require(results.hint).text(.en)
    #expect(hint.contains("--country nl"), "\(hint)")
    #expect(hint.contains("3 results"), "\(hint)")
  }

  @Test("No result for the words says so; for another kind it suggests --kind all; typos get a did-you-mean")
  func hints() throws {
    let words = try #require(try search(["zzzz"], SearchFilters(countries: ["be"])).hint).text(.en)
    #expect(words.contains("zzzz") && words.contains("2 results"), "\(words)")
    let kind = try #require(try search(["communicatieteam"]).hint).text(.en)
    #expect(kind.contains("--kind all"), "\(kind)")
    let typo = try #require(try search([], SearchFilters(channels: ["twiter"])).hint).text(.en)
    #expect(typo.contains("did you mean twitter"), "\(typo)")
  }
}

@Suite("Search on an empty catalogue")
struct EmptyCatalogueSearchTests {
  @Test("An empty catalogue says it has no cases yet, or points at the policies it has")
  func empty() throws {
    let catalogue = try TemporaryCatalogue()
    let index = try QuerySession.open(directory: catalogue.root, revision: nil).searchIndex().index
    let results = try index.search(SearchQuery(facets: true))
    #expect(results.total == 0)
    #expect(results.hint?.text(.en) == "the catalogue has no valid case studies yet")
    #expect(index.coverage(by: .country).columns.isEmpty)
    try catalogue.write("cases/nl/lindendorp/municipality.yaml", Sample.municipality(name: "Lindendorp"))
    try catalogue.write("cases/nl/lindendorp/policy.yaml", Sample.policy())
    let withPolicy = try QuerySession.open(directory: catalogue.root, revision: nil).searchIndex().index
    #expect(try withPolicy.search(SearchQuery()).hint?.text(.en).contains("add --kind all to get 1 result") == true)
  }
}

@Suite("Search ranking")
struct SearchRankingTests {
  @Test("A word in the title ranks above the same word only in the lessons")
  func titleOverLessons() throws {
    #expect(try search(["ijsbaan"]).hits.map(\.id) == [FixtureCase.ijsbaan, FixtureCase.zwerfvuil])
  }

  @Test("A case with more of the words ranks above one that repeats a single word")
  func moreWordsFirst() throws {
    let results = try search(["flood", "twitter"])
    #expect(results.hits.first?.id == FixtureCase.flood)
    #expect(results.hits.first?.matchedWords == 2)
    #expect(Set(results.hits.dropFirst().map(\.id)) == [FixtureCase.gritting, FixtureCase.meldingen])
    #expect(results.hits.dropFirst().allSatisfy { $0.matchedWords == 1 })
    #expect(zip(results.hits, results.hits.dropFirst()).allSatisfy { $0.matchedWords > $1.matchedWords || $0.score >= $1.score })
  }

  @Test("word* matches every word that starts with it; without * only the word itself")
  func prefix() throws {
    #expect(Set(try search(["partici*"]).hits.map(\.id)) == [FixtureCase.marktplein, FixtureCase.ijsbaan])
    #expect(try search(["partici"]).total == 0)
  }

  @Test("Words match regardless of case and accents", arguments: ["cafe", "CAFÉ", "Café", "caf*"])
  func folding(word: String) throws {
    #expect(try search([word]).hits.map(\.id) == [FixtureCase.ijsbaan])
  }

  @Test("Accented text is found with plain letters")
  func accentedDocument() throws {
    #expect(try search(["ideeen"]).hits.map(\.id) == [FixtureCase.marktplein])
  }

  @Test("Policies are searched by title, summary, goals and section descriptions with --kind policy or all")
  func policies() throws {
    #expect(try search(["marktplein"]).hits.map(\.id) == [FixtureCase.marktplein])
    #expect(Set(try search(["marktplein"], kinds: [.caseStudy, .policy]).hits.map(\.id)) == [FixtureCase.marktplein, FixtureCase.policy])
    #expect(try search(["plannen"], kinds: [.policy]).hits.map(\.id) == [FixtureCase.policy])
    #expect(try search(["communicatieteam"], kinds: [.policy]).hits.map(\.id) == [FixtureCase.policy])
    #expect(try search([], SearchFilters(years: ["2020"]), kinds: [.policy]).hits.map(\.id) == [FixtureCase.policy])
  }

  @Test("Hits carry the municipality's name and country and a snippet with the matched words marked")
  func hitFields() throws {
    let hit = try #require(try search(["gritted"]).hits.first)
    #expect(hit.municipality.name == "Riverton")
    #expect(hit.country == "GB")
    #expect(hit.year == 2011)
    #expect(hit.path == "cases/gb/riverton/2011-gritting-updates.yaml")
    #expect(hit.snippet.filter(\.highlighted).map(\.text) == ["gritted"])
    #expect(hit.snippetText.contains("text messages about gritted roads"))
  }
}
