import CasebookText
import CasebookCore
import CasebookTestSupport
import Testing

/// Validates a working tree with the given files on top of a valid municipality `cases/nl/testdorp`.
private func diagnostics(
  _ files: [String: String], municipality: Bool = true, scope: ValidationScope = .all
) throws -> [Diagnostic] {
  let catalogue = try TemporaryCatalogue()
  if municipality { try catalogue.write("cases/nl/testdorp/municipality.yaml", Sample.municipality()) }
  for (path, text) in files { try catalogue.write(path, text) }
  let workspace = try Workspace(directory: catalogue.root)
  return try CatalogueValidator.validate(try workspace.workingTreeSnapshot(), scope: scope).diagnostics
}

@Suite("Catalogue rules")
struct RuleTests {
  @Test("A valid municipality with a case and a policy has no findings")
  func valid() throws {
    let found = try diagnostics([
      "cases/nl/testdorp/2020-wijkapp.yaml": Sample.caseStudy(),
      "cases/nl/testdorp/policy.yaml": Sample.policy(),
    ])
    #expect(found.isEmpty, "\(found)")
  }

  @Test("The country inside must match the country folder")
  func countryMismatch() throws {
    let found = try diagnostics(["cases/nl/testdorp/municipality.yaml": Sample.municipality(country: "BE")], municipality: false)
    let mismatch = try #require(found.first { $0.rule == "catalog.country-mismatch" })
    #expect(mismatch.line == 2 && mismatch.column == 10)
    #expect(mismatch.pointer == "/country")
  }

  @Test("An unknown category suggests the nearest id")
  func unknownCategory() throws {
    let found = try diagnostics(["cases/nl/testdorp/a.yaml": Sample.caseStudy(categories: ["report", "partcipate"])])
    let unknown = try #require(found.first { $0.rule == "catalog.unknown-category" })
    #expect(unknown.message.text(.en).contains("did you mean `participate`"))
    #expect(unknown.pointer == "/categories/1")
    #expect(unknown.line == 4)
  }

  @Test("An alias where an id belongs names the id", arguments: ["inspraak", "Participatie", "consultation"])
  func aliasInsteadOfID(alias: String) throws {
    let found = try diagnostics(["cases/nl/testdorp/a.yaml": Sample.caseStudy(categories: [alias])])
    let hint = try #require(found.first { $0.rule == "catalog.category-alias" })
    #expect(hint.message.text(.en).contains("`participate`"))
  }

  @Test("Two cases of one municipality may not share a title")
  func duplicateTitle() throws {
    let found = try diagnostics([
      "cases/nl/testdorp/a.yaml": Sample.caseStudy(title: "Wijkapp"),
      "cases/nl/testdorp/b.yaml": Sample.caseStudy(title: "wijkapp "),
    ])
    // Both are reported, each naming the other: which one is older is not for the files' order to say.
    let duplicates = found.filter { $0.rule == "catalog.duplicate-title" }
    #expect(duplicates.map(\.file) == ["cases/nl/testdorp/a.yaml", "cases/nl/testdorp/b.yaml"])
    #expect(duplicates.first?.message.text(.en).contains("(cases/nl/testdorp/b.yaml)") == true)
    #expect(duplicates.last?.message.text(.en).contains("(cases/nl/testdorp/a.yaml)") == true)
  }

  @Test("Same titles in different municipalities are fine")
  func sameTitleElsewhere() throws {
    let found = try diagnostics([
      "cases/nl/testdorp/a.yaml": Sample.caseStudy(title: "Wijkapp"),
      "cases/nl/anderdorp/municipality.yaml": Sample.municipality(name: "Anderdorp"),
      "cases/nl/anderdorp/a.yaml": Sample.caseStudy(title: "Wijkapp"),
    ])
    #expect(found.isEmpty, "\(found)")
  }

  @Test("A municipality folder needs municipality.yaml")
  func missingMunicipality() throws {
    let found = try diagnostics(["cases/nl/testdorp/a.yaml": Sample.caseStudy()], municipality: false)
    let missing = try #require(found.first { $0.rule == "catalog.missing-municipality" })
    #expect(missing.file == "cases/nl/testdorp")
    #expect(missing.message.text(.en).contains("casebook new municipality --municipality nl/testdorp"))
  }

  @Test("date and year must agree")
  func dateYear() throws {
    let found = try diagnostics(["cases/nl/testdorp/a.yaml": Sample.caseStudy(year: 2020, extra: "date: 2019-05-01")])
    #expect(found.map(\.rule) == ["catalog.date-year"])
  }

  @Test("Scaffold placeholders must be replaced")
  func placeholder() throws {
    let found = try diagnostics(["cases/nl/testdorp/a.yaml": Sample.caseStudy(title: "\"TODO: a short title\"")])
    let placeholder = try #require(found.first { $0.rule == "catalog.placeholder" })
    #expect(placeholder.pointer == "/title")
  }

  @Test("A review before the adoption date is a warning")
  func policyDates() throws {
    let policy = Sample.policy() + "\nadopted: 2020-05-01\nlast_review: 2019-01-01\n"
    let found = try diagnostics(["cases/nl/testdorp/policy.yaml": policy])
    let finding = try #require(found.first { $0.rule == "catalog.policy-dates" })
    #expect(finding.severity == .warning)
    #expect(finding.pointer == "/last_review")
  }

  @Test("A case in a language the municipality does not list is a warning")
  func caseLanguage() throws {
    let found = try diagnostics(["cases/nl/testdorp/a.yaml": Sample.caseStudy(language: "fr")])
    #expect(found.map(\.rule) == ["catalog.case-language"])
    #expect(found.first?.severity == .warning)
  }

  @Test("YAML and schema problems are located, and every problem of a file is reported")
  func locatedProblems() throws {
    let broken = Sample.caseStudy().replacingOccurrences(of: "year: 2020", with: "year: twenty")
      .replacingOccurrences(of: "channels: [app]", with: "chanels: [app]")
    let found = try diagnostics([
      "cases/nl/testdorp/a.yaml": broken,
      "cases/nl/testdorp/b.yaml": "title: [unclosed\n",
    ])
    let yaml = try #require(found.first { $0.file.hasSuffix("b.yaml") })
    #expect(yaml.rule.hasPrefix("yaml."))
    let schema = found.filter { $0.file.hasSuffix("a.yaml") }.map(\.rule)
    #expect(schema.contains("schema.type"))
    #expect(schema.contains("schema.additionalProperties"))
    #expect(schema.contains("schema.required"))
    let unknownKey = try #require(found.first { $0.rule == "schema.additionalProperties" })
    #expect(unknownKey.line == 5 && unknownKey.column == 1)
  }

  @Test("Findings are limited to the files in scope, with the rules they need from other files")
  func scoped() throws {
    let found = try diagnostics(
      [
        "cases/nl/testdorp/a.yaml": Sample.caseStudy(title: "Wijkapp"),
        "cases/nl/testdorp/b.yaml": Sample.caseStudy(title: "Wijkapp"),
        "cases/nl/other/broken.yaml": "title: [",
      ], scope: .paths(["cases/nl/testdorp/b.yaml"]))
    #expect(found.map(\.rule) == ["catalog.duplicate-title"])
  }
}
