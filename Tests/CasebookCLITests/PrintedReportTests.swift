import CasebookTestSupport
import Foundation
import Testing

/// The HTML report of `compare` printed the way a council secretary prints it: headless Chromium makes the
/// PDF, poppler-utils read it back. The tools are installed by `make test`; a missing tool fails the test, so
/// that CI cannot pass without having printed.
@Suite("compare --format html printed to PDF")
struct PrintedReportTests {
  /// 2026-05-28 (UTC): the day the reports below say they were made.
  static let epoch = "1780000000"

  @Test("Three policies: A4, the date and revision on every page, no heading alone, legible charts, indicative")
  func threePolicies() throws {
    let catalogue = try referenceCatalogue()
    let printed = try PrintedReport(catalogue: catalogue, municipality: "testergem", language: "nl")
    try printed.checkLayout()
    #expect(printed.html.contains("Mediaan van 3 gemeenten"))
    #expect(printed.pages[0].contains("indicatief"), "the sentence stands on the first page, near the scores")
    let english = try PrintedReport(catalogue: catalogue, municipality: "testergem", language: "en")
    try english.checkLayout()
    #expect(english.pages[0].contains("this comparison is indicative"))
    #expect(english.html.contains("Median of 3 policies"))
  }

  @Test("Five policies: the median says so, and the comparison is no longer called indicative")
  func fivePolicies() throws {
    let catalogue = try referenceCatalogue()
    var files: [String: String?] = [:]
    for (slug, name, copied) in [("vijfhoek", "Vijfhoek", "voorbeeldstad"), ("zesdorp", "Zesdorp", "proefdorp")] {
      files["cases/nl/\(slug)/municipality.yaml"] = Sample.municipality(name: name)
      files["cases/nl/\(slug)/policy.yaml"] = try String(
        contentsOfFile: packageRoot + "/cases/nl/\(copied)/policy.yaml", encoding: .utf8)
    }
    try catalogue.commit(files, message: "Two more policies")
    let printed = try PrintedReport(catalogue: catalogue, municipality: "testergem", language: "nl")
    try printed.checkLayout()
    #expect(printed.html.contains("Mediaan van 5 gemeenten"))
    #expect(!printed.html.contains("indicatief"))
    let json = try jsonObject(try casebook(["compare", "testergem", "--format", "json"], in: catalogue.root).output)
    #expect(json["median_of"] as? Int == 5)
    #expect(json["indicative"] as? Bool == false)
  }
}

extension PrintedReportTests {
  /// The most pages the reference report may print on, in either language.
  static let pageLimit = 12

  @Test("Printed once, English and Dutch fit on 12 pages, within two of each other; pages are well filled")
  func pageCount() throws {
    let catalogue = try referenceCatalogue()
    var counts: [String: Int] = [:]
    for language in ["en", "nl"] {
      let printed = try PrintedReport(catalogue: catalogue, municipality: "testergem", language: language, shifted: false)
      try printed.checkLayout()
      counts[language] = printed.pages.count
      #expect(printed.pages.count <= Self.pageLimit, "\(language) prints on \(printed.pages.count) pages")
      for (index, part) in try printed.fill().dropLast().enumerated() {
        #expect(part >= 0.5, "\(language) page \(index + 1) is only \(Int(part * 100))% full")
      }
      // A link whose text is its address is printed once, not as “address (address)”.
      let text = PrintedReport.words(printed.pages.joined(separator: " "))
      #expect(text.contains("(http://localbysocial.net)"))
      let twice = text.contains("http://localbysocial.net (http://localbysocial.net)")
      #expect(!twice, "an address printed after itself")
      #expect(text.contains(language == "nl" ? "vastgesteld op 1 oktober 2019" : "adopted on 1 October 2019"))
    }
    #expect(abs(counts["en", default: 0] - counts["nl", default: 0]) <= 2, "\(counts)")
  }
}

/// One report rendered to HTML, printed to PDF and read back page by page.
struct PrintedReport {
  let html: String
  let folder: URL
  let pdf: URL
  /// Each page's text as `pdftotext -layout` lays it out.
  let pages: [String]
  /// The texts of the report's `h2` and `h3` headings.
  let headings: [String]
  /// The line printed at the foot of every page: the report, its date and revision.
  let footer: String

  /// The day the report says it was made, as a reader of `language` writes it.
  let day: String

  /// `compare --format html` of `municipality` printed; `shifted` prints it nine times below ever more blank
  /// space (``shifted(_:)``), else once, as it is.
  init(catalogue: TemporaryCatalogue, municipality: String, language: String, shifted: Bool = true) throws {
    let result = try casebook(
      ["compare", municipality, "--format", "html", "--lang", language, "--rev", "HEAD"], in: catalogue.root,
      environment: ["SOURCE_DATE_EPOCH": PrintedReportTests.epoch])
    #expect(result.status == 0, "\(result)")
    let folder = URL(fileURLWithPath: catalogue.root).appendingPathComponent("printed-\(language)\(shifted ? "" : "-once")")
    let day = language == "nl" ? "28 mei 2026" : "28 May 2026"
    try self.init(html: result.output, page: "report.html", in: folder, day: day, shifted: shifted)
  }

  /// The page `html`, written as `page` in `folder` (beside the files it links to), printed; its footer
  /// names `day`.
  init(html: String, page name: String, in folder: URL, day: String, shifted: Bool) throws {
    self.html = html
    self.folder = folder
    self.day = day
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let page = folder.appendingPathComponent(name)
    try Data((shifted ? PrintedReport.shifted(html) : html).utf8).write(to: page)
    pdf = folder.appendingPathComponent("report.pdf")
    let printed = try Tools.run(
      "chromium",
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/profile",
        "--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer", page.absoluteString,
      ], home: folder.path)
    #expect(FileManager.default.fileExists(atPath: pdf.path), "\(printed)")
    let info = try Tools.run("pdfinfo", [pdf.path]).output
    let count = try #require(info.firstMatch(of: /Pages:\s+(\d+)/).flatMap { Int($0.1) }, "\(info)")
    // pdftotext ends every page with a form feed.
    pages = Array(try Tools.run("pdftotext", ["-layout", pdf.path, "-"]).output.split(separator: "\u{0C}",
      omittingEmptySubsequences: false).prefix(count).map(String.init))
    #expect(pages.count == count)
    headings = html.matches(of: /<h[23][^>]*>([^<]*)<\/h[23]>/).map { PrintedReport.unescape(String($0.1)) }
    let footerText = try #require(html.firstMatch(of: /<tfoot><tr><td><footer><p>([^<]*)<\/p>/), "the report has a footer")
    footer = PrintedReport.unescape(String(footerText.1))
  }

  /// How full each page is: from the top margin down to the end of its last text block, as a part of the
  /// space above its footer (the lowest block).
  func fill() throws -> [Double] {
    let layout = try Tools.run("pdftotext", ["-bbox-layout", pdf.path, "-"]).output
    let top = 15 / 25.4 * 72
    return layout.split(separator: "<page ").dropFirst().map { page in
      let blocks = page.matches(of: /<block xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/).map {
        (top: Double($0.1)!, bottom: Double($0.2)!)
      }
      guard let footer = blocks.max(by: { $0.top < $1.top }) else { return 0 }
      let end = blocks.filter { $0.top < footer.top }.map(\.bottom).max() ?? top
      return (end - top) / (footer.top - top)
    }
  }

  /// The checks every printed report passes; `revision` is how its footer names the catalogue's version.
  func checkLayout(revision: String = "HEAD (") throws {
    let info = try Tools.run("pdfinfo", [pdf.path]).output
    let size = try #require(info.firstMatch(of: /Page size:\s+([\d.]+) x ([\d.]+) pts/), "\(info)")
    #expect(abs(Double(size.1)! - 595) <= 1 && abs(Double(size.2)! - 842) <= 1, "A4 is 595 × 842 pt: \(size.0)")
    #expect(pages.count >= 2)
    #expect(!headings.isEmpty)
    #expect(footer.contains(day), "the footer names the day as a reader writes it: \(footer)")
    #expect(footer.contains(revision), "the footer names the revision: \(footer)")
    let footerWords = Self.words(footer)
    for (index, page) in pages.enumerated() {
      var lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      let hasFooter = Self.words(lines.joined(separator: " ")).contains(footerWords)
      #expect(hasFooter, "page \(index + 1) lacks the footer")
      while let last = lines.last, footerWords.contains(Self.words(last)) { lines.removeLast() }
      let isHeading = { (line: String) in
        headings.contains { $0 == line || (line.count >= 8 && $0.hasSuffix(line)) }
      }
      let last = try #require(lines.last, "page \(index + 1) holds nothing but its footer")
      #expect(!isHeading(last), "page \(index + 1) ends with the heading “\(last)”")
      #expect(!lines.allSatisfy(isHeading), "page \(index + 1) holds only headings: \(lines)")
    }
    try checkWidthAndCharts()
    let images = folder.appendingPathComponent("page")
    try Tools.run("pdftoppm", ["-r", "50", "-png", pdf.path, images.path])
    let made = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasPrefix("page") && $0.hasSuffix(".png")
    }
    #expect(made.count == pages.count, "one image per page")
  }

  /// Every word lies within the page's printable width (tables fit, long ids wrap), and the charts' text
  /// prints at 10 pt or more. A word's box height is its font's ascent plus descent, so a chart's size is
  /// measured against the body text, which print.css sets at 10.5 pt: the commonest box height in the report.
  func checkWidthAndCharts() throws {
    let boxes = try Tools.run("pdftotext", ["-bbox", pdf.path, "-"]).output
    let pattern = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/
    let words = boxes.matches(of: pattern).map {
      (xMin: Double($0.1)!, yMin: Double($0.2)!, xMax: Double($0.3)!, height: Double($0.4)! - Double($0.2)!, text: String($0.5))
    }
    #expect(words.count > 100)
    let margin = 15 / 25.4 * 72
    let outside = words.filter { $0.xMin < margin - 1 || $0.xMax > 595 - margin + 1 }.map(\.text)
    let outsideCount = outside.count
    #expect(outsideCount == 0, "text outside the page's printable width: \(outside.prefix(5))")
    var heights: [Int: Int] = [:]
    for word in words { heights[Int((word.height * 10).rounded()), default: 0] += 1 }
    let body = Double(try #require(heights.max { $0.value < $1.value }).key) / 10
    // The axis of each chart: 0, 50 and 100 on one line.
    var axes: [Double] = []
    for index in words.indices.dropLast(2) where words[index].text == "0" {
      let (middle, end) = (words[index + 1], words[index + 2])
      if middle.text == "50", end.text == "100", abs(middle.yMin - words[index].yMin) < 0.5, abs(end.yMin - words[index].yMin) < 0.5 {
        axes.append(min(words[index].height, middle.height, end.height))
      }
    }
    #expect(axes.count >= 6, "one axis per pillar chart")
    let smallest = 10.5 * (axes.min() ?? 0) / body
    #expect(smallest >= 10, "chart text prints at \(smallest) pt")
  }

  /// The report printed once as it is, then again below blank space of 30, 60, … 240 mm on its first page (as
  /// below a letterhead), each copy from a new page: every heading of the report meets the foot of a page in
  /// some copy, so a missing rule that keeps headings with what follows cannot go unnoticed.
  static func shifted(_ html: String) -> String {
    guard let start = html.range(of: "<body>\n"), let end = html.range(of: "</body>") else { return html }
    let body = html[start.upperBound..<end.lowerBound]
    var document = String(html[..<start.upperBound])
    for shift in stride(from: 0, through: 240, by: 30) {
      document += "<div style=\"break-before: page; height: \(shift)mm\"></div>\n" + body
    }
    return document + html[end.lowerBound...]
  }

  static func words(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  static func unescape(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}

/// The printing and PDF tools, found on the PATH; a missing one fails the test with what to install.
enum Tools {
  static func path(_ name: String) throws -> String {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    let found = folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    return try #require(found, "\(name) is missing: `make test` installs chromium and poppler-utils")
  }

  /// Runs a tool, stopped after two minutes (coreutils' `timeout`); fails the test on a non-zero exit.
  @discardableResult
  static func run(_ name: String, _ arguments: [String], home: String? = nil) throws -> CommandResult {
    var environment = ProcessInfo.processInfo.environment
    if let home { environment["HOME"] = home }
    let timeout = URL(fileURLWithPath: try path("timeout"))
    let result = try runProgram(timeout, ["120", try path(name)] + arguments, environment: environment)
    #expect(result.status == 0, "\(name) \(arguments.joined(separator: " ")): \(result.errors)")
    return result
  }
}
