import CasebookText
import Testing

@testable import CasebookYAML

/// Encoding, control characters and tabs: problems found in the raw bytes, each with its exact location.
@Suite struct InputTests {
  @Test(
    "hostile fixture files give located errors",
    arguments: [
      ("invalid-utf8.yaml", "yaml.invalid-utf8", SourceLocation(line: 2, column: 17)),
      ("nul-byte.yaml", "yaml.control-character", SourceLocation(line: 2, column: 11)),
      ("escape-character.yaml", "yaml.control-character", SourceLocation(line: 2, column: 5)),
      ("tab-indentation.yaml", "yaml.tab", SourceLocation(line: 3, column: 1)),
      ("utf16le.yaml", "yaml.invalid-utf8", SourceLocation.start),
      ("utf16be-no-bom.yaml", "yaml.invalid-utf8", SourceLocation.start),
      ("utf32le.yaml", "yaml.invalid-utf8", SourceLocation.start),
    ])
  func hostileFixture(name: String, rule: String, location: SourceLocation) throws {
    let error = try #require(parseError(try fixture(name)))
    #expect(error.rule == rule)
    #expect(error.location == location)
  }

  @Test(
    "invalid UTF-8 is located at its first bad byte",
    arguments: [
      ([0x80], SourceLocation(line: 2, column: 4)),  // lone continuation byte
      ([0xC0, 0xAF], .init(line: 2, column: 4)),  // overlong encoding of "/"
      ([0xED, 0xA0, 0x80], .init(line: 2, column: 4)),  // UTF-16 surrogate
      ([0xF4, 0x90, 0x80, 0x80], .init(line: 2, column: 4)),  // beyond U+10FFFF
      ([0xE2, 0x82], .init(line: 2, column: 4)),  // truncated at the end of the file
      ([0xC3, 0xA9, 0xFF], .init(line: 2, column: 5)),  // "é" then a byte that never occurs in UTF-8
    ] as [([UInt8], SourceLocation)])
  func invalidUTF8(bad: [UInt8], location: SourceLocation) throws {
    let error = try #require(parseError(Array("a: b\r\nc: ".utf8) + bad))
    #expect(error == .invalidUTF8(at: location))
    #expect(error.message.text(.en).contains("UTF-8"))
  }

  @Test func otherUnicodeEncodingsAreNamed() throws {
    #expect(parseError(try fixture("utf16le.yaml"))?.message.text(.en).contains("UTF-16") == true)
    #expect(parseError(try fixture("utf16be-no-bom.yaml"))?.message.text(.en).contains("UTF-16") == true)
    #expect(parseError(try fixture("utf32le.yaml"))?.message.text(.en).contains("UTF-32") == true)
  }

  @Test(
    "disallowed characters are named",
    arguments: [
      ([0x00], "U+0000 (NUL)"), ([0x1B], "U+001B (ESC)"), ([0x07], "U+0007 (BEL)"), ([0x7F], "U+007F (DEL)"),
      ([0xC2, 0x80], "U+0080"), ([0xC2, 0x9F], "U+009F"), ([0xEF, 0xBF, 0xBE], "U+FFFE"),
    ] as [([UInt8], String)])
  func controlCharacter(bad: [UInt8], name: String) throws {
    let error = try #require(parseError(Array("a: 'x\ny".utf8) + bad + Array("'".utf8)))
    #expect(error.rule == "yaml.control-character")
    #expect(error.location == SourceLocation(line: 2, column: 2))
    #expect(error.message.text(.en).contains(name))
  }

  @Test("a bad byte is found at any position of a long line", arguments: [0x00, 0x1F, 0x7F, 0xFF] as [UInt8])
  func badByteAtEveryOffset(bad: UInt8) throws {
    for offset in 0..<24 {
      let bytes =
        Array("x: ".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: offset) + [bad] + Array("bcdefghijk".utf8)
      let location = try #require(parseError(bytes)?.location)
      #expect(location == SourceLocation(line: 1, column: 4 + offset))
    }
  }

  @Test func nulByteMessage() throws {
    let error = try #require(parseError(try fixture("nul-byte.yaml")))
    #expect(error == .controlCharacter(0, at: SourceLocation(line: 2, column: 11)))
    #expect(error.message.text(.en).contains("U+0000"))
  }

  @Test(
    "locations of byte errors count lines like libyaml",
    arguments: [("a: 1\r\nb: ", 2), ("a: 1\rb: ", 2), ("a: 1\n\nb: ", 3), ("a: 1\r\n\r\nb: ", 3), ("a: 1\r\rb: ", 3)])
  func lineCounting(prefix: String, line: Int) throws {
    #expect(parseError(Array(prefix.utf8) + [0]) == .controlCharacter(0, at: SourceLocation(line: line, column: 4)))
  }

  @Test func byteOrderMarkIsSkippedForColumns() throws {
    #expect(
      parseError([0xEF, 0xBB, 0xBF] + Array("ab: ".utf8) + [0xFF])
        == .invalidUTF8(at: SourceLocation(line: 1, column: 5)))
  }

  @Test(
    "tabs used for indentation are rejected where they are",
    arguments: [
      ("a:\n\tb: 1\n", SourceLocation(line: 2, column: 1)), ("- a\n\t- b\n", .init(line: 2, column: 1)),
      ("a: |\n\tfoo\n", .init(line: 2, column: 1)), ("a:\n  b: 1\n  \tc: 2\n", .init(line: 3, column: 3)),
      ("\ta: 1\n", .init(line: 1, column: 1)), ("a: x\n\ty\n", .init(line: 2, column: 1)),
    ])
  func tabIndentation(text: String, location: SourceLocation) throws {
    let error = try #require(parseError(text))
    #expect(error == .tab(at: location))
    #expect(error.message.text(.en).contains("indent with spaces, not tabs"))
  }

  @Test(
    "tabs inside text and between tokens are fine",
    arguments: [
      ("a: \"x\ty\"", "x\ty"), ("a: 'x\ty'", "x\ty"), ("a: |\n  x\n  \ty\n", "x\n\ty\n"), ("a:\tb", "b"),
      ("a: b\t# comment", "b"), ("a: \"x\n\ty\"", "x y"), ("a: x\ty", "x\ty"),
    ])
  func legalTabs(text: String, expected: String) throws {
    #expect(try YAMLParser.parse(text)["a"]?.string == expected)
  }
}
