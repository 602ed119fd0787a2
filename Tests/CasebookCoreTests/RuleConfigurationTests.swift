import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// A catalogue with a valid municipality `cases/nl/testdorp`, the given `schema/rules.yaml` and files.
private func validated(rules: String?, _ files: [String: String]) throws -> ValidationReport {
  let catalogue = try TemporaryCatalogue()
  try catalogue.write("cases/nl/testdorp/municipality.yaml", Sample.municipality())
  if let rules { try catalogue.write("schema/rules.yaml", rules) }
  for (path, text) in files { try catalogue.write(path, text) }
  let workspace = try Workspace(directory: catalogue.root)
  return try CatalogueValidator.validate(try workspace.workingTreeSnapshot())
}

/// A policy whose last review lies before its adoption (`catalog.policy-dates`, a warning by default).
private let policyOutOfOrder = Sample.policy() + "\nadopted: 2020-05-01\nlast_review: 2019-01-01\n"

@Suite("Rule configuration")
struct RuleConfigurationTests {
  @Test("Path patterns: * within a name, ** across folders, a folder covers what is below it")
  func globs() throws {
    let belgium = try #require(PathGlob("cases/be/**"))
    #expect(belgium.matches("cases/be/gent/policy.yaml"))
    #expect(belgium.matches("cases/be"))
    #expect(!belgium.matches("cases/nl/gent/policy.yaml"))
    let folder = try #require(PathGlob("cases/be"))
    #expect(folder.matches("cases/be/gent/2020-a.yaml"))
    #expect(!folder.matches("cases/bel/x.yaml"))
    let policies = try #require(PathGlob("cases/*/*/policy.yaml"))
    #expect(policies.matches("cases/nl/testdorp/policy.yaml"))
    #expect(!policies.matches("cases/nl/testdorp/2020-policy.yaml"))
    let middle = try #require(PathGlob("cases/**/20?0-*.yaml"))
    #expect(middle.matches("cases/nl/testdorp/2010-snow.yaml"))
    #expect(!middle.matches("cases/nl/testdorp/2011-snow.yaml"))
    #expect(PathGlob("/cases/**") == nil)
    #expect(PathGlob("cases/../schema") == nil)
    #expect(PathGlob("cases//be") == nil)
  }

  @Test("An entry sets a rule's severity where its paths match, and the report keeps the default")
  func severityByPath() throws {
    let rules = """
      rules:
        - rule: catalog.policy-dates
          severity: error
          paths: ["cases/nl/**"]
          reason: Dutch policies are reviewed by the network and must be in order.
      """
    let report = try validated(
      rules: rules,
      [
        "cases/nl/testdorp/policy.yaml": policyOutOfOrder,
        "cases/be/gent/municipality.yaml": Sample.municipality(name: "Gent", country: "BE"),
        "cases/be/gent/policy.yaml": policyOutOfOrder,
      ])
    let dutch = try #require(report.diagnostics.first { $0.file == "cases/nl/testdorp/policy.yaml" })
    #expect(dutch.rule == "catalog.policy-dates")
    #expect(dutch.severity == .error)
    #expect(dutch.defaultSeverity == .warning)
    let flemish = try #require(report.diagnostics.first { $0.file == "cases/be/gent/policy.yaml" })
    #expect(flemish.severity == .warning)
    #expect(flemish.defaultSeverity == nil)
  }

  @Test("off drops a rule's findings; the last matching entry wins; a downgraded file gets its record")
  func offAndOrder() throws {
    let rules = """
      rules:
        - rule: catalog.placeholder
          severity: off
          reason: Drafts are imported from the network's wiki with placeholders.
        - rule: catalog.placeholder
          severity: warning
          paths: [cases/nl/testdorp/2021-concept.yaml]
          reason: This one draft should still show its placeholder.
        - rule: catalog.duplicate-title
          severity: off
          reason: Titles are checked by the network's editors instead.
      """
    let report = try validated(
      rules: rules,
      [
        "cases/nl/testdorp/2020-a.yaml": Sample.caseStudy(title: "TODO titel"),
        "cases/nl/testdorp/2021-concept.yaml": Sample.caseStudy(title: "TODO andere titel"),
        "cases/nl/testdorp/2022-b.yaml": Sample.caseStudy(title: "Zelfde titel"),
        "cases/nl/testdorp/2023-c.yaml": Sample.caseStudy(title: "Zelfde titel"),
      ])
    let placeholders = report.diagnostics.filter { $0.rule == "catalog.placeholder" }
    #expect(placeholders.map(\.file) == ["cases/nl/testdorp/2021-concept.yaml"])
    #expect(placeholders.first?.severity == .warning)
    #expect(!report.diagnostics.contains { $0.rule == "catalog.duplicate-title" })
    #expect(report.errors == 0, "\(report.diagnostics)")
    #expect(report.records["cases/nl/testdorp/2021-concept.yaml"] != nil)
  }

  @Test("Rules that guard trust, readability or the layout cannot be configured; unknown ids get a did-you-mean")
  func fixedAndUnknownRules() throws {
    let rules = """
      rules:
        - rule: schema.required
          severity: off
          reason: Trying to switch the schema off from here.
        - rule: access.steward
          severity: warning
          reason: Trying to let anyone change the schema.
        - rule: catalog.placeholdr
          severity: warning
          reason: A typing error in the rule id.
        - rule: catalog.placeholder
          severity: warning
          paths: ["/cases/**"]
          reason: A pattern that can never match.
      """
    let report = try validated(rules: rules, ["cases/nl/testdorp/2020-a.yaml": Sample.caseStudy(extra: "bogus: 1")])
    let problems = report.diagnostics.filter { $0.rule == "catalog.rule-config" }
    #expect(problems.allSatisfy { $0.file == "schema/rules.yaml" && $0.severity == .error })
    #expect(problems.map(\.pointer) == ["/rules/0/rule", "/rules/1/rule", "/rules/2/rule", "/rules/3/paths/0"])
    #expect(problems[0].message.text(.en).contains("cannot be configured"))
    #expect(problems[2].message.text(.en).contains("did you mean `catalog.placeholder`"))
    // None of them took effect.
    let bogus = try #require(report.diagnostics.first { $0.rule == "schema.additionalProperties" })
    #expect(bogus.severity == .error)
  }

  @Test("An entry without a reason is refused by the schema")
  func reasonRequired() throws {
    let rules = "rules:\n  - rule: catalog.placeholder\n    severity: off\n"
    let report = try validated(rules: rules, ["cases/nl/testdorp/2020-a.yaml": Sample.caseStudy(title: "TODO titel")])
    #expect(report.diagnostics.contains { $0.file == "schema/rules.yaml" && $0.rule == "schema.required" })
    #expect(report.diagnostics.contains { $0.rule == "catalog.placeholder" && $0.severity == .error })
  }

  @Test("The rule configuration is part of the rule set id")
  func ruleSetID() throws {
    let catalogue = try TemporaryCatalogue()
    func id() throws -> String {
      let snapshot = try Workspace(directory: catalogue.root).workingTreeSnapshot()
      return RuleSet.load(from: snapshot, reader: try snapshot.makeReader()).id
    }
    let before = try id()
    try catalogue.write(
      "schema/rules.yaml",
      "rules:\n  - rule: catalog.placeholder\n    severity: warning\n    reason: Drafts are fine for now.\n")
    #expect(try id() != before)
  }

  @Test("Configured severities survive the result cache")
  func cachedSeverities() throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.write("cases/nl/testdorp/municipality.yaml", Sample.municipality())
    try catalogue.write("cases/nl/testdorp/policy.yaml", policyOutOfOrder)
    try catalogue.write(
      "schema/rules.yaml",
      "rules:\n  - rule: catalog.policy-dates\n    severity: error\n    reason: Reviews must follow adoption.\n")
    for run in 0..<2 {
      let snapshot = try Workspace(directory: catalogue.root).workingTreeSnapshot()
      // Records and a path scope use the per-file result cache (a whole run of few files skips it).
      let report = try CatalogueValidator.validate(snapshot, scope: .paths(["cases/nl"]), records: true)
      let dates = try #require(report.diagnostics.first { $0.rule == "catalog.policy-dates" }, "run \(run)")
      #expect(dates.severity == .error && dates.defaultSeverity == .warning, "run \(run)")
      if run == 1 { #expect(report.cache.hits > 0) }
    }
  }
}
