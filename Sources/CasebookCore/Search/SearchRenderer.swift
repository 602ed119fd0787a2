import CasebookText

/// Output formats of the listing commands (`search`, `stats`).
public enum ListFormat: String, Sendable, Hashable, CaseIterable {
  /// An aligned table for reading in a terminal.
  case table
  /// One JSON object.
  case json
  /// RFC 4180 CSV, UTF-8 with a byte-order mark so that spreadsheets detect the encoding.
  case csv
  /// A GitHub-flavoured Markdown table.
  case markdown
}

/// CSV text for spreadsheets: UTF-8 with a byte-order mark, so that accents survive opening the file, and
/// cells that would run as formulas neutralised (``Table/csv()``). Every CSV casebook writes comes from here.
enum SpreadsheetCSV {
  static let byteOrderMark = "\u{FEFF}"

  static func text(_ table: Table) -> String {
    Display.finish(byteOrderMark + table.csv(), color: false, keep: ["\n", "\r", "\t"])
  }

  /// Lists in one cell, joined with `; `.
  static func list(_ values: [String]) -> String { values.joined(separator: "; ") }
}

/// Renders search results in the requested format.
public enum SearchRenderer {
  /// The results as text in `language`; `color` highlights matched words in bold (table format only).
  public static func render(
    _ results: SearchResults, format: ListFormat, language: Language = .en, color: Bool = false
  ) -> String {
    switch format {
    case .table: Display.finish(table(results, language), color: color)
    case .json: json(results, language: language).text(pretty: true) + "\n"
    case .csv: SpreadsheetCSV.text(csvTable(results))
    case .markdown: Display.finish(MarkdownText.escaped(markdown(results, language)), color: false)
    }
  }

  private static func say(_ entry: ListingText, _ language: Language, _ arguments: MessageArgument...) -> String {
    Message(entry, arguments: arguments).text(language)
  }

  /// A facet's name in words (`category` / `categorie`).
  private static func facetName(_ name: String, _ language: Language) -> String {
    let entry: ListingText? =
      switch name {
      case "category": .facetCategory
      case "country": .facetCountry
      case "channel": .facetChannel
      case "year": .facetYear
      default: nil
      }
    return entry.map { say($0, language) } ?? name
  }

  static func score(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

  private static func municipalityLabel(_ hit: SearchHit) -> String {
    "\(hit.municipality.name) (\(hit.country))"
  }

  private static func table(_ results: SearchResults, _ language: Language) -> String {
    guard !results.hits.isEmpty else {
      return (results.hint?.text(language) ?? say(.noResults, language)) + "\n"
    }
    let federated = results.catalogues != nil
    let table = Table(
      columns: ((federated ? [ListingText.columnCatalogue] : [])
        + [ListingText.columnID, .columnTitle, .columnMunicipality, .columnYear, .columnCategories]).map { say($0, language) },
      rows: results.hits.map { hit in
        (federated ? [hit.catalogue ?? ""] : []) + [
          hit.id, shortened(hit.title, 60), municipalityLabel(hit), hit.year.map(String.init) ?? "",
          hit.categories.joined(separator: ", "),
        ]
      }, numericColumns: [federated ? 4 : 3], unbreakableColumns: [federated ? 1 : 0])
    let parts = table.alignedParts()
    var output = parts.heading
    for (position, hit) in results.hits.enumerated() {
      output += parts.rows[position]
      if !hit.snippet.isEmpty {
        let snippet = hit.snippet.map { $0.highlighted ? Display.bold($0.text) : $0.text }.joined()
        if let width = TerminalLayout.width {
          output += Wrap.lines(snippet, width: max(width, TerminalLayout.minimumWidth), first: "    ", rest: "    ")
        } else {
          output += "    " + snippet + "\n"
        }
      }
    }
    output += "\n" + countLine(results, language) + "\n"
    if let facets = results.facets {
      output += "\n" + Display.bold(say(.facets, language)) + "\n"
      let names = facets.map { facetName($0.name, language) }
      let width = names.map(\.count).max() ?? 0
      for (facet, name) in zip(facets, names) {
        let counts = facet.counts.map { "\($0.value) \($0.count)" }.joined(separator: " · ")
        output += "  " + name + String(repeating: " ", count: width - name.count) + "  " + counts + "\n"
      }
    }
    return output
  }

  private static func countLine(_ results: SearchResults, _ language: Language) -> String {
    let total = Message(count: results.total, one: ListingText.result, other: ListingText.results)
    if results.hits.count < results.total {
      return say(.showing, language, .number(results.hits.count), .message(total))
    }
    return total.text(language)
  }

  static func shortened(_ text: String, _ length: Int) -> String {
    text.count <= length ? text : String(text.prefix(length - 1)) + "…"
  }

  /// The results as a JSON object: `total`, `results`, and `facets` or `hint` (in `language`) when present.
  public static func json(_ results: SearchResults, language: Language = .en) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("total", .int(results.total)),
      (
        "results",
        .array(
          results.hits.map { hit in
            .object(
              (hit.catalogue.map { [("catalogue", JSONValue.string($0))] } ?? []) + [
              ("id", .string(hit.id)), ("kind", .string(hit.kind.rawValue)), ("title", .string(hit.title)),
              ("municipality", .string(hit.municipality.name)), ("municipality_id", .string(hit.municipality.id)),
              ("country", .string(hit.country)), ("year", hit.year.map { .int($0) } ?? .null),
              ("categories", .strings(hit.categories)), ("channels", .strings(hit.channels)),
              ("language", .string(hit.language)), ("tags", .strings(hit.tags)),
              ("score", .double(score(hit.score))), ("matched_words", .int(hit.matchedWords)),
              ("path", .string(hit.path)), ("snippet", .string(hit.snippetText)),
            ])
          })
      ),
    ]
    if let facets = results.facets {
      members.append(
        (
          "facets",
          .object(facets.map { facet in (facet.name, .object(facet.counts.map { ($0.value, .int($0.count)) })) })
        ))
    }
    if let hint = results.hint { members.append(("hint", .string(hint.text(language)))) }
    return .object(members)
  }

  /// The columns of the CSV form, in order.
  public static let csvColumns = [
    "id", "kind", "title", "municipality", "municipality_id", "country", "year", "categories", "channels",
    "language", "tags", "score", "path", "snippet",
  ]

  static func csvTable(_ results: SearchResults) -> Table {
    let federated = results.catalogues != nil
    return Table(
      columns: (federated ? ["catalogue"] : []) + csvColumns,
      rows: results.hits.map { hit in
        (federated ? [hit.catalogue ?? ""] : []) + [
          hit.id, hit.kind.rawValue, hit.title, hit.municipality.name, hit.municipality.id, hit.country,
          hit.year.map(String.init) ?? "", SpreadsheetCSV.list(hit.categories), SpreadsheetCSV.list(hit.channels),
          hit.language, SpreadsheetCSV.list(hit.tags), String(score(hit.score)), hit.path, hit.snippetText,
        ]
      }, numericColumns: [csvColumns.firstIndex(of: "year")!, csvColumns.firstIndex(of: "score")!])
  }

  private static func markdown(_ results: SearchResults, _ language: Language) -> String {
    guard !results.hits.isEmpty else { return "_\(results.hint?.text(language) ?? say(.noResults, language))_\n" }
    let federated = results.catalogues != nil
    let table = Table(
      columns: ((federated ? [ListingText.columnCatalogue] : [])
        + [ListingText.columnID, .columnTitle, .columnMunicipality, .columnYear, .columnCategories, .columnSnippet])
        .map { say($0, language).lowercased() },
      rows: results.hits.map { hit in
        (federated ? [hit.catalogue ?? ""] : []) + [
          "`\(hit.id)`", hit.title, municipalityLabel(hit), hit.year.map(String.init) ?? "",
          hit.categories.joined(separator: ", "),
          hit.snippet.map { $0.highlighted ? "**\($0.text)**" : $0.text }.joined(),
        ]
      }, numericColumns: [federated ? 4 : 3])
    var output = table.markdown() + "\n" + countLine(results, language) + "\n"
    if let facets = results.facets {
      output += "\n**\(say(.facets, language))**\n\n"
      for facet in facets {
        output += "- \(facetName(facet.name, language)): "
          + facet.counts.map { "\($0.value) (\($0.count))" }.joined(separator: ", ") + "\n"
      }
    }
    return output
  }
}
