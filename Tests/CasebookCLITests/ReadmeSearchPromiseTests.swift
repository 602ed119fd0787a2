import CasebookTestSupport
import Foundation
import Testing

/// The ids `casebook search ARGUMENTS --format json` returns, in order, with the total.
private func searchIDs(_ arguments: [String], in root: String) throws -> (total: Int?, ids: [String]) {
  let result = try casebook(["search"] + arguments + ["--format", "json"], in: root)
  #expect(result.status == 0, "\(arguments): \(result)")
  let object = try jsonObject(result.output)
  let ids = (object["results"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
  return (object["total"] as? Int, ids)
}

/// Ids of the search fixture's six case studies (Tests/CasebookCoreTests/Fixtures/search).
private enum Fixture {
  static let flood = "gb/riverton/2010-flood-volunteers"  // 2010, twitter, en, tags emergency, volunteers
  static let gritting = "gb/riverton/2011-gritting-updates"  // 2011, sms + website, en
  static let zwerfvuil = "be/beekhoven/2012-campagne-zwerfvuil"  // 2012, facebook + instagram, nl, vrijwilligers
  static let ijsbaan = "be/beekhoven/2016-cafe-overleg-ijsbaan"  // 2016, facebook, nl
  static let meldingen = "nl/lindendorp/2019-meldingen-twitter"  // 2019, twitter, nl
  static let marktplein = "nl/lindendorp/2021-inspraak-marktplein"  // 2021, facebook + website, nl
}

@Suite("README promises: search and stats")
struct ReadmeSearchPromiseTests {
  @Test("Without words, search lists 20 cases, newest first; --limit N shows N and --limit 0 all")
  func limit() throws {
    let catalogue = try TemporaryCatalogue()
    var files: [String: String] = ["cases/nl/testdorp/municipality.yaml": Sample.municipality()]
    for year in 2000..<2025 {
      files["cases/nl/testdorp/\(year)-casus-\(year).yaml"] = Sample.caseStudy(title: "Casus \(year)", year: year)
    }
    try catalogue.commit(files, message: "Add 25 cases")
    let newestFirst = (2000..<2025).reversed().map { "nl/testdorp/\($0)-casus-\($0)" }

    let standard = try searchIDs([], in: catalogue.root)
    #expect(standard.total == 25)
    #expect(standard.ids == Array(newestFirst.prefix(20)))
    let three = try searchIDs(["--limit", "3"], in: catalogue.root)
    #expect(three.total == 25)
    #expect(three.ids == Array(newestFirst.prefix(3)))
    let all = try searchIDs(["--limit", "0"], in: catalogue.root)
    #expect(all.total == 25)
    #expect(all.ids == newestFirst)
    // The table says how many more there are and how to see them.
    let table = try casebook(["search"], in: catalogue.root)
    #expect(table.output.contains("20 of 25"), "\(table.output)")
    #expect(table.output.contains("--limit 0"), "\(table.output)")
    #expect(table.output.split(separator: "\n").filter { $0.hasPrefix("nl/testdorp/") }.count == 20)
  }

  @Test(
    "--channel, --tag, --language and --year A..B filter on the command line; repeated values are alternatives",
    arguments: [
      (["--channel", "facebook"], [Fixture.marktplein, Fixture.ijsbaan, Fixture.zwerfvuil]),
      (["--channel", "sms", "--channel", "twitter"], [Fixture.meldingen, Fixture.gritting, Fixture.flood]),
      (["--tag", "volunteers"], [Fixture.flood]),
      (["--tag", "vrijwilligers", "--tag", "volunteers"], [Fixture.zwerfvuil, Fixture.flood]),
      (["--language", "en"], [Fixture.gritting, Fixture.flood]),
      (["--language", "nl"], [Fixture.marktplein, Fixture.meldingen, Fixture.ijsbaan, Fixture.zwerfvuil]),
      (["--year", "2011..2019"], [Fixture.meldingen, Fixture.ijsbaan, Fixture.zwerfvuil, Fixture.gritting]),
      (["--year", "2016.."], [Fixture.marktplein, Fixture.meldingen, Fixture.ijsbaan]),
      (["--year", "..2011"], [Fixture.gritting, Fixture.flood]),
      (["--year", "2012"], [Fixture.zwerfvuil]),
      (["--year", "2010", "--year", "2021"], [Fixture.marktplein, Fixture.flood]),
      (["--channel", "facebook", "--language", "nl", "--year", "2013..2020"], [Fixture.ijsbaan]),
      (["--tag", "volunteers", "--language", "nl"], []),
    ])
  func filters(arguments: [String], expected: [String]) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let found = try searchIDs(arguments, in: catalogue.root)
    #expect(found.ids == expected)
    #expect(found.total == expected.count)
  }

  @Test("A malformed --year is a usage error", arguments: ["2012..2010..", "20x0", "2010...2012"])
  func badYear(year: String) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let result = try casebook(["search", "--year", year], in: catalogue.root)
    #expect(result.status == 64, "\(result)")
  }

  @Test("stats ends with how many cells of the matrix are empty", arguments: [
    // By country: 7 categories × BE, GB, NL = 21 cells; filled: BE campaign, community, participate;
    // GB community, inform; NL report, service, participate = 8.
    ([], "13 of 21 cells are empty"),
    // By year: 7 categories × 2010…2021 = 84 cells; filled: 2010 community, inform; 2011 inform;
    // 2012 campaign, community; 2016 participate, community; 2019 report, service; 2021 participate = 10.
    (["--by", "year"], "74 of 84 cells are empty"),
  ])
  func emptyCells(arguments: [String], line: String) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let result = try casebook(["stats"] + arguments, in: catalogue.root)
    #expect(result.status == 0, "\(result)")
    #expect(result.output.split(separator: "\n").last.map(String.init) == line, "\(result.output)")
  }

  @Test("The README's stats example is what stats prints on the reference catalogue")
  func readmeStats() throws {
    let catalogue = try referenceCatalogue()
    let result = try casebook(["stats"], in: catalogue.root)
    #expect(result.output == (try readmeBlock(after: "policies and cases. On this repository:")))
  }
}
