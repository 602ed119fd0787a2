import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// The fixture with a history: Alice added everything, Bob changed the flood case, Carol changed another file,
/// then Bob changed the flood case again.
private func catalogueWithHistory(bare: Bool = false) throws -> TemporaryCatalogue {
  let catalogue = try TemporaryCatalogue.searchFixture(bare: bare)
  let path = "cases/gb/riverton/2010-flood-volunteers.yaml"
  let original = try #require(TemporaryCatalogue.searchFixtureFiles()[path])
  try catalogue.commit([path: original.replacing("Forty residents", with: "Forty-two residents")], message: "Correct the number", author: TestAuthors.bob)
  try catalogue.commit(
    ["cases/gb/riverton/municipality.yaml": Sample.municipality(name: "Riverton", country: "GB")],
    message: "Shorten the profile", author: TestAuthors.carol)
  try catalogue.commit([path: original.replacing("Forty residents", with: "Forty-three residents")], message: "Correct it again", author: TestAuthors.bob)
  return catalogue
}

private func detail(_ catalogue: TemporaryCatalogue, _ id: String, revision: String? = nil) throws -> RecordDetail {
  try QuerySession.open(directory: catalogue.root, revision: revision).recordDetail(id)
}

@Suite("show: records and provenance")
struct ShowRecordTests {
  @Test("Provenance gives the first author, the last change and the number of revisions")
  func provenance() throws {
    let catalogue = try catalogueWithHistory()
    let record = try detail(catalogue, "gb/riverton/2010-flood-volunteers")
    let provenance = record.provenance
    #expect(provenance.revisions == 3)
    #expect(provenance.firstSubmitted?.author == "Alice Jansen")
    #expect(provenance.firstSubmitted?.email == "alice@lindendorp.example")
    #expect(provenance.firstSubmitted?.message == "Add the search fixture catalogue")
    #expect(provenance.lastChanged?.author == "Bob Peeters")
    #expect(provenance.lastChanged?.message == "Correct it again")
    #expect(provenance.commits.map(\.message) == ["Correct it again", "Correct the number", "Add the search fixture catalogue"])
    #expect(provenance.state == .committed)
    #expect(record.document["outcomes"]?.items?.first?.string == "Forty-three residents offered help within an hour.")
  }

  @Test("Commit dates are shown in the author's time zone")
  func dates() throws {
    let catalogue = try catalogueWithHistory()
    let provenance = try detail(catalogue, "gb/riverton/2010-flood-volunteers").provenance
    // 1 650 000 000 s is 2022-04-15 05:20:00 UTC; Bob's clock is two hours ahead.
    #expect(provenance.lastChanged?.dateTime == "2022-04-15T07:20:00+02:00")
    // 1 600 000 000 s is 2020-09-13 12:26:40 UTC.
    #expect(provenance.firstSubmitted?.dateTime == "2020-09-13T12:26:40+00:00")
  }

  @Test("An older revision has the history up to that commit")
  func revision() throws {
    let catalogue = try catalogueWithHistory()
    let provenance = try detail(catalogue, "gb/riverton/2010-flood-volunteers", revision: "HEAD~2").provenance
    #expect(provenance.revisions == 2)
    #expect(provenance.lastChanged?.message == "Correct the number")
  }

  @Test("In a working tree, uncommitted changes and new files are reported")
  func workingState() throws {
    let catalogue = try catalogueWithHistory()
    let path = "cases/gb/riverton/2010-flood-volunteers.yaml"
    try catalogue.write(path, try #require(TemporaryCatalogue.searchFixtureFiles()[path]))
    let modified = try detail(catalogue, "gb/riverton/2010-flood-volunteers")
    #expect(modified.provenance.state == .modified)
    #expect(modified.provenance.revisions == 3)
    #expect(modified.document["outcomes"]?.items?.first?.string == "Forty residents offered help within an hour.")
    try catalogue.write("cases/gb/riverton/2013-new.yaml", Sample.caseStudy(title: "Nieuwe casus"))
    let new = try detail(catalogue, "gb/riverton/2013-new")
    #expect(new.provenance.state == .uncommitted)
    #expect(new.provenance.revisions == 0)
  }

  @Test("Records are found by id, path, folder-relative path or unique file name", arguments: [
    "gb/riverton/2010-flood-volunteers", "cases/gb/riverton/2010-flood-volunteers.yaml",
    "gb/riverton/2010-flood-volunteers.yaml", "cases/gb/riverton/2010-flood-volunteers", "2010-flood-volunteers",
  ])
  func lookup(argument: String) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let record = try detail(catalogue, argument)
    #expect(record.id == "gb/riverton/2010-flood-volunteers")
    #expect(record.kind == .caseStudy)
    #expect(record.municipalityName == "Riverton")
  }

  @Test("Policies and municipalities are shown by their ids")
  func otherKinds() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let policy = try detail(catalogue, "nl/lindendorp/policy")
    #expect(policy.kind == .policy)
    #expect(policy.document["title"]?.string == "Sociale-mediabeleid Lindendorp")
    let municipality = try detail(catalogue, "nl/lindendorp")
    #expect(municipality.kind == .municipality)
    #expect(municipality.records == ["nl/lindendorp/policy", "nl/lindendorp/2019-meldingen-twitter", "nl/lindendorp/2021-inspraak-marktplein"])
  }

  @Test("An unknown id is a usage error that suggests the nearest ids", arguments: [
    ("gb/riverton/2010-flood-volunteer", "gb/riverton/2010-flood-volunteers"),
    ("nl/riverton/2010-flood-volunteers", "gb/riverton/2010-flood-volunteers"),
    ("gb/rivertown", "gb/riverton"),
  ])
  func unknown(argument: String, suggestion: String) throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let error = #expect(throws: QueryError.self) { try detail(catalogue, argument) }
    guard case .unknownRecord(_, let suggestions) = error else {
      Issue.record("expected unknownRecord, got \(String(describing: error))")
      return
    }
    #expect(suggestions.first == suggestion)
    #expect(error?.isUsageError == true)
  }

  @Test("A record whose file has validation errors is refused without being a usage error")
  func invalid() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    try catalogue.write("cases/gb/riverton/2012-broken.yaml", Sample.caseStudy(categories: ["nonsense"]))
    let error = #expect(throws: QueryError.self) { try detail(catalogue, "gb/riverton/2012-broken") }
    #expect(error == .invalidRecord(path: "cases/gb/riverton/2012-broken.yaml", errors: 1))
    #expect(error?.isUsageError == false)
  }

  @Test("Renderings: text for reading, Markdown, JSON that parses back, YAML with provenance comments")
  func renderings() throws {
    let catalogue = try catalogueWithHistory()
    let record = try detail(catalogue, "gb/riverton/2010-flood-volunteers")
    let text = RecordRenderer.render(record, format: .text)
    #expect(text.hasPrefix("Flood volunteers found through Twitter\n"))
    #expect(text.contains("Categories: community (Community building), inform (Informing residents)"))
    #expect(text.contains("First submitted: 2020-09-13 by Alice Jansen <alice@lindendorp.example>"))
    #expect(text.contains("Revisions: 3"))
    #expect(!text.contains("\u{1B}["))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 || !$0.contains(" ") })
    #expect(RecordRenderer.render(record, format: .text, color: true).contains("\u{1B}[1mProvenance\u{1B}[0m"))
    let history = RecordRenderer.render(record, format: .text, history: true)
    #expect(history.contains("Correct the number") && history.contains("Add the search fixture catalogue"))
    let markdown = RecordRenderer.render(record, format: .markdown)
    #expect(markdown.hasPrefix("# Flood volunteers found through Twitter\n"))
    #expect(markdown.contains("## Lessons\n\n- Build a following before an emergency, not during one."))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(RecordRenderer.render(record, format: .json, history: true).utf8))
        as? [String: Any])
    #expect(json["id"] as? String == "gb/riverton/2010-flood-volunteers")
    #expect((json["document"] as? [String: Any])?["year"] as? Int == 2010)
    let provenance = try #require(json["provenance"] as? [String: Any])
    #expect(provenance["revisions"] as? Int == 3)
    #expect((provenance["first_submitted"] as? [String: Any])?["author"] as? String == "Alice Jansen")
    #expect((provenance["history"] as? [Any])?.count == 3)
    let yaml = RecordRenderer.render(record, format: .yaml)
    #expect(yaml.hasPrefix("# gb/riverton/2010-flood-volunteers (case)"))
    #expect(yaml.contains("\ntitle: Flood volunteers found through Twitter\n"))
  }
}
