import CasebookText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A piece of a snippet; matched words are highlighted.
public struct SnippetPart: Sendable, Hashable {
  /// The text of this piece.
  public var text: String
  /// True for a matched word.
  public var highlighted: Bool
}

/// One result of a search.
public struct SearchHit: Sendable, Hashable {
  /// `cc/municipality/slug` (`…/policy` for a policy).
  public var id: String
  /// Case study or policy.
  public var kind: RecordKind
  /// Path of the file from the repository root.
  public var path: String
  /// The record's title.
  public var title: String
  /// The municipality it belongs to.
  public var municipality: IndexedMunicipality
  /// The year of a case, or the year a policy was adopted; nil when unknown.
  public var year: Int?
  /// Use-category ids.
  public var categories: [String]
  /// Channels.
  public var channels: [String]
  /// Language code.
  public var language: String
  /// Tags (case studies only).
  public var tags: [String]
  /// BM25F relevance; 0 without search words.
  public var score: Double
  /// How many of the search words the record contains.
  public var matchedWords: Int
  /// A passage of the summary around the matched words.
  public var snippet: [SnippetPart]
  /// The catalogue the record comes from, when several were searched (`local` or a peer's name); nil when
  /// only the local catalogue was read.
  public var catalogue: String? = nil

  /// Upper-case country code.
  public var country: String { municipality.country }
  /// The snippet as plain text.
  public var snippetText: String { snippet.map(\.text).joined() }
}

/// One value of a facet and how many results have it.
public struct FacetCount: Sendable, Hashable {
  /// The value (a category id, country code, channel or year).
  public var value: String
  /// How many results have it.
  public var count: Int
}

/// How often each value of one field occurs among the results.
public struct Facet: Sendable, Hashable {
  /// `category`, `country`, `channel` or `year`.
  public var name: String
  /// Values with their counts, most frequent first.
  public var counts: [FacetCount]
}

/// The size of a collection searched as one, and how many of its documents hold each word of a query.
struct CorpusStatistics {
  var documentCount: Int
  var frequencies: [Int]
}

/// The answer to a ``SearchQuery``.
public struct SearchResults: Sendable, Hashable {
  /// Number of matching records (before the limit).
  public var total: Int
  /// The best matches, at most the query's limit, best first.
  public var hits: [SearchHit]
  /// Counts over all matches, when asked for.
  public var facets: [Facet]?
  /// When nothing matched: which filter to drop (or why nothing can match).
  public var hint: Message?
  /// The catalogues searched, when more than the local one could be (`--catalogue`); every hit then names
  /// its catalogue.
  public var catalogues: [String]? = nil
}

extension SearchIndex {
  /// Runs a query: filters, BM25F ranking, snippets, facets and, for no results, a hint about which filter to
  /// drop. Throws a usage error for a category, municipality, country or year that means nothing.
  public func search(_ query: SearchQuery) throws(QueryError) -> SearchResults {
    try search(query, corpus: nil)
  }

  /// Like ``search(_:)``, with each word's inverse document frequency taken from `corpus` (several indexes
  /// searched as one) instead of from this index alone, so that scores of different indexes compare.
  func search(_ query: SearchQuery, corpus: CorpusStatistics?) throws(QueryError) -> SearchResults {
    let filters = try ResolvedFilters(query, index: self)
    let count = documentCount
    var failures = [UInt16](repeating: 0, count: count)
    for document in 0..<count { failures[document] = filters.failures(document, in: self) }
    var scores = [Float](repeating: 0, count: count)
    var matched = [UInt8](repeating: 0, count: count)
    if !query.words.isEmpty {
      var weights = [Float](repeating: 0, count: count)
      var touched: [Int] = []
      let collection = Float(corpus?.documentCount ?? count)
      for (position, word) in query.words.enumerated() {
        postings(for: word, into: &weights, touched: &touched)
        let frequency = Float(corpus?.frequencies[position] ?? touched.count)
        // The logarithm in double precision, rounded once: the site's script computes it the same way, so
        // the browser ranks exactly as this command does (a float logarithm may differ by a last bit).
        let idf = Float(log(Double(1 + (collection - frequency + 0.5) / (frequency + 0.5))))
        for document in touched {
          let weight = weights[document]
          scores[document] += idf * weight * (Self.k1 + 1) / (Self.k1 + weight)
          matched[document] &+= matched[document] == .max ? 0 : 1
          weights[document] = 0
        }
        touched.removeAll(keepingCapacity: true)
      }
      let wordsBit = ResolvedFilters.bit(.words)
      for document in 0..<count where matched[document] == 0 { failures[document] |= wordsBit }
    }
    var matches = (0..<count).filter { failures[$0] == 0 }
    if query.words.isEmpty {
      // Newest first; documents are numbered in id order, cases before policies.
      matches.sort { (years[$1], $0) < (years[$0], $1) }
    } else {
      matches.sort { (matched[$1], scores[$1], $0) < (matched[$0], scores[$0], $1) }
    }
    let shown = query.limit.map { matches.prefix(max(0, $0)) } ?? matches[...]
    let hits = shown.map { document in
      hit(document, score: scores[document], matched: Int(matched[document]), words: query.words)
    }
    return SearchResults(
      total: matches.count, hits: hits, facets: query.facets ? facets(of: matches) : nil,
      hint: matches.isEmpty ? emptyHint(query, filters, failures) : nil)
  }

  /// How many documents contain `word` (or, for a prefix, a word it starts).
  func documentFrequency(of word: QueryWord) -> Int {
    var weights = [Float](repeating: 0, count: documentCount)
    var touched: [Int] = []
    postings(for: word, into: &weights, touched: &touched)
    return touched.count
  }

  private func hit(_ document: Int, score: Float, matched: Int, words: [QueryWord]) -> SearchHit {
    SearchHit(
      id: id(document), kind: kind(document), path: path(document), title: title(document),
      municipality: municipality(document), year: years[document] == 0 ? nil : Int(years[document]),
      categories: valueList(categories, document), channels: valueList(channels, document),
      language: values[Int(languageOf[document])], tags: valueList(tags, document), score: Double(score),
      matchedWords: matched, snippet: Snippet.make(snippetText(document), words: words))
  }

  /// Counts per category, country, channel and year over `documents`.
  func facets(of documents: [Int]) -> [Facet] {
    var categoryCounts: [UInt32: Int] = [:]
    var channelCounts: [UInt32: Int] = [:]
    var countryCounts: [String: Int] = [:]
    var yearCounts: [Int32: Int] = [:]
    for document in documents {
      for value in categories[document] { categoryCounts[value, default: 0] += 1 }
      for value in channels[document] { channelCounts[value, default: 0] += 1 }
      countryCounts[municipality(document).country, default: 0] += 1
      if years[document] != 0 { yearCounts[years[document], default: 0] += 1 }
    }
    func ordered(_ counts: [String: Int]) -> [FacetCount] {
      counts.map { FacetCount(value: $0.key, count: $0.value) }.sorted { ($1.count, $0.value) < ($0.count, $1.value) }
    }
    func named(_ counts: [UInt32: Int]) -> [String: Int] {
      Dictionary(uniqueKeysWithValues: counts.map { (values[Int($0.key)], $0.value) })
    }
    return [
      Facet(name: "category", counts: ordered(named(categoryCounts))),
      Facet(name: "country", counts: ordered(countryCounts)),
      Facet(name: "channel", counts: ordered(named(channelCounts))),
      Facet(name: "year", counts: ordered(Dictionary(uniqueKeysWithValues: yearCounts.map { (String($0.key), $0.value) }))),
    ]
  }

  /// Says which single filter, dropped, gives the most results — found by counting the documents that fail
  /// only that filter — or else whether dropping the words would, or why nothing can match.
  private func emptyHint(_ query: SearchQuery, _ filters: ResolvedFilters, _ failures: [UInt16]) -> Message {
    let what = MessageArgument.message(
      Message(
        query.kinds == [.caseStudy]
          ? ListingText.noCasesMatch : query.kinds == [.policy] ? ListingText.noPoliciesMatch : ListingText.nothingMatches))
    var notes: [Message] = []
    for (name, allowed) in [(SearchFilterName.channel, filters.channels), (.tag, filters.tags)] {
      guard let allowed, allowed.isEmpty, let typed = filters.typed[name] else { continue }
      // Suggestions come from the filter's own list: a channel is never suggested as a tag or a language.
      let candidates = valuesUsed(by: name)
      var guesses: [String] = []
      for value in typed.flatMap({ ValueSuggestions.suggestions(for: $0, among: candidates, limit: 3) })
      where !guesses.contains(value) {
        guesses.append(value)
      }
      let list = Message(ListText.seeList, .text(name == .channel ? "channels" : "tags"))
      let option = MessageArgument.text(name.option)
      let values = MessageArgument.text(typed.joined(separator: ", "))
      notes.append(
        guesses.isEmpty
          ? Message(SuggestText.noRecordHas, option, values, .message(list))
          : Message(SuggestText.noRecordHasDidYouMean, option, values, .any(guesses.map { .text($0) }), .message(list)))
    }
    var active: [SearchFilterName] = []
    if !query.words.isEmpty { active.append(.words) }
    if Set(query.kinds) != [.caseStudy, .policy] { active.append(.kind) }
    active += filters.typed.keys.sorted { ResolvedFilters.bit($0) < ResolvedFilters.bit($1) }
    // The words are what the user is looking for: suggest dropping them only when no filter alone is to blame.
    var best: (name: SearchFilterName, count: Int)?
    for name in active.filter({ $0 != .words }) + [.words] where active.contains(name) {
      guard best == nil || name != .words else { break }
      let others = ~ResolvedFilters.bit(name)
      let count = failures.count { $0 & others == 0 }
      if count > (best?.count ?? 0) { best = (name, count) }
    }
    let results = { (count: Int) in
      MessageArgument.message(Message(count: count, one: ListingText.result, other: ListingText.results))
    }
    var line: Message
    if query.words.isEmpty && filters.typed.isEmpty {
      line = Message(
        query.kinds == [.policy]
          ? ListingText.noValidPolicies : query.kinds == [.caseStudy] ? ListingText.noValidCases : ListingText.noValidRecords)
      if let best, best.name == .kind { line = Message(ListingText.otherKinds, .message(line), results(best.count)) }
    } else if let best {
      switch best.name {
      case .words:
        line = Message(
          ListingText.withoutWords, what, .text(query.words.map(\.display).joined(separator: " ")), results(best.count))
      case .kind:
        line = Message(ListingText.otherKindsMatch, what, results(best.count))
      default:
        let typed = filters.typed[best.name]?.joined(separator: ", ") ?? ""
        line = Message(ListingText.dropFilter, what, .text(best.name.option), .text(typed), results(best.count))
      }
    } else {
      line = Message(ListingText.noSingleFilter, what)
    }
    return notes.reduce(line) { Message(ListingText.notes, .message($0), .message($1)) }
  }
}
