import Foundation
import Testing

@testable import CasebookYAML

/// Swift Testing has a `SourceLocation` of its own; in these tests the name means the parser's.
typealias SourceLocation = CasebookYAML.SourceLocation

/// The bytes of a file in `Fixtures`.
func fixture(_ name: String) throws -> [UInt8] {
  let directory = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
  return [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
}

/// The error parsing `bytes` throws, or nil when it parses.
func parseError(_ bytes: [UInt8], limits: YAMLLimits = YAMLLimits()) -> YAMLError? {
  do {
    _ = try YAMLParser.parse(bytes, limits: limits)
    return nil
  } catch {
    return error
  }
}

func parseError(_ text: String, limits: YAMLLimits = YAMLLimits()) -> YAMLError? {
  parseError(Array(text.utf8), limits: limits)
}

/// A node tree from a compact description, for expected values in tests.
indirect enum Tree: Sendable, CustomTestStringConvertible {
  case null
  case bool(Bool)
  case int(Int)
  case float(Double)
  case string(String)
  case list([Tree])
  case map([(String, Tree)])

  var node: Node {
    switch self {
    case .null: Node(.null)
    case .bool(let flag): Node(.bool(flag))
    case .int(let int): Node(.integer(int))
    case .float(let double): Node(.float(double))
    case .string(let text): Node(.string(text))
    case .list(let items): Node(.sequence(items.map(\.node)))
    case .map(let entries):
      Node(.mapping(entries.map { Node.Entry(key: $0.0, keyLocation: .start, value: $0.1.node) }))
    }
  }

  var testDescription: String { "\(self)" }
}
