/// Charts drawn as inline SVG: every value is written in text beside its bar, so no meaning rests on colour,
/// and every chart has a `<title>` and `<desc>` for assistive technology. Presentation attributes (not
/// `style`) keep the charts right without the page's CSS and under a strict Content-Security-Policy.
enum Charts {
  /// One bar of a chart.
  struct Bar {
    var label: String
    var value: Double?
    var style: String
  }

  /// Presentation attributes per bar style.
  static let barAttributes: [String: String] = [
    "bar-subject": "fill=\"#1d4e89\"",
    "bar-other": "fill=\"#8a3b00\"",
    "bar-median": "fill=\"#5c5c5c\"",
    "bar-best": "fill=\"#ffffff\" stroke=\"#2e6b30\" stroke-width=\"2\" stroke-dasharray=\"6 3\"",
  ]

  /// The size of the charts' text in SVG units. A chart is 480 units wide and printed 130 mm wide (`figure svg`
  /// in print.css), so this text prints at 14 × 130 mm ÷ 480 ≈ 3.8 mm ≈ 10.7 pt: at least the 10 pt a printed
  /// report needs (PrintedReportTests measures it in the PDF).
  static let fontSize = 14

  /// A horizontal bar chart on a 0–100 scale; `valueText` writes a value (or its absence) in words.
  static func bars(id: String, title: String, description: String, bars: [Bar], valueText: (Double?) -> String) -> String {
    let labelWidth = 190.0
    let scale = 2.4
    let rowHeight = 26.0
    let top = 8.0
    let height = top + Double(bars.count) * rowHeight + 24
    let width = labelWidth + 100 * scale + 50
    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" \
      height="\(Int(height))" font-size="\(fontSize)" font-family="system-ui, Arial, sans-serif" role="img" \
      aria-labelledby="\(id)-title \(id)-desc">
      <title id="\(id)-title">\(HTML.escape(title))</title>
      <desc id="\(id)-desc">\(HTML.escape(description))</desc>

      """
    for tick in [0.0, 50, 100] {
      let x = labelWidth + tick * scale
      svg += "<line class=\"axis\" stroke=\"#8c8c8c\" x1=\"\(x)\" y1=\"\(top - 4)\" x2=\"\(x)\" y2=\"\(height - 18)\"/>\n"
      svg += "<text x=\"\(x)\" y=\"\(height - 4)\" text-anchor=\"middle\">\(Int(tick))</text>\n"
    }
    for (index, bar) in bars.enumerated() {
      let y = top + Double(index) * rowHeight
      svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTML.escape(shorten(bar.label)))</text>\n"
      let value = bar.value ?? 0
      svg += "<rect class=\"\(bar.style)\" \(barAttributes[bar.style] ?? "") x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(ScoreFormat.number(max(value, 0) * scale))\" height=\"16\"/>\n"
      svg += "<text x=\"\(ScoreFormat.number(labelWidth + max(value, 0) * scale + 6))\" y=\"\(y + 15)\">\(HTML.escape(valueText(bar.value)))</text>\n"
    }
    return svg + "</svg>"
  }

  private static func shorten(_ text: String) -> String {
    text.count > 25 ? String(text.prefix(24)) + "…" : text
  }

  /// The shade (0–5) of a heat-map cell holding `count` where the fullest cell holds `maximum`; 0 only for
  /// an empty cell.
  static func heatLevel(_ count: Int, maximum: Int) -> Int {
    guard count > 0, maximum > 0 else { return 0 }
    return max(1, min(5, Int((Double(count) / Double(maximum) * 5).rounded(.up))))
  }
}
