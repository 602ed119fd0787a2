import CasebookYAML

extension SearchIndex {
  /// Builds the index of a catalogue's valid case studies and policies.
  public init(_ catalogue: Catalogue) {
    let tables = TermTables()
    let table = tables.take()
    var entries: [IndexEntry] = []
    entries.reserveCapacity(catalogue.cases.count + catalogue.policies.count)
    for study in catalogue.cases { entries.append(IndexEntry(.caseStudy(study), terms: table)!) }
    for policy in catalogue.policies { entries.append(IndexEntry(.policy(policy), terms: table)!) }
    self = Self.build(
      entries: entries, tables: tables, municipalities: catalogue.municipalities,
      taxonomy: catalogue.rules.taxonomy, invalidFiles: catalogue.invalidFiles)
  }

  /// The index entries of a catalogue's records, made in batches that may run on several cores at once
  /// (``make(_:)``), then built into the same index as ``init(_:)`` builds (``index()``).
  final class EntryBatches: Sendable {
    static let size = 256
    private let catalogue: Catalogue
    private let tables = TermTables()
    private let made: ResultSlots<[IndexEntry]>
    /// The number of batches.
    let count: Int

    init(_ catalogue: Catalogue) {
      self.catalogue = catalogue
      count = (catalogue.cases.count + catalogue.policies.count + Self.size - 1) / Self.size
      made = ResultSlots(count: count)
    }

    func make(_ batch: Int) {
      let table = tables.take()
      defer { tables.put(table) }
      let cases = catalogue.cases.count
      let range = batch * Self.size..<min(cases + catalogue.policies.count, (batch + 1) * Self.size)
      made.set(batch, range.map { position in
        position < cases
          ? IndexEntry(.caseStudy(catalogue.cases[position]), terms: table)!
          : IndexEntry(.policy(catalogue.policies[position - cases]), terms: table)!
      })
    }

    /// The index, once every batch is made.
    func index() -> SearchIndex {
      SearchIndex.build(
        entries: made.all.flatMap { $0! }, tables: tables, municipalities: catalogue.municipalities,
        taxonomy: catalogue.rules.taxonomy, invalidFiles: catalogue.invalidFiles)
    }
  }

  /// Validates every file of `snapshot` and indexes its valid case studies and policies, as
  /// ``init(_:)`` does with ``Catalogue/load(_:limits:requiringSchemas:)``, but without holding the records:
  /// each is turned into an ``IndexEntry`` by the worker that checked its file.
  static func build(
    _ snapshot: Snapshot, limits: YAMLLimits, requiringSchemas: Bool
  ) throws(CatalogueError) -> SearchIndex {
    let rules = RuleSet.load(from: snapshot, reader: try snapshot.makeReader(), limits: limits)
    let terms = TermTables()
    var noFolders: FolderCheck? = nil
    var report = try CatalogueValidator.validate(
      snapshot, scope: .all, rules: rules, records: true, cache: true, folders: &noFolders, indexing: terms)!
    var entries = report.entries
    report.entries = []
    var municipalities: [Municipality] = []
    var unchecked: [String] = []
    for (path, record) in report.records {
      if requiringSchemas, rules.schema(for: record.fileKind) == nil {
        unchecked.append(path)
      } else if case .municipality(let profile) = record {
        municipalities.append(profile)
      }
    }
    if requiringSchemas {
      let missing = Set([CatalogueFileKind.caseStudy, .policy].filter { rules.schema(for: $0) == nil })
      let uncheckedEntries = entries.filter { missing.contains($0.kind == .policy ? .policy : .caseStudy) }
      unchecked += uncheckedEntries.map { "\(CatalogueLayout.casesFolder)/\($0.id).yaml" }
      if !uncheckedEntries.isEmpty {
        entries.removeAll { missing.contains($0.kind == .policy ? .policy : .caseStudy) }
      }
    }
    let invalid = Set(report.diagnostics.lazy.filter { $0.severity == .error }.map(\.file)).union(unchecked)
    report.diagnostics = []
    return build(
      entries: entries, tables: terms, municipalities: municipalities.sorted { $0.id < $1.id },
      taxonomy: rules.taxonomy, invalidFiles: invalid.sorted())
  }

  /// The index of `entries` (in any order; documents are numbered cases first, then policies, each by id),
  /// whose words are numbered in `tables`.
  static func build(
    entries unordered: consuming [IndexEntry], tables: TermTables, municipalities profiles: [Municipality],
    taxonomy: Taxonomy?, invalidFiles: [String]
  ) -> SearchIndex {
    var entries = unordered
    entries.sort { ($0.kind == .policy ? 1 : 0, $0.id) < ($1.kind == .policy ? 1 : 0, $1.id) }
    var builder = Builder(tables: tables.tables)
    for profile in profiles {
      builder.municipalities[profile.id] = IndexedMunicipality(
        id: profile.id, name: profile.name, country: profile.country.uppercased(), hasProfile: true)
    }
    for entry in entries { builder.add(entry) }
    return builder.finish(entries: entries, taxonomy: taxonomy ?? Taxonomy(categories: []), invalidFiles: invalidFiles)
  }

  /// Numbers the documents' values and municipalities, then computes the postings.
  private struct Builder {
    let tables: [TermTable]
    /// Per table, per word number: whether a document of the index uses it.
    var used: [[Bool]]
    var municipalities: [String: IndexedMunicipality] = [:]
    var valueNumbers: [String: UInt32] = [:]
    var values: [String] = []
    var kinds: [UInt8] = []
    var years: [Int32] = []
    var municipalityIDs: [String] = []
    var languageOf: [UInt32] = []
    var categories = PackedLists()
    var channels = PackedLists()
    var tags = PackedLists()
    var texts = PackedStrings.Builder()
    /// Per document, where its occurrences are in its entry's body.
    var spans: [IndexEntry.Occurrences] = []
    /// Per document, the number of words in each field (`fieldWeights.count` each).
    var fieldLengths: [Float] = []
    /// Summed words per field, for BM25's average field lengths.
    var lengthSums = [Float](repeating: 0, count: SearchIndex.fieldWeights.count)

    init(tables: [TermTable]) {
      self.tables = tables
      used = tables.map { [Bool](repeating: false, count: $0.words.count) }
    }

    private mutating func value(_ text: String) -> UInt32 {
      if let number = valueNumbers[text] { return number }
      let number = UInt32(values.count)
      values.append(text)
      valueNumbers[text] = number
      return number
    }

    /// A municipality without a profile is named by its folder; a peer's that another catalogue holds too has
    /// its folder qualified by the peer (`vlaanderen:gent`, see ``SiteCatalogues``) and reads "gent (vlaanderen)".
    static func nameWithoutProfile(_ folder: String) -> String {
      guard let colon = folder.firstIndex(of: ":") else { return folder }
      return "\(folder[folder.index(after: colon)...]) (\(folder[..<colon]))"
    }

    /// Adds the next document.
    mutating func add(_ entry: IndexEntry) {
      let content = entry.content()
      let municipalityID = "\(entry.country)/\(entry.municipality)"
      if municipalities[municipalityID] == nil {
        municipalities[municipalityID] = IndexedMunicipality(
          id: municipalityID, name: Self.nameWithoutProfile(entry.municipality), country: entry.country.uppercased(),
          hasProfile: false)
      }
      kinds.append(SearchIndex.kindCode(entry.kind))
      years.append(content.year)
      municipalityIDs.append(municipalityID)
      languageOf.append(value(content.language))
      categories.append(content.lists[0].map { value($0) })
      channels.append(content.lists[1].map { value($0) })
      tags.append(content.lists[2].map { value($0) })
      for text in [entry.id, content.title, content.snippet] { texts.append(text) }
      for field in lengthSums.indices { lengthSums[field] += content.fieldLengths[field] }
      fieldLengths += content.fieldLengths
      spans.append(content.occurrences)
      entry.forEachOccurrence(content.occurrences) { term, _, _ in used[entry.table][term] = true }
    }

    /// Every used word's place among all used words sorted by their bytes (per table, by word number), so
    /// that a word or prefix is found by binary search; and the sorted words.
    private func rankTerms() -> (rank: [[UInt32]], sorted: PackedStrings) {
      var globalNumber: [String: UInt32] = [:]
      var words: [String] = []
      var globalOf: [[UInt32]] = []
      for (table, flags) in zip(tables, used) {
        var numbers = [UInt32](repeating: 0, count: flags.count)
        for (local, word) in table.words.enumerated() where flags[local] {
          if tables.count == 1 {
            numbers[local] = UInt32(words.count)
            words.append(word)
          } else if let known = globalNumber[word] {
            numbers[local] = known
          } else {
            numbers[local] = UInt32(words.count)
            globalNumber[word] = numbers[local]
            words.append(word)
          }
        }
        globalOf.append(numbers)
      }
      let order = words.indices.sorted { words[$0].utf8.lexicographicallyPrecedes(words[$1].utf8) }
      var rankOfGlobal = [UInt32](repeating: 0, count: words.count)
      for (position, word) in order.enumerated() { rankOfGlobal[word] = UInt32(position) }
      var sorted = PackedStrings.Builder()
      for word in order { sorted.append(words[word]) }
      let rank = zip(globalOf, used).map { numbers, flags in
        numbers.indices.map { flags[$0] ? rankOfGlobal[Int(numbers[$0])] : 0 }
      }
      return (rank, sorted.finish())
    }

    consuming func finish(entries: [IndexEntry], taxonomy: Taxonomy, invalidFiles: [String]) -> SearchIndex {
      let sortedMunicipalities = municipalities.values.sorted { $0.id < $1.id }
      var municipalityNumbers: [String: UInt32] = [:]
      for (number, municipality) in sortedMunicipalities.enumerated() {
        municipalityNumbers[municipality.id] = UInt32(number)
      }
      let (rank, sortedTerms) = rankTerms()
      let termCount = sortedTerms.count
      // Average field lengths for BM25's length normalisation.
      let documentCount = Float(max(1, entries.count))
      let averages = lengthSums.map { max($0 / documentCount, 1) }
      // Postings per term in document order, each a LEB128 gap from the previous document and a weight
      // byte. First the size of each term's list, then each list written in place: the postings are never
      // held twice.
      var last = [UInt32](repeating: 0, count: termCount)
      var sizes = [UInt32](repeating: 0, count: termCount)
      for (document, entry) in entries.enumerated() {
        let ranks = rank[entry.table]
        var previousTerm = -1
        entry.forEachOccurrence(spans[document]) { term, _, _ in
          guard term != previousTerm else { return }
          previousTerm = term
          let termRank = Int(ranks[term])
          sizes[termRank] += UInt32(Self.leb128Size(UInt32(document) - last[termRank]) + 1)
          last[termRank] = UInt32(document)
        }
      }
      var postingOffsets: [UInt32] = [0]
      postingOffsets.reserveCapacity(termCount + 1)
      for size in sizes { postingOffsets.append(postingOffsets.last! &+ size) }
      var cursor = Array(postingOffsets.dropLast())
      last = [UInt32](repeating: 0, count: termCount)
      let total = Int(postingOffsets.last!)
      let postings = [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
        for (document, entry) in entries.enumerated() {
          let fieldCount = SearchIndex.fieldWeights.count
          let normalisers = (0..<fieldCount).map {
            1 - SearchIndex.b + SearchIndex.b * fieldLengths[document * fieldCount + $0] / averages[$0]
          }
          let ranks = rank[entry.table]
          var currentTerm = -1
          var weight: Float = 0
          func flush() {
            guard currentTerm >= 0 else { return }
            let termRank = Int(ranks[currentTerm])
            var position = Int(cursor[termRank])
            var gap = UInt32(document) - last[termRank]
            while gap >= 0x80 {
              buffer[position] = UInt8(gap & 0x7f) | 0x80
              gap >>= 7
              position += 1
            }
            buffer[position] = UInt8(gap)
            buffer[position + 1] = PostingWeight.encode(weight)
            cursor[termRank] = UInt32(position + 2)
            last[termRank] = UInt32(document)
          }
          entry.forEachOccurrence(spans[document]) { term, field, count in
            if term != currentTerm {
              flush()
              currentTerm = term
              weight = 0
            }
            // Summed one occurrence at a time, as the weights always were.
            for _ in 0..<count { weight += SearchIndex.fieldWeights[field] / normalisers[field] }
          }
          flush()
        }
        initialized = total
      }
      return SearchIndex(
        taxonomy: taxonomy, invalidFiles: invalidFiles, municipalities: sortedMunicipalities, values: values,
        kinds: kinds, years: years, municipalityOf: municipalityIDs.map { municipalityNumbers[$0]! },
        languageOf: languageOf, categories: categories, channels: channels, tags: tags, texts: texts.finish(),
        terms: sortedTerms, postingOffsets: postingOffsets, postings: ByteRegion(postings))
    }

    private static func leb128Size(_ value: UInt32) -> Int {
      var size = 1
      var rest = value >> 7
      while rest > 0 {
        size += 1
        rest >>= 7
      }
      return size
    }
  }
}
