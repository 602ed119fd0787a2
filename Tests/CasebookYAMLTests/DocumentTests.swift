import CasebookText
import Testing

@testable import CasebookYAML

@Suite struct DocumentTests {
  @Test(
    "a second document is rejected where it starts",
    arguments: [
      ("a: 1\n---\nb: 2\n", SourceLocation(line: 2, column: 1)), ("--- a\n--- b\n", .init(line: 2, column: 1)),
      ("a: 1\n...\nb: 2\n", .init(line: 3, column: 1)), ("a: 1\n---\n", .init(line: 2, column: 1)),
      ("a: 1\n...\n--- b\n", .init(line: 3, column: 1)), ("- x\n... # end\n  - y\n", .init(line: 3, column: 3)),
    ])
  func multipleDocuments(text: String, location: SourceLocation) throws {
    #expect(parseError(text) == .multipleDocuments(at: location))
  }

  @Test(
    "multiple-document fixtures",
    arguments: [
      ("multiple-documents.yaml", SourceLocation(line: 2, column: 1)),
      ("content-after-end.yaml", SourceLocation(line: 3, column: 1)),
    ])
  func multipleDocumentFixtures(name: String, location: SourceLocation) throws {
    let error = try #require(parseError(try fixture(name)))
    #expect(error == .multipleDocuments(at: location))
    #expect(error.message.text(.en).contains("exactly one"))
  }

  @Test(
    "one explicit document is fine",
    arguments: ["---\na: 1\n", "---\na: 1\n...\n", "%YAML 1.2\n---\na: 1\n", "# intro\n---\na: 1\n... # done\n# bye\n"])
  func singleDocument(text: String) throws {
    #expect(try YAMLParser.parse(text)["a"]?.integer == 1)
  }

  @Test(
    "files without content are empty",
    arguments: ["", "\n\n", "   \n  \n", "# only a comment\n", "\u{FEFF}", "\u{FEFF}# c\r\n", "---\n", "--- # c\n"])
  func empty(text: String) throws {
    let error = try #require(parseError(text))
    #expect(error == .empty)
    #expect(error.message.text(.en).contains("the file has no content; expected"))
  }

  @Test(arguments: ["empty.yaml", "comments-only.yaml"])
  func emptyFixtures(name: String) throws {
    #expect(parseError(try fixture(name)) == .empty)
  }

  @Test func explicitNullDocumentIsNotEmpty() throws {
    #expect(try YAMLParser.parse("--- ~\n").isNull)
    #expect(try YAMLParser.parse("null").isNull)
  }
}
