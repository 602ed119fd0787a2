import CasebookText
import Testing

@testable import CasebookYAML

@Suite struct TagTests {
  @Test(
    "standard tags are honoured",
    arguments: [
      ("!!str 123", Tree.string("123")), ("!!str true", .string("true")), ("!!str", .string("")),
      ("!!int 42", .int(42)), ("!!int \"42\"", .int(42)), ("!!int 0x10", .int(16)),
      ("!!int 99999999999999999999", .float(1e20)),
      ("!!float 1", .float(1)), ("!!float '1.5'", .float(1.5)), ("!!float .inf", .float(.infinity)),
      ("!!bool true", .bool(true)), ("!!bool \"false\"", .bool(false)),
      ("!!null null", .null), ("!!null ''", .null), ("!!null", .null),
      ("! 123", .string("123")), ("! true", .string("true")),
      ("!<tag:yaml.org,2002:int> 7", .int(7)),
      ("!!seq [1]", .list([.int(1)])), ("!!map {a: 1}", .map([("a", .int(1))])),
      ("! [1]", .list([.int(1)])), ("! {a: 1}", .map([("a", .int(1))])),
    ])
  func honoured(text: String, expected: Tree) throws {
    let document = try YAMLParser.parse("value: \(text)\n")
    let value = try #require(document["value"])
    #expect(sameContent(value, expected.node), "\(text) gave \(value.value)")
  }

  @Test(
    "unknown tags and tags that do not fit the value are rejected",
    arguments: [
      "!!int abc", "!!int 1.5", "!!int ''", "!!float 0x10", "!!float abc", "!!bool yes", "!!bool 1", "!!null 0",
      "!!seq x", "!!map [1]", "!!str [1]", "!!int {a: 1}", "!foo x", "!!binary aGk=", "!!timestamp 2010-01-06",
      "!<!bar> x", "!!set {a: null}", "!local [1]",
      "!python/object:os.system echo",
    ])
  func rejected(text: String) throws {
    let error = try #require(parseError("value: \(text)\n"))
    #expect(error.rule == "yaml.tag")
    #expect(error.location == SourceLocation(line: 1, column: 8))
  }

  @Test func unknownTagMessageNamesTheTag() throws {
    let error = try #require(parseError(try fixture("unknown-tag.yaml")))
    #expect(error.rule == "yaml.tag")
    #expect(error.location == SourceLocation(line: 1, column: 8))
    #expect(error.message.text(.en).contains("!python/object:os.system"))
  }

  @Test func tagMismatchMessageNamesTagAndValue() throws {
    let error = try #require(parseError("count: !!int many\n"))
    #expect(error.message.text(.en).contains("!!int"))
    #expect(error.message.text(.en).contains("many"))
  }

  @Test func taggedNumberOutOfRange() throws {
    #expect(parseError("value: !!float 1e400\n")?.rule == "yaml.number-range")
    #expect(parseError("value: !!int 1e400\n")?.rule == "yaml.number-range")
  }

  @Test func tagDirectiveToOtherNamespaceIsRejected() throws {
    let error = try #require(parseError("%TAG !e! tag:example.com,2000:\n---\nvalue: !e!thing 1\n"))
    #expect(error.rule == "yaml.tag")
    #expect(error.location == SourceLocation(line: 3, column: 8))
  }
}
