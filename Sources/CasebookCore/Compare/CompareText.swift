import CasebookText
/// Output formats of `compare` and `rank`.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// Aligned text for a terminal.
  case text
  /// GitHub-flavoured Markdown.
  case markdown
  /// A JSON object.
  case json
  /// One self-contained HTML page.
  case html
  /// RFC 4180 CSV (league tables only).
  case csv
}

/// Renders a comparison in any format except CSV.
public enum CompareRenderer {
  /// The report as text for a terminal, Markdown, JSON or a self-contained HTML page.
  public static func render(_ report: ComparisonReport, format: ReportFormat, language: Language) -> String {
    switch format {
    case .text, .csv: Display.finish(CompareText(report: report, language: language, markdown: false).render(), color: false)
    case .markdown:
      Display.finish(
        MarkdownText.escaped(CompareText(report: report, language: language, markdown: true).render()), color: false)
    case .json: CompareJSON.render(report, language: language).text(pretty: true) + "\n"
    case .html: CompareHTML(report: report, language: language).render()
    }
  }
}

/// Text and Markdown: the same content, laid out for a terminal or for a Markdown page.
struct CompareText {
  let report: ComparisonReport
  let language: Language
  let markdown: Bool
  var words: ReportWords { ReportWords.of(language) }
  var model: BestPracticeModel { report.model }

  func render() -> String {
    var output = header()
    output += "\n" + scoreTable().rendered(markdown) + "\n"
    if let indicative = words.indicative(report.catalogue) { output += wrap(indicative, indent: 0) + "\n" }
    if let other = report.other {
      output += heading(words.criterion, level: 2)
      output += sideBySide(other).rendered(markdown) + "\n"
      output += differences(better: other, than: report.subject)
      output += differences(better: report.subject, than: other)
    }
    output += recommendations(report.subject)
    if report.other == nil {
      for pillar in model.pillars { output += pillarSection(pillar, report.subject) }
    }
    output += footer()
    output += technicalNames()
    return output
  }

  func header() -> String {
    let subject = report.subject
    let title = words.heading(
      "\(subject.name) (\(subject.municipality))", report.other.map { "\($0.name) (\($0.municipality))" })
    var output = markdown ? "# \(title)\n\n" : "\(title)\n\n"
    for score in [report.subject] + (report.other.map { [$0] } ?? []) {
      let line = words.policyLine(score)
      output += markdown ? "- \(line)\n" : "\(line)\n"
    }
    let modelLine = words.modelLine(model, report.snapshotLabel)
    output += markdown ? "- \(modelLine)\n" : "\(modelLine)\n"
    return output
  }

  func scoreTable() -> Table {
    let scores = [report.subject] + (report.other.map { [$0] } ?? [])
    let names = scores.count > 1 ? scores.map(\.name) : [words.score]
    var table = Table(
      columns: [words.pillar] + names + [words.median(of: report.catalogue.medianCount), words.bestPractice],
      numericColumns: Set(1...(names.count + 2)))
    table.rows.append(
      [words.overall] + scores.map { ScoreFormat.score($0.score, language) }
        + [ScoreFormat.score(report.catalogue.medianScore, language), "100"])
    for pillar in model.pillars {
      table.rows.append(
        [pillar.title(language)] + scores.map { ScoreFormat.score($0.pillarScore(pillar.id), language) }
          + [ScoreFormat.score(report.catalogue.medianScore(ofPillar: pillar.id), language), "100"])
    }
    return table
  }

  func sideBySide(_ other: PolicyScore) -> Table {
    var table = Table(columns: [words.criterion, words.pillar, report.subject.name, other.name])
    for (left, right) in zip(report.subject.criteria, other.criteria) {
      table.rows.append([
        left.criterion.title(language),
        model.pillar(id: left.criterion.pillar)?.title(language) ?? left.criterion.pillar,
        "\(ReportWords.mark(left.status)) \(words.status(left.status))",
        "\(ReportWords.mark(right.status)) \(words.status(right.status))",
      ])
    }
    return table
  }

  /// Criteria where `better` earns more credit than `worse`, with what `better` has.
  func differences(better: PolicyScore, than worse: PolicyScore) -> String {
    var output = ""
    for (good, weak) in zip(better.criteria, worse.criteria) {
      guard let high = good.status.credit, let low = weak.status.credit, high > low else { continue }
      output += item(
        "\(good.criterion.title(language)) (\(words.status(good.status)) / \(words.status(weak.status)))",
        details: [(words.found, ReasonText.of(good, language))])
    }
    guard !output.isEmpty else { return "" }
    return heading(words.doesBetter(better.name), level: 2) + output
  }

  func recommendations(_ score: PolicyScore) -> String {
    var output = heading(
      report.other == nil ? words.topRecommendations : words.say(.topRecommendationsOf, .text(score.name)), level: 2)
    let top = score.recommendations.prefix(5)
    if top.isEmpty { return output + words.noRecommendations + "\n" }
    for (index, recommendation) in top.enumerated() {
      let criterion = recommendation.criterion.criterion
      let lead = "\(index + 1). +\(ScoreFormat.number(recommendation.gain, language)) \(criterion.title(language))"
      output += markdown ? "\(lead): \(criterion.recommendation(language))\n" : "\(lead)\n" + wrap(criterion.recommendation(language), indent: 5)
    }
    return output
  }

  func pillarSection(_ pillar: Pillar, _ score: PolicyScore) -> String {
    var output = heading("\(pillar.title(language)): \(ScoreFormat.score(score.pillarScore(pillar.id), language))", level: 2)
    for result in score.criteria where result.criterion.pillar == pillar.id {
      let criterion = result.criterion
      let status = "\(ReportWords.mark(result.status)) \(words.status(result.status))"
      let title = "\(criterion.title(language)) (\(words.weight(criterion.weight))): \(status)"
      var details = [(words.found, ReasonText.of(result, language))]
      var peerLines: [String] = []
      if result.status == .partial || result.status == .missing {
        details.append((words.recommendation, criterion.recommendation(language)))
        peerLines = result.peers.map(peer)
      }
      output += item(title, details: details, list: peerLines.isEmpty ? nil : (words.peers, peerLines))
    }
    return output
  }

  func peer(_ peer: Peer) -> String {
    switch peer {
    case .policy(let id, let name, let score):
      "\(name) (\(id), \(ScoreFormat.score(score, language)))"
    case .caseStudy(let id, let title, let municipality, let year):
      "\(words.caseWord) \(id): \(title) (\(municipality), \(year))"
    }
  }

  func footer() -> String {
    var output = heading(words.method, level: 2)
    output += markdown ? words.methodText + "\n" : wrap(words.methodText, indent: 0)
    return output
  }

  /// The appendix for model and policy authors: each criterion's id and the policy fields it reads, which the
  /// body of the report names in words only.
  func technicalNames() -> String {
    var output = heading(words.technical, level: 2)
    output += markdown ? words.technicalText + "\n\n" : wrap(words.technicalText, indent: 0)
    for result in report.subject.criteria {
      let fields = ReasonText.fields(result)
      let line = "\(result.criterion.title(language)): \(code(result.criterion.id))"
        + (fields.isEmpty ? "" : " — " + fields.map(code).joined(separator: ", "))
      output += markdown ? "- \(line)\n" : wrap("- " + line, indent: 0, hanging: 2)
    }
    return output
  }

  // MARK: layout helpers

  func heading(_ text: String, level: Int) -> String {
    markdown ? "\n" + String(repeating: "#", count: level) + " \(text)\n\n" : "\n\(text)\n\(String(repeating: "-", count: text.count))\n"
  }

  func code(_ text: String) -> String { markdown ? "`\(text)`" : text }

  /// A criterion: its title line, labelled details, and an optional labelled list (the peers).
  func item(_ title: String, details: [(String, String)], list: (String, [String])? = nil) -> String {
    if markdown {
      var output = "- **\(title)**\n" + details.map { "  - \($0.0): \(Table.markdownCell($0.1))\n" }.joined()
      if let (label, lines) = list {
        output += "  - \(label):\n" + lines.map { "    - \(Table.markdownCell($0))\n" }.joined()
      }
      return output
    }
    var output = "\(title)\n" + details.map { wrap("\($0.0): \($0.1)", indent: 4) }.joined()
    if let (label, lines) = list {
      output += "    \(label):\n" + lines.map { wrap("- " + $0, indent: 6, hanging: 2) }.joined()
    }
    return output
  }

  /// Wraps text at `width` columns (100, or the terminal's width when that is less), indented, with
  /// continuation lines indented `hanging` more.
  func wrap(
    _ text: String, indent: Int, hanging: Int = 0,
    width: Int = min(100, max(TerminalLayout.width ?? 100, TerminalLayout.minimumWidth))
  ) -> String {
    guard text.contains(where: { !$0.isWhitespace }) else { return "" }
    let pad = String(repeating: " ", count: indent)
    return Wrap.lines(text, width: width, first: pad, rest: pad + String(repeating: " ", count: hanging))
  }
}

extension Table {
  func rendered(_ markdown: Bool) -> String { markdown ? self.markdown() : aligned() }
}
