import CasebookText
import Testing

@testable import CasebookYAML

@Suite struct SyntaxTests {
  @Test(
    "libyaml errors are located and explained",
    arguments: [
      ("title: Budget: 2024\n", SourceLocation(line: 1, column: 14), "quotes"),
      ("items: [a, b\n", SourceLocation(line: 2, column: 1), "`]`"),
      ("a: {x: 1\n", SourceLocation(line: 2, column: 1), "`}`"),
      ("title: 'unfinished\n", SourceLocation(line: 2, column: 1), "closing quote"),
      ("handle: @municipality\n", SourceLocation(line: 1, column: 9), "quotes"),
      ("a: \"x\\qy\"\n", SourceLocation(line: 1, column: 6), "backslash"),
      ("a:\n  b: 1\n c: 2\n", SourceLocation(line: 3, column: 2), "indentation"),
      ("list:\n  - a\n  b: 1\n", SourceLocation(line: 3, column: 3), "indentation"),
      ("[1]\n]\n", SourceLocation(line: 2, column: 1), "after the end"),
      ("a: &bad! 1\n", SourceLocation(line: 1, column: 8), "anchor"),
    ])
  func syntaxError(text: String, location: SourceLocation, hint: String) throws {
    let error = try #require(parseError(text))
    #expect(error.rule == "yaml.syntax")
    #expect(error.location == location)
    #expect(error.message.text(.en).contains(hint))
    #expect(error.message.text(.en).contains("libyaml:"), "libyaml's own words are kept")
  }

  @Test func descriptionCombinesLocationMessageAndRule() throws {
    let error = YAMLError.tab(at: SourceLocation(line: 3, column: 1))
    #expect(error.description == "3:1: a tab is used for indentation here; indent with spaces, not tabs [yaml.tab]")
  }
}
