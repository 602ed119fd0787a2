import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// A catalogue at schema version 2 whose version 1 called the channels `media`, with a case schema that marks
/// `hashtags` deprecated in favour of `tags`.
private func versionedCatalogue() throws -> TemporaryCatalogue {
  let catalogue = try TemporaryCatalogue()
  let caseSchema = try #require(TemporaryCatalogue.files(under: "schema")["schema/case.schema.json"])
  let deprecated = """
    "properties": {
        "hashtags": {"type": "array", "deprecated": true, "x-replaced-by": "/tags"},
    """
  try catalogue.commit(
    [
      "schema/versions.yaml": """
        current: 2
        older:
          - version: 1
            steps:
              - rename: /media
                to: channels
                kinds: [case]
        """,
      "schema/case.schema.json": caseSchema.replacingOccurrences(of: "\"properties\": {", with: deprecated, options: [], range: caseSchema.range(of: "\"properties\": {")),
      "cases/nl/testdorp/municipality.yaml": Sample.municipality(),
    ], message: "Version 2")
  return catalogue
}

/// A case written for version 1, with a comment and quoting that must survive.
private let oldCase = Sample.caseStudy()
  .replacingOccurrences(of: "channels: [app]", with: "schema_version: 1\nmedia: ['app']   # the app")

@Suite("casebook migrate")
struct MigrateCommandTests {
  @Test("An older version validates with a warning naming casebook migrate; an unknown one is an error")
  func versionsInValidation() throws {
    let catalogue = try versionedCatalogue()
    try catalogue.write("cases/nl/testdorp/2020-oud.yaml", oldCase)
    try catalogue.write(
      "cases/nl/testdorp/2021-nieuw.yaml", Sample.caseStudy(title: "Nieuwer", extra: "schema_version: 3"))
    let result = try casebook(["validate", "--format", "json"], in: catalogue.root)
    let diagnostics = try #require(try jsonObject(result.output)["diagnostics"] as? [[String: Any]])
    let old = try #require(diagnostics.first { $0["file"] as? String == "cases/nl/testdorp/2020-oud.yaml" })
    #expect(old["rule"] as? String == "catalog.schema-version-old")
    #expect(old["severity"] as? String == "warning")
    #expect((old["message"] as? String)?.contains("run `casebook migrate cases/nl/testdorp/2020-oud.yaml`") == true)
    #expect(diagnostics.count { $0["file"] as? String == "cases/nl/testdorp/2020-oud.yaml" } == 1, "\(diagnostics)")
    let new = try #require(diagnostics.first { $0["file"] as? String == "cases/nl/testdorp/2021-nieuw.yaml" })
    #expect(new["rule"] as? String == "catalog.schema-version-unknown")
    #expect(new["severity"] as? String == "error")
    #expect(result.status == 1)
  }

  @Test("A deprecated field gives a warning naming its replacement")
  func deprecatedField() throws {
    let catalogue = try versionedCatalogue()
    try catalogue.write("cases/nl/testdorp/2020-a.yaml", Sample.caseStudy(extra: "hashtags: [oud]"))
    let result = try casebook(["validate"], in: catalogue.root)
    #expect(result.status == 0, "\(result)")
    #expect(
      result.output.contains(
        "cases/nl/testdorp/2020-a.yaml:17:1: warning: [catalog.deprecated-field] `/hashtags` is deprecated: use `/tags` instead"),
      "\(result.output)")
  }

  @Test("--check exits 1 and writes nothing; migrate rewrites only the changed lines; then all is current")
  func checkThenMigrate() throws {
    let catalogue = try versionedCatalogue()
    let path = "cases/nl/testdorp/2020-oud.yaml"
    try catalogue.write(path, oldCase)
    let check = try casebook(["migrate", "--check"], in: catalogue.root)
    #expect(check.status == 1)
    #expect(check.output.contains("would migrate \(path) (version 1 → 2)"))
    #expect(check.output.contains("-6: media: ['app']   # the app"))
    #expect(try String(contentsOfFile: catalogue.root + "/" + path, encoding: .utf8) == oldCase)
    let migrate = try casebook(["migrate", path], in: catalogue.root)
    #expect(migrate.status == 0, "\(migrate)")
    let expected = oldCase.replacingOccurrences(
      of: "schema_version: 1\nmedia: ['app']", with: "schema_version: 2\nchannels: ['app']")
    #expect(try String(contentsOfFile: catalogue.root + "/" + path, encoding: .utf8) == expected)
    let again = try casebook(["migrate", "--check"], in: catalogue.root)
    #expect(again.status == 0, "\(again)")
    let validate = try casebook(["validate"], in: catalogue.root)
    #expect(validate.output.contains("no problems found"), "\(validate.output)")
    // Nothing was committed.
    #expect(try catalogue.repository.resolveCommit("HEAD") == (try catalogue.repository.resolveCommit("HEAD")))
  }

  @Test("A migration whose result would not validate is reported, not written")
  func invalidResultNotWritten() throws {
    let catalogue = try versionedCatalogue()
    let path = "cases/nl/testdorp/2020-oud.yaml"
    let broken = oldCase.replacingOccurrences(of: "year: 2020", with: "year: twenty")
    try catalogue.write(path, broken)
    let result = try casebook(["migrate"], in: catalogue.root)
    #expect(result.status == 1)
    #expect(result.output.contains("\(path):3:7: error: [schema.type] after migration:"), "\(result.output)")
    #expect(try String(contentsOfFile: catalogue.root + "/" + path, encoding: .utf8) == broken)
  }

  @Test("A file reached through a symbolic link is not written")
  func symlinkNotFollowed() throws {
    let catalogue = try versionedCatalogue()
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-outside-\(UUID().uuidString).yaml")
    try oldCase.write(to: outside, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: outside) }
    try FileManager.default.createSymbolicLink(
      atPath: catalogue.root + "/cases/nl/testdorp/2020-link.yaml", withDestinationPath: outside.path)
    _ = try casebook(["migrate"], in: catalogue.root)
    #expect(try String(contentsOf: outside, encoding: .utf8) == oldCase)
  }
}
