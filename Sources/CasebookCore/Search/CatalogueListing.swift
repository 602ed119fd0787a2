import CasebookText

/// What `casebook list` lists.
public enum ListSubject: String, Sendable, Hashable, CaseIterable {
  /// Municipalities with their name and country.
  case municipalities
  /// The use categories of `schema/categories.yaml`, every one also when no record has it.
  case categories
  /// Channels that case studies and policies name.
  case channels
  /// Tags of case studies and policies.
  case tags
}

/// One line of a listing: a value with how many valid case studies and policies have it.
public struct ListedValue: Sendable, Hashable {
  /// The value as filters take it: `nl/voorbeeldstad`, `participate`, `twitter`, a tag.
  public var value: String
  /// The municipality's name, or a category's label in each language (`en`, `nl`); empty otherwise.
  public var labels: [String: String]
  /// The municipality's upper-case country code; empty for other subjects.
  public var country: String
  /// Valid case studies that have the value.
  public var cases: Int
  /// Valid policies that have the value.
  public var policies: Int
}

/// A listing of one subject, in the order it is shown.
public struct CatalogueListing: Sendable, Hashable {
  /// What is listed.
  public var subject: ListSubject
  /// The values: municipalities by id, categories in taxonomy order, channels and tags most used first
  /// (then by name).
  public var values: [ListedValue]
}

extension SearchIndex {
  /// Every value of `subject` in the catalogue with its counts of valid case studies and policies.
  public func listing(_ subject: ListSubject) -> CatalogueListing {
    var cases: [String: Int] = [:]
    var policies: [String: Int] = [:]
    func count(_ value: String, _ document: Int) {
      if kinds[document] == 1 { policies[value, default: 0] += 1 } else { cases[value, default: 0] += 1 }
    }
    for document in 0..<documentCount {
      switch subject {
      case .municipalities: count(municipality(document).id, document)
      case .categories: for value in categories[document] { count(values[Int(value)], document) }
      case .channels: for value in channels[document] { count(values[Int(value)], document) }
      case .tags: for value in tags[document] { count(values[Int(value)], document) }
      }
    }
    func listed(_ value: String, labels: [String: String] = [:], country: String = "") -> ListedValue {
      ListedValue(
        value: value, labels: labels, country: country, cases: cases[value] ?? 0, policies: policies[value] ?? 0)
    }
    let values: [ListedValue]
    switch subject {
    case .municipalities:
      values = municipalities.map { listed($0.id, labels: ["en": $0.name, "nl": $0.name], country: $0.country) }
    case .categories:
      values = taxonomy.categories.map { listed($0.id, labels: ["en": $0.label("en"), "nl": $0.label("nl")]) }
    case .channels, .tags:
      values = Set(cases.keys).union(policies.keys).map { listed($0) }.sorted {
        ($1.cases + $1.policies, $0.value) < ($0.cases + $0.policies, $1.value)
      }
    }
    return CatalogueListing(subject: subject, values: values)
  }

  /// The distinct values one filter can match (channels, languages or tags that records have), sorted.
  func valuesUsed(by filter: SearchFilterName) -> [String] {
    var numbers: Set<UInt32> = []
    for document in 0..<documentCount {
      switch filter {
      case .channel: numbers.formUnion(channels[document])
      case .tag: numbers.formUnion(tags[document])
      case .language: numbers.insert(languageOf[document])
      case .category: numbers.formUnion(categories[document])
      default: break
      }
    }
    return numbers.map { values[Int($0)] }.sorted()
  }
}

/// Renders a listing as a table, JSON, CSV or Markdown, in a language.
public enum ListingRenderer {
  /// The listing as text. Table and Markdown end with a summary line.
  public static func render(_ listing: CatalogueListing, format: ListFormat, language: Language) -> String {
    switch format {
    case .table:
      if listing.values.isEmpty, let empty = emptyMessage(listing.subject) { return empty.text(language) + "\n" }
      return Display.finish(
        table(listing, language: language).aligned() + "\n" + summary(listing).text(language) + "\n", color: false)
    case .markdown:
      return Display.finish(MarkdownText.escaped(table(listing, language: language).markdown()), color: false)
    case .csv:
      return SpreadsheetCSV.text(table(listing, language: language))
    case .json:
      return json(listing).text(pretty: true) + "\n"
    }
  }

  /// The listing as one JSON object: `subject` and `values`, each with its fields and `cases` and `policies`.
  public static func json(_ listing: CatalogueListing) -> JSONValue {
    let items: [JSONValue] = listing.values.map { value in
      var members: [(String, JSONValue)]
      switch listing.subject {
      case .municipalities:
        members = [
          ("id", .string(value.value)), ("name", .string(value.labels["en"] ?? "")),
          ("country", .string(value.country)),
        ]
      case .categories:
        members = [
          ("id", .string(value.value)), ("label_en", .string(value.labels["en"] ?? "")),
          ("label_nl", .string(value.labels["nl"] ?? "")),
        ]
      case .channels, .tags:
        members = [("value", .string(value.value))]
      }
      members += [("cases", .int(value.cases)), ("policies", .int(value.policies))]
      return .object(members)
    }
    return .object([("subject", .string(listing.subject.rawValue)), ("values", .array(items))])
  }

  /// The table's columns: the value (and a municipality's name and country, or a category's label), then
  /// the counts.
  static func table(_ listing: CatalogueListing, language: Language) -> Table {
    func heading(_ entry: ListText) -> String { Message(entry).text(language) }
    let counts = [heading(.columnCases), heading(.columnPolicies)]
    let columns: [String]
    let rows: [[String]]
    switch listing.subject {
    case .municipalities:
      columns = [heading(.columnID), heading(.columnName), heading(.columnCountry)] + counts
      rows = listing.values.map { [$0.value, $0.labels["en"] ?? "", $0.country, "\($0.cases)", "\($0.policies)"] }
    case .categories:
      columns = [heading(.columnID), heading(.columnLabel)] + counts
      rows = listing.values.map { [$0.value, $0.labels[language.rawValue] ?? "", "\($0.cases)", "\($0.policies)"] }
    case .channels, .tags:
      columns = [heading(listing.subject == .channels ? .columnChannel : .columnTag)] + counts
      rows = listing.values.map { [$0.value, "\($0.cases)", "\($0.policies)"] }
    }
    let first = columns.count - 2
    return Table(columns: columns, rows: rows, numericColumns: [first, first + 1], unbreakableColumns: [0])
  }

  static func summary(_ listing: CatalogueListing) -> Message {
    let count = MessageArgument.number(listing.values.count)
    switch listing.subject {
    case .municipalities:
      return Message(ListText.summaryMunicipalities, count, .number(listing.values.count { $0.policies > 0 }))
    case .categories:
      return Message(ListText.summaryCategories, count, .number(listing.values.count { $0.cases == 0 }))
    case .channels: return Message(ListText.summaryChannels, count)
    case .tags: return Message(ListText.summaryTags, count)
    }
  }

  private static func emptyMessage(_ subject: ListSubject) -> Message? {
    switch subject {
    case .municipalities: Message(ListText.emptyMunicipalities)
    case .channels: Message(ListText.emptyChannels)
    case .tags: Message(ListText.emptyTags)
    case .categories: nil
    }
  }
}
