import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A catalogue with one valid municipality and case committed.
private func validCatalogue(bare: Bool = false) throws -> TemporaryCatalogue {
  let catalogue = try TemporaryCatalogue(bare: bare)
  try catalogue.commit(
    [
      "cases/nl/testdorp/municipality.yaml": Sample.municipality(),
      "cases/nl/testdorp/2020-wijkapp.yaml": Sample.caseStudy(),
    ], message: "Add Testdorp")
  return catalogue
}

@Suite("casebook validate")
struct ValidateCommandTests {
  @Test("A valid working tree passes with exit status 0", arguments: [["-C", "ROOT", "validate"], ["validate", "-C", "ROOT"]])
  func validWorkingTree(arguments: [String]) throws {
    let catalogue = try validCatalogue()
    let result = try casebook(arguments.map { $0 == "ROOT" ? catalogue.root : $0 })
    #expect(result.status == 0, "\(result)")
    #expect(result.output.contains("no problems found"))
  }

  @Test("Errors are printed as file:line:col: error: [rule] message and exit with 1")
  func errorsInText() throws {
    let catalogue = try validCatalogue()
    try catalogue.write("cases/nl/testdorp/2021-kapot.yaml", Sample.caseStudy(title: "Kapot", categories: ["repport"]))
    let result = try casebook(["validate"], in: catalogue.root)
    #expect(result.status == 1)
    #expect(result.output.contains("cases/nl/testdorp/2021-kapot.yaml:4:"))
    #expect(result.output.contains(": error: [catalog.unknown-category] `repport` is not a use category"))
  }

  @Test("Paths limit the check to those files, relative to the current folder")
  func paths() throws {
    let catalogue = try validCatalogue()
    try catalogue.write("cases/nl/other/broken.yaml", "title: [")
    let inFolder = try casebook(["validate", "2020-wijkapp.yaml"], in: catalogue.root + "/cases/nl/testdorp")
    #expect(inFolder.status == 0, "\(inFolder)")
    #expect(inFolder.output.contains("1 file checked"))
    let outside = try casebook(["validate", "/etc/passwd"], in: catalogue.root)
    #expect(outside.status == 64)
  }

  @Test("--rev reads a bare clone's objects; a bare repository without --rev validates HEAD")
  func bareRepository() throws {
    let catalogue = try validCatalogue(bare: true)
    try catalogue.commit(["cases/nl/testdorp/2021-kapot.yaml": "title: ["], message: "Broken file")
    let head = try casebook(["-C", catalogue.root, "validate", "--rev", "HEAD"])
    #expect(head.status == 1)
    #expect(head.output.contains("cases/nl/testdorp/2021-kapot.yaml:"))
    let before = try casebook(["-C", catalogue.root, "validate", "--rev", "HEAD~1"])
    #expect(before.status == 0, "\(before)")
    let implicit = try casebook(["-C", catalogue.root, "validate"])
    #expect(implicit.status == 1)
  }

  @Test("--changed checks only the files changed in the range")
  func changedOnly() throws {
    let catalogue = try validCatalogue()
    try catalogue.commit(["cases/nl/testdorp/2019-oud.yaml": Sample.caseStudy(title: "TODO old problem")], message: "Old")
    let base = try catalogue.repository.resolveCommit("HEAD")
    try catalogue.commit(
      [
        "cases/nl/testdorp/2021-nieuw.yaml": Sample.caseStudy(title: "Nieuw", categories: ["nope"]),
        "cases/nl/testdorp/2022-goed.yaml": Sample.caseStudy(title: "Goede melding"),
      ], message: "New")
    let result = try casebook(["-C", catalogue.root, "validate", "--changed", "\(base.hex)..HEAD", "--format", "json"])
    #expect(result.status == 1)
    let json = try jsonObject(result.output)
    #expect(json["files"] as? Int == 2)
    let files = Set((json["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String })
    #expect(files == ["cases/nl/testdorp/2021-nieuw.yaml"])
  }

  @Test("--changed validates against BASE's schema, so a change cannot loosen its own rules")
  func changedUsesBaseSchema() throws {
    let catalogue = try validCatalogue()
    let base = try catalogue.repository.resolveCommit("HEAD")
    let schemaPath = "schema/case.schema.json"
    let loosened = try #require(try TemporaryCatalogue.files(under: "schema")[schemaPath])
      .replacingOccurrences(of: "\"additionalProperties\": false", with: "\"additionalProperties\": true")
    try catalogue.commit(
      [
        schemaPath: loosened,
        "cases/nl/testdorp/2021-extra.yaml": Sample.caseStudy(title: "Extra", extra: "budget_euros: 100"),
      ], message: "Loosen the schema")
    let result = try casebook(["-C", catalogue.root, "validate", "--changed", "\(base.hex)..HEAD"])
    #expect(result.status == 1)
    #expect(result.output.contains("[schema.additionalProperties]"))
    let atHead = try casebook(["-C", catalogue.root, "validate", "--rev", "HEAD"])
    #expect(atHead.status == 0, "the loosened schema accepts the file on its own: \(atHead)")
  }

  @Test(
    "Bad usage exits with 64 and says what was wrong",
    arguments: [
      (["validate", "--rev", "no-such-branch"], "does not exist"),
      (["validate", "--changed", "main"], "BASE..HEAD"),
      (["validate", "--rev", "HEAD", "--changed", "HEAD..HEAD"], "cannot be combined"),
      (["validate", "--format", "yaml"], "format"),
      (["validate", "--no-such-option"], "no-such-option"),
    ])
  func usage(arguments: [String], message: String) throws {
    let catalogue = try validCatalogue()
    let result = try casebook(["-C", catalogue.root] + arguments)
    #expect(result.status == 64, "\(result)")
    #expect(result.errors.contains(message), "\(result.errors)")
  }

  @Test("Outside a repository the message says how to get one")
  func notARepository() throws {
    let result = try casebook(["-C", "/", "validate"])
    #expect(result.status == 64)
    #expect(result.errors.contains("casebook init"))
  }

  @Test("Warnings pass unless --strict")
  func strict() throws {
    let catalogue = try validCatalogue()
    try catalogue.write("cases/nl/testdorp/2021-frans.yaml", Sample.caseStudy(title: "Frans", language: "fr"))
    let lenient = try casebook(["validate"], in: catalogue.root)
    #expect(lenient.status == 0)
    #expect(lenient.output.contains("warning: [catalog.case-language]"))
    let strict = try casebook(["validate", "--strict"], in: catalogue.root)
    #expect(strict.status == 1)
  }

  @Test("json output has files, errors, warnings and located diagnostics")
  func jsonFormat() throws {
    let catalogue = try validCatalogue()
    try catalogue.write("cases/nl/testdorp/2021-kapot.yaml", "title: Kapot\nyear: 2021\n")
    let result = try casebook(["validate", "--format", "json"], in: catalogue.root)
    let json = try jsonObject(result.output)
    let schemaFiles = try TemporaryCatalogue.files(under: "schema").keys.filter {
      $0.hasSuffix(".schema.json") || [
        "schema/categories.yaml", "schema/stewards.yaml", "schema/best-practice.yaml", "schema/rules.yaml",
        "schema/versions.yaml",
      ].contains($0)
    }
    #expect(json["files"] as? Int == 3 + schemaFiles.count)
    #expect((json["errors"] as? Int ?? 0) > 0)
    #expect(json["warnings"] as? Int == 0)
    let first = try #require((json["diagnostics"] as? [[String: Any]])?.first)
    #expect(Set(first.keys) == ["file", "line", "column", "severity", "default_severity", "rule", "message", "pointer"])
    #expect(first["file"] as? String == "cases/nl/testdorp/2021-kapot.yaml")
    #expect(first["severity"] as? String == "error")
  }

  @Test("github output is one workflow annotation per finding")
  func githubFormat() throws {
    let catalogue = try validCatalogue()
    try catalogue.write("cases/nl/testdorp/2021-kapot.yaml", Sample.caseStudy(title: "Kapot", categories: ["nope"]))
    let result = try casebook(["validate", "--format", "github"], in: catalogue.root)
    let annotations = result.output.split(separator: "\n").filter { $0.hasPrefix("::") }
    #expect(annotations.count == 1)
    #expect(annotations.first?.hasPrefix("::error file=cases/nl/testdorp/2021-kapot.yaml,line=4,col=") == true)
    #expect(annotations.first?.contains(",title=catalog.unknown-category::") == true)
  }

  @Test("junit output is well-formed XML with one failure per failing file")
  func junitFormat() throws {
    let catalogue = try validCatalogue()
    try catalogue.write("cases/nl/testdorp/2021-kapot.yaml", "title: <Kapot & \"stuk\">\n")
    let result = try casebook(["validate", "--format", "junit"], in: catalogue.root)
    #expect(result.status == 1)
    let parser = XMLParser(data: Data(result.output.utf8))
    let counter = FailureCounter()
    parser.delegate = counter
    #expect(parser.parse(), "\(result.output)")
    #expect(counter.failures == 1)
  }
}

private final class FailureCounter: NSObject, XMLParserDelegate {
  var failures = 0
  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if elementName == "failure" { failures += 1 }
  }
}
