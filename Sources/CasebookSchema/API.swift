// Public surface of the schema layer: the JSON parser, the compiled schema, violations and errors.
import CasebookText
import CasebookYAML

/// One place where an instance does not satisfy its schema.
public struct SchemaViolation: Sendable, Hashable {
  /// The keyword that failed (`required`, `type`, `pattern`, `format`...); the rule id is `schema.<keyword>`.
  public var keyword: String
  /// Where in the instance, as a JSON pointer (`/sources/0/url`); empty for the root.
  public var pointer: String
  /// Where in the source file.
  ///
  /// The offending node's location; for `additionalProperties`, `unevaluatedProperties` and `propertyNames`
  /// the offending key's location; for `required` the location of the object that lacks the field.
  public var location: SourceLocation
  /// What is wrong and what to do, for a municipal editor, in either language.
  public var message: Message
  /// Where in the schema the failing keyword is, as a JSON pointer.
  ///
  /// Keywords in a `registry` document rather than the root schema are written `<document URI>#<pointer>`.
  public var schemaPointer: String

  /// Creates a violation.
  public init(
    keyword: String, pointer: String, location: SourceLocation, message: Message, schemaPointer: String
  ) {
    self.keyword = keyword
    self.pointer = pointer
    self.location = location
    self.message = message
    self.schemaPointer = schemaPointer
  }

  /// The stable rule id of this violation: `schema.<keyword>`.
  public var ruleID: String { "schema.\(keyword)" }
}

/// Why a JSON text or a schema could not be used.
public enum SchemaError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text is not valid JSON (RFC 8259); `location` is where reading stopped.
  case invalidJSON(message: Message, location: SourceLocation)
  /// A keyword of the schema has a value it cannot have (`"type": 5`, a bad regular expression...).
  /// `pointer` is the JSON pointer of the keyword in the schema document (see ``SchemaViolation/schemaPointer``).
  case invalidSchema(message: Message, pointer: String, location: SourceLocation)
  /// A `$ref` names a schema that is neither in the document nor in the registry.
  case unresolvableReference(reference: String, pointer: String, location: SourceLocation)

  /// What went wrong and what to do, with the location, in English (for logs and tests).
  public var description: String { "\(location): \(message.text(.en))" }

  /// What went wrong and what to do, without the location.
  public var message: Message {
    switch self {
    case .invalidJSON(let message, _):
      Message(SchemaDefinitionText.invalidJSON, .message(message))
    case .invalidSchema(let message, let pointer, _):
      Message(SchemaDefinitionText.invalidSchema, .code(pointer.isEmpty ? "/" : pointer), .message(message))
    case .unresolvableReference(let reference, let pointer, _):
      Message(SchemaDefinitionText.unresolvableReference, .code(pointer.isEmpty ? "/" : pointer), .code(reference))
    }
  }

  /// The stable rule id: `json.syntax`, `schema.invalid` or `schema.unresolved-ref`.
  public var ruleID: String {
    switch self {
    case .invalidJSON: "json.syntax"
    case .invalidSchema: "schema.invalid"
    case .unresolvableReference: "schema.unresolved-ref"
    }
  }

  /// Where the problem is in the JSON text or schema document.
  public var location: SourceLocation {
    switch self {
    case .invalidJSON(_, let location), .invalidSchema(_, _, let location),
      .unresolvableReference(_, _, let location):
      location
    }
  }
}

/// Parses JSON text into a ``Node`` tree with 1-based line:column locations.
///
/// Strict RFC 8259: no comments, no trailing commas, no single quotes, UTF-8 only (a leading byte order mark
/// is skipped). Integers that fit in `Int` become `.integer`; every other number becomes `.float` (`1.0` stays
/// `.float(1.0)`). Columns count Unicode code points. A key that appears twice in one object is an error
/// (``Node`` mappings have unique keys, and a repeated key in a hand-edited file is almost always a mistake).
/// Nesting deeper than ``maximumDepth`` is an error, so no input can exhaust the stack.
public enum JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 512

  /// Parses one JSON document.
  public static func parse(_ bytes: [UInt8]) throws(SchemaError) -> Node {
    try bytes.withUnsafeBufferPointer { (buffer) throws(SchemaError) -> Node in
      var reader = JSONReader(buffer)
      return try reader.readDocument()
    }
  }

  /// Parses one JSON document from text.
  public static func parse(_ text: String) throws(SchemaError) -> Node {
    try parse(Array(text.utf8))
  }
}

/// A compiled JSON Schema (draft 2020-12), ready to validate many instances, from any thread.
///
/// All of draft 2020-12: the core vocabulary (`$ref`, `$dynamicRef`, `$defs`, `$id`, `$anchor`,
/// `$dynamicAnchor`, `$schema` with the `$vocabulary` of the metaschema it names), the applicator, unevaluated
/// and validation vocabularies, and `format` for `date`, `time`, `date-time`, `duration`, `email`, `hostname`,
/// `ipv4`, `ipv6`, `uri`, `uri-reference`, `iri`, `iri-reference`, `uuid`, `json-pointer` and `regex` (other
/// formats pass). The official 2020-12 metaschema and its vocabulary metaschemas are built in, so a `$ref` to
/// `https://json-schema.org/draft/2020-12/schema` resolves offline. Unknown keywords are annotations.
/// Regular expressions follow ECMA-262 in Unicode mode, except that backreferences are rejected (matching
/// stays linear in the length of the text).
public struct JSONSchema: Sendable {
  let program: Program

  /// Compiles a schema document. `uri` is its retrieval URI, used as base when it has no `$id`.
  /// `registry` holds other documents its `$ref`s may point at, keyed by their URI (their own `$id` counts
  /// too); only the documents a reference reaches are compiled.
  /// `format` is checked as an assertion.
  public init(_ document: Node, uri: String = "", registry: [String: Node] = [:]) throws(SchemaError) {
    try self.init(document, uri: uri, registry: registry, assertFormats: true)
  }

  /// Compiles a schema document; with `assertFormats: false`, `format` is only an annotation (never fails),
  /// as the specification prescribes by default.
  public init(
    _ document: Node, uri: String = "", registry: [String: Node] = [:], assertFormats: Bool
  ) throws(SchemaError) {
    var compiler = SchemaCompiler(assertFormats: assertFormats)
    program = try compiler.compile(root: document, uri: uri, registry: registry)
  }

  /// Every violation in `instance`; empty when it is valid.
  ///
  /// A document nested so deeply that checking it would risk the thread's stack gets a `depth` violation.
  public func validate(_ instance: Node) -> [SchemaViolation] {
    var exceeded = false
    return withUnsafeMutablePointer(to: &exceeded) { flag in
      let evaluator = Evaluator(program: program, stack: StackGuard(exceeded: flag))
      if evaluator.isValid(instance, program.root), !flag.pointee { return [] }
      var reporter = Reporter(evaluator: evaluator)
      return reporter.report(instance)
    }
  }

  /// True when `instance` is valid (faster than `validate` when only the answer matters).
  public func isValid(_ instance: Node) -> Bool {
    var exceeded = false
    return withUnsafeMutablePointer(to: &exceeded) { flag in
      let evaluator = Evaluator(program: program, stack: StackGuard(exceeded: flag))
      return evaluator.isValid(instance, program.root) && !flag.pointee
    }
  }
}

extension JSONSchema {
  /// The URI of the JSON Schema draft 2020-12 metaschema, the dialect catalogue schemas are written in.
  public static let metaschemaURI = Metaschema.uri

  /// Where `document`, meant as a schema, breaks the official JSON Schema draft 2020-12 metaschema (a
  /// `"type": "strnig"`, a `"minLength": "3"`, a `"required": "name"`...), each located in the document; also a
  /// `$schema` that names another dialect, which this validator would not read as its author meant. Empty when
  /// the document is a well-formed schema (it may still fail to compile, for a `$ref` that leads nowhere).
  public static func metaschemaViolations(of document: Node) -> [SchemaViolation] {
    var violations = Metaschema.compiled?.validate(document) ?? []
    if let dialect = document["$schema"]?.string, splitFragment(dialect) != (Metaschema.uri, "") {
      violations.append(SchemaViolation(
        keyword: "$schema", pointer: "/$schema", location: document["$schema"]!.location,
        message: Message(SchemaText.otherDialect, .code(dialect), .code(Metaschema.uri)),
        schemaPointer: ""))
    }
    return violations
  }
}
