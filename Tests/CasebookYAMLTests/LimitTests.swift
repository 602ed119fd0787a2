import CasebookText
import Testing

@testable import CasebookYAML

/// Hostile documents must fail quickly with a located error, without deep recursion or large allocations.
@Suite struct LimitTests {
  @Test func tooLargeIsRejectedBeforeParsing() throws {
    // Invalid from the first byte: only the size check can explain the error.
    let bytes = [UInt8](repeating: 0, count: 101)
    #expect(parseError(bytes, limits: YAMLLimits(maxBytes: 100)) == .tooLarge(byteCount: 101, limit: 100))
    #expect(parseError(Array("a: 1234".utf8), limits: YAMLLimits(maxBytes: 7)) == nil)
  }

  @Test func defaultSizeLimitIsOneMebibyte() throws {
    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: (1 << 20) + 1)
    #expect(parseError(bytes)?.rule == "yaml.too-large")
  }

  @Test(
    "100,000 levels of nesting fail at the limit",
    arguments: [
      (YAMLLimits(), SourceLocation(line: 1, column: 65), 64),
      (YAMLLimits(maxDepth: 3), SourceLocation(line: 1, column: 4), 3),
      (YAMLLimits(maxDepth: 1_000_000), SourceLocation(line: 1, column: 1001), YAMLLimits.depthCeiling),
    ])
  func deepFlowNesting(limits: YAMLLimits, location: SourceLocation, limit: Int) throws {
    let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(parseError(text, limits: limits) == .tooDeep(limit: limit, at: location))
  }

  @Test func deepBlockNesting() throws {
    let lines = (0..<100).map { String(repeating: "  ", count: $0) + "a:" }
    let error = try #require(parseError(lines.joined(separator: "\n")))
    #expect(error == .tooDeep(limit: 64, at: SourceLocation(line: 65, column: 129)))
    #expect(error.message.text(.en).contains("64"))
  }

  @Test func nestingAtTheLimitIsFine() throws {
    let text = String(repeating: "[", count: 64) + "x" + String(repeating: "]", count: 64)
    var node = try YAMLParser.parse(text)
    var depth = 0
    while let first = node.items?.first {
      node = first
      depth += 1
    }
    #expect(depth == 64)
    #expect(node.string == "x")
  }

  @Test func aliasesCountTowardDepth() throws {
    let text = "a: &a [[[1]]]\nb: [[*a]]\n"
    #expect(
      parseError(text, limits: YAMLLimits(maxDepth: 5)) == .tooDeep(limit: 5, at: SourceLocation(line: 2, column: 6)))
    #expect(parseError(text, limits: YAMLLimits(maxDepth: 6)) == nil)
  }

  @Test func billionLaughsFailsOnNodeCount() throws {
    let error = try #require(parseError(try fixture("billion-laughs.yaml")))
    #expect(error == .tooManyNodes(limit: 100_000, at: SourceLocation(line: 6, column: 8)))
  }

  @Test func billionLaughsFailsOnAliasCount() throws {
    let limits = YAMLLimits(maxAliases: 20, maxNodes: .max)
    let error = try #require(parseError(try fixture("billion-laughs.yaml"), limits: limits))
    // The 21st alias is the third one of line 4.
    #expect(error == .tooManyAliases(limit: 20, at: SourceLocation(line: 4, column: 14)))
  }

  @Test func aliasesShareInsteadOfCopying() throws {
    // Without limits the document stands for 430 million strings; it must still parse at once, as a
    // shared structure, instead of allocating them.
    let limits = YAMLLimits(maxAliases: .max, maxNodes: .max)
    let root = try YAMLParser.parse(try fixture("billion-laughs.yaml"), limits: limits)
    var node = try #require(root["i"])
    for _ in 0..<8 {
      #expect(node.items?.count == 9)
      node = try #require(node.items?.last)
    }
    #expect(node.items?.first?.string == "lol")
  }

  @Test func nodeLimit() throws {
    let limits = YAMLLimits(maxNodes: 5)
    #expect(
      parseError("[1, 2, 3, 4, 5]", limits: limits) == .tooManyNodes(limit: 5, at: SourceLocation(line: 1, column: 14)))
    #expect(parseError("[1, 2, 3, 4]", limits: limits) == nil)
  }

  @Test func aliasLimit() throws {
    let text = "a: &x 1\nb: [*x, *x, *x]\n"
    #expect(
      parseError(text, limits: YAMLLimits(maxAliases: 2))
        == .tooManyAliases(limit: 2, at: SourceLocation(line: 2, column: 13)))
    #expect(try YAMLParser.parse(text, limits: YAMLLimits(maxAliases: 3))["b"]?.items?.map(\.integer) == [1, 1, 1])
  }

  @Test(
    "undefined aliases",
    arguments: [
      ("a: *nothing\n", SourceLocation(line: 1, column: 4)), ("a: [*later]\nb: &later 1\n", .init(line: 1, column: 5)),
    ])
  func undefinedAlias(text: String, location: SourceLocation) throws {
    let error = try #require(parseError(text))
    #expect(error.rule == "yaml.undefined-alias")
    #expect(error.location == location)
  }

  @Test func recursiveAliasIsUndefined() throws {
    let error = try #require(parseError(try fixture("recursive-alias.yaml")))
    #expect(error == .undefinedAlias("loop", at: SourceLocation(line: 2, column: 5)))
    #expect(error.message.text(.en).contains("*loop"))
  }

  @Test func laterAnchorWithTheSameNameWins() throws {
    let root = try YAMLParser.parse("a: &x 1\nb: *x\nc: &x 2\nd: *x\n")
    #expect(root["b"]?.integer == 1)
    #expect(root["d"]?.integer == 2)
  }

  @Test func manyAliasesToLargeAnchorsFailFast() throws {
    // Each alias stands for 50,000 nodes: the count, not the memory, stops the parse.
    let big = "[" + Array(repeating: "0", count: 49_999).joined(separator: ",") + "]"
    let text = "a: &a \(big)\nb: [" + Array(repeating: "*a", count: 90).joined(separator: ",") + "]\n"
    let error = try #require(parseError(text, limits: YAMLLimits(maxNodes: 1_000_000)))
    #expect(error.rule == "yaml.too-many-nodes")
    #expect(error.location.line == 2)
  }

  @Test(
    "The description names every limit, so that cached results made under other limits are never reused",
    arguments: ["maxBytes", "maxDepth", "maxAliases", "maxNodes"])
  func describesEveryLimit(changed: String) {
    let base = YAMLLimits()
    let other = YAMLLimits(
      maxBytes: base.maxBytes + (changed == "maxBytes" ? 1 : 0),
      maxDepth: base.maxDepth + (changed == "maxDepth" ? 1 : 0),
      maxAliases: base.maxAliases + (changed == "maxAliases" ? 1 : 0),
      maxNodes: base.maxNodes + (changed == "maxNodes" ? 1 : 0))
    #expect(other.description != base.description)
    #expect(other.description.contains("\(changed): "))
  }
}
