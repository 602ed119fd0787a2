import CasebookCore
import CasebookText
import CasebookTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Counts elements and checks attributes while an XML parser reads a page.
private final class PageReader: NSObject, XMLParserDelegate {
  var counts: [String: Int] = [:]
  var htmlLanguage: String?
  var svgLabels: [String] = []
  var ids: [String] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    counts[elementName, default: 0] += 1
    if elementName == "html" { htmlLanguage = attributes["lang"] }
    if elementName == "svg" { svgLabels.append(attributes["aria-labelledby"] ?? "") }
    if let id = attributes["id"] { ids.append(id) }
  }

  static func read(_ html: String) throws -> PageReader {
    let reader = PageReader()
    let parser = XMLParser(data: Data(html.utf8))
    parser.delegate = reader
    let parsed = parser.parse()
    #expect(parsed, "not well-formed: \(String(describing: parser.parserError))")
    return reader
  }
}

private func reference() throws -> ComparisonReport {
  let folder = try catalogue([:], referenceCases: true)
  return try Comparer.compare("testergem", request: ScoreRequest(directory: folder.root))
}

@Suite("Comparison reports")
struct CompareReportTests {
  @Test("JSON has the municipality, score, pillars and criteria with status, reason, recommendation and peers")
  func json() throws {
    let report = try reference()
    let text = CompareRenderer.render(report, format: .json, language: .en)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["municipality"] as? String == "be/testergem")
    #expect((object["score"] as? Double).map { abs($0 - 48.1) < 0.05 } == true)
    let pillars = try #require(object["pillars"] as? [[String: Any]])
    #expect(pillars.compactMap { $0["id"] as? String } == ["listen", "embed", "authentic", "experiment", "measure", "law"])
    #expect(pillars.allSatisfy { $0["score"] is Double })
    let criteria = try #require(object["criteria"] as? [[String: Any]])
    #expect(criteria.count == 30)
    let listen = try #require(criteria.first { $0["id"] as? String == "kok.listen" })
    #expect(listen["status"] as? String == "partial")
    // The reason is for people: the field by its name, yes or no; the path and value are in its findings.
    #expect((listen["reason"] as? String)?.contains("digital clipping service: no ✗ (must be yes)") == true)
    #expect((listen["fields"] as? [[String: Any]])?.contains { $0["path"] as? String == "listening.clipping_service" } == true)
    #expect((listen["recommendation"] as? String)?.contains("clipping service") == true)
    let peers = try #require(listen["peers"] as? [[String: Any]])
    #expect(peers.first?["municipality"] as? String == "nl/voorbeeldstad")
    let met = try #require(criteria.first { $0["id"] as? String == "kok.embed" })
    #expect(met["status"] as? String == "met")
    #expect(met["recommendation"] is NSNull)
    #expect((met["peers"] as? [Any])?.isEmpty == true)
    let archiving = try #require(criteria.first { $0["id"] as? String == "law.archiving" })
    let references = try #require(archiving["references"] as? [[String: Any]])
    #expect(references.first?["title"] as? String == "Archiefwet 1995")
    #expect(references.first?["year"] as? Int == 1995 && references.first?["jurisdiction"] as? String == "NL")
    #expect((references.first?["section"] as? String)?.contains("artikel 3") == true)
    #expect(archiving["examples"] as? [String] == ["nl/voorbeeldstad/policy", "nl/voorbeeldstad/2024-meldingen-via-whatsapp"])
  }

  @Test("JSON names only the examples this catalogue has")
  func examplesOfThisCatalogue() throws {
    let folder = try catalogue([:], referenceCases: true)
    try folder.remove("cases/nl/voorbeeldstad/policy.yaml")
    let report = try Comparer.compare("testergem", request: ScoreRequest(directory: folder.root))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(CompareRenderer.render(report, format: .json, language: .en).utf8))
        as? [String: Any])
    let criteria = try #require(object["criteria"] as? [[String: Any]])
    let archiving = try #require(criteria.first { $0["id"] as? String == "law.archiving" })
    #expect(archiving["examples"] as? [String] == ["nl/voorbeeldstad/2024-meldingen-via-whatsapp"])
  }

  @Test("HTML is one well-formed page with lang, a title, a scores table, an SVG chart per pillar, a block per criterion", arguments: Language.allCases)
  func html(language: Language) throws {
    let report = try reference()
    let html = CompareRenderer.render(report, format: .html, language: language)
    let page = try PageReader.read(html)
    #expect(page.htmlLanguage == language.rawValue)
    #expect(page.counts["svg"] == report.model.pillars.count)
    #expect(page.svgLabels.allSatisfy { !$0.isEmpty })
    #expect(page.counts["title"] == 1 + report.model.pillars.count)  // the page's and one per chart
    #expect(page.counts["h1"] == 1)
    #expect((page.counts["table"] ?? 0) >= 1)
    #expect(html.matches(of: /<div class="criterion"/).count == report.subject.criteria.count, "a block per criterion")
    #expect((page.counts["th"] ?? 0) > 0)
    #expect(page.counts["script"] == nil)
    #expect(Set(page.ids).count == page.ids.count, "ids must be unique")
    #expect(!html.contains("http-equiv") && !html.contains("<link") && !html.contains("src="), "no external resources")
    #expect(html.contains("@media print"))
  }

  @Test("Everything from the catalogue is escaped in HTML")
  func escaping() throws {
    let hostile = "title: \"<script>alert('x')</script> & \\\"Co\\\"\"\nstatus: draft\nlanguage: nl\n"
    let folder = try catalogue(municipality("nl/schurk", name: "Schurk", policy: hostile))
    let report = try Comparer.compare("nl/schurk", request: ScoreRequest(directory: folder.root))
    let html = CompareRenderer.render(report, format: .html, language: .en)
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;Co&quot;"))
    _ = try PageReader.read(html)
  }

  @Test("Side by side: both municipalities, in every format")
  func sideBySide() throws {
    let folder = try catalogue([:], referenceCases: true)
    let report = try Comparer.compare("testergem", with: "Proefdorp", request: ScoreRequest(directory: folder.root))
    #expect(report.other?.municipality == "nl/proefdorp")
    let text = CompareRenderer.render(report, format: .text, language: .en)
    #expect(text.contains("Where Testergem does better"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(CompareRenderer.render(report, format: .json, language: .en).utf8)) as? [String: Any])
    #expect((json["with"] as? [String: Any])?["municipality"] as? String == "nl/proefdorp")
    let page = try PageReader.read(CompareRenderer.render(report, format: .html, language: .nl))
    #expect(page.counts["svg"] == report.model.pillars.count)
  }

  @Test("Text and Markdown speak the chosen language")
  func languages() throws {
    let report = try reference()
    let dutch = CompareRenderer.render(report, format: .text, language: .nl)
    #expect(dutch.contains("Belangrijkste aanbevelingen"))
    #expect(dutch.contains("gedeeltelijk"))
    #expect(dutch.contains("Ruimte om te experimenteren"))
    let english = CompareRenderer.render(report, format: .markdown, language: .en)
    #expect(english.hasPrefix("# Testergem (be/testergem) compared with best practice"))
    #expect(english.contains("| Overall |"))
    #expect(english.contains("Room to experiment"))
    #expect(!english.contains("gedeeltelijk"))
  }

  @Test("Reports name policy values in words and lists as a sentence; JSON keeps the schema codes")
  func valuesInWords() throws {
    let report = try reference()
    // Text wraps its lines; the words are compared with single spaces.
    let render = { (format: ReportFormat, language: Language) in
      CompareRenderer.render(report, format: format, language: language).split(whereSeparator: \.isWhitespace)
        .joined(separator: " ")
    }
    for format in [ReportFormat.text, .markdown, .html] {
      // Testergem's content.approval is `sensitive-only`; the model's condition lists `none` as well.
      let dutch = render(format, .nl)
      #expect(dutch.contains("goedkeuring voor publicatie: alleen gevoelige berichten ✓"), "\(format)")
      #expect(!dutch.contains("sensitive-only"), "\(format)")
      #expect(!dutch.contains("communication-team"), "\(format)")
      #expect(!dutch.contains("[Dienst communicatie]"), "\(format)")
      #expect(dutch.contains("(moet automatisch antwoord, alleen bij spoed of volledig antwoord zijn)"), "\(format)")
      let english = render(format, .en)
      #expect(english.contains("approval before publication: only sensitive messages ✓"), "\(format)")
      #expect(!english.contains("sensitive-only"), "\(format)")
    }
    let json = render(.json, .nl)
    #expect(json.contains(#""found": "sensitive-only""#))
    #expect(json.contains("goedkeuring voor publicatie: sensitive-only ✓"))
  }

  @Test("The league table lists every municipality with a policy, best first, in every format")
  func rankFormats() throws {
    let report = try rank(try catalogue([:], referenceCases: true))
    let csv = RankRenderer.render(report, format: .csv, language: .en)
    let lines = csv.split(separator: "\r\n")
    #expect(lines.count == 4)
    #expect(lines[1].hasPrefix("1,Voorbeeldstad,nl/voorbeeldstad,100,"))
    #expect(lines[3].hasPrefix("3,Proefdorp,nl/proefdorp,"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(RankRenderer.render(report, format: .json, language: .en).utf8)) as? [String: Any])
    let rows = try #require(json["municipalities"] as? [[String: Any]])
    #expect(rows.compactMap { $0["rank"] as? Int } == [1, 2, 3])
    let page = try PageReader.read(RankRenderer.render(report, format: .html, language: .nl))
    #expect(page.htmlLanguage == "nl" && page.counts["svg"] == 1)
    #expect(RankRenderer.render(report, format: .markdown, language: .en).contains("| 2 | Testergem | be/testergem |"))
  }

  @Test("Equal scores share a rank and are ordered by name")
  func ties() throws {
    let same = policy("listening:\n  monitoring: true\n")
    let folder = try catalogue(
      municipality("nl/zeta", name: "Zeta", policy: same)
        .merging(municipality("nl/alfa", name: "Älfa", policy: same)) { $1 }
        .merging(municipality("be/beta", name: "Beta", policy: policy(""))) { $1 })
    let report = try rank(folder)
    #expect(report.catalogue.scores.map(\.name) == ["Älfa", "Zeta", "Beta"])
    #expect(report.catalogue.ranks == [1, 1, 3])
  }
}
