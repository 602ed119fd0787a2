import CasebookSchema
import CasebookYAML
import Testing

@Suite("JSON parser")
struct JSONParserTests {
  @Test("every node and key has its 1-based line:column, columns counting characters")
  func locations() throws {
    let text = """
      {
        "title": "Straße",
        "tags": ["a", {"ü": 1}],
      \t"n": null
      }
      """
    let root = try JSONParser.parse(text)
    #expect(root.location == SourceLocation(line: 1, column: 1))
    let entries = try #require(root.entries)
    #expect(entries.map(\.key) == ["title", "tags", "n"])
    #expect(entries[0].keyLocation == SourceLocation(line: 2, column: 3))
    #expect(entries[0].value.location == SourceLocation(line: 2, column: 12))
    let tags = try #require(entries[1].value.items)
    #expect(entries[1].value.location == SourceLocation(line: 3, column: 11))
    #expect(tags[0].location == SourceLocation(line: 3, column: 12))
    #expect(tags[1].location == SourceLocation(line: 3, column: 17))
    let inner = try #require(tags[1].entries)
    #expect(inner[0].keyLocation == SourceLocation(line: 3, column: 18))
    #expect(inner[0].value.location == SourceLocation(line: 3, column: 23))
    #expect(entries[2].keyLocation == SourceLocation(line: 4, column: 2))
    #expect(entries[2].value.isNull)
  }

  @Test("columns after multi-byte characters count characters, not bytes")
  func columnsInCharacters() throws {
    let root = try JSONParser.parse(#"["äöü😀", 1]"#)
    let items = try #require(root.items)
    // [ " ä ö ü 😀 " , ␠ 1 — the 1 is the tenth character.
    #expect(items[1].location == SourceLocation(line: 1, column: 10))
  }

  @Test("CRLF line breaks count as one line")
  func crlf() throws {
    let root = try JSONParser.parse(Array("[\r\n1,\r\n  2]".utf8))
    let items = try #require(root.items)
    #expect(items[0].location == SourceLocation(line: 2, column: 1))
    #expect(items[1].location == SourceLocation(line: 3, column: 3))
  }

  @Test("a UTF-8 byte order mark is skipped and does not shift columns")
  func byteOrderMark() throws {
    let root = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
    #expect(root.location == SourceLocation(line: 1, column: 1))
    #expect(root.entries?.first?.value.location == SourceLocation(line: 1, column: 7))
  }

  @Test("numbers: integers that fit Int stay integers, everything else is a float", arguments: [
    ("0", Node.Value.integer(0)), ("-0", .integer(0)), ("42", .integer(42)), ("-17", .integer(-17)),
    ("9223372036854775807", .integer(Int.max)), ("-9223372036854775808", .integer(Int.min)),
    ("9223372036854775808", .float(9_223_372_036_854_775_808)), ("1.0", .float(1.0)), ("1.5", .float(1.5)),
    ("-2.25", .float(-2.25)), ("1e2", .float(100)), ("1E-2", .float(0.01)), ("2.5e+3", .float(2500)),
    ("0.1", .float(0.1)), ("123456789012345678901234567890", .float(1.2345678901234568e29)),
    ("1.7976931348623157e308", .float(1.7976931348623157e308)), ("5e-324", .float(.leastNonzeroMagnitude)),
  ])
  func numbers(text: String, expected: Node.Value) throws {
    let node = try JSONParser.parse(text)
    switch (node.value, expected) {
    case (.integer(let a), .integer(let b)): #expect(a == b)
    case (.float(let a), .float(let b)): #expect(a == b)
    default: Issue.record("\(text) parsed as \(node.value), expected \(expected)")
    }
  }

  @Test("string escapes, including surrogate pairs", arguments: [
    (#""a\"b\\c\/d""#, "a\"b\\c/d"), (#""\b\f\n\r\t""#, "\u{8}\u{C}\n\r\t"), (#""\u00e4\u00DF""#, "äß"),
    (#""\ud83d\ude00""#, "😀"), (#""x\u0000y""#, "x\u{0}y"), (#""日本""#, "日本"), (#""""#, ""),
  ])
  func escapes(text: String, expected: String) throws {
    let node = try JSONParser.parse(text)
    #expect(node.string.map { Array($0.unicodeScalars) } == Array(expected.unicodeScalars))
  }

  @Test("literals and nesting")
  func literals() throws {
    let root = try JSONParser.parse(#" [true, false, null, [], {}, [[1]]] "#)
    let items = try #require(root.items)
    #expect(items[0].bool == true)
    #expect(items[1].bool == false)
    #expect(items[2].isNull)
    #expect(items[3].items?.isEmpty == true)
    #expect(items[4].entries?.isEmpty == true)
    #expect(items[5].items?.first?.items?.first?.integer == 1)
  }

  @Test("syntax errors are located and say what to do", arguments: [
    ("", 1, 1, "empty"),
    ("[1,]", 1, 4, "remove the comma"),
    ("{\"a\": 1,}", 1, 9, "remove the comma"),
    ("{\"a\" 1}", 1, 6, "`:`"),
    ("{'a': 1}", 1, 2, "double quotes"),
    ("[1 2]", 1, 4, "`,` or `]`"),
    ("{\"a\": 1\n \"b\": 2}", 2, 2, "`,` or `}`"),
    ("[01]", 1, 2, "must not start with 0"),
    ("[1.]", 1, 4, "decimal point"),
    ("[-]", 1, 3, "digit"),
    ("[1e]", 1, 4, "exponent"),
    ("[tru]", 1, 2, "lowercase"),
    ("[True]", 1, 2, "lowercase"),
    ("[NaN]", 1, 2, "expected a value"),
    ("{} x", 1, 4, "after the end"),
    ("[\"a\nb\"]", 1, 4, "cannot span lines"),
    ("[\"abc", 1, 6, "closing `\"`"),
    ("[1, 2", 1, 6, "missing its closing `]`"),
    ("{\"a\": {\"b\": 1}", 1, 15, "opened at 1:1"),
    ("[\"\\x\"]", 1, 3, "not a JSON escape"),
    ("[\"\\ud800\"]", 1, 3, "high surrogate"),
    ("[\"\\udc00\"]", 1, 3, "lone low surrogate"),
    ("[\"\\u12\"]", 1, 7, "four hexadecimal digits"),
    ("{\"a\": 1, \"a\": 2}", 1, 10, "appears twice"),
    ("[1e999]", 1, 2, "too large"),
    ("// note\n[]", 1, 1, "comments"),
  ])
  func errors(text: String, line: Int, column: Int, fragment: String) {
    #expect {
      try JSONParser.parse(text)
    } throws: { error in
      guard case .invalidJSON(let message, let location) = error as? SchemaError else { return false }
      #expect(location == SourceLocation(line: line, column: column), "\(message)")
      #expect(message.text(.en).contains(fragment), "\(message)")
      return true
    }
  }

  @Test("invalid UTF-8 is an error at the bad byte")
  func invalidUTF8() {
    for bytes: [UInt8] in [[0x22, 0xC3, 0x28, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xC0, 0xAF, 0x22]] {
      #expect {
        try JSONParser.parse(bytes)
      } throws: { error in
        guard case .invalidJSON(let message, let location) = error as? SchemaError else { return false }
        return message.text(.en).contains("UTF-8") && location == SourceLocation(line: 1, column: 2)
      }
    }
  }

  @Test("nesting up to the documented 512 levels parses; one level more is an error, never a crash")
  func deepNesting() throws {
    let limit = 512  // README.md, Hostile input: "JSON documents nest at most 512 levels"
    #expect(JSONParser.maximumDepth == limit)
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
      let deepest = String(repeating: open, count: limit) + "1" + String(repeating: close, count: limit)
      var node = try JSONParser.parse(deepest)
      var depth = 0
      while let inner = node.items?.first ?? node.entries?.first?.value {
        node = inner
        depth += 1
      }
      #expect(depth == limit && node.integer == 1)
      // Well-formed, one level deeper: refused for its depth, not for its syntax.
      let tooDeep = String(repeating: open, count: limit + 1) + "1" + String(repeating: close, count: limit + 1)
      #expect {
        try JSONParser.parse(tooDeep)
      } throws: { error in
        guard case .invalidJSON(let message, let location) = error as? SchemaError else { return false }
        return message.text(.en).contains("nested more than 512 levels")
          && location == SourceLocation(line: 1, column: limit * open.count + 1)
      }
    }
    #expect(throws: SchemaError.self) { try JSONParser.parse(String(repeating: "[", count: 100_000)) }
  }

  @Test("a duplicate key is found in large objects too, naming the first occurrence")
  func duplicateKeyInLargeObject() {
    let fields = (0..<100).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
    #expect {
      try JSONParser.parse("{\(fields), \"k42\": 0}")
    } throws: { error in
      guard case .invalidJSON(let message, _) = error as? SchemaError else { return false }
      return message.text(.en).contains("`k42` appears twice") && message.text(.en).contains("1:")
    }
  }

  @Test("keys that differ only by Unicode normalization are different keys")
  func keysByCodePoint() throws {
    let root = try JSONParser.parse("{\"\u{E4}\": 1, \"a\u{308}\": 2}")
    #expect(root.entries?.count == 2)
  }
}
