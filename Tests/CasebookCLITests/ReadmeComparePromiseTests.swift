import CasebookTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The fenced block that follows `marker` and an empty line in the README.
func readmeBlock(after marker: String) throws -> String {
  let readme = try String(contentsOfFile: packageRoot + "/README.md", encoding: .utf8)
  let start = try #require(readme.range(of: marker + "\n\n```\n"), "the README no longer has \(marker)")
  let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
  return String(readme[start.upperBound..<end.lowerBound])
}

/// The numbered recommendation lines of a text or Markdown report: position, gain and criterion title (up to a
/// colon).
private func numberedRecommendations(_ text: String) -> [String] {
  text.split(separator: "\n").compactMap { line -> String? in
    guard let match = line.firstMatch(of: #/^(\d+)\. \+([0-9.]+) ([^:]+)/#) else { return nil }
    return "\(match.1). +\(match.2) \(match.3)"
  }
}

/// Each SVG chart of a page: its `<title>`, its `<desc>`, and its bars as (label, value) — the text before
/// and after each bar's `<rect>`.
private final class ChartReader: NSObject, XMLParserDelegate {
  struct Chart {
    var title = ""
    var description = ""
    var bars: [(label: String, value: String)] = []
    var events: [String] = []  // texts, and "<rect>" for a bar
  }
  var charts: [Chart] = []
  private var element: String?
  private var text = ""

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if elementName == "svg" { charts.append(Chart()) }
    guard !charts.isEmpty else { return }
    if elementName == "rect", attributes["class"]?.hasPrefix("bar-") == true { charts[charts.count - 1].events.append("<rect>") }
    if ["title", "desc", "text"].contains(elementName) {
      element = elementName
      text = ""
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if element != nil { text += string }
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    guard let open = element, open == elementName, !charts.isEmpty else { return }
    switch open {
    case "title": charts[charts.count - 1].title = text
    case "desc": charts[charts.count - 1].description = text
    default: charts[charts.count - 1].events.append(text)
    }
    element = nil
  }

  static func read(_ html: String) throws -> [Chart] {
    let reader = ChartReader()
    let parser = XMLParser(data: Data(html.utf8))
    parser.delegate = reader
    #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
    return reader.charts.map { chart in
      var chart = chart
      for (index, event) in chart.events.enumerated() where event == "<rect>" && index > 0 && index + 1 < chart.events.count {
        chart.bars.append((chart.events[index - 1], chart.events[index + 1]))
      }
      return chart
    }
  }
}

@Suite("README promises: compare and rank")
struct ReadmeComparePromiseTests {
  @Test("compare shows the top five recommendations, largest gain first, ties in model order")
  func topFive() throws {
    let catalogue = try referenceCatalogue()
    // Gain = 100 × weight × (1 − credit) / 53 for Testergem (model 2): kok.experiment missing (3 × 1 = 5.7), then
    // the missing criteria of weight 2 (2 × 1 = 3.8) in model order: kok.representative, law.archiving,
    // law.accessibility; then the first partial criterion of weight 3 (3 × 0.5 = 2.8), kok.listen.
    // The report names each criterion by its title; its id is in the technical appendix.
    let expected = [
      "1. +5.7 Room to experiment", "2. +3.8 Not only the loudest voices",
      "3. +3.8 Archiving posts and messages as public records", "4. +3.8 Accessible posts",
      "5. +2.8 Listening and monitoring",
    ]
    for format in ["text", "markdown"] {
      let result = try casebook(["compare", "testergem", "--lang", "en", "--format", format], in: catalogue.root)
      #expect(result.status == 0, "\(result)")
      #expect(numberedRecommendations(result.output) == expected, "\(format)")
    }
    let json = try jsonObject(try casebook(["compare", "testergem", "--format", "json"], in: catalogue.root).output)
    let all = try #require(json["recommendations"] as? [[String: Any]])
    #expect(all.count > 5, "only the report text stops at five")
  }

  @Test("rank is in English unless --lang says otherwise, although every policy is in Dutch")
  func rankLanguage() throws {
    let catalogue = try referenceCatalogue()
    for format in ["text", "markdown", "html", "json"] {
      let plain = try casebook(["rank", "--format", format], in: catalogue.root)
      #expect(plain.status == 0, "\(plain)")
      let english = try casebook(["rank", "--format", format, "--lang", "en"], in: catalogue.root)
      let dutch = try casebook(["rank", "--format", format, "--lang", "nl"], in: catalogue.root)
      #expect(plain.output == english.output, "\(format)")
      if format != "json" { #expect(plain.output != dutch.output, "\(format)") }
    }
    #expect(try casebook(["rank", "--format", "html"], in: catalogue.root).output.contains(" lang=\"en\""))
    // compare, by contrast, follows the policy's language.
    let compare = try casebook(["compare", "testergem"], in: catalogue.root)
    #expect(compare.output == (try casebook(["compare", "testergem", "--lang", "nl"], in: catalogue.root)).output)
  }

  @Test("Every HTML chart has a title and a description, and names each bar and its value in text")
  func chartLabels() throws {
    let catalogue = try referenceCatalogue()
    // Testergem's pillar scores (README); it is also the median of the three policies in every pillar.
    let pillars = ["50", "73.3", "50", "16.7", "37.5", "31.8"]
    // Voorbeeldstad meets every criterion.
    for with in [false, true] {
      let arguments = ["compare", "testergem", "--lang", "en", "--format", "html"] + (with ? ["--with", "voorbeeldstad"] : [])
      let result = try casebook(arguments, in: catalogue.root)
      #expect(result.status == 0, "\(result)")
      let charts = try ChartReader.read(result.output)
      #expect(charts.count == pillars.count)
      for (chart, score) in zip(charts, pillars) {
        #expect(!chart.title.isEmpty)
        var bars = [("Testergem", score)]
        if with { bars.append(("Voorbeeldstad", "100")) }
        bars += [("Median of 3 policies", score), ("Best practice", "100")]
        #expect(chart.bars.map(\.label) == bars.map(\.0), "\(chart.title)")
        #expect(chart.bars.map(\.value) == bars.map(\.1), "\(chart.title)")
        for (label, value) in bars {
          let named = try #require(chart.description.range(of: label), "\(chart.description)")
          #expect(chart.description[named.upperBound...].contains(value), "\(chart.description)")
        }
      }
    }
  }

  @Test("A catalogue without its model, or with a broken one, makes compare and rank exit 1")
  func missingModel() throws {
    let catalogue = try referenceCatalogue()
    let model = try String(contentsOfFile: packageRoot + "/schema/best-practice.yaml", encoding: .utf8)
    try catalogue.commit(["schema/best-practice.yaml": nil], message: "Remove the model")
    for arguments in [["compare", "testergem"], ["rank"]] {
      let result = try casebook(arguments, in: catalogue.root)
      #expect(result.status == 1, "\(arguments): \(result)")
      #expect(result.errors.contains("schema/best-practice.yaml"), "\(result.errors)")
      #expect(result.output.isEmpty)
    }
    try catalogue.commit(
      ["schema/best-practice.yaml": model.replacingOccurrences(of: "pillar: measure", with: "pillar: meten")],
      message: "Break the model")
    for arguments in [["compare", "testergem"], ["rank"]] {
      let result = try casebook(arguments, in: catalogue.root)
      #expect(result.status == 1, "\(arguments): \(result)")
      #expect(result.errors.contains("schema/best-practice.yaml"), "\(result.errors)")
    }
  }

  @Test("The README's rank table is what rank prints on the reference catalogue")
  func readmeRankTable() throws {
    let catalogue = try referenceCatalogue()
    let result = try casebook(["rank"], in: catalogue.root)
    #expect(result.status == 0, "\(result)")
    #expect(result.output == (try readmeBlock(after: "and `casebook rank`:")))
  }
}
