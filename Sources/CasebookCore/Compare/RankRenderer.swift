import CasebookText

/// Renders the league table of `casebook rank`.
public enum RankRenderer {
  /// The league table as an aligned table, Markdown, CSV, JSON or a self-contained HTML page.
  public static func render(_ report: RankReport, format: ReportFormat, language: Language) -> String {
    let table = self.table(report, language)
    let note = report.catalogueOf == nil ? "" : FederatedRank.note(report, language) + "\n"
    switch format {
    case .text: return Display.finish(table.aligned() + (note.isEmpty ? "" : "\n" + note), color: false)
    case .markdown:
      return Display.finish(
        MarkdownText.escaped(
          "# \(ReportWords.of(language).leagueTitle)\n\n" + (note.isEmpty ? "" : note + "\n") + table.markdown()),
        color: false)
    case .csv: return SpreadsheetCSV.text(table)
    case .json: return json(report, language).text(pretty: true) + "\n"
    case .html: return html(report, language, table)
    }
  }

  /// Rank, municipality, id, overall score and one column per pillar.
  public static func table(_ report: RankReport, _ language: Language) -> Table {
    let words = ReportWords.of(language)
    let catalogue = report.catalogue
    let pillars = catalogue.model.pillars
    var table = Table(
      columns: [words.rank, words.municipality, "id", words.overall] + pillars.map { $0.title(language) },
      numericColumns: Set([0] + Array(3..<(4 + pillars.count))), unbreakableColumns: [2])
    for (rank, score) in zip(catalogue.ranks, catalogue.scores) {
      table.rows.append(
        [String(rank), score.name, score.municipality, ScoreFormat.score(score.score, language)]
          + pillars.map { ScoreFormat.score(score.pillarScore($0.id), language) })
    }
    return FederatedRank.withCatalogueColumn(table, report, language)
  }

  static func json(_ report: RankReport, _ language: Language) -> JSONValue {
    let catalogue = report.catalogue
    let rows: [JSONValue] = zip(catalogue.ranks, catalogue.scores).map { rank, score in
      .object(
        (report.catalogueOf.map { [("catalogue", JSONValue.string($0[score.municipality] ?? ""))] } ?? []) + [
        ("rank", .int(rank)), ("municipality", .string(score.municipality)), ("name", .string(score.name)),
        ("policy", .string(score.policy.path)), ("score", ScoreFormat.json(score.score)),
        (
          "pillars",
          .array(score.pillars.map { .object([("id", .string($0.pillar.id)), ("score", ScoreFormat.json($0.score.value))]) })
        ),
      ])
    }
    return .object([
      ("model", CompareJSON.model(catalogue.model)),
      ("language", .string(language.rawValue)),
      ("snapshot", .string(report.snapshotLabel.text(language))),
      ("median", ScoreFormat.json(catalogue.medianScore)),
      ("median_of", .int(catalogue.medianCount)),
      ("indicative", .bool(catalogue.isIndicative)),
      (
        "pillars",
        .array(
          catalogue.model.pillars.map {
            .object([
              ("id", .string($0.id)), ("title", .string($0.title(language))),
              ("median", ScoreFormat.json(catalogue.medianScore(ofPillar: $0.id))),
              ("median_of", .int(catalogue.medianCount(ofPillar: $0.id))),
            ])
          })
      ),
      ("municipalities", .array(rows)),
      ("invalid_policies", .strings(report.invalidPolicies)),
    ] + (report.catalogueOf == nil ? [] : [("model_note", JSONValue.string(FederatedRank.note(report, language)))]))
  }

  static func html(_ report: RankReport, _ language: Language, _ table: Table) -> String {
    let words = ReportWords.of(language)
    let model = report.catalogue.model
    var body = "<header>\n<h1>\(HTML.escape(words.leagueTitle))</h1>\n"
    body += "<p class=\"meta\">\(HTML.escape(words.modelLine(model, report.snapshotLabel)))</p>\n"
    if report.catalogueOf != nil { body += "<p class=\"meta\">\(HTML.escape(FederatedRank.note(report, language)))</p>\n" }
    body += "</header>\n<main>\n"
    body += htmlSections(report, language, table, rowLink: nil)
    body += "</main>\n"
    let footer = "\(words.leagueTitle) · \(report.snapshotLabel.text(language))"
    return PageFrame.report(language: language, title: words.leagueTitle, body: body, footer: footer)
  }

  /// The league table, the chart of overall scores and the method: the same in the report and on the site's
  /// policies page, where `rowLink` gives each municipality's page and the table can be sorted by any column.
  static func htmlSections(
    _ report: RankReport, _ language: Language, _ table: Table, rowLink: ((String) -> String)?
  ) -> String {
    let words = ReportWords.of(language)
    var body = "<section aria-labelledby=\"table\">\n<h2 id=\"table\">\(HTML.escape(words.scores))</h2>\n"
    let rows = table.rows.map { row in
      row.enumerated().map { column, cell in
        guard column == 1, let rowLink, row.count > 2 else { return HTML.escape(cell) }
        return "<a href=\"\(HTML.escape(rowLink(row[2])))\">\(HTML.escape(cell))</a>"
      }
    }
    body += HTML.table(
      caption: words.leagueTitle, columns: table.columns, rows: rows, numeric: table.numericColumns, rowHeaders: false,
      attributes: rowLink == nil ? "" : " class=\"sortable\" id=\"league\"")
    let bars = report.catalogue.scores.map { Charts.Bar(label: $0.name, value: $0.score, style: "bar-subject") }
      + [
        Charts.Bar(
          label: words.median(of: report.catalogue.medianCount), value: report.catalogue.medianScore, style: "bar-median")
      ]
    let description = bars.map { "\($0.label): \(ScoreFormat.score($0.value, language))" }.joined(separator: "; ")
    body += "<figure>\n<figcaption>\(HTML.escape(words.overall))</figcaption>\n"
      + Charts.bars(
        id: "chart-overall", title: "\(words.overall): \(words.leagueTitle)", description: description, bars: bars,
        valueText: { ScoreFormat.score($0, language) })
      + "\n</figure>\n</section>\n"
    body += "<section aria-labelledby=\"method\">\n<h2 id=\"method\">\(HTML.escape(words.method))</h2>\n<p>\(HTML.escape(words.methodText))</p>\n</section>\n"
    return body
  }
}
