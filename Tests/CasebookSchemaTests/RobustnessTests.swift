import CasebookSchema
import CasebookYAML
import Testing

@Suite("Robustness")
struct RobustnessTests {
  static let recursive = ##"{"anyOf": [{"type": "array", "items": {"$ref": "#"}}, {"type": "integer"}]}"##

  func nested(_ depth: Int, around leaf: String) throws -> Node {
    try JSONParser.parse(String(repeating: "[", count: depth) + leaf + String(repeating: "]", count: depth))
  }

  @Test("moderately deep documents are checked completely")
  func moderatelyDeep() throws {
    let schema = try JSONSchema(JSONParser.parse(Self.recursive))
    #expect(schema.isValid(try nested(40, around: "1")))
    let found = schema.validate(try nested(40, around: "\"x\""))
    #expect(found.map(\.pointer) == [String(repeating: "/0", count: 40)])
    #expect(found.map(\.message) == ["expected a whole number or a list, found text"])
  }

  @Test("the deepest document the parser accepts never crashes validation; if too deep it is reported")
  func deepestDocument() throws {
    let schema = try JSONSchema(JSONParser.parse(Self.recursive))
    for leaf in ["1", "\"x\""] {
      let document = try nested(JSONParser.maximumDepth - 1, around: leaf)
      let valid = schema.isValid(document)
      let found = schema.validate(document)
      #expect(valid == found.isEmpty)
      #expect(leaf == "1" || !valid)
      #expect(found.allSatisfy { $0.keyword == "depth" || $0.keyword == "anyOf" })
    }
  }

  @Test("a `not` around a check that ran out of stack does not make a document valid")
  func notAroundTooDeep() throws {
    let schema = try JSONSchema(
      JSONParser.parse(##"{"$defs": {"r": \##(Self.recursive)}, "not": {"$ref": "#/$defs/r"}}"##))
    let document = try nested(JSONParser.maximumDepth - 1, around: "\"x\"")
    let found = schema.validate(document)
    #expect(schema.isValid(document) == found.isEmpty)
  }

  @Test("a deeply nested schema is a compile error, not a crash")
  func deepSchema() throws {
    let nested = String(repeating: #"{"not": "#, count: 300) + "{}" + String(repeating: "}", count: 300)
    #expect(throws: SchemaError.self) { try JSONSchema(JSONParser.parse(nested)) }
  }
}
