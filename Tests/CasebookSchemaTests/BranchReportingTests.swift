import CasebookText
import CasebookSchema
import CasebookYAML
import Testing

@Suite("anyOf/oneOf report the closest branch")
struct BranchReportingTests {
  /// A media item is a video (with a duration) or an image (with a width), told apart by `kind`.
  static let media = #"""
    {"type": "object", "oneOf": [
      {"title": "Video", "required": ["kind", "duration"],
       "properties": {"kind": {"const": "video"}, "duration": {"type": "integer", "minimum": 1}}},
      {"title": "Image", "required": ["kind", "width"],
       "properties": {"kind": {"const": "image"}, "width": {"type": "integer"}}}
    ]}
    """#

  @Test("the branch whose discriminator matched is reported, not the others")
  func discriminatorMatched() throws {
    let found = try violations(schema: Self.media, instance: #"{"kind": "video", "duration": "long"}"#)
    #expect(found.map(ExpectedViolation.init).map(\.description) == [
      "type /duration @1:31: expected a whole number, found the text `long`"
    ])
    #expect(found.first?.schemaPointer == "/oneOf/0/properties/duration/type")
  }

  @Test("missing fields of the matching branch are reported")
  func missingFieldOfMatchingBranch() throws {
    let found = try violations(schema: Self.media, instance: #"{"kind": "image"}"#)
    #expect(found.map { $0.message.text(.en) } == ["missing required field `width`"])
  }

  @Test("an unknown discriminator value lists the values of all branches")
  func unknownDiscriminator() throws {
    let found = try violations(schema: Self.media, instance: "{\n  \"kind\": \"audio\"\n}")
    #expect(found.map(ExpectedViolation.init).map(\.description) == [
      "oneOf /kind @2:11: `audio` is not allowed here; use one of: video, image"
    ])
  }

  @Test("a value of the wrong type for every branch gets one message naming the kinds that fit")
  func typeUnion() throws {
    let found = try violations(
      schema: #"{"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}"#,
      instance: "5")
    #expect(found.map { $0.message.text(.en) } == ["expected text or a list, found the number 5"])
    #expect(found.map(\.keyword) == ["anyOf"])
  }

  @Test("values allowed by const branches are listed together")
  func constUnion() throws {
    let found = try violations(schema: #"{"anyOf": [{"const": "draft"}, {"const": "final"}]}"#, instance: #""done""#)
    #expect(found.map { $0.message.text(.en) } == ["`done` is not allowed here; use one of: draft, final"])
  }

  @Test("constants and types of the branches are combined")
  func constAndTypeUnion() throws {
    let found = try violations(
      schema: #"{"oneOf": [{"const": "none"}, {"type": "object", "required": ["name"]}]}"#, instance: "5")
    #expect(found.map { $0.message.text(.en) } == ["expected `none` or a group of fields, found the number 5"])
    let text = try violations(
      schema: #"{"anyOf": [{"type": "string", "const": "none"}, {"type": "integer"}]}"#, instance: #""some""#)
    #expect(text.map { $0.message.text(.en) } == ["expected `none` or a whole number, found the text `some`"])
  }

  @Test("branches failing on the same field's type are combined at that field")
  func nestedTypeUnion() throws {
    let found = try violations(
      schema: #"""
        {"oneOf": [{"properties": {"x": {"type": "string"}}}, {"properties": {"x": {"type": "integer"}}}]}
        """#,
      instance: #"{"x": true}"#)
    #expect(found.map(ExpectedViolation.init).map(\.description) == [
      "oneOf /x @1:7: expected text or a whole number, found `true`"
    ])
  }

  @Test("branches each missing one field ask for one of them")
  func oneOfTheFields() throws {
    let found = try violations(
      schema: #"{"anyOf": [{"required": ["email"]}, {"required": ["phone"]}]}"#, instance: #"{"name": "x"}"#)
    #expect(found.map { $0.message.text(.en) } == ["missing one of the fields `email` or `phone`; add one"])
    #expect(found.map(\.schemaPointer) == ["/anyOf"])
  }

  @Test("without a discriminator, the branch with the fewest violations is reported")
  func fewestViolations() throws {
    let found = try violations(
      schema: #"{"anyOf": [{"required": ["a", "b", "c"]}, {"required": ["a", "d"]}]}"#,
      instance: #"{"a": 1}"#)
    #expect(found.map { $0.message.text(.en) } == ["missing required field `d`"])
    #expect(found.map(\.schemaPointer) == ["/anyOf/1/required"])
  }

  @Test("a branch of the right type is preferred over one of the wrong type")
  func rightTypePreferred() throws {
    let found = try violations(
      schema: #"{"anyOf": [{"type": "string"}, {"type": "object", "required": ["url", "title"]}]}"#,
      instance: #"{"url": "https://example.org"}"#)
    #expect(found.map { $0.message.text(.en) } == ["missing required field `title`"])
  }

  @Test("oneOf matching several branches names them")
  func severalBranches() throws {
    let found = try violations(
      schema: #"{"oneOf": [{"title": "Count", "type": "integer"}, {"title": "Positive", "minimum": 0}]}"#,
      instance: "5")
    #expect(found.map(\.keyword) == ["oneOf"])
    #expect(found.map { $0.message.text(.en) } == [
      "this value fits more than one of the allowed forms (`Count` and `Positive`); "
        + "change it so that it fits exactly one"
    ])
  }

  @Test("nested branches are reported at the depth they failed")
  func nested() throws {
    let schema = #"""
      {"properties": {"sources": {"type": "array", "items": {"oneOf": [
        {"type": "string", "format": "uri"},
        {"type": "object", "required": ["url"], "properties": {"url": {"type": "string", "format": "uri"}},
         "additionalProperties": false}
      ]}}}}
      """#
    let found = try violations(schema: schema, instance: #"{"sources": ["https://a.example", {"ulr": "x"}]}"#)
    #expect(found.map(ExpectedViolation.init).map(\.description) == [
      "required /sources/1 @1:35: missing required field `url`",
      "additionalProperties /sources/1/ulr @1:36: unknown field `ulr`; did you mean `url`?",
    ])
  }
}
