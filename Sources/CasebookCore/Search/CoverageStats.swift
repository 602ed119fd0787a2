import CasebookText

/// What the columns of the coverage matrix are.
public enum CoverageDimension: String, Sendable, Hashable, CaseIterable {
  /// One column per country.
  case country
  /// One column per year.
  case year
}

/// One use category's row of the coverage matrix.
public struct CoverageRow: Sendable, Hashable {
  /// The category id.
  public var category: String
  /// Its English label.
  public var label: String
  /// Its label in Dutch and English.
  public var labels: Texts
  /// Records per column.
  public var counts: [Int]
  /// Records in this category (a record in two categories counts in both rows).
  public var total: Int
}

/// The gap map: use categories × countries (or years), with record counts per cell.
public struct CoverageStats: Sendable, Hashable {
  /// Columns: countries or years.
  public var dimension: CoverageDimension
  /// The kind of record counted (case studies or policies).
  public var kind: RecordKind
  /// Column headings: upper-case country codes (every country with a municipality) or every year from the
  /// first to the last one with a record.
  public var columns: [String]
  /// One row per category, in taxonomy order.
  public var rows: [CoverageRow]
  /// Distinct records per column.
  public var columnTotals: [Int]
  /// Distinct records over all.
  public var total: Int
  /// Municipalities with a valid profile.
  public var municipalities: Int
  /// Countries those municipalities are in.
  public var countries: Int
  /// Valid policies.
  public var policies: Int
  /// Valid case studies.
  public var cases: Int

  /// Categories without any record.
  public var gaps: [CoverageRow] { rows.filter { $0.total == 0 } }
  /// Cells without any record.
  public var emptyCells: Int { rows.reduce(0) { $0 + $1.counts.count { $0 == 0 } } }
}

extension SearchIndex {
  /// The coverage matrix of case studies (or policies) by category and country or year.
  public func coverage(by dimension: CoverageDimension, kind: RecordKind = .caseStudy) -> CoverageStats {
    let code = Self.kindCode(kind)
    let documents = (0..<documentCount).filter { kinds[$0] == code }
    var columns: [String]
    let column: (Int) -> Int?
    switch dimension {
    case .country:
      columns = Array(Set(municipalities.map(\.country))).sorted()
      let positions = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
      column = { positions[self.municipality($0).country] }
    case .year:
      let known = documents.map { Int(years[$0]) }.filter { $0 != 0 }
      if let first = known.min(), let last = known.max() {
        columns = (first...last).map(String.init)
        column = { self.years[$0] == 0 ? nil : Int(self.years[$0]) - first }
      } else {
        columns = []
        column = { _ in nil }
      }
    }
    if documents.contains(where: { column($0) == nil }) {
      columns.append(dimension == .year ? "unknown" : "other")
    }
    let fallback = columns.count - 1
    var rows = taxonomy.categories.map {
      CoverageRow(
        category: $0.id, label: $0.label("en"), labels: Texts(en: $0.label("en"), nl: $0.label("nl")),
        counts: Array(repeating: 0, count: columns.count), total: 0)
    }
    let rowOf = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1.category, $0) })
    var columnTotals = Array(repeating: 0, count: columns.count)
    for document in documents {
      let position = column(document) ?? fallback
      columnTotals[position] += 1
      for value in categories[document] {
        guard let row = rowOf[values[Int(value)]] else { continue }
        rows[row].counts[position] += 1
        rows[row].total += 1
      }
    }
    let profiles = municipalities.filter(\.hasProfile)
    return CoverageStats(
      dimension: dimension, kind: kind, columns: columns, rows: rows, columnTotals: columnTotals,
      total: documents.count, municipalities: profiles.count, countries: Set(profiles.map(\.country)).count,
      policies: policyCount, cases: caseCount)
  }
}

/// Renders the coverage matrix.
public enum CoverageRenderer {
  /// The mark for a cell without records in the table and Markdown forms.
  public static let gapMark = "·"

  /// The matrix in `format`, its words in `language`; `color` makes the heading bold (table only). CSV and JSON
  /// keep their column names and English labels, for programs.
  public static func render(
    _ stats: CoverageStats, format: ListFormat, language: Language = .en, color: Bool = false
  ) -> String {
    switch format {
    case .table:
      return Display.finish(
        Display.bold(heading(stats, language)) + "\n\n" + table(stats, gaps: true, language: language).aligned() + "\n"
          + summary(stats, language), color: color)
    case .markdown:
      return Display.finish(
        MarkdownText.escaped(
          "**" + heading(stats, language) + "**\n\n" + table(stats, gaps: true, language: language).markdown() + "\n"
            + summary(stats, language)),
        color: false)
    case .csv:
      return SpreadsheetCSV.text(table(stats, gaps: false, language: language, columnNames: true))
    case .json:
      return json(stats).text(pretty: true) + "\n"
    }
  }

  static func say(_ entry: ListingText, _ language: Language, _ arguments: MessageArgument...) -> String {
    Message(entry, arguments: arguments).text(language)
  }

  private static func heading(_ stats: CoverageStats, _ language: Language) -> String {
    let entry: ListingText =
      switch (stats.kind == .policy, stats.dimension) {
      case (false, .country): .statsHeadingCountry
      case (false, .year): .statsHeadingYear
      case (true, .country): .statsHeadingPoliciesCountry
      case (true, .year): .statsHeadingPoliciesYear
      }
    return say(entry, language, .text(gapMark))
  }

  /// Rows per category, then a row with the distinct records per column, labels in `language`; the headers
  /// are words in it too, or with `columnNames` (CSV) the column names programs read.
  static func table(_ stats: CoverageStats, gaps: Bool, language: Language, columnNames: Bool = false) -> Table {
    func cell(_ count: Int) -> String { gaps && count == 0 ? gapMark : String(count) }
    var rows = stats.rows.map { row in [row.category, row.labels[language]] + row.counts.map(cell) + [cell(row.total)] }
    rows.append(
      ["all", say(stats.kind == .policy ? .allPolicies : .allCases, language)] + stats.columnTotals.map(cell)
        + [cell(stats.total)])
    let numeric = Set(2..<(stats.columns.count + 3))
    if columnNames {
      return Table(columns: ["category", "label"] + stats.columns + ["total"], rows: rows, numericColumns: numeric,
        unbreakableColumns: [0])
    }
    let columns = stats.columns.map { column in
      column == "unknown" ? say(.columnUnknownYear, language) : column == "other" ? say(.columnOtherCountry, language) : column
    }
    return Table(
      columns: [say(.columnCategory, language), say(.columnLabel, language)] + columns + [say(.columnTotal, language)],
      rows: rows, numericColumns: numeric, unbreakableColumns: [0])
  }

  private static func summary(_ stats: CoverageStats, _ language: Language) -> String {
    func count(_ number: Int, _ one: ListingText, _ other: ListingText) -> MessageArgument {
      .message(Message(count: number, one: one, other: other))
    }
    var text =
      say(
        .summary, language, count(stats.municipalities, .municipality, .municipalities),
        count(stats.countries, .country, .countries), count(stats.policies, .policy, .policies),
        count(stats.cases, .caseStudy, .caseStudies)) + "\n"
    let gaps = stats.gaps
    if !gaps.isEmpty {
      let list = gaps.map { "\($0.category) (\($0.labels[language]))" }.joined(separator: ", ")
      text += say(stats.kind == .policy ? .noPoliciesFor : .noCasesFor, language, .text(list)) + "\n"
    }
    text += say(.emptyCells, language, .number(stats.emptyCells), .number(stats.rows.count * stats.columns.count)) + "\n"
    return text
  }

  /// The matrix as JSON.
  public static func json(_ stats: CoverageStats) -> JSONValue {
    func counts(_ values: [Int]) -> JSONValue { .object(zip(stats.columns, values).map { ($0, .int($1)) }) }
    return .object([
      ("kind", .string(stats.kind.rawValue)), ("by", .string(stats.dimension.rawValue)),
      ("columns", .strings(stats.columns)),
      (
        "rows",
        .array(
          stats.rows.map {
            .object([
              ("category", .string($0.category)), ("label", .string($0.label)), ("counts", counts($0.counts)),
              ("total", .int($0.total)),
            ])
          })
      ),
      ("totals", counts(stats.columnTotals)), ("total", .int(stats.total)),
      ("gaps", .strings(stats.gaps.map(\.category))), ("empty_cells", .int(stats.emptyCells)),
      ("municipalities", .int(stats.municipalities)), ("countries", .int(stats.countries)),
      ("policies", .int(stats.policies)), ("cases", .int(stats.cases)),
    ])
  }
}
