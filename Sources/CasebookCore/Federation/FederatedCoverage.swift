import CasebookText

/// The coverage matrix of several catalogues: each catalogue's, on the merged categories and the union of the
/// columns, and their sum.
public struct FederatedCoverage: Sendable {
  /// The catalogues' names, local first.
  public var catalogues: [String]
  /// Each catalogue's matrix, with the rows and columns of ``summed``.
  public var perCatalogue: [CoverageStats]
  /// Every catalogue's cells added up. Municipalities and countries are counted once even when several
  /// catalogues have the same municipality; policies and case studies are added up.
  public var summed: CoverageStats
}

extension FederatedIndex {
  /// The coverage matrix per catalogue and summed, by country or year, of case studies or policies. Rows are
  /// the merged categories (see ``MergedTaxonomy``): a category only one catalogue knows is a row too.
  public func coverage(by dimension: CoverageDimension, kind: RecordKind = .caseStudy) -> FederatedCoverage {
    let own = indexes.map { $0.coverage(by: dimension, kind: kind) }
    let columns = Self.unionColumns(own.map(\.columns), dimension: dimension)
    let categories = taxonomy.categories
    let rowOf = Dictionary(categories.enumerated().map { ($1.id, $0) }) { first, _ in first }
    let columnOf = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
    var perCatalogue: [CoverageStats] = []
    for (position, stats) in own.enumerated() {
      var rows = categories.map {
        CoverageRow(
          category: $0.id, label: $0.label("en"), labels: Texts(en: $0.label("en"), nl: $0.label("nl")),
          counts: Array(repeating: 0, count: columns.count), total: 0)
      }
      for row in stats.rows {
        guard let target = rowOf[merged.mergedID(row.category, catalogue: position)] else { continue }
        for (column, count) in zip(stats.columns, row.counts) { rows[target].counts[columnOf[column]!] += count }
        rows[target].total += row.total
      }
      var totals = Array(repeating: 0, count: columns.count)
      for (column, count) in zip(stats.columns, stats.columnTotals) { totals[columnOf[column]!] += count }
      var remapped = stats
      remapped.columns = columns
      remapped.rows = rows
      remapped.columnTotals = totals
      perCatalogue.append(remapped)
    }
    var summed = CoverageStats(
      dimension: dimension, kind: kind, columns: columns,
      rows: categories.map {
        CoverageRow(
          category: $0.id, label: $0.label("en"), labels: Texts(en: $0.label("en"), nl: $0.label("nl")),
          counts: Array(repeating: 0, count: columns.count), total: 0)
      },
      columnTotals: Array(repeating: 0, count: columns.count), total: 0, municipalities: 0, countries: 0,
      policies: 0, cases: 0)
    for stats in perCatalogue {
      for row in stats.rows.indices {
        for column in columns.indices { summed.rows[row].counts[column] += stats.rows[row].counts[column] }
        summed.rows[row].total += stats.rows[row].total
      }
      for column in columns.indices { summed.columnTotals[column] += stats.columnTotals[column] }
      summed.total += stats.total
      summed.policies += stats.policies
      summed.cases += stats.cases
    }
    let profiles = indexes.flatMap { $0.municipalities.filter(\.hasProfile) }
    summed.municipalities = Set(profiles.map(\.id)).count
    summed.countries = Set(profiles.map(\.country)).count
    return FederatedCoverage(catalogues: names, perCatalogue: perCatalogue, summed: summed)
  }

  /// Every catalogue's columns in one order: countries sorted, years as one unbroken range; `other` or
  /// `unknown` last.
  static func unionColumns(_ lists: [[String]], dimension: CoverageDimension) -> [String] {
    let fallback = dimension == .year ? "unknown" : "other"
    let all = Set(lists.joined())
    var columns: [String]
    switch dimension {
    case .country:
      columns = all.subtracting([fallback]).sorted()
    case .year:
      let years = all.compactMap { Int($0) }
      columns = years.isEmpty ? [] : (years.min()!...years.max()!).map(String.init)
    }
    if all.contains(fallback) { columns.append(fallback) }
    return columns
  }
}

/// Renders the coverage of several catalogues.
public enum FederatedCoverageRenderer {
  /// The summed matrix (as `stats` shows one catalogue's), then the categories by catalogue; csv holds every
  /// catalogue's matrix and the sum (`all`) in one table with a `catalogue` column; json has both.
  public static func render(
    _ coverage: FederatedCoverage, format: ListFormat, language: Language, color: Bool = false
  ) -> String {
    switch format {
    case .table, .markdown:
      let markdown = format == .markdown
      let names = MessageArgument.all(coverage.catalogues.map { .text($0) })
      let summedLine = Message(FederationText.statsSummedHeading, names).text(language)
      let byCatalogue = Message(FederationText.statsByCatalogueHeading, .text(noun(coverage.summed, language)))
        .text(language)
      let table = byCatalogueTable(coverage, language)
      // Each part is finished once: the matrix's renderer has finished its own (and coloured it).
      let head = Display.finish(markdown ? "_\(summedLine)_\n\n" : summedLine + "\n\n", color: false)
      let matrix = CoverageRenderer.render(coverage.summed, format: format, language: language, color: color)
      let tail =
        "\n" + (markdown ? "**\(byCatalogue)**\n\n" + table.markdown() : Display.bold(byCatalogue) + "\n\n" + table.aligned())
      return head + matrix + Display.finish(tail, color: color && !markdown)
    case .csv:
      var rows: [[String]] = []
      var columns: [String] = []
      for (name, stats) in zip(coverage.catalogues + ["all"], coverage.perCatalogue + [coverage.summed]) {
        let table = CoverageRenderer.table(stats, gaps: false, language: language, columnNames: true)
        columns = ["catalogue"] + table.columns
        rows += table.rows.map { [name] + $0 }
      }
      return SpreadsheetCSV.text(Table(columns: columns, rows: rows))
    case .json:
      let catalogues = zip(coverage.catalogues, coverage.perCatalogue).map { name, stats -> JSONValue in
        guard case .object(let members) = CoverageRenderer.json(stats) else { return .null }
        return .object([("catalogue", .string(name))] + members)
      }
      return JSONValue.object([
        ("catalogues", .array(catalogues)), ("all", CoverageRenderer.json(coverage.summed)),
      ]).text(pretty: true) + "\n"
    }
  }

  /// Category rows, one column per catalogue, and the total.
  static func byCatalogueTable(_ coverage: FederatedCoverage, _ language: Language) -> Table {
    var rows: [[String]] = []
    for (row, summed) in coverage.summed.rows.enumerated() {
      rows.append(
        [summed.category, summed.labels[language]] + coverage.perCatalogue.map { cell($0.rows[row].total) }
          + [cell(summed.total)])
    }
    let all = CoverageRenderer.say(coverage.summed.kind == .policy ? .allPolicies : .allCases, language)
    rows.append(["all", all] + coverage.perCatalogue.map { cell($0.total) } + [cell(coverage.summed.total)])
    return Table(
      columns: [CoverageRenderer.say(.columnCategory, language), CoverageRenderer.say(.columnLabel, language)]
        + coverage.catalogues + [CoverageRenderer.say(.columnTotal, language)], rows: rows,
      numericColumns: Set(2..<(coverage.catalogues.count + 3)), unbreakableColumns: [0])
  }

  private static func cell(_ count: Int) -> String { count == 0 ? CoverageRenderer.gapMark : String(count) }

  private static func noun(_ stats: CoverageStats, _ language: Language) -> String {
    Message(stats.kind == .policy ? FederationText.nounPolicies : FederationText.nounCases).text(language)
  }
}
