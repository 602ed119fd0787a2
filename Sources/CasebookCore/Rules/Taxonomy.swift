import CasebookYAML

/// One of Gibson's seven uses of social media by councils.
public struct UseCategory: Sendable, Hashable {
  /// Stable id: inform, report, participate, campaign, community, service or collaborate.
  public var id: String
  /// Labels by language code (`en`, `nl`).
  public var labels: [String: String]
  /// Descriptions by language code.
  public var descriptions: [String: String]
  /// Other words people use for it, in any language.
  public var aliases: [String]

  /// The label in `language`, falling back to English, then to the id.
  public func label(_ language: String) -> String {
    labels[language] ?? labels["en"] ?? id
  }
}

/// The use-category taxonomy from `schema/categories.yaml`.
public struct Taxonomy: Sendable {
  /// The categories, in the file's order.
  public let categories: [UseCategory]
  private let lookup: [String: String]

  /// Creates a taxonomy; names (ids, labels, aliases) are matched case- and accent-insensitively.
  public init(categories: [UseCategory]) {
    self.categories = categories
    var lookup: [String: String] = [:]
    for category in categories {
      let names = [category.id] + Array(category.labels.values) + category.aliases
      for name in names where lookup[TextFolding.fold(name)] == nil {
        lookup[TextFolding.fold(name)] = category.id
      }
    }
    for category in categories { lookup[category.id] = category.id }
    self.lookup = lookup
  }

  /// The category ids, in order.
  public var ids: [String] { categories.map(\.id) }

  /// The category with this exact id.
  public func category(id: String) -> UseCategory? {
    categories.first { $0.id == id }
  }

  /// The category an id, label or alias names (`inspraak`, `Participatie`, `consultation` → participate).
  public func resolve(_ name: String) -> UseCategory? {
    lookup[TextFolding.fold(name.trimmingSpaces)].flatMap(category(id:))
  }

  /// Ids, labels and aliases close to a mistyped name.
  public func suggestions(for name: String) -> [String] {
    let ids = NearestNames.suggestions(for: name, among: self.ids)
    if !ids.isEmpty { return ids }
    let names = categories.flatMap { [$0.id] + Array($0.labels.values) + $0.aliases }
    var seen = Set<String>()
    return NearestNames.suggestions(for: name, among: names, limit: 6).compactMap { resolve($0)?.id }
      .filter { seen.insert($0).inserted }
  }

  /// Reads the taxonomy document (already validated against its schema); nil when it has no categories.
  init?(document: Node) {
    guard let items = document["categories"]?.items else { return nil }
    var categories: [UseCategory] = []
    for item in items {
      guard let id = item["id"]?.string else { continue }
      categories.append(
        UseCategory(
          id: id, labels: Self.texts(item["label"]), descriptions: Self.texts(item["description"]),
          aliases: item["aliases"]?.items?.compactMap(\.string) ?? []))
    }
    guard !categories.isEmpty else { return nil }
    self.init(categories: categories)
  }

  private static func texts(_ node: Node?) -> [String: String] {
    var texts: [String: String] = [:]
    for entry in node?.entries ?? [] {
      if let text = entry.value.string { texts[entry.key] = text }
    }
    return texts
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and line breaks.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(scalars[first...last])
  }
}
