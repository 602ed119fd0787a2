// Interface stubs agreed between modules; the schema layer replaces the bodies.
import CasebookYAML

/// One place where an instance does not satisfy its schema.
public struct SchemaViolation: Sendable, Hashable {
  /// The keyword that failed (`required`, `type`, `pattern`, `format`...); the rule id is `schema.<keyword>`.
  public var keyword: String
  /// Where in the instance, as a JSON pointer (`/sources/0/url`); empty for the root.
  public var pointer: String
  /// Where in the source file.
  public var location: SourceLocation
  /// What is wrong and what to do, for a municipal editor.
  public var message: String
  /// Where in the schema the failing keyword is, as a JSON pointer.
  public var schemaPointer: String
}

/// Why a JSON text or a schema could not be used.
public enum SchemaError: Error, Sendable, Equatable {
  case placeholder
}

/// Parses JSON text into a ``Node`` tree with 1-based line:column locations.
public enum JSONParser {
  public static func parse(_ bytes: [UInt8]) throws(SchemaError) -> Node { fatalError() }
}

/// A compiled JSON Schema (draft 2020-12), ready to validate many instances, from any thread.
public struct JSONSchema: Sendable {
  /// Compiles a schema document. `uri` is its retrieval URI, used as base when it has no `$id`.
  /// `registry` holds other documents its `$ref`s may point at, keyed by their `$id` or URI.
  public init(_ document: Node, uri: String = "", registry: [String: Node] = [:]) throws(SchemaError) { fatalError() }
  /// Every violation in `instance`; empty when it is valid.
  public func validate(_ instance: Node) -> [SchemaViolation] { fatalError() }
  /// True when `instance` is valid (faster than `validate` when only the answer matters).
  public func isValid(_ instance: Node) -> Bool { fatalError() }
}
