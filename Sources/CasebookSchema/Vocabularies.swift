// Draft 2020-12 vocabularies: which keywords a schema resource may use, as its metaschema's `$vocabulary`
// declares, and the official metaschema documents built into the binary.
import CasebookYAML

/// The draft 2020-12 vocabularies a schema resource uses.
struct Vocabularies: OptionSet, Sendable, Hashable {
  let rawValue: UInt8
  init(rawValue: UInt8) { self.rawValue = rawValue }
  static let core = Vocabularies(rawValue: 1)
  static let applicator = Vocabularies(rawValue: 2)
  static let unevaluated = Vocabularies(rawValue: 4)
  static let validation = Vocabularies(rawValue: 8)
  static let formatAnnotation = Vocabularies(rawValue: 16)
  static let formatAssertion = Vocabularies(rawValue: 32)
  /// Meta-data and content: annotations only, nothing to check.
  static let annotations = Vocabularies(rawValue: 64)

  /// What the official 2020-12 metaschema declares.
  static let standard: Vocabularies = [.core, .applicator, .unevaluated, .validation, .formatAnnotation, .annotations]

  static let prefix = "https://json-schema.org/draft/2020-12/vocab/"

  /// The vocabulary a `$vocabulary` URI names; nil for vocabularies this validator does not know.
  init?(uri: String) {
    guard uri.hasPrefix(Self.prefix) else { return nil }
    switch uri.dropFirst(Self.prefix.count) {
    case "core": self = .core
    case "applicator": self = .applicator
    case "unevaluated": self = .unevaluated
    case "validation": self = .validation
    case "format-annotation": self = .formatAnnotation
    case "format-assertion": self = .formatAssertion
    case "meta-data", "content": self = .annotations
    default: return nil
    }
  }

  /// The vocabulary that defines `keyword`; nil for core keywords, annotations and unknown keywords, which
  /// no `$vocabulary` can switch off.
  static func defining(_ keyword: String) -> Vocabularies? {
    switch keyword {
    case "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties",
      "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not":
      .applicator
    case "unevaluatedItems", "unevaluatedProperties": .unevaluated
    case "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
      "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
      "maxProperties", "minProperties", "required", "dependentRequired":
      .validation
    case "format": [.formatAnnotation, .formatAssertion]
    default: nil
    }
  }

  /// Whether `keyword` is checked under these vocabularies.
  func allows(_ keyword: String) -> Bool {
    guard let vocabulary = Self.defining(keyword) else { return true }
    return !isDisjoint(with: vocabulary)
  }
}

/// The official draft 2020-12 metaschema and its vocabulary metaschemas, parsed once, by `$id`.
enum Metaschema {
  /// `https://json-schema.org/draft/2020-12/schema`.
  static let uri = "https://json-schema.org/draft/2020-12/schema"

  /// Every embedded metaschema document by its `$id`.
  static let documents: [String: Node] = {
    var documents: [String: Node] = [:]
    for file in EmbeddedMetaschema.files where file.path.hasSuffix(".json") {
      // The embedded files are the official ones (a test checks that each parses); one that did not would
      // only make references to it unresolvable.
      guard let document = try? JSONParser.parse(file.text), let id = document["$id"]?.string else { continue }
      documents[id] = document
    }
    return documents
  }()
}

extension Metaschema {
  /// The official metaschema, compiled once (with `format` as an annotation, as it prescribes).
  static let compiled: JSONSchema? = documents[uri].flatMap { try? JSONSchema($0, uri: uri, assertFormats: false) }
}
