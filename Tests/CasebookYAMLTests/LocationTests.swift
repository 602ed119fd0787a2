import Testing

@testable import CasebookYAML

/// Every node and every key carries a 1-based line:column counted in characters.
@Suite struct LocationTests {
  @Test func nestedNodesAndKeys() throws {
    let text = """
      title: Example
      channels:
        - name: Instagram
          tags: [photo, video]
        - name: X
      limits: {daily: 3}
      """
    let root = try YAMLParser.parse(text)
    #expect(root.location == SourceLocation(line: 1, column: 1))
    let entries = try #require(root.entries)
    #expect(
      entries.map(\.keyLocation) == [.init(line: 1, column: 1), .init(line: 2, column: 1), .init(line: 6, column: 1)])
    #expect(root["title"]?.location == SourceLocation(line: 1, column: 8))
    let channels = try #require(root["channels"]?.items)
    #expect(root["channels"]?.location == SourceLocation(line: 3, column: 3))
    #expect(channels[0].location == SourceLocation(line: 3, column: 5))
    #expect(channels[0].entries?[1].keyLocation == SourceLocation(line: 4, column: 5))
    #expect(channels[0]["tags"]?.location == SourceLocation(line: 4, column: 11))
    #expect(channels[0]["tags"]?.items?[1].location == SourceLocation(line: 4, column: 19))
    #expect(channels[1]["name"]?.location == SourceLocation(line: 5, column: 11))
    #expect(root["limits"]?.location == SourceLocation(line: 6, column: 9))
    #expect(root["limits"]?.entries?[0].keyLocation == SourceLocation(line: 6, column: 10))
    #expect(root["limits"]?["daily"]?.location == SourceLocation(line: 6, column: 17))
  }

  @Test func byteOrderMarkAndCRLFDoNotShiftLocations() throws {
    let root = try YAMLParser.parse(try fixture("bom-crlf.yaml"))
    #expect(root.entries?[0].keyLocation == SourceLocation(line: 1, column: 1))
    #expect(root["title"]?.string == "Café")
    #expect(root["title"]?.location == SourceLocation(line: 1, column: 8))
    #expect(root.entries?[1].keyLocation == SourceLocation(line: 2, column: 1))
    let channel = try #require(root["channels"]?.items?.first)
    #expect(channel.location == SourceLocation(line: 3, column: 5))
    #expect(channel["name"]?.location == SourceLocation(line: 3, column: 11))
    #expect(channel["name"]?.string == "Instagram")
    #expect(channel.entries?[1].keyLocation == SourceLocation(line: 4, column: 5))
    #expect(channel["since"]?.location == SourceLocation(line: 4, column: 12))
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let root = try YAMLParser.parse("- 中文: 值\n- emoji 😀: [ä, ö]\n")
    let items = try #require(root.items)
    #expect(items[0]["中文"]?.location == SourceLocation(line: 1, column: 7))
    #expect(items[1]["emoji 😀"]?.items?[1].location == SourceLocation(line: 2, column: 16))
  }

  @Test func loneCarriageReturnsEndLines() throws {
    let root = try YAMLParser.parse("a: 1\rb: 2\r")
    #expect(root.entries?[1].keyLocation == SourceLocation(line: 2, column: 1))
  }

  @Test func topLevelScalar() throws {
    let root = try YAMLParser.parse("\n\n   just text\n")
    #expect(root.string == "just text")
    #expect(root.location == SourceLocation(line: 3, column: 4))
  }

  @Test func aliasTakesTheLocationOfItsUse() throws {
    let root = try YAMLParser.parse("base: &base {a: 1}\ncopy: *base\n")
    #expect(root["copy"]?.location == SourceLocation(line: 2, column: 7))
    #expect(root["copy"]?["a"]?.integer == 1)
  }

  @Test func stringConvenienceMatchesBytes() throws {
    let text = "\u{FEFF}a:\r\n  - 1\r\n"
    let fromString = try YAMLParser.parse(text)
    let fromBytes = try YAMLParser.parse(Array(text.utf8))
    #expect(sameContent(fromString, fromBytes))
    #expect(fromString["a"]?.items?[0].location == SourceLocation(line: 2, column: 5))
  }
}
