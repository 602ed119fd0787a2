import CasebookText
import Testing

@testable import CasebookYAML

/// Where libyaml (a YAML 1.1 parser) and YAML 1.2 disagree, and what casebook does about each.
@Suite struct YAML12Tests {
  @Test(
    "tabs that separate rather than indent are read as YAML 1.2 reads them",
    arguments: [
      ("a:\n-\tx\n-\ty\n", Tree.map([("a", .list([.string("x"), .string("y")]))])),
      ("- \tx\n", .list([.string("x")])),
      ("-\t\"q\"\n-\t[1]\n", .list([.string("q"), .list([.int(1)])])),
      ("- a\n-\tb\tc\n", .list([.string("a"), .string("b\tc")])),
      ("-\t# a comment\n  x\n", .list([.string("x")])),
      ("?\tx\n:\ty\n", .map([("x", .string("y"))])),
      ("- foo:\t bar\n- - baz\n  -\tbaz\n", .list([.map([("foo", .string("bar"))]), .list([.string("baz"), .string("baz")])])),
      ("a: 1\n\t\nb: 2\n", .map([("a", .int(1)), ("b", .int(2))])),
      ("a: 1\n \t \nb: 2\n", .map([("a", .int(1)), ("b", .int(2))])),
      ("a: 1\n\t# a comment\nb: 2\n", .map([("a", .int(1)), ("b", .int(2))])),
      ("\t\na: 1\n", .map([("a", .int(1))])),
      ("a:\n  b: 1\n\t\n  c: 2\n", .map([("a", .map([("b", .int(1)), ("c", .int(2))]))])),
      ("a: 'q'\n\t\nb: 2\n", .map([("a", .string("q")), ("b", .int(2))])),
      ("a: |\n  x\ty\n  \tz\n", .map([("a", .string("x\ty\n\tz\n"))])),
      ("a: |\n  x\n  \t\n  y\n", .map([("a", .string("x\n\t\ny\n"))])),
    ] as [(String, Tree)])
  func separatingTabs(text: String, expected: Tree) throws {
    #expect(sameContent(try YAMLParser.parse(text), expected.node))
  }

  @Test("a repaired tab keeps every location")
  func repairedTabLocations() throws {
    let root = try YAMLParser.parse("items:\n-\tfirst\n-\t\tsecond\n")
    let items = try #require(root["items"]?.items)
    #expect(items.map(\.location) == [SourceLocation(line: 2, column: 3), SourceLocation(line: 3, column: 4)])
  }

  @Test(
    "a tab before a nested list or mapping on the same line, or at the start of a content line, is indentation",
    arguments: [
      ("-\t- x\n", SourceLocation(line: 1, column: 2)), ("-\tkey: value\n", .init(line: 1, column: 2)),
      ("?\t- x\n: y\n", .init(line: 1, column: 2)), ("- \t\"k\": v\n", .init(line: 1, column: 3)),
      (" \tfoo: 1\n", .init(line: 1, column: 2)), ("a: |\n\t\nb: 1\n", .init(line: 2, column: 1)),
      ("a: |\n  x\n \t\n  y\n", .init(line: 3, column: 2)),
    ])
  func indentingTabs(text: String, location: SourceLocation) throws {
    #expect(parseError(text) == .tab(at: location))
  }

  @Test("a file with more separating tabs than the budget allows is refused, not read for long")
  func tabBudget() throws {
    let text = String(repeating: "-\tx\n", count: 40_000)
    let error = try #require(parseError(text))
    guard case .tooManyTabs(let limit, _) = error else {
      Issue.record("expected tooManyTabs, got \(error)")
      return
    }
    #expect(error.rule == "yaml.tab")
    #expect(limit == (16 << 20) / text.utf8.count)
    #expect(try YAMLParser.parse(String(repeating: "-\tx\n", count: 100)).items?.count == 100)
  }

  @Test(
    "block scalars that end in spaces keep them",
    arguments: [
      ("a: |\n  x\n  y   ", "x\ny   "), ("a: |-\n  x   \n", "x   "), ("a: |\n  x\n    ", "x\n  "),
      ("a: |+\n  x  \n\n", "x  \n\n"), ("a: >\n  x  \n  y\n", "x   y\n"), ("a: |\n  x\n   \nb: 1\n", "x\n \n"),
    ])
  func blockScalarSpaces(text: String, expected: String) throws {
    #expect(try YAMLParser.parse(text)["a"]?.string == expected)
    let written = YAMLWriter.write(Node(.mapping([Node.Entry(key: "a", keyLocation: .start, value: Node(.string(expected)))])))
    #expect(try YAMLParser.parse(written)["a"]?.string == expected, "\(written)")
  }

  @Test("an unknown directive is ignored with a warning")
  func unknownDirective() throws {
    let document = try YAMLParser.parseDocument("# header\n%FOO bar baz\n---\na: 1\n")
    #expect(document.root["a"]?.integer == 1)
    #expect(document.warnings.map(\.rule) == ["yaml.unknown-directive"])
    #expect(document.warnings.first?.location == SourceLocation(line: 2, column: 1))
    #expect(document.warnings.first?.message.text(.en).contains("`%FOO`") == true)
    #expect(try YAMLParser.parseDocument("%TAG ! tag:example.org,2024:\n%YAML 1.2\n---\na: 1\n").warnings.isEmpty)
  }

  @Test("%YAML 1.1 is refused with what to do instead")
  func yaml11() throws {
    let error = try #require(parseError("%YAML 1.1\n---\npublished: yes\n"))
    #expect(error == .unsupportedVersion("1.1", at: SourceLocation(line: 1, column: 1)))
    #expect(error.rule == "yaml.version")
    #expect(error.message.text(.en).contains("remove the `%YAML` line") && error.message.text(.en).contains("`true` or `false`"))
  }

  @Test("other YAML versions are refused with the one that is read", arguments: ["%YAML 1.3", "%YAML 2.0", "%YAML \t 1.3 # next"])
  func otherVersions(directive: String) throws {
    let error = try #require(parseError(directive + "\n---\na: 1\n"))
    #expect(error.rule == "yaml.version")
    #expect(error.message.text(.en).contains("YAML 1.2 only"))
  }

  @Test(
    "anchor and alias names that libyaml would cut short are refused",
    arguments: [
      ("key: &an:chor value\n", "an:chor", SourceLocation(line: 1, column: 6)),
      ("a: &k key\n*k: v\n", "k:", .init(line: 2, column: 1)), ("- &x v\n- *x:y\n", "x:y", .init(line: 2, column: 3)),
      ("a: !!str &x?y v\n", "x?y", .init(line: 1, column: 4)),
    ])
  func anchorNames(text: String, name: String, location: SourceLocation) throws {
    #expect(parseError(text) == .anchorName(name, at: location))
  }

  @Test(
    "inputs libyaml reads as YAML 1.2 does are accepted",
    arguments: [
      ("a: &x\nb: *x\n", Tree.map([("a", .null), ("b", .null)])), ("{a: &x , b: *x}\n", .map([("a", .null), ("b", .null)])),
      ("? a\n: b\n", .map([("a", .string("b"))])), ("? |\n  long key\n: v\n", .map([("long key\n", .string("v"))])),
      ("[a, # c\n b]\n", .list([.string("a"), .string("b")])), ("{a: 1, # c\n b: 2}\n", .map([("a", .int(1)), ("b", .int(2))])),
      ("[a:b, http://x.org]\n", .list([.string("a:b"), .string("http://x.org")])),
      ("[a: b]\n", .list([.map([("a", .string("b"))])])), ("{\"a\":b}\n", .map([("a", .string("b"))])),
      ("a: yes\nb: on\nc: 1:20\n", .map([("a", .string("yes")), ("b", .string("on")), ("c", .string("1:20"))])),
      ("a: \"x\u{FEFF}\"\n".replacingOccurrences(of: "\u{FEFF}", with: "\\uFEFF"), .map([("a", .string("x\u{FEFF}"))])),
    ] as [(String, Tree)])
  func agreements(text: String, expected: Tree) throws {
    #expect(sameContent(try YAMLParser.parse(text), expected.node))
  }

  @Test("a key longer than 1024 characters gets YAML's limit and the way around it")
  func longKeys() throws {
    let key = String(repeating: "k", count: 1100)
    for (text, location) in [(key + ": 1\n", SourceLocation(line: 1, column: 1)), ("{" + key + ": 1}\n", .init(line: 1, column: 2))] {
      let error = try #require(parseError(text))
      #expect(error == .keyTooLong(characters: 1100, at: location))
      #expect(error.message.text(.en).contains("`? key`"))
    }
    #expect(try YAMLParser.parse("? " + key + "\n: 1\n")[key]?.integer == 1)
  }

  @Test(
    "a `:` that libyaml cannot place is a syntax error that says what to write",
    arguments: [
      (": a\n", false, SourceLocation(line: 1, column: 1)), ("- :\n", false, .init(line: 1, column: 3)),
      ("{\"foo\"\n: \"bar\"}\n", true, .init(line: 2, column: 1)), ("{ \"foo\" # comment\n  :bar }\n", true, .init(line: 2, column: 3)),
      ("{a: 1, omitted:, b: 2}\n", true, .init(line: 1, column: 15)), ("[:x]\n", true, .init(line: 1, column: 2)),
    ])
  func colons(text: String, inFlow: Bool, location: SourceLocation) throws {
    let error = try #require(parseError(text))
    #expect(error == .unexpectedColon(inFlow: inFlow, at: location))
    #expect(error.rule == "yaml.syntax")
  }

  @Test(
    "a byte order mark after the start, and NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR, are located errors",
    arguments: [
      ("a: 1\n\u{FEFF}b: 2\n", YAMLError.byteOrderMark(at: SourceLocation(line: 2, column: 1))),
      ("a: \"x\u{FEFF}y\"\n", .byteOrderMark(at: .init(line: 1, column: 6))),
      ("a: \"x\u{85}y\"\n", .lineSeparator(0x85, at: .init(line: 1, column: 6))),
      ("a: x\u{2028}y\n", .lineSeparator(0x2028, at: .init(line: 1, column: 5))),
      ("a: |\n  x\u{2029}\n", .lineSeparator(0x2029, at: .init(line: 2, column: 4))),
    ])
  func invisibleCharacters(text: String, expected: YAMLError) throws {
    let error = try #require(parseError(text))
    #expect(error == expected)
    #expect(error.message.text(.en).contains("U+"))
  }
}
