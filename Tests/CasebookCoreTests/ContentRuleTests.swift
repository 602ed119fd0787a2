import CasebookCore
import CasebookTestSupport
import Testing

/// The findings for one case study (and Testdorp's valid profile), as `rule@pointer` in order.
private func findings(_ caseText: String) throws -> [Diagnostic] {
  let catalogue = try TemporaryCatalogue()
  try catalogue.write("cases/nl/testdorp/municipality.yaml", Sample.municipality())
  try catalogue.write("cases/nl/testdorp/2021-a.yaml", caseText)
  let workspace = try Workspace(directory: catalogue.root)
  return try CatalogueValidator.validate(try workspace.workingTreeSnapshot()).diagnostics
}

private func rules(_ found: [Diagnostic]) -> [String] { found.map { "\($0.rule)@\($0.pointer)" } }

@Suite("Content rules an editor expects")
struct ContentRuleTests {
  @Test("A period may not end before it starts; a month or year at either end counts as a whole", arguments: [
    ("2023-05", "2021", false), ("2021-05-02", "2021-05-01", false), ("2021", "2021-01", true),
    ("2021-05", "2021", true), ("2021-05-01", "2021-05", true), ("2020", "2021-01-01", true),
  ])
  func periodOrder(start: String, end: String, valid: Bool) throws {
    let found = try findings(Sample.caseStudy(year: Int(start.prefix(4))!, extra: "period: {start: \"\(start)\", end: \"\(end)\"}"))
    #expect(rules(found) == (valid ? [] : ["catalog.period-order@/period/end"]), "\(found)")
    if !valid {
      #expect(found[0].message.text(.en).contains("(\(end)) before it starts (\(start))"))
      #expect(found[0].line == 17)
    }
  }

  @Test("year is the year the period starts: an error outside the period, a warning inside it", arguments: [
    (2021, nil, nil), (2022, "catalog.period-start-year", "catalog.period-start-year"),
    (2019, "catalog.period-year", "catalog.period-year"), (2024, "catalog.period-year", "catalog.period-start-year"),
  ] as [(Int, String?, String?)])
  func periodYear(year: Int, closed: String?, open: String?) throws {
    let severity = ["catalog.period-year": "error", "catalog.period-start-year": "warning"]
    let found = try findings(Sample.caseStudy(year: year, extra: "period: {start: \"2021-03\", end: \"2023\"}"))
    #expect(found.map(\.rule) == (closed.map { [$0] } ?? []), "\(found)")
    #expect(found.map(\.pointer) == (closed == nil ? [] : ["/year"]))
    #expect(found.first.map { $0.severity.rawValue } == closed.flatMap { severity[$0] })
    // An open period (still running) has no last year.
    let running = try findings(Sample.caseStudy(year: year, extra: "period: {start: \"2021-03\"}"))
    #expect(running.map(\.rule) == (open.map { [$0] } ?? []), "\(running)")
    #expect(running.first.map { $0.severity.rawValue } == open.flatMap { severity[$0] })
  }

  @Test("One mistake, one error: a bad date is a format error only, an alias an alias hint only")
  func oneMistakeOneError() throws {
    let date = try findings(Sample.caseStudy(year: 2021, extra: "date: 15-03-2021"))
    #expect(rules(date) == ["schema.format@/date"], "\(date)")
    let alias = try findings(Sample.caseStudy(year: 2021, categories: ["Inspraak"]))
    #expect(rules(alias) == ["catalog.category-alias@/categories/0"], "\(alias)")
    let unknown = try findings(Sample.caseStudy(year: 2021, categories: ["Repport"]))
    #expect(rules(unknown) == ["catalog.unknown-category@/categories/0"], "\(unknown)")
  }

  @Test("A genuinely second problem of the same value stays")
  func secondProblemStays() throws {
    // Too long and not a web address (a space): both are worth fixing; the form is said once, as format.
    let url = "https://exa mple.org/" + String(repeating: "x", count: 2000)
    let found = try findings(
      Sample.caseStudy(year: 2021).replacingOccurrences(of: "https://example.org/verslag", with: url))
    #expect(Set(rules(found)) == ["schema.maxLength@/sources/0/url", "schema.format@/sources/0/url"], "\(found)")
    // The same alias twice: each is named, and the list also repeats a value.
    let twice = try findings(Sample.caseStudy(year: 2021, categories: ["inspraak", "inspraak"]))
    #expect(
      Set(rules(twice)) == [
        "catalog.category-alias@/categories/0", "catalog.category-alias@/categories/1", "schema.uniqueItems@/categories/1",
      ], "\(twice)")
  }

  @Test("A type error names the value found; a yes or no in words says to write true or false", arguments: [
    ("ja", "write `true`"), ("Yes", "write `true`"), ("nee", "write `false`"), ("no", "write `false`"),
    ("waar", "write `true`"), ("onwaar", "write `false`"),
  ])
  func yesNo(word: String, advice: String) throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.write("cases/nl/testdorp/municipality.yaml", Sample.municipality() + "\nfictional: \(word)\n")
    let workspace = try Workspace(directory: catalogue.root)
    let found = try CatalogueValidator.validate(try workspace.workingTreeSnapshot()).diagnostics
    #expect(rules(found) == ["schema.type@/fictional"], "\(found)")
    #expect(found.first?.message.text(.en).contains("found the text `\(word)`") == true, "\(found)")
    #expect(found.first?.message.text(.en).contains(advice) == true, "\(found)")
    #expect(found.first?.line == 6)
  }

  @Test("Other text where a number belongs is named, without yes/no advice")
  func namesTheValue() throws {
    let found = try findings(Sample.caseStudy(year: 2021).replacingOccurrences(of: "year: 2021", with: "year: tweeduizend"))
    #expect(rules(found) == ["schema.type@/year"], "\(found)")
    #expect(found.first?.message.text(.en) == "expected a whole number, found the text `tweeduizend`")
  }
}
