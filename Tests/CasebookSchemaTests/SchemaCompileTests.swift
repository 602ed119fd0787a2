import CasebookText
import CasebookSchema
import CasebookYAML
import Foundation
import Testing

func fixture(_ name: String) throws -> Node {
  let url = try #require(Bundle.module.url(forResource: "Fixtures/registry/\(name)", withExtension: nil))
  return try JSONParser.parse(Array(Data(contentsOf: url)))
}

@Suite("Registry documents")
struct RegistryTests {
  static let caseURI = "https://casebook.example/schemas/case.json"
  static let commonURI = "https://casebook.example/schemas/common.json"

  @Test("refs resolve into another document by relative URI, JSON pointer and anchor")
  func refsAcrossDocuments() throws {
    let schema = try JSONSchema(
      fixture("case.schema.json"), registry: [Self.commonURI: fixture("common.schema.json")])
    let valid = try JSONParser.parse(#"""
      {"title": "Open data portal", "municipality": "09162000",
       "sources": [{"url": "https://example.org/report", "accessed": "2024-02-29"}]}
      """#)
    #expect(schema.isValid(valid))
    let invalid = try JSONParser.parse(#"""
      {"title": "Open data portal", "municipality": "0916",
       "sources": [{"url": "not a url", "accessed": "2023-02-29"}]}
      """#)
    let found = schema.validate(invalid)
    #expect(found.map(\.pointer) == ["/municipality", "/sources/0/url", "/sources/0/accessed"])
    #expect(found.map(\.schemaPointer) == [
      Self.commonURI + "#/$defs/municipality/pattern",
      Self.commonURI + "#/$defs/url/format",
      Self.commonURI + "#/$defs/source/properties/accessed/format",
    ])
    #expect(found.first?.message.text(.en)
      == "`0916` does not have the expected form: the eight-digit municipality key (Amtlicher Gemeindeschlüssel)")
  }

  @Test("a registry document is found by its key even without $id")
  func keyWithoutId() throws {
    let schema = try JSONSchema(
      JSONParser.parse(#"{"$ref": "https://example.org/types.json#/$defs/code"}"#),
      registry: ["https://example.org/types.json": JSONParser.parse(#"{"$defs": {"code": {"type": "integer"}}}"#)])
    #expect(try schema.isValid(JSONParser.parse("42")))
    #expect(try !schema.isValid(JSONParser.parse(#""42""#)))
  }

  @Test("without the referenced document, compiling fails naming the $ref")
  func missingDocument() throws {
    #expect {
      try JSONSchema(fixture("case.schema.json"))
    } throws: { error in
      guard case .unresolvableReference(let reference, let pointer, let location) = error as? SchemaError else {
        return false
      }
      return reference.hasPrefix(Self.commonURI) && pointer.hasSuffix("/$ref") && location.line > 1
    }
  }

  @Test("recursive schemas across documents validate without looping")
  func recursiveAcrossDocuments() throws {
    let tree = try JSONParser.parse(#"""
      {"$id": "https://example.org/tree.json", "type": "object",
       "properties": {"children": {"type": "array", "items": {"$ref": "node.json"}}}}
      """#)
    let node = try JSONParser.parse(#"""
      {"$id": "https://example.org/node.json", "required": ["name"],
       "properties": {"name": {"type": "string"}, "subtree": {"$ref": "tree.json"}}}
      """#)
    let schema = try JSONSchema(tree, registry: ["https://example.org/node.json": node])
    let instance = try JSONParser.parse(#"""
      {"children": [{"name": "a", "subtree": {"children": [{"name": "b"}, {"name": 3}]}}]}
      """#)
    #expect(schema.validate(instance).map(\.pointer) == ["/children/0/subtree/children/1/name"])
  }
}

@Suite("Invalid schemas")
struct SchemaCompileTests {
  @Test("an invalid schema is a compile error naming the schema pointer", arguments: [
    (#"{"type": 5}"#, "/type"),
    (#"{"properties": {"a": {"type": "strin"}}}"#, "/properties/a/type"),
    (#"{"type": ["string", 3]}"#, "/type"),
    (#"{"pattern": "^(abc"}"#, "/pattern"),
    (#"{"patternProperties": {"[a-": {}}}"#, "/patternProperties/[a-"),
    (#"{"pattern": "(a)\\1"}"#, "/pattern"),
    (#"{"minLength": -1}"#, "/minLength"),
    (#"{"maxItems": 1.5}"#, "/maxItems"),
    (#"{"multipleOf": 0}"#, "/multipleOf"),
    (#"{"minimum": "5"}"#, "/minimum"),
    (#"{"required": "title"}"#, "/required"),
    (#"{"required": ["a", "a"]}"#, "/required"),
    (#"{"allOf": []}"#, "/allOf"),
    (#"{"items": 3}"#, "/items"),
    (#"{"$defs": {"x": {"not": "y"}}}"#, "/$defs/x/not"),
    (#"{"enum": "a"}"#, "/enum"),
    (#"{"$id": "https://example.org/a.json#frag"}"#, "/$id"),
    (#"{"$anchor": "1bad"}"#, "/$anchor"),
    (#"{"uniqueItems": "yes"}"#, "/uniqueItems"),
  ])
  func invalidKeyword(schema: String, pointer: String) throws {
    let node = try JSONParser.parse(schema)
    #expect {
      try JSONSchema(node)
    } throws: { error in
      guard case .invalidSchema(_, let found, let location) = error as? SchemaError else { return false }
      #expect(found == pointer)
      return location.line == 1 && location.column > 1
    }
  }

  @Test("an unresolvable $ref is a compile error", arguments: [
    (##"{"$ref": "#/$defs/missing"}"##, "/$ref"),
    (##"{"properties": {"a": {"$ref": "#nowhere"}}}"##, "/properties/a/$ref"),
    (##"{"$ref": "other.json"}"##, "/$ref"),
  ])
  func unresolvable(schema: String, pointer: String) throws {
    let node = try JSONParser.parse(schema)
    #expect {
      try JSONSchema(node)
    } throws: { error in
      guard case .unresolvableReference(_, let found, _) = error as? SchemaError else { return false }
      return found == pointer
    }
  }

  @Test("$ref cycles that never enter the instance are rejected instead of looping forever", arguments: [
    ##"{"$ref": "#"}"##,
    ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}}, "$ref": "#/$defs/a"}"##,
    ##"{"anyOf": [true, {"not": {"$ref": "#"}}]}"##,
  ])
  func inPlaceCycles(schema: String) throws {
    let node = try JSONParser.parse(schema)
    #expect {
      try JSONSchema(node)
    } throws: { error in
      guard case .invalidSchema(let message, _, _) = error as? SchemaError else { return false }
      return message.text(.en).contains("never end")
    }
  }

  @Test("errors describe themselves with location, pointer and what to do")
  func errorDescription() throws {
    let node = try JSONParser.parse("{\n  \"type\": \"text\"\n}")
    #expect {
      try JSONSchema(node)
    } throws: { error in
      let description = String(describing: error)
      return description.hasPrefix("2:11: invalid schema at `/type`: `type` must be one of null, boolean")
        && (error as? SchemaError)?.ruleID == "schema.invalid"
    }
  }

  @Test("unknown keywords, annotations and unknown formats are accepted")
  func lenientWhereTheSpecIs() throws {
    let schema = try JSONSchema(JSONParser.parse(#"""
      {"$schema": "https://json-schema.org/draft/2020-12/schema", "$comment": "c", "title": "t",
       "x-custom": {"type": 5}, "format": "color", "examples": [1], "default": 3, "deprecated": true}
      """#))
    #expect(try schema.isValid(JSONParser.parse(#""anything""#)))
  }

  @Test("format is an assertion by default and an annotation on request")
  func formatModes() throws {
    let node = try JSONParser.parse(#"{"format": "date"}"#)
    let instance = try JSONParser.parse(#""2021-02-29""#)
    #expect(try !JSONSchema(node).isValid(instance))
    #expect(try JSONSchema(node, assertFormats: false).isValid(instance))
  }
}
