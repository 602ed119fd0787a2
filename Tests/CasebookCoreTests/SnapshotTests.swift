import CasebookCore
import CasebookGit
import CasebookTestSupport
import Testing

@Suite("Snapshots")
struct SnapshotTests {
  @Test("An unchanged file has the same blob id in the working tree and in the commit")
  func sameBlobIDs() throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.commit(
      [
        "cases/nl/testdorp/municipality.yaml": Sample.municipality(),
        "cases/nl/testdorp/a.yaml": Sample.caseStudy(),
      ], message: "Add Testdorp")
    let workspace = try Workspace(directory: catalogue.root)
    let working = try workspace.workingTreeSnapshot()
    let committed = try workspace.snapshot(ofRevision: "HEAD")
    #expect(working.entries == committed.entries)
    #expect(working.entries.contains { $0.path == "cases/nl/testdorp/a.yaml" })
  }

  @Test("The reference catalogue in this repository validates without findings")
  func referenceCatalogue() throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.commit(try TemporaryCatalogue.files(under: "cases"), message: "Reference catalogue")
    let workspace = try Workspace(directory: catalogue.root)
    let report = try CatalogueValidator.validate(try workspace.snapshot(ofRevision: "HEAD"))
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    #expect(report.files >= 10)
    let kinds = report.records.values.map { record -> String in
      switch record {
      case .caseStudy: "case"
      case .policy: "policy"
      case .municipality: "municipality"
      }
    }
    #expect(kinds.count { $0 == "policy" } >= 2)
    #expect(kinds.count { $0 == "case" } >= 3)
  }

  @Test("A missing schema is reported once, and the rest is still checked")
  func missingSchema() throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.commit(
      [
        "schema/case.schema.json": nil,
        "cases/nl/testdorp/municipality.yaml": Sample.municipality(country: "BE"),
      ], message: "Break the rules")
    let workspace = try Workspace(directory: catalogue.root)
    let report = try CatalogueValidator.validate(try workspace.snapshot(ofRevision: "HEAD"))
    #expect(report.diagnostics.count { $0.rule == "catalog.schema-missing" } == 1)
    #expect(report.diagnostics.contains { $0.rule == "catalog.country-mismatch" })
  }

  @Test("An unknown revision is a usage error that says what to do")
  func unknownRevision() throws {
    let catalogue = try TemporaryCatalogue()
    let workspace = try Workspace(directory: catalogue.root)
    #expect(throws: CatalogueError.unknownRevision("no-such-branch")) {
      try workspace.snapshot(ofRevision: "no-such-branch")
    }
    #expect(CatalogueError.unknownRevision("x").isUsageError)
  }
}
