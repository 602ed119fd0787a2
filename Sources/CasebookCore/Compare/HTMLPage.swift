import CasebookText
/// The frame of the HTML reports: one self-contained page (inline CSS and SVG, no scripts, no network), written
/// as well-formed XHTML so XML tools can read it too, for screen and print.
enum HTMLPage {
  /// Escapes text for element content and attribute values.
  static func escape(_ text: String) -> String { DiagnosticRenderer.xml(text) }

  /// A complete page.
  static func page(language: Language, title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.rawValue)" xml:lang="\(language.rawValue)">
    <head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta name="generator" content="casebook"/>
    <title>\(escape(title))</title>
    <style>
    \(css)
    </style>
    </head>
    <body>
    \(body)
    </body>
    </html>

    """
  }

  static let css = """
    :root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #8c8c8c; --subject: #1d4e89; --other: #8a3b00;
      --median: #5c5c5c; --best: #2e6b30; --paper: #ffffff; --band: #f2f4f7; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 70rem; padding: 1.5rem; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI",
      Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--paper); }
    h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 0.5rem; }
    h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; border-bottom: 2px solid var(--ink); padding-bottom: 0.2rem; }
    h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
    p.meta, .muted { color: var(--muted); }
    .overall { font-size: 1.25rem; }
    .overall strong { font-size: 2.2rem; }
    table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
    caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
    th, td { border: 1px solid var(--line); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
    thead th { background: var(--band); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
    .status { display: inline-block; white-space: nowrap; padding: 0 0.4rem; border: 1px solid currentColor;
      border-radius: 0.25rem; font-weight: 600; }
    .status-met { color: #1f5c22; }
    .status-partial { color: #7a4a00; }
    .status-missing { color: #a11a1a; }
    .status-not-applicable { color: var(--muted); font-weight: 400; }
    .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1rem; }
    figure { margin: 0; border: 1px solid var(--line); padding: 0.5rem; }
    figcaption { font-weight: 600; margin-bottom: 0.25rem; }
    svg { display: block; width: 100%; height: auto; }
    svg text { font: 12px system-ui, Arial, sans-serif; fill: var(--ink); }
    svg .axis { stroke: var(--line); stroke-width: 1; }
    svg .bar-subject { fill: var(--subject); }
    svg .bar-other { fill: var(--other); }
    svg .bar-median { fill: var(--median); }
    svg .bar-best { fill: var(--paper); stroke: var(--best); stroke-width: 2; stroke-dasharray: 6 3; }
    ol.recommendations li { margin-bottom: 0.5rem; }
    .peers, .found { margin: 0.25rem 0 0; padding-left: 1.1rem; }
    .found { margin: 0; }
    footer { margin-top: 2rem; border-top: 1px solid var(--line); padding-top: 0.5rem; color: var(--muted);
      font-size: 0.9rem; }
    @media print {
      :root { --ink: #000000; --muted: #222222; --line: #555555; --band: #e6e6e6; }
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      h2 { break-after: avoid; }
      figure, tr, li { break-inside: avoid; }
      .charts { grid-template-columns: repeat(2, 1fr); }
      a { color: inherit; text-decoration: none; }
    }
    @page { margin: 15mm; }
    """

  /// One bar of a chart.
  struct Bar {
    var label: String
    var value: Double?
    var style: String
  }

  /// Presentation attributes per bar style, so the chart also reads right without the page's CSS.
  static let barAttributes: [String: String] = [
    "bar-subject": "fill=\"#1d4e89\"",
    "bar-other": "fill=\"#8a3b00\"",
    "bar-median": "fill=\"#5c5c5c\"",
    "bar-best": "fill=\"#ffffff\" stroke=\"#2e6b30\" stroke-width=\"2\" stroke-dasharray=\"6 3\"",
  ]

  /// A horizontal bar chart on a 0–100 scale, labelled in text (never colour alone), with `<title>` and `<desc>`
  /// for assistive technology.
  static func chart(id: String, title: String, description: String, bars: [Bar], language: Language) -> String {
    let labelWidth = 170.0
    let scale = 2.4
    let rowHeight = 26.0
    let top = 8.0
    let height = top + Double(bars.count) * rowHeight + 24
    let width = labelWidth + 100 * scale + 50
    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" \
      height="\(Int(height))" role="img" aria-labelledby="\(id)-title \(id)-desc">
      <title id="\(id)-title">\(escape(title))</title>
      <desc id="\(id)-desc">\(escape(description))</desc>

      """
    for tick in [0.0, 50, 100] {
      let x = labelWidth + tick * scale
      svg += "<line class=\"axis\" stroke=\"#8c8c8c\" x1=\"\(x)\" y1=\"\(top - 4)\" x2=\"\(x)\" y2=\"\(height - 18)\"/>\n"
      svg += "<text x=\"\(x)\" y=\"\(height - 4)\" text-anchor=\"middle\">\(Int(tick))</text>\n"
    }
    for (index, bar) in bars.enumerated() {
      let y = top + Double(index) * rowHeight
      svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(shorten(bar.label)))</text>\n"
      let value = bar.value ?? 0
      svg += "<rect class=\"\(bar.style)\" \(barAttributes[bar.style] ?? "") x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(ScoreFormat.number(max(value, 0) * scale))\" height=\"16\"/>\n"
      let text = ScoreFormat.score(bar.value, language)
      svg += "<text x=\"\(ScoreFormat.number(labelWidth + max(value, 0) * scale + 6))\" y=\"\(y + 15)\">\(escape(text))</text>\n"
    }
    return svg + "</svg>"
  }

  private static func shorten(_ text: String) -> String {
    text.count > 22 ? String(text.prefix(21)) + "…" : text
  }

  /// A status in words with its mark, styled but readable without colour.
  static func status(_ status: CriterionStatus, _ words: ReportWords) -> String {
    "<span class=\"status status-\(status.rawValue)\">\(ReportWords.mark(status)) \(escape(words.status(status)))</span>"
  }

  /// A table from rows of already escaped cells; `numeric` columns are right-aligned.
  static func table(caption: String, columns: [String], rows: [[String]], numeric: Set<Int>, rowHeaders: Bool = true) -> String {
    var html = "<table>\n<caption>\(escape(caption))</caption>\n<thead><tr>"
    for (index, column) in columns.enumerated() {
      html += "<th scope=\"col\"\(numeric.contains(index) ? " class=\"num\"" : "")>\(escape(column))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr>"
      for (index, cell) in row.enumerated() {
        let numericClass = numeric.contains(index) ? " class=\"num\"" : ""
        html += index == 0 && rowHeaders ? "<th scope=\"row\">\(cell)</th>" : "<td\(numericClass)>\(cell)</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }
}
