import CasebookText
import Testing

@testable import CasebookYAML

@Suite struct KeyTests {
  @Test(
    "duplicate keys are reported at the second key",
    arguments: [
      ("a: 1\nb: 2\na: 3\n", "a", 1, SourceLocation(line: 3, column: 1)),
      ("\"a\": 1\na: 2\n", "a", 1, SourceLocation(line: 2, column: 1)),
      ("{a: 1, 'a': 2}", "a", 1, SourceLocation(line: 1, column: 8)),
      ("outer:\n  x: 1\n  y: 2\n  x: 3\n", "x", 2, SourceLocation(line: 4, column: 3)),
      ("- k: 1\n- k: 2\n  k: 3\n", "k", 2, SourceLocation(line: 3, column: 3)),
    ])
  func duplicate(text: String, key: String, firstLine: Int, location: SourceLocation) throws {
    let error = try #require(parseError(text))
    #expect(error.rule == "yaml.duplicate-key")
    #expect(error.location == location)
    #expect(error.message.text(.en).contains("`\(key)`"))
    #expect(error.message.text(.en).contains("line \(firstLine)"))
  }

  @Test func duplicateKeyFromFixture() throws {
    let error = try #require(parseError(try fixture("duplicate-key.yaml")))
    #expect(
      error == .duplicateKey("title", first: SourceLocation(line: 1, column: 1), at: SourceLocation(line: 3, column: 1))
    )
  }

  @Test func duplicateInLargeMapping() throws {
    let lines = (0..<200).map { "key\($0): \($0)" } + ["key150: again"]
    let error = try #require(parseError(lines.joined(separator: "\n")))
    #expect(
      error
        == .duplicateKey(
          "key150", first: SourceLocation(line: 151, column: 1), at: SourceLocation(line: 201, column: 1)))
  }

  @Test func sameKeyInDifferentMappingsIsFine() throws {
    let root = try YAMLParser.parse("a: {name: x}\nb: {name: y}\nc: [{name: 1}, {name: 2}]\n")
    #expect(root["b"]?["name"]?.string == "y")
  }

  @Test(
    "keys must be strings",
    arguments: [
      ("1: x", SourceLocation(line: 1, column: 1)), ("true: x", .init(line: 1, column: 1)),
      ("null: x", .init(line: 1, column: 1)), ("~: x", .init(line: 1, column: 1)),
      ("a: 1\n1.5: x", .init(line: 2, column: 1)), ("?\n: x", .init(line: 1, column: 2)),
      ("? [a]\n: x", .init(line: 1, column: 3)), ("? {a: 1}\n: x", .init(line: 1, column: 3)),
      ("[a]: x", .init(line: 1, column: 1)), ("{[a]: x}", .init(line: 1, column: 2)),
      ("m: &m {x: 1}\n*m : 2", .init(line: 2, column: 1)), ("!!int 3: x", .init(line: 1, column: 1)),
      ("a:\n  0x1F: x", .init(line: 2, column: 3)),
    ])
  func nonStringKey(text: String, location: SourceLocation) throws {
    let error = try #require(parseError(text))
    #expect(error.rule == "yaml.non-string-key")
    #expect(error.location == location)
    #expect(error.message.text(.en).contains("quote the key"))
  }

  @Test func nonStringKeyMessageShowsTheKey() throws {
    let error = try #require(parseError("2019: launched\n"))
    #expect(error.message.text(.en).contains("`2019`"))
    #expect(error.message.text(.en).contains("integer"))
  }

  @Test(
    "quoted, tagged and word keys are strings",
    arguments: [
      ("'1': x", "1"), ("\"true\": x", "true"), ("!!str 1: x", "1"), ("NO: x", "NO"), ("<<: x", "<<"),
      ("2010-01-06: x", "2010-01-06"), ("s: &s key\n*s : x", "key"),
    ])
  func stringKeys(text: String, key: String) throws {
    let root = try YAMLParser.parse(text)
    #expect(root[key]?.string == "x")
  }

  @Test func mergeKeyIsAnOrdinaryKey() throws {
    let root = try YAMLParser.parse("base: &b {a: 1}\nchild:\n  <<: *b\n  c: 2\n")
    let child = try #require(root["child"])
    #expect(child.entries?.map(\.key) == ["<<", "c"])
    #expect(child["a"] == nil)
  }
}
