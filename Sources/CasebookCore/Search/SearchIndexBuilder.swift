import CasebookYAML

extension SearchIndex {
  /// Builds the index of a catalogue's valid case studies and policies.
  public init(_ catalogue: Catalogue) {
    var builder = Builder(taxonomy: catalogue.rules.taxonomy ?? Taxonomy(categories: []))
    builder.addMunicipalities(catalogue.municipalities)
    for study in catalogue.cases { builder.add(study) }
    for policy in catalogue.policies { builder.add(policy) }
    self = builder.finish(invalidFiles: catalogue.invalidFiles)
  }

  /// Collects documents, then computes the postings.
  private struct Builder {
    let taxonomy: Taxonomy
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
    var termNumbers: [String: UInt32] = [:]
    var terms: [String] = []
    /// Per document, `term << 3 | field` for every word occurrence, sorted.
    var occurrences: [[UInt64]] = []
    /// Per document, the number of words in each field.
    var fieldLengths: [[Float]] = []

    init(taxonomy: Taxonomy) { self.taxonomy = taxonomy }

    mutating func addMunicipalities(_ profiles: [Municipality]) {
      for profile in profiles {
        municipalities[profile.id] = IndexedMunicipality(
          id: profile.id, name: profile.name, country: profile.country.uppercased(), hasProfile: true)
      }
    }

    mutating func add(_ study: CaseStudy) {
      addDocument(
        kind: .caseStudy, id: study.id, country: study.country, municipality: study.municipality,
        title: study.title, snippet: study.summary, year: study.year, language: study.language,
        categories: study.categories, channels: study.channels, tags: study.tags,
        fields: [
          study.title, study.summary, study.outcomes.joined(separator: "\n"), study.lessons.joined(separator: "\n"),
          study.tags.joined(separator: " "),
        ])
    }

    mutating func add(_ policy: Policy) {
      let summary = policy.document["summary"]?.string ?? ""
      let goals = policy.document["goals"]?.strings ?? []
      var descriptions: [String] = []
      Self.collectDescriptions(policy.document, into: &descriptions)
      addDocument(
        kind: .policy, id: policy.id, country: policy.country, municipality: policy.municipality,
        title: policy.title, snippet: summary.isEmpty ? goals.first ?? "" : summary,
        year: policy.adopted.flatMap { Int($0.prefix(4)) } ?? 0, language: policy.language,
        categories: policy.categories, channels: policy.document["channels"]?.strings ?? [], tags: [],
        fields: [policy.title, summary, goals.joined(separator: "\n"), descriptions.joined(separator: "\n"), ""])
    }

    /// Every `description` text anywhere in a policy: the prose of each section.
    private static func collectDescriptions(_ node: Node, into texts: inout [String]) {
      var stack = [node]
      while let next = stack.popLast() {
        switch next.value {
        case .mapping(let entries):
          for entry in entries.reversed() {
            if entry.key == "description", let text = entry.value.string { texts.append(text) }
            stack.append(entry.value)
          }
        case .sequence(let items): stack.append(contentsOf: items.reversed())
        default: break
        }
      }
    }

    private mutating func value(_ text: String) -> UInt32 {
      if let number = valueNumbers[text] { return number }
      let number = UInt32(values.count)
      values.append(text)
      valueNumbers[text] = number
      return number
    }

    private mutating func addDocument(
      kind: RecordKind, id: String, country: String, municipality: String, title: String,
      snippet: String, year: Int, language: String, categories: [String], channels: [String], tags: [String],
      fields: [String]
    ) {
      let municipalityID = "\(country)/\(municipality)"
      if municipalities[municipalityID] == nil {
        municipalities[municipalityID] = IndexedMunicipality(
          id: municipalityID, name: municipality, country: country.uppercased(), hasProfile: false)
      }
      kinds.append(SearchIndex.kindCode(kind))
      years.append(Int32(clamping: year))
      municipalityIDs.append(municipalityID)
      languageOf.append(value(language))
      self.categories.append(categories.map { value($0) })
      self.channels.append(channels.map { value($0) })
      self.tags.append(tags.map { value($0) })
      for text in [id, title, snippet] { texts.append(text) }
      var keys: [UInt64] = []
      var lengths: [Float] = []
      for (field, text) in fields.enumerated() {
        var length: Float = 0
        SearchText.forEachWord(in: TextFolding.fold(text)) { word in
          let term: UInt32
          if let known = termNumbers[word] {
            term = known
          } else {
            term = UInt32(terms.count)
            terms.append(word)
            termNumbers[word] = term
          }
          keys.append(UInt64(term) << 3 | UInt64(field))
          length += 1
        }
        lengths.append(length)
      }
      keys.sort()
      occurrences.append(keys)
      fieldLengths.append(lengths)
    }

    consuming func finish(invalidFiles: [String]) -> SearchIndex {
      let sortedMunicipalities = municipalities.values.sorted { $0.id < $1.id }
      var municipalityNumbers: [String: UInt32] = [:]
      for (number, municipality) in sortedMunicipalities.enumerated() {
        municipalityNumbers[municipality.id] = UInt32(number)
      }
      // Terms sorted by their bytes, so that a word or prefix is found by binary search.
      let order = terms.indices.sorted { terms[$0].utf8.lexicographicallyPrecedes(terms[$1].utf8) }
      var rank = [UInt32](repeating: 0, count: terms.count)
      for (position, term) in order.enumerated() { rank[term] = UInt32(position) }
      let sortedTerms = PackedStrings(order.map { terms[$0] })
      // Average field lengths for BM25's length normalisation.
      let fieldCount = SearchIndex.fieldWeights.count
      var averages = [Float](repeating: 0, count: fieldCount)
      for lengths in fieldLengths {
        for field in 0..<fieldCount { averages[field] += lengths[field] }
      }
      let documentCount = Float(max(1, fieldLengths.count))
      averages = averages.map { max($0 / documentCount, 1) }
      // Postings per term in document order: collect (document, weight) per term rank, then encode.
      var perTerm = [[(document: UInt32, weight: Float)]](repeating: [], count: terms.count)
      for (document, keys) in occurrences.enumerated() {
        let normalisers = (0..<fieldCount).map {
          1 - SearchIndex.b + SearchIndex.b * fieldLengths[document][$0] / averages[$0]
        }
        var position = 0
        while position < keys.count {
          let term = keys[position] >> 3
          var weight: Float = 0
          while position < keys.count, keys[position] >> 3 == term {
            let field = Int(keys[position] & 7)
            weight += SearchIndex.fieldWeights[field] / normalisers[field]
            position += 1
          }
          perTerm[Int(rank[Int(term)])].append((UInt32(document), weight))
        }
      }
      var postings = ByteWriter()
      var postingOffsets: [UInt32] = [0]
      postingOffsets.reserveCapacity(terms.count + 1)
      for list in perTerm {
        var previous: UInt32 = 0
        for posting in list {
          postings.leb128(Int(posting.document - previous))
          postings.uint8(PostingWeight.encode(posting.weight))
          previous = posting.document
        }
        postingOffsets.append(UInt32(truncatingIfNeeded: postings.bytes.count))
      }
      return SearchIndex(
        taxonomy: taxonomy, invalidFiles: invalidFiles, municipalities: sortedMunicipalities, values: values,
        kinds: kinds, years: years, municipalityOf: municipalityIDs.map { municipalityNumbers[$0]! },
        languageOf: languageOf, categories: categories, channels: channels, tags: tags, texts: texts.finish(),
        terms: sortedTerms, postingOffsets: postingOffsets, postings: ByteRegion(postings.bytes))
    }
  }
}
