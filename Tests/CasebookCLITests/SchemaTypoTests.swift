import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// A catalogue whose `schema/municipality.schema.json` has a steward's typos: a misspelt type, a length
/// written as text and a title that is a number (which the validator itself would ignore).
private func catalogueWithTypos(bare: Bool) throws -> TemporaryCatalogue {
  let catalogue = try TemporaryCatalogue(bare: bare)
  let path = "schema/municipality.schema.json"
  let original = try #require(TemporaryCatalogue.files(under: "schema")[path])
  var lines = original.components(separatedBy: "\n")
  #expect(lines[15] == #"      "type": "string","# && lines[17] == #"      "minLength": 2,"#)
  lines[15] = #"      "type": "strnig","#
  lines[17] = #"      "minLength": "2","#
  lines[3] = #"  "title": 5,"#
  try catalogue.commit(
    [
      path: lines.joined(separator: "\n"),
      "cases/nl/testdorp/municipality.yaml": Sample.municipality(),
    ], message: "Schema with typos")
  return catalogue
}

@Suite("A schema file that breaks the JSON Schema metaschema")
struct SchemaTypoTests {
  @Test("its typos are located errors, in the working tree and with --rev", arguments: [false, true])
  func typosAreLocated(atRevision: Bool) throws {
    let catalogue = try catalogueWithTypos(bare: atRevision)
    let arguments = ["-C", catalogue.root, "validate", "--format", "json"] + (atRevision ? ["--rev", "HEAD"] : [])
    let result = try casebook(arguments)
    #expect(result.status == 1, "\(result)")
    let diagnostics = (try jsonObject(result.output)["diagnostics"] as? [[String: Any]]) ?? []
    let found = diagnostics.filter { $0["file"] as? String == "schema/municipality.schema.json" }
    let located = found.map { "\($0["line"] ?? ""):\($0["column"] ?? "") \($0["rule"] ?? "") \($0["pointer"] ?? "")" }
    #expect(Set(located) == [
      "4:12 schema.metaschema /title", "16:15 schema.metaschema /properties/name/type",
      "18:20 schema.metaschema /properties/name/minLength",
    ], "\(result.output)")
    let typeMessage = found.first { $0["pointer"] as? String == "/properties/name/type" }?["message"] as? String
    #expect(typeMessage?.contains("did you mean `string`?") == true, "\(typeMessage ?? "")")
    // The schema does not compile, so files of its kind are checked only in part, and say so.
    let municipality = diagnostics.filter { $0["file"] as? String == "cases/nl/testdorp/municipality.yaml" }
    #expect(municipality.map { $0["rule"] as? String } == ["catalog.schema-unavailable"])
  }

  @Test("a schema that compiles but breaks the metaschema is still an error, and files are still checked with it")
  func compilesButBreaksMetaschema() throws {
    let catalogue = try TemporaryCatalogue()
    let path = "schema/municipality.schema.json"
    let original = try #require(TemporaryCatalogue.files(under: "schema")[path])
    try catalogue.write(path, original.replacingOccurrences(of: #""title": "Municipality profile""#, with: #""title": 7"#))
    try catalogue.write("cases/nl/testdorp/municipality.yaml", Sample.municipality(country: "nl"))
    let result = try casebook(["-C", catalogue.root, "validate"])
    #expect(result.status == 1)
    #expect(result.output.contains("schema/municipality.schema.json:4:12: error: [schema.metaschema]"), "\(result.output)")
    #expect(result.output.contains("cases/nl/testdorp/municipality.yaml:2:10: error: [schema.pattern]"), "\(result.output)")
  }
}
