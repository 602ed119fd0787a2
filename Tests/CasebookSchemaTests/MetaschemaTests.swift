import CasebookText
import Foundation
import Testing

@testable import CasebookSchema
@testable import CasebookYAML

/// The official metaschema folder in `shared/`, found as the suite is.
private let metaschemaFolder: URL? = OfficialSuite.candidates
  .map { URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("jsonschema-metaschema-2020-12") }
  .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("schema.json").path) }

private func schema(_ text: String, registry: [String: String] = [:]) throws -> JSONSchema {
  var documents: [String: Node] = [:]
  for (uri, text) in registry { documents[uri] = try JSONParser.parse(text) }
  return try JSONSchema(JSONParser.parse(text), registry: documents)
}

@Suite("Metaschema, dynamic references and vocabularies")
struct MetaschemaTests {
  @Test("the built-in metaschema is the shared folder's, byte for byte (else run `make embed`)")
  func embeddedMatchesShared() throws {
    guard let folder = metaschemaFolder else {
      #expect(OfficialSuite.skipRequested, "shared/jsonschema-metaschema-2020-12 not found; set CASEBOOK_SKIP_JSONSCHEMA_SUITE=1 to skip")
      return
    }
    let advice = "run `make embed` and commit Sources/CasebookSchema/EmbeddedMetaschema.swift"
    var onDisk: [String: String] = [:]
    let walker = FileManager.default.enumerator(atPath: folder.path)
    while let path = walker?.nextObject() as? String {
      guard path == "LICENSE" || path.hasSuffix(".json") else { continue }
      onDisk[path] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }
    let embedded = Dictionary(uniqueKeysWithValues: EmbeddedMetaschema.files.map { ($0.path, $0.text) })
    #expect(Set(embedded.keys) == Set(onDisk.keys), "the embedded metaschema files are out of date: \(advice)")
    for (path, text) in onDisk { #expect(embedded[path] == text, "\(path) differs from its embedded copy: \(advice)") }
    #expect(onDisk.keys.contains("meta/applicator.json"))
  }

  @Test("every embedded metaschema document parses and the metaschema compiles")
  func embeddedDocumentsCompile() {
    #expect(Metaschema.documents.count == EmbeddedMetaschema.files.count - 1)
    #expect(Metaschema.compiled != nil)
  }

  @Test("a $ref to the 2020-12 metaschema resolves offline and checks schemas")
  func metaschemaReference() throws {
    let metaschema = try schema(#"{"$ref": "https://json-schema.org/draft/2020-12/schema"}"#)
    #expect(metaschema.isValid(try JSONParser.parse(#"{"type": "string", "minLength": 3}"#)))
    #expect(!metaschema.isValid(try JSONParser.parse(#"{"type": "strnig"}"#)))
    #expect(!metaschema.isValid(try JSONParser.parse(#"{"properties": {"a": {"minLength": "3"}}}"#)))
  }

  @Test("a steward's typo in a schema is a located metaschema violation")
  func typosAreLocated() throws {
    let document = try JSONParser.parse("""
      {
        "type": "object",
        "properties": {
          "name": {"type": "strnig"},
          "code": {"type": "string", "minLength": "3"}
        },
        "required": "name"
      }
      """)
    let found = JSONSchema.metaschemaViolations(of: document)
    let byPointer = Dictionary(grouping: found, by: \.pointer)
    #expect(Set(byPointer.keys) == ["/properties/name/type", "/properties/code/minLength", "/required"])
    #expect(byPointer["/properties/name/type"]?.first?.location == SourceLocation(line: 4, column: 22))
    #expect(byPointer["/properties/name/type"]?.first?.message.text(.en).contains("`string`") == true)
    #expect(byPointer["/properties/code/minLength"]?.first?.location == SourceLocation(line: 5, column: 45))
    #expect(byPointer["/required"]?.first?.location == SourceLocation(line: 7, column: 15))
  }

  @Test("well-formed schemas have no metaschema violations; another dialect's $schema has one")
  func dialect() throws {
    let good = try JSONParser.parse(#"{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}"#)
    #expect(JSONSchema.metaschemaViolations(of: good).isEmpty)
    let old = try JSONParser.parse(#"{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object"}"#)
    let found = JSONSchema.metaschemaViolations(of: old)
    #expect(found.map(\.keyword) == ["$schema"])
    #expect(found.first?.message.text(.en).contains("2020-12") == true)
  }

  @Test("$dynamicRef resolves to the outermost $dynamicAnchor in the dynamic scope")
  func dynamicReference() throws {
    // A generic list whose items a user of it chooses, as the metaschema's vocabularies do.
    let list = try schema(#"""
      {
        "$id": "https://example.org/strings",
        "$ref": "list",
        "$defs": {
          "item": {"$dynamicAnchor": "item", "type": "string"},
          "list": {
            "$id": "list",
            "type": "array",
            "items": {"$dynamicRef": "#item"},
            "$defs": {"item": {"$dynamicAnchor": "item"}}
          }
        }
      }
      """#)
    #expect(list.isValid(try JSONParser.parse(#"["a", "b"]"#)))
    let found = list.validate(try JSONParser.parse(#"["a", 1]"#))
    #expect(found.map(\.pointer) == ["/1"])
    #expect(found.map(\.keyword) == ["type"])
  }

  @Test("what an `if` without then or else evaluated counts for unevaluatedProperties")
  func ifAloneIsAnnotated() throws {
    let closed = try schema(#"{"if": {"properties": {"a": {"type": "string"}}}, "unevaluatedProperties": false}"#)
    #expect(closed.isValid(try JSONParser.parse(#"{"a": "x"}"#)))
    #expect(!closed.isValid(try JSONParser.parse(#"{"a": 1}"#)))
    #expect(closed.validate(try JSONParser.parse(#"{"a": 1}"#)).map(\.keyword) == ["unevaluatedProperties"])
  }

  @Test("$schema's $vocabulary decides which keywords count; an unknown required vocabulary is refused")
  func vocabularies() throws {
    let noValidation = #"""
      {"$id": "https://example.org/meta", "$vocabulary": {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true}}
      """#
    let checked = try schema(#"{"$schema": "https://example.org/meta", "properties": {"n": {"minimum": 10}}}"#,
      registry: ["https://example.org/meta": noValidation])
    #expect(checked.isValid(try JSONParser.parse(#"{"n": 1}"#)))
    let unknown = #"{"$id": "https://example.org/odd", "$vocabulary": {"https://example.org/vocab/odd": true}}"#
    #expect(throws: SchemaError.self) {
      try schema(#"{"$schema": "https://example.org/odd"}"#, registry: ["https://example.org/odd": unknown])
    }
  }

  @Test("registry documents are compiled only when a reference reaches them")
  func registryIsLazy() throws {
    let checked = try schema(#"{"$ref": "https://example.org/good"}"#, registry: [
      "https://example.org/good": #"{"type": "integer"}"#, "https://example.org/broken": #"{"type": 5}"#,
    ])
    #expect(checked.isValid(try JSONParser.parse("3")))
    #expect(throws: SchemaError.self) { try schema(#"{"$ref": "https://example.org/broken"}"#, registry: [
      "https://example.org/broken": #"{"type": 5}"#,
    ]) }
  }
}
