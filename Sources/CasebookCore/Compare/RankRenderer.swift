import CasebookText
/// Renders the league table of `casebook rank`.
public enum RankRenderer {
  /// The league table as an aligned table, Markdown, CSV, JSON or a self-contained HTML page.
  public static func render(_ report: RankReport, format: ReportFormat, language: Language) -> String {
    let table = self.table(report, language)
    switch format {
    case .text: return Display.finish(table.aligned(), color: false)
    case .markdown:
      return Display.finish(MarkdownText.escaped("# \(ReportWords.of(language).leagueTitle)\n\n" + table.markdown()), color: false)
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
      numericColumns: Set([0] + Array(3..<(4 + pillars.count))))
    for (rank, score) in zip(catalogue.ranks, catalogue.scores) {
      table.rows.append(
        [String(rank), score.name, score.municipality, ScoreFormat.score(score.score, language)]
          + pillars.map { ScoreFormat.score(score.pillarScore($0.id), language) })
    }
    return table
  }

  static func json(_ report: RankReport, _ language: Language) -> JSONValue {
    let catalogue = report.catalogue
    let rows: [JSONValue] = zip(catalogue.ranks, catalogue.scores).map { rank, score in
      .object([
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
      (
        "pillars",
        .array(
          catalogue.model.pillars.map {
            .object([
              ("id", .string($0.id)), ("title", .string($0.title(language))),
              ("median", ScoreFormat.json(catalogue.medianScore(ofPillar: $0.id))),
            ])
          })
      ),
      ("municipalities", .array(rows)),
      ("invalid_policies", .strings(report.invalidPolicies)),
    ])
  }

  static func html(_ report: RankReport, _ language: Language, _ table: Table) -> String {
    let words = ReportWords.of(language)
    let model = report.catalogue.model
    let escape = HTMLPage.escape
    var body = "<header>\n<h1>\(escape(words.leagueTitle))</h1>\n"
    body += "<p class=\"meta\">\(escape(words.modelLine(model, report.snapshotLabel)))</p>\n"
    body += "</header>\n<main>\n<section aria-labelledby=\"table\">\n<h2 id=\"table\">\(escape(words.scores))</h2>\n"
    body += HTMLPage.table(
      caption: words.leagueTitle, columns: table.columns, rows: table.rows.map { $0.map(escape) },
      numeric: table.numericColumns, rowHeaders: false)
    let bars = report.catalogue.scores.map { HTMLPage.Bar(label: $0.name, value: $0.score, style: "bar-subject") }
      + [HTMLPage.Bar(label: words.median, value: report.catalogue.medianScore, style: "bar-median")]
    let description = bars.map { "\($0.label): \(ScoreFormat.score($0.value, language))" }.joined(separator: "; ")
    body += "<figure>\n<figcaption>\(escape(words.overall))</figcaption>\n"
      + HTMLPage.chart(id: "chart-overall", title: "\(words.overall): \(words.leagueTitle)", description: description, bars: bars, language: language)
      + "\n</figure>\n</section>\n"
    body += "<section aria-labelledby=\"method\">\n<h2 id=\"method\">\(escape(words.method))</h2>\n<p>\(escape(words.methodText))</p>\n</section>\n"
    body += "</main>\n<footer><p>casebook · \(escape(model.path)) v\(model.version) · "
      + "\(escape(report.snapshotLabel.text(language)))</p></footer>"
    return HTMLPage.page(language: language, title: words.leagueTitle, body: body)
  }
}
