import CasebookText

/// The comparison in HTML with an SVG chart per pillar: one self-contained page (`compare --format html`), or
/// the same sections inside a municipality's page of the site, where peers link to their pages.
struct CompareHTML {
  let report: ComparisonReport
  let language: Language
  /// The site's address of a peer's page (a municipality or a case study, by id); nil in the self-contained
  /// report, which links nowhere.
  var peerLink: ((Peer) -> String?)? = nil
  /// Criterion blocks made for earlier pages of the same site, reused when a result is the same.
  var fragments: CompareFragments? = nil
  var words: ReportWords { ReportWords.of(language) }
  var model: BestPracticeModel { report.model }
  var scores: [PolicyScore] { [report.subject] + (report.other.map { [$0] } ?? []) }

  func escape(_ text: String) -> String { HTML.escape(text) }

  /// The self-contained page.
  func render() -> String {
    let body = "<header>\n<h1>\(escape(title))</h1>\n\(meta())</header>\n<main>\n\(sections())</main>\n"
    return PageFrame.report(language: language, title: title, body: body, footer: footer)
  }

  /// The line at the foot of every printed page: the report (by the municipalities' names only, to keep it
  /// on one line), when it was made and from which version of the catalogue.
  var footer: String {
    let made = report.date.map { words.madeOn($0, report.snapshotLabel) } ?? report.snapshotLabel.text(language)
    return "\(words.heading(scores[0].name, scores.count > 1 ? scores[1].name : nil)) · \(made)"
  }

  /// The report's heading.
  var title: String {
    let names = scores.map { "\($0.name) (\($0.municipality))" }
    return words.heading(names[0], names.count > 1 ? names[1] : nil)
  }

  /// The lines under the heading: each policy, and the model and revision the scores come from.
  func meta() -> String {
    var html = ""
    for score in scores {
      html += "<p class=\"meta\">\(escape(words.policyLine(score)))</p>\n"
    }
    // With a date, the catalogue's version is named once, on the line that says when the report was made.
    guard let date = report.date else {
      return html + "<p class=\"meta\">\(escape(words.modelLine(model, report.snapshotLabel)))</p>\n"
    }
    let modelLine = words.say(.modelLineAlone, model.title.argument, .number(model.version), .text(model.path))
    html += "<p class=\"meta\">\(escape(modelLine))</p>\n"
    html += "<p class=\"meta\">\(escape(words.madeOn(date, report.snapshotLabel)))</p>\n"
    return html
  }

  /// The report's sections: scores with charts, the side-by-side table, recommendations, every pillar and the
  /// method; the same in the report and on the site.
  func sections() -> String {
    var body = summary()
    if let other = report.other {
      body += sideBySide(other)
    }
    body += recommendations()
    if report.other == nil {
      for pillar in model.pillars { body += pillarSection(pillar) }
    }
    return body + method()
  }

  func summary() -> String {
    let catalogue = report.catalogue
    let median = words.median(of: catalogue.medianCount)
    var html = "<section aria-labelledby=\"scores\">\n<h2 id=\"scores\">\(escape(words.scores))</h2>\n"
    for score in scores {
      html += "<p class=\"overall\">\(escape(score.name)): <strong>\(escape(ScoreFormat.score(score.score, language)))</strong> / 100"
      html += " <span class=\"muted\">(\(escape(median)): \(escape(ScoreFormat.score(catalogue.medianScore, language))))</span></p>\n"
    }
    if let indicative = words.indicative(catalogue) {
      html += "<p class=\"notice indicative\">\(escape(indicative))</p>\n"
    }
    let columns = [words.pillar] + scores.map(\.name) + [median, words.bestPractice]
    var rows: [[String]] = [
      [escape(words.overall)] + scores.map { escape(ScoreFormat.score($0.score, language)) }
        + [escape(ScoreFormat.score(report.catalogue.medianScore, language)), "100"]
    ]
    for pillar in model.pillars {
      rows.append(
        [escape(pillar.title(language))] + scores.map { escape(ScoreFormat.score($0.pillarScore(pillar.id), language)) }
          + [escape(ScoreFormat.score(report.catalogue.medianScore(ofPillar: pillar.id), language)), "100"])
    }
    html += HTML.table(
      caption: words.say(.scoresScale), columns: columns, rows: rows, numeric: Set(1..<columns.count))
    html += "<div class=\"charts\">\n"
    for pillar in model.pillars {
      html += chart(pillar)
    }
    return html + "</div>\n</section>\n"
  }

  func chart(_ pillar: Pillar) -> String {
    let pillarTitle = pillar.title(language)
    var bars = scores.enumerated().map { index, score in
      Charts.Bar(label: score.name, value: score.pillarScore(pillar.id), style: index == 0 ? "bar-subject" : "bar-other")
    }
    bars.append(
      Charts.Bar(
        label: words.median(of: report.catalogue.medianCount(ofPillar: pillar.id)),
        value: report.catalogue.medianScore(ofPillar: pillar.id), style: "bar-median"))
    bars.append(Charts.Bar(label: words.bestPractice, value: 100, style: "bar-best"))
    let description = bars.map { "\($0.label): \(ScoreFormat.score($0.value, language))" }.joined(separator: "; ")
    let svg = Charts.bars(
      id: "chart-\(pillar.id)", title: words.chartOf(pillarTitle), description: description, bars: bars,
      valueText: { ScoreFormat.score($0, language) })
    return "<figure>\n<figcaption>\(escape(pillarTitle))</figcaption>\n\(svg)\n</figure>\n"
  }

  func sideBySide(_ other: PolicyScore) -> String {
    var html = "<section aria-labelledby=\"criteria\">\n<h2 id=\"criteria\">\(escape(words.criterion))</h2>\n"
    var rows: [[String]] = []
    for (left, right) in zip(report.subject.criteria, other.criteria) {
      rows.append([
        escape(left.criterion.title(language)),
        escape(model.pillar(id: left.criterion.pillar)?.title(language) ?? left.criterion.pillar),
        Self.status(left.status, words), Self.status(right.status, words),
        "<code>\(escape(left.criterion.id))</code>",
      ])
    }
    html += HTML.table(
      caption: words.criterion,
      columns: [words.criterion, words.pillar, report.subject.name, other.name, words.technicalColumn], rows: rows,
      numeric: [])
    html += differences(better: other, than: report.subject)
    html += differences(better: report.subject, than: other)
    return html + "</section>\n"
  }

  func differences(better: PolicyScore, than worse: PolicyScore) -> String {
    var items = ""
    for (good, weak) in zip(better.criteria, worse.criteria) {
      guard let high = good.status.credit, let low = weak.status.credit, high > low else { continue }
      items += "<li>\(escape(good.criterion.title(language))): "
        + "\(Self.status(good.status, words)) / \(Self.status(weak.status, words))<br/>"
        + "\(escape(words.found)): \(escape(ReasonText.of(good, language)))</li>\n"
    }
    guard !items.isEmpty else { return "" }
    return "<h3>\(escape(words.doesBetter(better.name)))</h3>\n<ul>\n\(items)</ul>\n"
  }

  func recommendations() -> String {
    let subject = report.subject
    var html = "<section aria-labelledby=\"recommendations\">\n<h2 id=\"recommendations\">\(escape(words.topRecommendations))</h2>\n"
    let top = subject.recommendations.prefix(5)
    guard !top.isEmpty else { return html + "<p>\(escape(words.noRecommendations))</p>\n</section>\n" }
    html += "<ol class=\"recommendations\">\n"
    for recommendation in top {
      let criterion = recommendation.criterion.criterion
      html += "<li><strong>+\(escape(ScoreFormat.number(recommendation.gain, language)))</strong> "
        + "\(escape(criterion.title(language))): "
        + "\(escape(criterion.recommendation(language)))</li>\n"
    }
    return html + "</ol>\n</section>\n"
  }

  /// A status in words with its mark, styled but readable without colour.
  static func status(_ status: CriterionStatus, _ words: ReportWords) -> String {
    "<span class=\"status status-\(status.rawValue)\">\(ReportWords.mark(status)) \(HTML.escape(words.status(status)))</span>"
  }

  /// The fields read, one per line, by their names in words.
  func found(_ result: CriterionResult) -> String {
    let items = "<ul class=\"found\">" + ReasonText.parts(result, language).map { "<li>\(escape($0))</li>" }.joined() + "</ul>"
    return result.status == .notApplicable ? escape(words.say(.doesNotApply, .text(""))) + items : items
  }

  func method() -> String {
    var html = "<section aria-labelledby=\"method\">\n<h2 id=\"method\">\(escape(words.method))</h2>\n"
    html += "<p>\(escape(words.methodText))</p>\n"
    if !model.sources.isEmpty {
      html += "<h3>\(escape(words.sources))</h3>\n<ul>\n"
      for source in model.sources {
        html += "<li>\(escape(source.citation))"
        if let url = source.url { html += " (\(HTML.webLink(url)))" }
        html += "</li>\n"
      }
      html += "</ul>\n"
    }
    return html + "</section>\n"
  }
}
