import CasebookYAML
import Testing

@testable import CasebookCore

/// Version 1 called the channels `media`, kept the contact address at the top, named a category `meldingen`,
/// had a category `engagement` that version 2 split in two, and called a source's address `link`.
private let versions = SchemaVersions(
  document: try! YAMLParser.parse(
    """
    current: 2
    unmarked: 1
    older:
      - version: 1
        steps:
          - {rename: /media, to: channels, kinds: [case]}
          - {move: /contact_email, to: /contact/email, kinds: [case]}
          - {values: /categories, map: {meldingen: report}, kinds: [case]}
          - {split: /categories, value: engagement, into: [participate, community], kinds: [case]}
          - {rename: /sources/*/link, to: url, kinds: [case]}
    """))

private func migrated(_ text: String) throws -> String {
  let bytes = try TextMigration.migrate(
    Array(text.utf8), kind: .caseStudy, from: 1, versions: versions, limits: YAMLLimits())
  return String(decoding: bytes, as: UTF8.self)
}

@Suite("Migration as in-place text edits")
struct TextMigrationTests {
  @Test("Block style with comments: only the lines that must change change")
  func blockStyleWithComments() throws {
    let input = """
      # yaml-language-server: $schema=../../../schema/case.schema.json
      schema_version: 1   # written for the first schema
      title: 'Meldingen via de app'  # single quotes stay

      # what was used
      media:
        - app     # the municipality's own app
        - twitter
      categories:
        - meldingen
        - engagement   # split in two
      contact_email: "info@example.org"
      sources:
        - title: Verslag
          link: https://example.org/verslag   # the report
      lessons: [Antwoord altijd.]

      """
    let expected = """
      # yaml-language-server: $schema=../../../schema/case.schema.json
      schema_version: 2   # written for the first schema
      title: 'Meldingen via de app'  # single quotes stay

      # what was used
      channels:
        - app     # the municipality's own app
        - twitter
      categories:
        - report
        - participate   # split in two
        - community
      sources:
        - title: Verslag
          url: https://example.org/verslag   # the report
      lessons: [Antwoord altijd.]
      contact:
        email: "info@example.org"

      """
    #expect(try migrated(input) == expected)
  }

  @Test("Flow style, double quotes and a value already in the list")
  func flowStyle() throws {
    let input = """
      {title: "Wijkapp", media: [app], categories: [engagement, community, "meldingen"], sources: [{title: a, link: "https://example.org/a"}]}

      """
    // No schema_version: the file is read as version 1 (`unmarked`) and gets the field as its first key.
    let expected = """
      {schema_version: 2, title: "Wijkapp", channels: [app], categories: [participate, community, "report"], sources: [{title: a, url: "https://example.org/a"}]}

      """
    #expect(try migrated(input) == expected)
  }

  @Test("CRLF line ends stay CRLF, also on added lines; a file without a final line break gets none in between")
  func crlf() throws {
    let input = "schema_version: 1\r\ntitle: Wijkapp\r\ncategories:\r\n  - engagement\r\ncontact_email: a@example.org"
    let expected =
      "schema_version: 2\r\ntitle: Wijkapp\r\ncategories:\r\n  - participate\r\n  - community\r\ncontact:\r\n  email: a@example.org\r\n"
    let result = try migrated(input)
    #expect(result == expected, "\(Array(result.utf8))")
  }

  @Test("A single value split in two becomes a list; a block scalar moves with its indentation")
  func scalarSplitAndBlockMove() throws {
    let input = """
      categories: engagement
      contact_email: >-
        info@example.org
      title: Wijkapp

      """
    let expected = """
      schema_version: 2
      categories: [participate, community]
      title: Wijkapp
      contact:
        email: >-
          info@example.org

      """
    #expect(try migrated(input) == expected)
  }

  @Test("The text result always equals the migrated document; a conflict is reported, not guessed")
  func conflicts() throws {
    let both = "schema_version: 1\nmedia: [app]\nchannels: [website]\n"
    #expect(throws: MigrationConflict.self) { try migrated(both) }
    let document = try YAMLParser.parse(both)
    do {
      _ = try TreeMigration.migrate(document, kind: .caseStudy, from: 1, versions: versions)
      Issue.record("a rename onto an existing field must be a conflict")
    } catch {
      #expect(error.message.text(.en).contains("both `media` and `channels`"))
      #expect(error.location == SourceLocation(line: 3, column: 1))
    }
  }

  @Test("Steps apply only to the kinds they name")
  func kinds() throws {
    let policy = "schema_version: 1\nmedia: [app]\n"
    let bytes = try TextMigration.migrate(Array(policy.utf8), kind: .policy, from: 1, versions: versions, limits: YAMLLimits())
    #expect(String(decoding: bytes, as: UTF8.self) == "schema_version: 2\nmedia: [app]\n")
  }
}
