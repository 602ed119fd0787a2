import CasebookTestSupport
import Foundation
import Testing

/// The footer's words for the catalogue's version, and a municipality's page of the site printed the way its
/// report is (``PrintedReport``).
@Suite("The printed footer: the catalogue's version in words, and on the site's municipality pages")
struct PrintedSiteTests {
  /// The line `compare --format html` prints at the foot of every page, run without `--rev`.
  static func footer(_ catalogue: TemporaryCatalogue, language: String) throws -> String {
    let result = try casebook(["compare", "testergem", "--format", "html", "--lang", language], in: catalogue.root)
    #expect(result.status == 0, "\(result)")
    let footer = try #require(result.output.firstMatch(of: /<tfoot><tr><td><footer><p>([^<]*)<\/p>/))
    return PrintedReport.unescape(String(footer.1))
  }

  @Test("Without --rev the footer names the commit the catalogue is at, and says so when files differ from it")
  func versionInWords() throws {
    let catalogue = try referenceCatalogue()
    let json = try jsonObject(try casebook(["compare", "testergem", "--format", "json", "--rev", "HEAD"], in: catalogue.root).output)
    let revision = try #require(json["snapshot"] as? String)
    let commit = try #require(revision.firstMatch(of: /\(([0-9a-f]{7})\)/).map { String($0.1) }, "\(revision)")
    #expect(try Self.footer(catalogue, language: "nl").hasSuffix("catalogus: versie \(commit)"))
    #expect(try Self.footer(catalogue, language: "en").hasSuffix("catalogue: version \(commit)"))
    let path = "cases/be/testergem/policy.yaml"
    let policy = try String(contentsOfFile: catalogue.root + "/" + path, encoding: .utf8)
    try catalogue.write(path, policy + "\n# Not yet committed.\n")
    #expect(try Self.footer(catalogue, language: "nl").hasSuffix("versie \(commit) met wijzigingen die nog niet zijn vastgelegd"))
    #expect(try Self.footer(catalogue, language: "en").hasSuffix("version \(commit) with changes that are not yet committed"))
  }

  @Test("A municipality's page of the site prints on A4 with the report's footer, the day of its commit, on every page")
  func municipalityPage() throws {
    let catalogue = try referenceCatalogue()
    let output = catalogue.root + "/printed-site"
    let built = try casebook(
      ["site", "--rev", "HEAD", "--output", output], in: catalogue.root,
      environment: ["SOURCE_DATE_EPOCH": PrintedReportTests.epoch])
    #expect(built.status == 0, "\(built)")
    for language in ["nl", "en"] {
      let folder = URL(fileURLWithPath: "\(output)/\(language)/municipalities/be")
      let html = try String(contentsOf: folder.appendingPathComponent("testergem.html"), encoding: .utf8)
      // The day of the commit: testAuthor's time, 1 700 000 000 s after 1970, is 14 November 2023 (UTC).
      let day = language == "nl" ? "14 november 2023" : "14 November 2023"
      let printed = try PrintedReport(html: html, page: "testergem-printed.html", in: folder, day: day, shifted: true)
      // The catalogue's version is named on the search page, not on every municipality's page.
      try printed.checkLayout(revision: language == "nl" ? "catalogus: zoals op deze site" : "catalogue: as on this site")
    }
  }
}
