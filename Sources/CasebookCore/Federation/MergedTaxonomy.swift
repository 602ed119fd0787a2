/// The use categories of several catalogues as one list. A peer may name, split or extend the categories
/// differently: its category is the same as one already listed when they share a name — an id, a Dutch or
/// English label or an alias, compared without regard to case and accents — and is added after the others
/// otherwise, so that a category only one catalogue knows still shows.
struct MergedTaxonomy: Sendable {
  /// The merged categories: the first catalogue's in its order, then those the others add. Each has the
  /// labels of the first catalogue that has it and, as aliases, every name any catalogue gives it.
  let taxonomy: Taxonomy
  /// Per catalogue (in the order given): its own category id → the merged id.
  let mapping: [[String: String]]

  init(_ taxonomies: [Taxonomy]) {
    var merged: [UseCategory] = []
    var names: [Set<String>] = []
    var mapping: [[String: String]] = []
    for taxonomy in taxonomies {
      var own: [String: String] = [:]
      for category in taxonomy.categories {
        let folded = Set(Self.names(of: category).map(TextFolding.fold))
        if let match = names.firstIndex(where: { !$0.isDisjoint(with: folded) }) {
          own[category.id] = merged[match].id
          names[match].formUnion(folded)
          let known = Set(Self.names(of: merged[match]).map(TextFolding.fold))
          for name in Self.names(of: category) where !known.contains(TextFolding.fold(name)) {
            merged[match].aliases.append(name)
          }
        } else {
          own[category.id] = category.id
          merged.append(category)
          names.append(folded)
        }
      }
      mapping.append(own)
    }
    taxonomy = Taxonomy(categories: merged)
    self.mapping = mapping
  }

  /// The merged id of a catalogue's own category id (the id itself when that catalogue does not list it).
  func mergedID(_ id: String, catalogue: Int) -> String {
    mapping[catalogue][id] ?? id
  }

  /// The catalogue's own category ids that stand for the merged category `id`.
  func ownIDs(of id: String, catalogue: Int) -> [String] {
    mapping[catalogue].filter { $0.value == id }.map(\.key).sorted()
  }

  private static func names(of category: UseCategory) -> [String] {
    [category.id] + ["nl", "en"].compactMap { category.labels[$0] } + category.aliases
  }
}
