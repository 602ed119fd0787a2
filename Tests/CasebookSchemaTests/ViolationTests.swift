import CasebookText
import CasebookSchema
import CasebookYAML
import Testing

/// One expected violation: keyword, instance pointer, "line:column" and message.
struct ExpectedViolation: Sendable, CustomStringConvertible {
  var keyword: String
  var pointer: String
  var location: String
  var message: String

  init(_ keyword: String, _ pointer: String, _ location: String, _ message: String) {
    self.keyword = keyword
    self.pointer = pointer
    self.location = location
    self.message = message
  }

  init(_ violation: SchemaViolation) {
    self.init(violation.keyword, violation.pointer, violation.location.description, violation.message.text(.en))
  }

  var description: String { "\(keyword) \(pointer) @\(location): \(message)" }
}

struct ViolationCase: Sendable, CustomTestStringConvertible {
  var name: String
  var schema: String
  var instance: String
  var expected: [ExpectedViolation]
  var testDescription: String { name }
}

func violations(schema: String, instance: String) throws -> [SchemaViolation] {
  try JSONSchema(JSONParser.parse(schema)).validate(JSONParser.parse(instance))
}

@Suite("Violations for editors")
struct ViolationTests {
  static let cases: [ViolationCase] = [
    ViolationCase(
      name: "required names the missing field at the object",
      schema: #"{"type": "object", "required": ["summary"], "properties": {"summary": {"type": "string"}}}"#,
      instance: "{\n  \"title\": \"x\"\n}",
      expected: [ExpectedViolation("required", "", "1:1", "missing required field `summary`")]),
    ViolationCase(
      name: "required uses the field's title as a hint",
      schema: #"{"required": ["summary"], "properties": {"summary": {"title": "One-paragraph summary"}}}"#,
      instance: "{}",
      expected: [ExpectedViolation("required", "", "1:1",
        "missing required field `summary` (One-paragraph summary)")]),
    ViolationCase(
      name: "every missing field is reported, not just the first",
      schema: #"{"required": ["title", "summary", "municipality"]}"#,
      instance: #"{"summary": "s"}"#,
      expected: [
        ExpectedViolation("required", "", "1:1", "missing required field `title`"),
        ExpectedViolation("required", "", "1:1", "missing required field `municipality`"),
      ]),
    ViolationCase(
      name: "unknown field suggests the closest declared name, at the key",
      schema: #"{"properties": {"title": {}, "summary": {}}, "additionalProperties": false}"#,
      instance: "{\n  \"titel\": \"x\",\n  \"summary\": \"y\"\n}",
      expected: [ExpectedViolation("additionalProperties", "/titel", "2:3",
        "unknown field `titel`; did you mean `title`?")]),
    ViolationCase(
      name: "unknown field without a close match lists the allowed fields",
      schema: #"{"properties": {"title": {}, "summary": {}}, "additionalProperties": false}"#,
      instance: #"{"colour": 1}"#,
      expected: [ExpectedViolation("additionalProperties", "/colour", "1:2",
        "unknown field `colour`; remove it or use one of: title, summary")]),
    ViolationCase(
      name: "wrong type names both kinds in plain words",
      schema: #"{"properties": {"sources": {"type": "array"}}}"#,
      instance: #"{"sources": "https://example.org"}"#,
      expected: [ExpectedViolation("type", "/sources", "1:13", "expected a list, found the text `https://example.org`")]),
    ViolationCase(
      name: "a wrong type names the value when it is a scalar",
      schema: #"{"properties": {"public": {"type": "string"}}}"#,
      instance: #"{"public": true}"#,
      expected: [ExpectedViolation("type", "/public", "1:12", "expected text, found `true`")]),
    ViolationCase(
      name: "enum lists the allowed values",
      schema: #"{"properties": {"colour": {"enum": ["a", "b", "c"]}}}"#,
      instance: #"{"colour": "blue"}"#,
      expected: [ExpectedViolation("enum", "/colour", "1:12", "`blue` is not allowed here; use one of: a, b, c")]),
    ViolationCase(
      name: "enum suggests a close value",
      schema: #"{"enum": ["video", "image", "text"]}"#,
      instance: #""vidoe""#,
      expected: [ExpectedViolation("enum", "", "1:1",
        "`vidoe` is not allowed here; did you mean `video`? Use one of: video, image, text")]),
    ViolationCase(
      name: "line breaks in values are shown as escapes, keeping messages on one line",
      schema: #"{"enum": ["a", "b"]}"#,
      instance: #""a\nb""#,
      expected: [ExpectedViolation("enum", "", "1:1", #"`a\nb` is not allowed here; use one of: a, b"#)]),
    ViolationCase(
      name: "const says the one allowed value",
      schema: #"{"const": "policy"}"#,
      instance: #""case""#,
      expected: [ExpectedViolation("const", "", "1:1", "`case` is not allowed here; it must be `policy`")]),
    ViolationCase(
      name: "minLength counts characters",
      schema: #"{"minLength": 10}"#,
      instance: #""abc""#,
      expected: [ExpectedViolation("minLength", "", "1:1", "text is too short: 3 characters, at least 10")]),
    ViolationCase(
      name: "maxLength counts code points, not UTF-16 units",
      schema: #"{"maxLength": 2}"#,
      instance: #""😀😀😀""#,
      expected: [ExpectedViolation("maxLength", "", "1:1", "text is too long: 3 characters, at most 2")]),
    ViolationCase(
      name: "invalid date",
      schema: #"{"properties": {"published": {"format": "date"}}}"#,
      instance: #"{"published": "2010-13-01"}"#,
      expected: [ExpectedViolation("format", "/published", "1:15",
        "`2010-13-01` is not a valid date (YYYY-MM-DD)")]),
    ViolationCase(
      name: "invalid e-mail address",
      schema: #"{"format": "email"}"#,
      instance: #""foo@""#,
      expected: [ExpectedViolation("format", "", "1:1", "`foo@` is not a valid e-mail address")]),
    ViolationCase(
      name: "pointers go through lists and fields",
      schema: #"{"properties": {"sources": {"items": {"properties": {"url": {"format": "uri"}}}}}}"#,
      instance: "{\"sources\": [\n  {\"url\": \"https://ok.example\"},\n  {\"url\": \"not a uri\"}\n]}",
      expected: [ExpectedViolation("format", "/sources/1/url", "3:11",
        "`not a uri` is not a valid URI; write a full address such as https://example.org/page")]),
    ViolationCase(
      name: "pointers escape ~ and / in field names",
      schema: #"{"additionalProperties": {"type": "integer"}}"#,
      instance: #"{"a/b~c": "x"}"#,
      expected: [ExpectedViolation("type", "/a~1b~0c", "1:11", "expected a whole number, found the text `x`")]),
    ViolationCase(
      name: "pattern uses the schema's description",
      schema: #"{"pattern": "^[0-9]{4}$", "description": "a four-digit municipality code"}"#,
      instance: #""12a4""#,
      expected: [ExpectedViolation("pattern", "", "1:1",
        "`12a4` does not have the expected form: a four-digit municipality code")]),
    ViolationCase(
      name: "pattern without a description shows the pattern",
      schema: #"{"pattern": "^[a-z]+$"}"#,
      instance: #""Abc""#,
      expected: [ExpectedViolation("pattern", "", "1:1",
        "`Abc` does not have the expected form (it must match the pattern `^[a-z]+$`)")]),
    ViolationCase(
      name: "propertyNames is reported at the key",
      schema: #"{"propertyNames": {"pattern": "^[a-z]+$"}}"#,
      instance: "{\n  \"ok\": 1,\n  \"Bad\": 2\n}",
      expected: [ExpectedViolation("propertyNames", "/Bad", "3:3",
        "the field name `Bad` is not allowed: `Bad` does not have the expected form "
          + "(it must match the pattern `^[a-z]+$`)")]),
    ViolationCase(
      name: "duplicates are reported at the repeated item",
      schema: #"{"uniqueItems": true}"#,
      instance: #"["a", "b", "a"]"#,
      expected: [ExpectedViolation("uniqueItems", "/2", "1:12",
        "item 3 repeats item 1 (`a`); each item must be unique")]),
    ViolationCase(
      name: "numbers out of range",
      schema: #"{"minimum": 10, "maximum": 20, "multipleOf": 0.5}"#,
      instance: "5.25",
      expected: [
        ExpectedViolation("minimum", "", "1:1", "5.25 is too small; the minimum is 10"),
        ExpectedViolation("multipleOf", "", "1:1", "5.25 is not a multiple of 0.5; use a multiple of 0.5"),
      ]),
    ViolationCase(
      name: "list length",
      schema: #"{"minItems": 2}"#,
      instance: "[1]",
      expected: [ExpectedViolation("minItems", "", "1:1", "the list has 1 item, but needs at least 2")]),
    ViolationCase(
      name: "a false subschema forbids the field",
      schema: #"{"properties": {"legacyId": false}}"#,
      instance: #"{"legacyId": 7}"#,
      expected: [ExpectedViolation("false", "/legacyId", "1:14",
        "the field `legacyId` is not allowed here; remove it")]),
    ViolationCase(
      name: "not with required forbids the field",
      schema: #"{"not": {"required": ["draft"]}}"#,
      instance: #"{"draft": true}"#,
      expected: [ExpectedViolation("not", "", "1:1", "the field `draft` is not allowed here; remove it")]),
    ViolationCase(
      name: "then-violations say which condition applies",
      schema: #"""
        {"if": {"properties": {"kind": {"const": "video"}}, "required": ["kind"]},
         "then": {"required": ["duration"]}, "else": {"properties": {"duration": false}}}
        """#,
      instance: #"{"kind": "video"}"#,
      expected: [ExpectedViolation("required", "", "1:1",
        "missing required field `duration` (this applies when `kind` is `video`)")]),
    ViolationCase(
      name: "else-violations say which condition failed",
      schema: #"""
        {"if": {"properties": {"kind": {"const": "video"}}, "required": ["kind"]},
         "then": {"required": ["duration"]}, "else": {"properties": {"duration": false}}}
        """#,
      instance: #"{"kind": "text", "duration": 3}"#,
      expected: [ExpectedViolation("false", "/duration", "1:30",
        "the field `duration` is not allowed here; remove it (this applies unless `kind` is `video`)")]),
    ViolationCase(
      name: "dependentRequired is reported at the triggering key",
      schema: #"{"dependentRequired": {"end": ["start"]}}"#,
      instance: "{\n  \"end\": \"2024-01-01\"\n}",
      expected: [ExpectedViolation("dependentRequired", "", "2:3",
        "missing field `start`, which is required when `end` is present")]),
    ViolationCase(
      name: "unevaluatedProperties suggests names from all in-place subschemas",
      schema: #"""
        {"allOf": [{"properties": {"title": {}}}, {"properties": {"summary": {}}}], "unevaluatedProperties": false}
        """#,
      instance: #"{"title": 1, "sumary": 2}"#,
      expected: [ExpectedViolation("unevaluatedProperties", "/sumary", "1:14",
        "unknown field `sumary`; did you mean `summary`?")]),
    ViolationCase(
      name: "items beyond prefixItems when items is false",
      schema: #"{"prefixItems": [{}, {}], "items": false}"#,
      instance: "[1, 2, 3, 4]",
      expected: [ExpectedViolation("items", "/2", "1:8",
        "the list has 4 items, but may have at most 2, so remove item 3 and the ones after it")]),
    ViolationCase(
      name: "contains names what is missing",
      schema: #"{"contains": {"const": "municipality"}}"#,
      instance: #"["state", "federal"]"#,
      expected: [ExpectedViolation("contains", "", "1:1",
        "the list needs at least one item that is `municipality`")]),
    ViolationCase(
      name: "violations inside $ref'd definitions point at the instance and the definition",
      schema: ##"{"$defs": {"url": {"type": "string"}}, "properties": {"home": {"$ref": "#/$defs/url"}}}"##,
      instance: #"{"home": 5}"#,
      expected: [ExpectedViolation("type", "/home", "1:10", "expected text, found the number 5")]),
  ]

  @Test("message, pointer and location of each violation", arguments: cases)
  func table(_ testCase: ViolationCase) throws {
    let found = try violations(schema: testCase.schema, instance: testCase.instance).map(ExpectedViolation.init)
    #expect(found.map(\.description) == testCase.expected.map(\.description))
  }

  @Test("schemaPointer names the failing keyword in the schema")
  func schemaPointers() throws {
    let schema = ##"""
      {"$defs": {"url": {"type": "string"}}, "properties": {"home": {"$ref": "#/$defs/url"}}, "required": ["x"]}
      """##
    let found = try violations(schema: schema, instance: #"{"home": 5}"#)
    #expect(found.map(\.schemaPointer) == ["/required", "/$defs/url/type"])
    #expect(found.map(\.ruleID) == ["schema.required", "schema.type"])
  }

  @Test("valid instances have no violations and isValid agrees", arguments: [
    #"{"title": "t", "tags": ["a", "b"]}"#, #"{"title": "t"}"#,
  ])
  func validInstances(instance: String) throws {
    let schema = try JSONSchema(JSONParser.parse(#"""
      {"type": "object", "required": ["title"], "additionalProperties": false,
       "properties": {"title": {"type": "string", "minLength": 1},
                      "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true}}}
      """#))
    let node = try JSONParser.parse(instance)
    #expect(schema.validate(node).isEmpty)
    #expect(schema.isValid(node))
  }
}
