import CasebookText

extension FederatedIndex {
  /// Runs `query` over every catalogue as if they were one: each word's weight comes from all catalogues
  /// together, so scores compare; categories are matched across catalogues (see ``MergedTaxonomy``); a
  /// municipality or category that one catalogue does not know simply matches nothing there. Hits carry their
  /// catalogue's name, their categories as merged ids, and ids qualified as `name:id` where two catalogues
  /// have the same id.
  public func search(_ query: SearchQuery) throws(QueryError) -> SearchResults {
    let perCatalogue = try ownQueries(query)
    let corpus = CorpusStatistics(
      documentCount: indexes.reduce(0) { $0 + $1.documentCount },
      frequencies: query.words.map { word in indexes.reduce(0) { $0 + $1.documentFrequency(of: word) } })
    let answered = try answer(perCatalogue) { (index, own) throws(QueryError) in try index.search(own, corpus: corpus) }
    return merge(answered.map { ($0.catalogue, $0.value) }, query: query)
  }

  /// The records of `kind` that `words` and `filters` select in each catalogue, by catalogue name and with
  /// the catalogue's own ids — the selection `search` makes, categories matched across catalogues — for
  /// `export --catalogue`. Municipalities as ``SearchIndex/municipalitySelection(_:)`` picks them. Also returns
  /// the search's hint when nothing is selected anywhere.
  public func selection(
    _ kind: RecordKind, words: [QueryWord], filters: SearchFilters
  ) throws(QueryError) -> (ids: [String: Set<String>], hint: Message?) {
    let query = SearchQuery(words: words, kinds: kind == .municipality ? [.caseStudy, .policy] : [kind], filters: filters)
    let answered = try answer(try ownQueries(query)) { (index, own) throws(QueryError) in
      if kind == .municipality { return try index.municipalitySelection(own) }
      let results = try index.search(own)
      return (Set(results.hits.map(\.id)), results.hint)
    }
    var ids: [String: Set<String>] = [:]
    for (catalogue, value) in answered { ids[sources[catalogue].name] = value.ids }
    let hint = ids.values.allSatisfy(\.isEmpty) ? answered.lazy.compactMap(\.value.hint).first : nil
    return (ids, hint)
  }

  /// Runs `body` on each catalogue that has a query of its own. A municipality only some catalogues have
  /// leaves the others without a match, not with an error; the error comes only when no catalogue knows it.
  private func answer<T>(
    _ perCatalogue: [SearchQuery?], _ body: (SearchIndex, SearchQuery) throws(QueryError) -> T
  ) throws(QueryError) -> [(catalogue: Int, value: T)] {
    var answered: [(catalogue: Int, value: T)] = []
    var firstError: QueryError?
    for (position, index) in indexes.enumerated() {
      guard let own = perCatalogue[position] else { continue }
      do {
        answered.append((position, try body(index, own)))
      } catch {
        guard case .unknownMunicipality = error else { throw error }
        if firstError == nil { firstError = error }
      }
    }
    if answered.isEmpty, let firstError { throw firstError }
    return answered
  }

  /// `query` as each catalogue understands it: categories as that catalogue's own ids; nil for a catalogue
  /// that has none of the categories asked for.
  private func ownQueries(_ query: SearchQuery) throws(QueryError) -> [SearchQuery?] {
    var perCatalogue: [SearchQuery?] = Array(repeating: query, count: indexes.count)
    if !query.filters.categories.isEmpty {
      var wanted: [String] = []
      for name in query.filters.categories {
        guard let category = taxonomy.resolve(name) else {
          throw .unknownCategory(
            name, suggestions: taxonomy.suggestions(for: name),
            valid: taxonomy.categories.map { "\($0.id) (\($0.label("en")))" })
        }
        wanted.append(category.id)
      }
      for position in indexes.indices {
        let own = wanted.flatMap { merged.ownIDs(of: $0, catalogue: position) }
        perCatalogue[position]?.filters.categories = own
        if own.isEmpty { perCatalogue[position] = nil }
      }
    }
    return perCatalogue
  }

  private func merge(_ answered: [(catalogue: Int, results: SearchResults)], query: SearchQuery) -> SearchResults {
    var hits: [(hit: SearchHit, catalogue: Int, rank: Int)] = []
    for (catalogue, results) in answered {
      for (rank, hit) in results.hits.enumerated() { hits.append((hit, catalogue, rank)) }
    }
    if query.words.isEmpty {
      hits.sort { ($1.hit.year ?? 0, $0.catalogue, $0.rank) < ($0.hit.year ?? 0, $1.catalogue, $1.rank) }
    } else {
      hits.sort {
        ($1.hit.matchedWords, $1.hit.score, $0.catalogue, $0.rank) < ($0.hit.matchedWords, $0.hit.score, $1.catalogue, $1.rank)
      }
    }
    let shown = query.limit.map { hits.prefix(max(0, $0)) } ?? hits[...]
    let labelled = shown.map { entry in
      var hit = entry.hit
      hit.catalogue = sources[entry.catalogue].name
      hit.id = displayID(hit.id, catalogue: entry.catalogue)
      hit.categories = merged(hit.categories, catalogue: entry.catalogue)
      return hit
    }
    let total = answered.reduce(0) { $0 + $1.results.total }
    var facets: [Facet]?
    if query.facets {
      var counts: [String: [String: Int]] = [:]
      var order: [String] = []
      for (catalogue, results) in answered {
        for facet in results.facets ?? [] {
          if counts[facet.name] == nil { order.append(facet.name) }
          for count in facet.counts {
            let value = facet.name == "category" ? self.merged.mergedID(count.value, catalogue: catalogue) : count.value
            counts[facet.name, default: [:]][value, default: 0] += count.count
          }
        }
      }
      facets = order.map { name in
        Facet(
          name: name,
          counts: counts[name, default: [:]].map { FacetCount(value: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.value) < ($0.count, $1.value) })
      }
    }
    let hint = total == 0 ? answered.lazy.compactMap(\.results.hint).first : nil
    return SearchResults(total: total, hits: Array(labelled), facets: facets, hint: hint, catalogues: names)
  }

  private func merged(_ categories: [String], catalogue: Int) -> [String] {
    var seen: Set<String> = []
    return categories.map { merged.mergedID($0, catalogue: catalogue) }.filter { seen.insert($0).inserted }
  }
}
