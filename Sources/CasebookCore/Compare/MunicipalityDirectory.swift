/// Finds a municipality from what a user typed: `cc/slug`, the folder name, or the name, ignoring case and
/// accents (`den bosch` finds `nl/den-bosch`, `Brighton and Hove` finds `gb/brighton-and-hove`).
public struct MunicipalityDirectory: Sendable {
  /// Every municipality folder of the catalogue: id (`cc/slug`) and name (the folder name without a valid profile).
  public let entries: [(id: String, name: String)]

  /// The municipalities of `catalogue`: every folder under `cases/`, named from its profile when valid.
  public init(catalogue: Catalogue) {
    var names: [String: String] = [:]
    for municipality in catalogue.municipalities { names[municipality.id] = municipality.name }
    self.init(snapshot: catalogue.snapshot, names: names)
  }

  /// The municipality folders of `snapshot`, with `names` (by id) of those that have a valid profile.
  init(snapshot: Snapshot, names profileNames: [String: String]) {
    var names: [String: String] = [:]
    // Entries come in path order: once a folder is found, the rest of its files need not be classified.
    var found = ""
    for entry in snapshot.entries {
      if !found.isEmpty, entry.path.utf8.starts(with: found.utf8) { continue }
      guard case .file(let file) = CatalogueLayout.classify(entry.path), let id = file.municipalityID else { continue }
      if names[id] == nil { names[id] = file.municipality ?? id }
      found = "cases/\(id)/"
    }
    names.merge(profileNames) { _, profile in profile }
    entries = names.sorted { $0.key < $1.key }.map { (id: $0.key, name: $0.value) }
  }

  /// Creates a directory from ids and names.
  public init(entries: [(id: String, name: String)]) {
    self.entries = entries
  }

  /// The id of the one municipality `text` names.
  public func resolve(_ text: String) throws(CompareError) -> String {
    let query = TextFolding.fold(text.trimmingSpaces)
    let asSlug = CatalogueLayout.suggestedSlug(text)
    var matches: [(id: String, name: String)] = []
    for entry in entries {
      let slug = entry.id.split(separator: "/").last.map(String.init) ?? entry.id
      if TextFolding.fold(entry.id) == query { return entry.id }
      if slug == query || slug == asSlug || TextFolding.fold(entry.name) == query {
        matches.append(entry)
      }
    }
    if matches.count == 1 { return matches[0].id }
    if matches.count > 1 { throw .ambiguousMunicipality(text, matches: matches.map(Self.label)) }
    var suggestions: [String] = []
    for candidate in NearestNames.suggestions(for: text, among: entries.flatMap { [$0.id, $0.name, Self.slug($0.id)] }) {
      for entry in entries where entry.id == candidate || entry.name == candidate || Self.slug(entry.id) == candidate {
        let label = Self.label(entry)
        if !suggestions.contains(label) { suggestions.append(label) }
      }
    }
    throw .unknownMunicipality(text, suggestions: Array(suggestions.prefix(3)))
  }

  private static func slug(_ id: String) -> String {
    id.split(separator: "/").last.map(String.init) ?? id
  }

  private static func label(_ entry: (id: String, name: String)) -> String {
    "`\(entry.id)` (\(entry.name))"
  }
}
