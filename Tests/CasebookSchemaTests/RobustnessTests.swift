import CasebookText
import CasebookSchema
import CasebookYAML
import Foundation
import Testing

/// Holds a result handed from one thread to another (written once, read after a semaphore).
private final class Slot<Value>: @unchecked Sendable {
  var result: Value?
}

/// Runs `body` on a new thread with a stack of `stackSize` bytes and waits for its result.
func onThread<Result: Sendable>(stackSize: Int, _ body: @escaping @Sendable () -> Result) -> Result {
  let slot = Slot<Result>()
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    slot.result = body()
    done.signal()
  }
  thread.stackSize = stackSize
  thread.start()
  done.wait()
  return slot.result!
}

@Suite("Robustness")
struct RobustnessTests {
  static let recursive = ##"{"anyOf": [{"type": "array", "items": {"$ref": "#"}}, {"type": "integer"}]}"##

  func nested(_ depth: Int, around leaf: String) throws -> Node {
    try JSONParser.parse(String(repeating: "[", count: depth) + leaf + String(repeating: "]", count: depth))
  }

  @Test("moderately deep documents are checked completely")
  func moderatelyDeep() throws {
    let schema = try JSONSchema(JSONParser.parse(Self.recursive))
    #expect(schema.isValid(try nested(40, around: "1")))
    let found = schema.validate(try nested(40, around: "\"x\""))
    #expect(found.map(\.pointer) == [String(repeating: "/0", count: 40)])
    #expect(found.map { $0.message.text(.en) } == ["expected a whole number or a list, found the text `x`"])
  }

  @Test("the deepest document the parser accepts never crashes validation; if too deep it is reported")
  func deepestDocument() throws {
    let schema = try JSONSchema(JSONParser.parse(Self.recursive))
    for leaf in ["1", "\"x\""] {
      let document = try nested(JSONParser.maximumDepth - 1, around: leaf)
      // On a thread of its own with the stack casebook's workers have, not on the test runner's shared threads,
      // whose stacks neighbour the other suites' work.
      let (valid, found) = onThread(stackSize: 8 << 20) { (schema.isValid(document), schema.validate(document)) }
      #expect(valid == found.isEmpty)
      #expect(leaf == "1" || !valid)
      #expect(found.allSatisfy { $0.keyword == "depth" || $0.keyword == "anyOf" })
    }
  }

  @Test("a `not` around a check that really ran out of stack makes the document invalid, with a depth violation")
  func notAroundTooDeep() throws {
    // `r` accepts nested lists of whole numbers, so `not r` rejects this document when checked in full. On a
    // 256 KB stack the guard stops the check of `r` half-way; read as "r fails", `not` would make it valid.
    let schema = try JSONSchema(
      JSONParser.parse(##"{"$defs": {"r": \##(Self.recursive)}, "not": {"$ref": "#/$defs/r"}}"##))
    let document = try nested(511, around: "1")
    #expect(!schema.isValid(document))
    let (valid, found) = onThread(stackSize: 256 * 1024) { (schema.isValid(document), schema.validate(document)) }
    #expect(!valid)
    // Whether the report's own pass gets far enough to see `not` fail too depends on the frames above it.
    #expect(found.allSatisfy { $0.keyword == "depth" || $0.keyword == "not" })
    let depth = try #require(found.first { $0.keyword == "depth" })
    #expect(depth.message.text(.en).contains("nested too deeply"))
  }

  @Test("subschemas nest up to the documented 128 levels; one level more is a compile error")
  func schemaDepthLimit() throws {
    let limit = 128  // README.md, Hostile input: "schemas 128"
    func nestedSchema(_ depth: Int) throws -> Node {
      try JSONParser.parse(String(repeating: #"{"not": "#, count: depth) + "{}" + String(repeating: "}", count: depth))
    }
    let deepest = try JSONSchema(try nestedSchema(limit))
    #expect(deepest.isValid(.init(.integer(1))) == (limit % 2 == 0))
    #expect {
      try JSONSchema(try nestedSchema(limit + 1))
    } throws: { error in
      (error as? SchemaError)?.message.text(.en).contains("at most 128 levels") == true
    }
  }

  @Test("a deeply nested schema is a compile error, not a crash")
  func deepSchema() throws {
    let nested = String(repeating: #"{"not": "#, count: 300) + "{}" + String(repeating: "}", count: 300)
    #expect(throws: SchemaError.self) { try JSONSchema(JSONParser.parse(nested)) }
  }
}
