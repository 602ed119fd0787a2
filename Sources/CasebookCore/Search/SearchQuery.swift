import CasebookText

/// The filters of a search, as typed on the command line. Values of one filter are alternatives (OR); different
/// filters must all hold (AND).
public struct SearchFilters: Sendable, Hashable {
  /// Use categories: ids, Dutch or English labels, or aliases.
  public var categories: [String]
  /// Country codes, any case (`nl`, `NL`).
  public var countries: [String]
  /// Municipalities: `cc/slug`, the folder name, or the name.
  public var municipalities: [String]
  /// Channels (`twitter`, `whatsapp`).
  public var channels: [String]
  /// Years: `2010`, `2010..2012`, `2010..` or `..2012`.
  public var years: [String]
  /// Language codes (`nl`, `en`).
  public var languages: [String]
  /// Tags.
  public var tags: [String]

  /// Creates filters; all empty means no filtering.
  public init(
    categories: [String] = [], countries: [String] = [], municipalities: [String] = [], channels: [String] = [],
    years: [String] = [], languages: [String] = [], tags: [String] = []
  ) {
    self.categories = categories
    self.countries = countries
    self.municipalities = municipalities
    self.channels = channels
    self.years = years
    self.languages = languages
    self.tags = tags
  }
}

/// What to search for.
public struct SearchQuery: Sendable, Hashable {
  /// Free-text words; empty lists every record that passes the filters.
  public var words: [QueryWord]
  /// The kinds of records to search (case studies, policies).
  public var kinds: Set<RecordKind>
  /// The filters.
  public var filters: SearchFilters
  /// How many results to return at most; nil for all. ``SearchResults/total`` counts all of them.
  public var limit: Int?
  /// Whether to count facets over the results.
  public var facets: Bool

  /// Creates a query.
  public init(
    words: [QueryWord] = [], kinds: Set<RecordKind> = [.caseStudy], filters: SearchFilters = SearchFilters(),
    limit: Int? = nil, facets: Bool = false
  ) {
    self.words = words
    self.kinds = kinds
    self.filters = filters
    self.limit = limit
    self.facets = facets
  }
}

/// A filter of the command line, in the order they are tried when suggesting one to drop.
public enum SearchFilterName: String, Sendable, Hashable, CaseIterable {
  /// The search words.
  case words
  /// `--kind`.
  case kind
  /// `--category`.
  case category
  /// `--country`.
  case country
  /// `--municipality`.
  case municipality
  /// `--channel`.
  case channel
  /// `--year`.
  case year
  /// `--language`.
  case language
  /// `--tag`.
  case tag

  /// How the filter is written on the command line.
  public var option: String {
    self == .words ? "the search words" : "--\(rawValue)"
  }
}

/// A range of years, both ends included.
public struct YearRange: Sendable, Hashable {
  /// The first year.
  public var first: Int
  /// The last year.
  public var last: Int

  /// Reads `2010`, `2010..2012`, `2010..` or `..2012`; a dash between two years (`2010-2012`, `2010–2012`)
  /// or after one (`2010-`) means the same as `..`, as people write ranges.
  public static func parse(_ text: String) throws(QueryError) -> YearRange {
    let trimmed = dashesAsDots(text.trimmingSpaces)
    func year(_ part: Substring, default value: Int) throws(QueryError) -> Int {
      if part.isEmpty { return value }
      guard part.count <= 4, let number = Int(part), number >= 0 else { throw .badYear(text) }
      return number
    }
    guard let dots = trimmed.firstRange(of: "..") else {
      let single = try year(Substring(trimmed), default: -1)
      guard single >= 0 else { throw .badYear(text) }
      return YearRange(first: single, last: single)
    }
    let range = YearRange(
      first: try year(trimmed[..<dots.lowerBound], default: 0),
      last: try year(trimmed[dots.upperBound...], default: 9999))
    guard range.first <= range.last, trimmed != ".." else { throw .badYear(text) }
    return range
  }

  /// `2010-2012`, `2010–2012`, `2010—2012` and `2010-` as `2010..2012` and `2010..`: one dash after four
  /// digits, followed by four digits or nothing.
  private static func dashesAsDots(_ text: String) -> String {
    let characters = Array(text)
    let isDigit = { (character: Character) in character >= "0" && character <= "9" }
    guard characters.count >= 5, characters.prefix(4).allSatisfy(isDigit), "-–—".contains(characters[4])
    else { return text }
    let rest = characters.dropFirst(5)
    guard rest.isEmpty || rest.count == 4 && rest.allSatisfy(isDigit) else { return text }
    return String(characters.prefix(4)) + ".." + String(rest)
  }

  func contains(_ year: Int32) -> Bool { Int(year) >= first && Int(year) <= last }
}

/// The filters resolved against one index: each as the set of value numbers (or a predicate) it allows.
struct ResolvedFilters {
  var kinds: Set<UInt8>
  var categories: Set<UInt32>?
  var countries: Set<String>?
  var municipalities: Set<UInt32>?
  var channels: Set<UInt32>?
  var years: [YearRange]?
  var languages: Set<UInt32>?
  var tags: Set<UInt32>?
  /// The value typed for each filter, for messages.
  var typed: [SearchFilterName: [String]] = [:]

  init(_ query: SearchQuery, index: SearchIndex) throws(QueryError) {
    kinds = Set(query.kinds.map(SearchIndex.kindCode))
    let filters = query.filters
    // Folded only when a filter by value is given: most searches have none.
    var foldedValues: [String]?
    func numbers(_ typed: [String], _ name: SearchFilterName) -> Set<UInt32>? {
      guard !typed.isEmpty else { return nil }
      self.typed[name] = typed
      let folded = foldedValues ?? index.values.map(TextFolding.fold)
      foldedValues = folded
      let wanted = Set(typed.map { TextFolding.fold($0.trimmingSpaces) })
      return Set(folded.indices.filter { wanted.contains(folded[$0]) }.map { UInt32($0) })
    }
    if !filters.categories.isEmpty {
      var ids: [String] = []
      for name in filters.categories {
        guard let category = index.taxonomy.resolve(name) else {
          throw .unknownCategory(
            name, suggestions: index.taxonomy.suggestions(for: name),
            valid: index.taxonomy.categories.map { "\($0.id) (\($0.label("en")))" })
        }
        ids.append(category.id)
      }
      categories = numbers(ids, .category)
      typed[.category] = filters.categories
    }
    if !filters.countries.isEmpty {
      var codes: Set<String> = []
      for code in filters.countries {
        let lower = code.trimmingSpaces.lowercased()
        guard ISOCountry.codes.contains(lower) else {
          let present = Set(index.municipalities.map { $0.country.lowercased() }).sorted()
          throw .unknownCountry(
            code, meant: CountryAliases.meant[lower],
            suggestions: ValueSuggestions.suggestions(for: lower, among: present))
        }
        codes.insert(lower.uppercased())
      }
      countries = codes
      typed[.country] = filters.countries
    }
    if !filters.municipalities.isEmpty {
      var allowed: Set<UInt32> = []
      for name in filters.municipalities {
        let matches = Self.municipalities(named: name, in: index.municipalities)
        guard !matches.isEmpty else {
          let candidates = index.municipalities.flatMap { [$0.id, $0.name] }
          throw .unknownMunicipality(name, suggestions: NearestNames.suggestions(for: name, among: candidates))
        }
        allowed.formUnion(matches)
      }
      municipalities = allowed
      typed[.municipality] = filters.municipalities
    }
    channels = numbers(filters.channels, .channel)
    if !filters.languages.isEmpty {
      let present = index.valuesUsed(by: .language)
      var codes: [String] = []
      for typed in filters.languages {
        let folded = TextFolding.fold(typed.trimmingSpaces)
        if let code = present.first(where: { TextFolding.fold($0) == folded }) {
          codes.append(code)
        } else if let language = Language(code: folded), present.contains(language.rawValue) {
          codes.append(language.rawValue)  // `Dutch`, `Nederlands`, `nl_BE`
        } else {
          throw .unknownLanguage(typed, valid: present)
        }
      }
      languages = numbers(codes, .language)
      typed[.language] = filters.languages
    }
    tags = numbers(filters.tags, .tag)
    if !filters.years.isEmpty {
      var ranges: [YearRange] = []
      for text in filters.years { ranges.append(try YearRange.parse(text)) }
      years = ranges
      typed[.year] = filters.years
    }
  }

  /// Municipalities whose id, folder name or name (folded) equals `name`.
  static func municipalities(named name: String, in municipalities: [IndexedMunicipality]) -> [UInt32] {
    let wanted = TextFolding.fold(name.trimmingSpaces)
    var found: [UInt32] = []
    for (number, municipality) in municipalities.enumerated() {
      let slug = municipality.id.split(separator: "/").last.map(String.init) ?? municipality.id
      if municipality.id == wanted || slug == wanted || TextFolding.fold(municipality.name) == wanted {
        found.append(UInt32(number))
      }
    }
    return found
  }

  /// A bit per filter the document fails (bit positions are ``SearchFilterName`` cases); words are not
  /// checked here.
  func failures(_ document: Int, in index: SearchIndex) -> UInt16 {
    var failed: UInt16 = 0
    func fail(_ name: SearchFilterName) { failed |= Self.bit(name) }
    if !kinds.contains(index.kinds[document]) { fail(.kind) }
    if let categories, !index.categories[document].contains(where: categories.contains) { fail(.category) }
    let municipality = index.municipalityOf[document]
    if failsCountry(index.municipalities[Int(municipality)]) { fail(.country) }
    if failsMunicipality(municipality) { fail(.municipality) }
    if let channels, !index.channels[document].contains(where: channels.contains) { fail(.channel) }
    if let years, !years.contains(where: { $0.contains(index.years[document]) }) { fail(.year) }
    if let languages, !languages.contains(index.languageOf[document]) { fail(.language) }
    if let tags, !index.tags[document].contains(where: tags.contains) { fail(.tag) }
    return failed
  }

  /// True when `--country` is given and `municipality` is in none of its countries.
  func failsCountry(_ municipality: IndexedMunicipality) -> Bool {
    countries.map { !$0.contains(municipality.country) } ?? false
  }

  /// True when `--municipality` is given and the municipality numbered `number` is none of them.
  func failsMunicipality(_ number: UInt32) -> Bool {
    municipalities.map { !$0.contains(number) } ?? false
  }

  /// True when a filter other than `--country` and `--municipality` (or search words) is given: one that
  /// only records have.
  var filtersRecords: Bool {
    !typed.keys.allSatisfy { $0 == .country || $0 == .municipality }
  }

  /// The filter's bit: positions follow the order of the cases (checked for every document, so without
  /// building `allCases` each time).
  static func bit(_ name: SearchFilterName) -> UInt16 {
    let position: UInt16 =
      switch name {
      case .words: 0
      case .kind: 1
      case .category: 2
      case .country: 3
      case .municipality: 4
      case .channel: 5
      case .year: 6
      case .language: 7
      case .tag: 8
      }
    return 1 << position
  }
}
