import CasebookText

/// The site's search index as script files that register their data on a global (`CasebookSite.data(…)`), so
/// that they load through `<script src>` from `file://` as well as from a web server, under a policy that
/// forbids inline scripts and eval. The data is the search index of `casebook search` itself — the same
/// document numbers, terms and one-byte BM25F weights — so the browser ranks exactly as the command does.
///
/// - `data/meta.js`: the document count, the weight table, the taxonomy, facet values, municipalities and the
///   list of shards; also the result texts of the records the page shows before anything is searched.
/// - `data/docs.js`: per document its kind, year, municipality, language, categories, channels and tags, as
///   compact number columns: what filters and facet counts need, for every document.
/// - `data/t/N.js`: one shard of terms with their postings; a shard holds the terms that start with its key
///   (and no longer key), so a word loads one shard and a prefix the shards below it. It also holds the
///   result texts of each of its terms' first ``championCount`` documents (by the term's own weight): a
///   search for one word finds the texts of the results it shows in the file that has the word's postings,
///   without one more request per result. The ranking does not depend on them.
/// - `data/r/N.js`: id, title and snippet text of four documents, loaded for the results shown.
/// - `data/words-LANG.js`: the words of the search page's script in each language.
enum SiteSearchData {
  /// Documents per result-text file.
  static let chunkSize = 4
  /// A shard is split by the next letter while its terms take more than this many bytes.
  static let shardLimit = 24_000
  /// A group of terms smaller than this stays in its parent's shard instead of becoming a shard of its own.
  static let shardMinimum = 3_000
  /// Documents per term whose result texts travel in the term's shard: a page of results.
  static let championCount = 10

  /// The data files, each with how to make it: the shards are laid out here, their texts are made by the
  /// site's workers on every core.
  static func files(_ model: SiteModel) -> [(path: String, make: @Sendable () -> [UInt8])] {
    let index = model.index
    let shards = self.shards(index)
    var files: [(path: String, make: @Sendable () -> [UInt8])] = [
      ("data/meta.js", { meta(model, shards: shards.map(\.key)) }),
      ("data/docs.js", { documents(model) }),
    ]
    for (number, shard) in shards.enumerated() {
      files.append(("data/t/\(number).js", { self.shard(index, shard, number: number) }))
    }
    for language in Language.allCases {
      let bytes = script("words-\(language.rawValue)", words(language))
      files.append(("data/words-\(language.rawValue).js", { bytes }))
    }
    return files
  }

  static func meta(_ model: SiteModel, shards: [String]) -> [UInt8] {
    var metaText = meta(model, Dictionaries(model.index), shards: shards)
    if let catalogues = self.catalogues(model) {
      metaText = String(metaText.dropLast()) + ",\n\"catalogues\":" + JSText.array(catalogues.names) + "}"
    }
    return resultTexts(model.index, newest(model.index)) + script("meta", metaText)
  }

  static func documents(_ model: SiteModel) -> [UInt8] {
    var docsText = documents(model.index, Dictionaries(model.index))
    if let catalogues = self.catalogues(model) {
      docsText = String(docsText.dropLast()) + ",\n\"catalogue\":" + JSText.string(catalogues.numbers.text) + "}"
    }
    return script("docs", docsText)
  }

  static func shard(_ index: SearchIndex, _ shard: Shard, number: Int) -> [UInt8] {
    var body = "{"
    for (position, term) in shard.terms.enumerated() {
      if position > 0 { body += "," }
      body += JSText.string(index.terms[term.index]) + ":" + JSText.string(term.postings)
    }
    let champions = Set(shard.terms.flatMap(\.champions)).sorted()
    return resultTexts(index, champions) + script("t\(number)", body + "}")
  }

  /// The records the search page shows before anything is searched: the newest first, then by document number
  /// (as engine.js orders a search without words), one page of them.
  static func newest(_ index: SearchIndex) -> [Int] {
    let documents = (0..<index.documentCount).sorted { left, right in
      index.years[left] != index.years[right] ? index.years[left] > index.years[right] : left < right
    }
    return Array(documents.prefix(championCount))
  }

  /// The result-text files, `data/r/N.js`, each with its documents: made as pages are (see
  /// ``resultChunk(_:_:)``), so that a rebuild skips those whose documents did not change.
  static func resultChunks(_ index: SearchIndex) -> [(path: String, documents: Range<Int>)] {
    stride(from: 0, to: index.documentCount, by: chunkSize).map { start in
      ("data/r/\(start / chunkSize).js", start..<min(index.documentCount, start + chunkSize))
    }
  }

  /// Id, title and snippet text of `documents`.
  static func resultChunk(_ index: SearchIndex, _ documents: Range<Int>) -> [UInt8] {
    let rows = documents.map { document in
      "[" + [index.id(document), index.title(document), index.snippetText(document)].map(JSText.string)
        .joined(separator: ",") + "]"
    }
    return script("r\(documents.lowerBound / chunkSize)", "[" + rows.joined(separator: ",\n") + "]")
  }

  /// One call that hands the result texts of `documents` to the page: `[document, id, title, snippet text]`.
  static func resultTexts(_ index: SearchIndex, _ documents: [Int]) -> [UInt8] {
    guard !documents.isEmpty else { return [] }
    let rows = documents.map { document in
      "[\(document)," + [index.id(document), index.title(document), index.snippetText(document)].map(JSText.string)
        .joined(separator: ",") + "]"
    }
    return Array("CasebookSite.texts([\(rows.joined(separator: ",\n"))]);\n".utf8)
  }

  /// A data file: one call that registers `value` under `name`.
  static func script(_ name: String, _ value: String) -> [UInt8] {
    Array("CasebookSite.data(\(JSText.string(name)),\(value));\n".utf8)
  }

  // MARK: Meta

  static func meta(_ model: SiteModel, _ dictionaries: Dictionaries, shards: [String]) -> String {
    let index = model.index
    let weights = PostingWeight.decoded.map { "\($0)" }.joined(separator: ",")
    let taxonomy = index.taxonomy.categories.map { category in
      "{\"id\":\(JSText.string(category.id)),\"en\":\(JSText.string(category.label("en"))),"
        + "\"nl\":\(JSText.string(category.label("nl"))),\"names\":"
        + JSText.array(Array(category.labels.keys.sorted().compactMap { category.labels[$0] }) + category.aliases) + "}"
    }
    let municipalities = index.municipalities.map { municipality in
      "[" + JSText.string(municipality.id) + "," + JSText.string(municipality.name) + ","
        + JSText.string(municipality.country) + "]"
    }
    return "{\"version\":1,\"documents\":\(index.documentCount),\"chunk\":\(chunkSize),"
      + "\"k1\":\(SearchIndex.k1),\"weights\":[\(weights)],\n\"taxonomy\":[\(taxonomy.joined(separator: ","))],\n"
      + "\"languages\":\(JSText.array(dictionaries.languages)),\n\"channels\":\(JSText.array(dictionaries.channels)),\n"
      + "\"tags\":\(JSText.array(dictionaries.tags)),\n\"firstYear\":\(dictionaries.firstYear),\n"
      + "\"municipalities\":[\(municipalities.joined(separator: ",\n"))],\n"
      + "\"shards\":\(JSText.array(shards))}"
  }

  /// With `site --catalogue`: the catalogues' names, and per document the number of its catalogue among
  /// them, as one more facet column. Nil for the site of one catalogue.
  static func catalogues(_ model: SiteModel) -> (names: [String], numbers: NumberText)? {
    let names = model.catalogues.names
    guard !names.isEmpty else { return nil }
    let numberOf = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    var catalogueOf: [String: String] = [:]
    for study in model.catalogue.cases { catalogueOf[study.id] = study.catalogue }
    for policy in model.catalogue.policies { catalogueOf[policy.id] = policy.catalogue }
    var numbers = NumberText()
    for document in 0..<model.index.documentCount {
      numbers.append(catalogueOf[model.index.id(document)].flatMap { numberOf[$0] } ?? 0)
    }
    return (names, numbers)
  }

  // MARK: Documents

  /// The dictionaries of facet values the document table refers to: languages, channels and tags, each
  /// sorted, and the first year.
  struct Dictionaries {
    var languages: [String] = []
    var channels: [String] = []
    var tags: [String] = []
    var firstYear = 0

    init(_ index: SearchIndex) {
      var languages = Set<UInt32>()
      var channels = Set<UInt32>()
      var tags = Set<UInt32>()
      for document in 0..<index.documentCount {
        languages.insert(index.languageOf[document])
        channels.formUnion(index.channels[document])
        tags.formUnion(index.tags[document])
      }
      func sorted(_ numbers: Set<UInt32>) -> [String] {
        numbers.map { index.values[Int($0)] }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      }
      self.languages = sorted(languages)
      self.channels = sorted(channels)
      self.tags = sorted(tags)
      firstYear = Int(index.years.filter { $0 != 0 }.min() ?? 0)
    }
  }

  /// Columns of small numbers, each number written as base-32 digits with a continuation flag (see
  /// ``NumberText``), a few characters per document: kind and language together (language × 2 + kind), the
  /// year (years after the first year plus one; 0 when unknown), the municipality, the use categories as bits
  /// in taxonomy order, and the lists of channels and tags (a count, then their numbers in the dictionaries).
  static func documents(_ index: SearchIndex, _ dictionaries: Dictionaries) -> String {
    func numbering(_ values: [String]) -> [String: Int] {
      Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
    }
    let languageNumbers = numbering(dictionaries.languages)
    let channelNumbers = numbering(dictionaries.channels)
    let tagNumbers = numbering(dictionaries.tags)
    let categoryBits = numbering(index.taxonomy.ids)
    var kinds = NumberText()
    var years = NumberText()
    var municipalities = NumberText()
    var categories = NumberText()
    var channels = NumberText()
    var tags = NumberText()
    for document in 0..<index.documentCount {
      let language = languageNumbers[index.values[Int(index.languageOf[document])]] ?? 0
      kinds.append(language * 2 + Int(index.kinds[document]))
      let year = Int(index.years[document])
      years.append(year == 0 ? 0 : year - dictionaries.firstYear + 1)
      municipalities.append(Int(index.municipalityOf[document]))
      var bits = 0
      for value in index.categories[document] {
        if let bit = categoryBits[index.values[Int(value)]] { bits |= 1 << bit }
      }
      categories.append(bits)
      for (lists, numbers, column) in [(index.channels, channelNumbers, 0), (index.tags, tagNumbers, 1)] {
        let list = lists[document].compactMap { numbers[index.values[Int($0)]] }
        if column == 0 { channels.append(numbers: list) } else { tags.append(numbers: list) }
      }
    }
    return "{" + [
      ("kind", kinds), ("year", years), ("municipality", municipalities), ("category", categories),
      ("channel", channels), ("tag", tags),
    ].map { "\(JSText.string($0.0)):\(JSText.string($0.1.text))" }.joined(separator: ",\n") + "}"
  }

  // MARK: Shards

  struct Term {
    var index: Int
    var postings: String
    /// The term's first ``championCount`` documents: highest weight first, then by document number.
    var champions: [Int]
  }

  struct Shard {
    var key: String
    var terms: [Term]
  }

  /// The terms grouped into shards by prefix; shards sorted by key.
  static func shards(_ index: SearchIndex) -> [Shard] {
    let count = index.terms.count
    var terms: [Term] = []
    terms.reserveCapacity(count)
    var scalars: [[Unicode.Scalar]] = []
    scalars.reserveCapacity(count)
    var textBytes = [Int](repeating: -1, count: index.documentCount)
    for term in 0..<count {
      let champions = self.champions(index, term: term)
      for document in champions where textBytes[document] < 0 {
        textBytes[document] = 12 + index.id(document).utf8.count + index.title(document).utf8.count
          + index.snippetText(document).utf8.count
      }
      terms.append(Term(index: term, postings: postingText(index, term: term), champions: champions))
      scalars.append(Array(index.terms[term].unicodeScalars))
    }
    var shards: [Shard] = []
    // A document's texts are written once per shard, however many of its terms list it.
    func size(_ range: Range<Int>) -> Int {
      var documents = Set<Int>()
      var bytes = 0
      for term in range {
        bytes += scalars[term].count + terms[term].postings.utf8.count + 6
        for document in terms[term].champions where documents.insert(document).inserted { bytes += textBytes[document] }
      }
      return bytes
    }
    // An explicit stack of (terms, key length), each a run of terms sharing a key of that many scalars.
    var pending: [(range: Range<Int>, keyLength: Int)] = [(0..<count, 0)]
    while let (range, keyLength) = pending.popLast() {
      let key = range.isEmpty ? "" : String(String.UnicodeScalarView(scalars[range.lowerBound].prefix(keyLength)))
      guard size(range) > shardLimit, range.contains(where: { scalars[$0].count > keyLength }) else {
        shards.append(Shard(key: key, terms: range.map { terms[$0] }))
        continue
      }
      var own: [Int] = []
      var start = range.lowerBound
      while start < range.upperBound {
        guard scalars[start].count > keyLength else {
          own.append(start)
          start += 1
          continue
        }
        let next = scalars[start][keyLength]
        var end = start + 1
        while end < range.upperBound, scalars[end].count > keyLength, scalars[end][keyLength] == next { end += 1 }
        if size(start..<end) >= shardMinimum {
          pending.append((start..<end, keyLength + 1))
        } else {
          own.append(contentsOf: start..<end)
        }
        start = end
      }
      if !own.isEmpty || keyLength == 0 { shards.append(Shard(key: key, terms: own.map { terms[$0] })) }
    }
    return shards.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
  }

  /// The documents a search for `term` alone shows first: the score grows with the weight, equal scores go
  /// by document number.
  static func champions(_ index: SearchIndex, term: Int) -> [Int] {
    var best: [(document: Int, weight: UInt8)] = []
    index.forEachPosting(of: term) { document, weight in
      guard best.count < championCount || weight > best[best.count - 1].weight else { return }
      var position = best.count
      while position > 0, best[position - 1].weight < weight { position -= 1 }
      best.insert((document, weight), at: position)
      if best.count > championCount { best.removeLast() }
    }
    return best.map(\.document)
  }

  /// A term's postings: per document, the gap from the previous document times 256 plus the weight byte, as
  /// one number of ``NumberText``.
  static func postingText(_ index: SearchIndex, term: Int) -> String {
    var text = NumberText()
    var previous = 0
    index.forEachPosting(of: term) { document, weight in
      text.append((document - previous) * 256 + Int(weight))
      previous = document
    }
    return text.text
  }

  // MARK: Words

  /// The words the search script shows, by catalogue key, in `language`.
  static func words(_ language: Language) -> String {
    let entries: [SiteText] = [
      .resultCount, .resultCountOne, .resultsShown, .noResults, .dropFilter, .loading, .loadFailed, .showMore,
      .showMoreValues, .unknownCategory, .badYear, .category, .country, .municipality, .channel, .year, .kind,
      .language, .tag, .kindCase, .kindPolicy, .yearFrom, .yearTo, .applyYears, .clearFilters, .sortBy, .filters,
      .catalogue, .catalogueLocal,
    ]
    return "{" + entries.map { "\(JSText.string($0.rawValue)):\(JSText.string($0.texts[language]))" }
      .joined(separator: ",\n") + "}"
  }
}

/// Non-negative numbers as text: base-32 digits, least significant first, each a character of
/// ``alphabet``; the first 32 characters end a number, the other 32 say that more digits follow.
struct NumberText {
  static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyzWXYZ-_".utf8)
  private(set) var bytes: [UInt8] = []

  mutating func append(_ number: Int) {
    var rest = max(0, number)
    while rest >= 32 {
      bytes.append(Self.alphabet[32 + rest & 31])
      rest >>= 5
    }
    bytes.append(Self.alphabet[rest])
  }

  /// A count, then the numbers.
  mutating func append(numbers: [Int]) {
    append(numbers.count)
    for number in numbers { append(number) }
  }

  var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// JavaScript (and JSON) literals for data files.
enum JSText {
  /// A string literal in double quotes; `<`, `>`, `&` and the line separators are escaped too, so that no
  /// catalogue text can end a script or confuse an HTML parser.
  static func string(_ text: String) -> String {
    var output = ""
    JSONValue.writeString(text, to: &output, htmlSafe: true)
    return output
  }

  static func array(_ texts: [String]) -> String {
    "[" + texts.map(string).joined(separator: ",") + "]"
  }
}
