import CasebookTestSupport
import Foundation
import Testing

/// Runs `casebook list SUBJECT --format json` on `root` and returns its values.
private func listed(_ subject: String, in root: String) throws -> [[String: Any]] {
  let result = try casebook(["list", subject, "--format", "json"], in: root)
  #expect(result.status == 0, "\(result)")
  let object = try jsonObject(result.output)
  #expect(object["subject"] as? String == subject)
  return object["values"] as? [[String: Any]] ?? []
}

/// `value: cases/policies` for each listed value, in order.
private func counts(_ values: [[String: Any]], key: String) -> [String] {
  values.map { "\($0[key] as? String ?? "?"): \($0["cases"] as? Int ?? -1)/\($0["policies"] as? Int ?? -1)" }
}

// Counted by hand from Tests/CasebookCoreTests/Fixtures/search: six case studies, one policy (Lindendorp's:
// categories inform and participate, channel facebook).
@Suite("casebook list")
struct ListCommandTests {
  @Test("Channels, most used first, with counts of case studies and policies")
  func channels() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let values = try listed("channels", in: catalogue.root)
    #expect(
      counts(values, key: "value") == ["facebook: 3/1", "twitter: 2/0", "website: 2/0", "instagram: 1/0", "sms: 1/0"])
  }

  @Test("Categories in the catalogue's order, also those without a case, with both labels")
  func categories() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let values = try listed("categories", in: catalogue.root)
    #expect(
      counts(values, key: "id") == [
        "inform: 2/1", "report: 1/0", "participate: 2/1", "campaign: 1/0", "community: 3/0", "service: 1/0",
        "collaborate: 0/0",
      ])
    #expect(values.first?["label_nl"] as? String == "Burgers informeren")
    #expect(values.first?["label_en"] as? String == "Informing residents")
  }

  @Test("Municipalities by id with name and country; tags with counts")
  func municipalitiesAndTags() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let municipalities = try listed("municipalities", in: catalogue.root)
    #expect(counts(municipalities, key: "id") == ["be/beekhoven: 2/0", "gb/riverton: 2/0", "nl/lindendorp: 2/1"])
    #expect(municipalities.map { $0["country"] as? String } == ["BE", "GB", "NL"])
    let tags = try listed("tags", in: catalogue.root)
    #expect(tags.count == 12)
    #expect(counts(tags, key: "value").contains("volunteers: 1/0"))
  }

  @Test("The table ends with a summary line in the user's language; CSV is a spreadsheet table")
  func tableAndCSV() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let english = try casebook(["list", "categories"], in: catalogue.root)
    #expect(english.output.hasPrefix("ID "), "\(english.output)")
    #expect(english.output.hasSuffix("use categories: 7, without a case study yet: 1\n"), "\(english.output)")
    let dutch = try runProgram(
      casebookExecutable, ["list", "categories"], in: catalogue.root,
      environment: ["LANG": "nl_NL.UTF-8", "NO_COLOR": "1", "HOME": catalogue.root])
    #expect(dutch.output.contains("Burgers informeren"), "\(dutch.output)")
    #expect(dutch.output.hasSuffix("gebruikscategorieën: 7, nog zonder casus: 1\n"), "\(dutch.output)")
    let csv = try casebook(["list", "channels", "--format", "csv"], in: catalogue.root)
    let records = try CSVReader.parse(String(csv.output.dropFirst()))
    #expect(records.first == ["CHANNEL", "CASES", "POLICIES"])
    #expect(records.dropFirst().first == ["facebook", "3", "1"])
  }

  @Test("An unknown subject is a usage error that names the four")
  func unknownSubject() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let result = try casebook(["list", "kanalen"], in: catalogue.root)
    #expect(result.status == 64)
    #expect(result.errors.contains("municipalities"), "\(result)")
  }
}

@Suite("Suggestions come from the right list")
struct SuggestionTests {
  @Test("An unknown channel suggests channels (fb → facebook), never languages or tags, and points to list")
  func channel() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let result = try casebook(["search", "--channel", "fb"], in: catalogue.root)
    #expect(result.status == 0)
    #expect(result.output.contains("did you mean facebook?"), "\(result.output)")
    #expect(!result.output.contains("en or nl"), "\(result.output)")
    #expect(result.output.contains("casebook list channels"), "\(result.output)")
    let tag = try casebook(["search", "--tag", "volunter"], in: catalogue.root)
    #expect(tag.output.contains("did you mean volunteers?"), "\(tag.output)")
    // A tag is never suggested for a channel, nor a channel for a tag.
    let notATag = try casebook(["search", "--channel", "volunter"], in: catalogue.root)
    #expect(!notATag.output.contains("volunteers"), "\(notATag.output)")
    let notAChannel = try casebook(["search", "--tag", "facebok"], in: catalogue.root)
    #expect(!notAChannel.output.contains("facebook"), "\(notAChannel.output)")
  }

  @Test("A country code people use instead of the ISO one is a usage error naming the ISO code", arguments: [
    ("uk", "`gb`"), ("UK", "`gb`"), ("el", "`gr`"), ("nld", "`nl`"),
  ])
  func country(typed: String, meant: String) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let result = try casebook(["search", "--country", typed], in: catalogue.root)
    #expect(result.status == 64)
    #expect(result.errors.contains("did you mean \(meant)?"), "\(result.errors)")
    #expect(result.errors.contains("casebook list municipalities"), "\(result.errors)")
  }

  @Test("A dash between years means the same as ..", arguments: ["2010-2012", "2010–2012", "2010..2012"])
  func yearWithDash(range: String) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let result = try casebook(["search", "--year", range, "--format", "json"], in: catalogue.root)
    #expect(result.status == 0, "\(result)")
    let ids = (try jsonObject(result.output)["results"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
    #expect(
      ids == [
        "be/beekhoven/2012-campagne-zwerfvuil", "gb/riverton/2011-gritting-updates", "gb/riverton/2010-flood-volunteers",
      ])
    let open = try casebook(["search", "--year", "2019-", "--format", "json"], in: catalogue.root)
    #expect((try jsonObject(open.output)["total"] as? Int) == 2, "\(open)")
  }

  @Test("An unknown --language is a usage error that lists the catalogue's languages; a language's name works")
  func language() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let unknown = try casebook(["search", "--language", "xx"], in: catalogue.root)
    #expect(unknown.status == 64)
    #expect(unknown.errors.contains("`en` or `nl`"), "\(unknown.errors)")
    let named = try casebook(["search", "--language", "Dutch", "--format", "json"], in: catalogue.root)
    #expect(named.status == 0, "\(named)")
    #expect((try jsonObject(named.output)["total"] as? Int) == 4)
  }

  @Test("A mistyped subcommand gets a did-you-mean and exit status 64, in Dutch too")
  func subcommand() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let result = try casebook(["serach", "twitter"], in: catalogue.root)
    #expect(result.status == 64)
    #expect(result.errors.contains("did you mean `search`?"), "\(result.errors)")
    let global = try casebook(["-C", catalogue.root, "lsit", "channels"])
    #expect(global.errors.contains("did you mean `list`"), "\(global.errors)")
    let dutch = try runProgram(
      casebookExecutable, ["valdate"], in: catalogue.root, environment: ["LC_ALL": "nl_BE.UTF-8", "HOME": catalogue.root])
    #expect(dutch.status == 64)
    #expect(dutch.errors.contains("bedoel je `validate`?"), "\(dutch.errors)")
  }
}
