import Testing

@testable import CasebookYAML

@Suite struct WriterTests {
  @Test func blockStyleOutput() throws {
    let tree = Tree.map([
      ("title", .string("Social media policy")), ("active", .bool(true)), ("count", .int(3)),
      ("ratio", .float(0.5)), ("none", .null), ("channels", .list([.string("facebook"), .string("instagram")])),
      ("empty", .list([])), ("meta", .map([])),
      ("contact", .map([("name", .string("Anna")), ("phone", .string("0123"))])),
      ("note", .string("multi\nline\n")), ("flag-text", .string("true")), ("answer", .string("NO")),
      ("steps", .list([.map([("do", .string("post")), ("when", .string("daily"))]), .list([.int(1), .int(2)])])),
    ])
    let expected = """
      title: Social media policy
      active: true
      count: 3
      ratio: 0.5
      none: null
      channels:
        - facebook
        - instagram
      empty: []
      meta: {}
      contact:
        name: Anna
        phone: "0123"
      note: |
        multi
        line
      flag-text: "true"
      answer: NO
      steps:
        - do: post
          when: daily
        - - 1
          - 2

      """
    #expect(YAMLWriter.write(tree.node) == expected)
  }

  static let trickyStrings = [
    "plain words", "true", "False", "null", "~", "", "123", "-7", "0x1F", "1e3", ".inf", ".nan", "NO", "yes",
    "2010-01-06", "a: b", "a:b", "ends with colon:", "- item", "-dash", "? question", "#hash", "a #b", "a# b",
    "[flow]", "{flow}", "a, b", "&anchor", "*alias", "!tag", "|bar", ">fold", "'single'", "\"double\"", "%percent",
    "@at", "`tick", "...", "---", "--- x", " leading", "trailing ", "tab\there", "back\\slash", "quote\"inside",
    "multi\nline\n", "no final newline\nhere", "keep\n\n\n", "\n\nleading breaks", "  indented\nfirst\n",
    "\tfirst tab\nline", "a\n  \nb", "a\n   ", "crlf\r\nline", "nul\u{0}byte", "esc\u{1B}", "del\u{7F}", "c1\u{85}nel",
    "line\u{2028}separator", "bom\u{FEFF}", "\u{FFFE}", "\n", " \n x", "a\n  \n", "\n  x\ny", "x\n\n  \n", "<<",
    "text\n# not a comment\n", "é ü 中 😀",
    "long " + String(repeating: "word ", count: 300),
  ]

  @Test("strings round-trip as values", arguments: trickyStrings)
  func stringValue(text: String) throws {
    let node = Tree.map([("key", .string(text)), ("list", .list([.string(text), .list([.string(text)])]))]).node
    #expect(sameContent(try YAMLParser.parse(YAMLWriter.write(node)), node))
  }

  @Test("strings round-trip as keys", arguments: trickyStrings)
  func stringKey(text: String) throws {
    let node = Tree.list([.map([(text, .string("value")), ("other", .int(1))])]).node
    #expect(sameContent(try YAMLParser.parse(YAMLWriter.write(node)), node))
  }

  @Test("strings round-trip as the whole document", arguments: trickyStrings)
  func stringDocument(text: String) throws {
    let node = Tree.string(text).node
    #expect(sameContent(try YAMLParser.parse(YAMLWriter.write(node)), node))
  }

  @Test func keyLongerThanLibyamlsSimpleKeyLimit() throws {
    let key = String(repeating: "k", count: 1500)
    let node = Tree.map([(key, .map([(key + "2", .int(1))]))]).node
    #expect(sameContent(try YAMLParser.parse(YAMLWriter.write(node)), node))
  }

  @Test(
    "numbers and other scalars keep their type",
    arguments: [
      Tree.int(.max), .int(.min), .int(0), .float(0.1), .float(-0.0), .float(1e16), .float(1e300),
      .float(.leastNonzeroMagnitude), .float(.infinity), .float(-.infinity), .float(.nan), .float(3), .bool(false),
      .null,
    ])
  func scalars(tree: Tree) throws {
    let node = Tree.map([("value", tree)]).node
    #expect(sameContent(try YAMLParser.parse(YAMLWriter.write(node)), node))
    #expect(sameContent(try YAMLParser.parse(YAMLWriter.write(tree.node)), tree.node))
  }

  @Test func nestedCollectionsRoundTrip() throws {
    let tree = Tree.list([
      .list([.list([.string("deep\nblock")]), .map([("k", .string(" indented\nblock"))])]),
      .map([("a", .list([])), ("b", .map([("c", .list([.map([("d", .null)])]))]))]),
      .list([]), .map([]),
    ])
    #expect(sameContent(try YAMLParser.parse(YAMLWriter.write(tree.node)), tree.node))
  }

  @Test func nestingAtTheDepthLimitRoundTrips() throws {
    var tree = Tree.string("bottom")
    for level in 0..<64 { tree = level.isMultiple(of: 2) ? .list([tree, .int(level)]) : .map([("k", tree)]) }
    #expect(sameContent(try YAMLParser.parse(YAMLWriter.write(tree.node)), tree.node))
  }

  @Test func parsedFileRoundTrips() throws {
    let original = try YAMLParser.parse(try fixture("bom-crlf.yaml"))
    #expect(sameContent(try YAMLParser.parse(YAMLWriter.write(original)), original))
  }
}
