import CasebookText
// The internal form a schema is compiled to: a flat table of subschemas, each an array of keyword checks
// ordered cheapest first. References are table indices, so recursive schemas are plain cycles in the table.
import CasebookYAML

/// All compiled subschemas of one schema and its registry documents; immutable, shared across threads.
final class Program: Sendable {
  let schemas: [CompiledSchema]
  let root: Int
  /// For each schema resource (``CompiledSchema/resource``), its `$dynamicAnchor`s: anchor number → schema.
  let dynamicAnchors: [[Int: Int]]
  /// True when some `$dynamicRef` resolves dynamically, so evaluation must track the resources it entered.
  var tracksDynamicScope: Bool { !dynamicAnchors.isEmpty }

  init(schemas: [CompiledSchema], root: Int, dynamicAnchors: [[Int: Int]]) {
    self.schemas = schemas
    self.root = root
    self.dynamicAnchors = dynamicAnchors
  }
}

struct CompiledSchema: Sendable {
  var keywords: [Keyword] = []
  /// The boolean schema `false`.
  var alwaysFalse = false
  /// Where this subschema is, as shown to users (a JSON pointer, prefixed by the document URI outside the root).
  var pointer: String
  /// Where this subschema starts in its document.
  var location = SourceLocation.start
  /// The `title`, with its Dutch text from `x-title-nl` (empty when the schema gives none).
  var title: Texts?
  /// The `description`, with its Dutch text from `x-description-nl` (empty when the schema gives none).
  var description: Texts?
  /// The schema resource (the nearest `$id`, or the document) this subschema belongs to, numbered.
  var resource = 0

  /// The pointer of one of this subschema's keywords.
  func pointer(of keyword: String) -> String {
    pointer + "/" + escapePointerToken(keyword)
  }
}

/// The JSON types a `type` keyword allows.
struct TypeSet: OptionSet, Sendable {
  let rawValue: UInt8
  static let null = TypeSet(rawValue: 1)
  static let boolean = TypeSet(rawValue: 2)
  static let integer = TypeSet(rawValue: 4)
  static let number = TypeSet(rawValue: 8)
  static let string = TypeSet(rawValue: 16)
  static let array = TypeSet(rawValue: 32)
  static let object = TypeSet(rawValue: 64)

  static let names: [(String, TypeSet)] = [
    ("null", .null), ("boolean", .boolean), ("integer", .integer), ("number", .number), ("string", .string),
    ("array", .array), ("object", .object),
  ]

  @inline(__always)
  func allows(_ node: Node) -> Bool {
    switch node.value {
    case .null: contains(.null)
    case .bool: contains(.boolean)
    case .integer: !isDisjoint(with: [.integer, .number])
    case .float(let double):
      contains(.number) || (contains(.integer) && double.isFinite && double.rounded(.towardZero) == double)
    case .string: contains(.string)
    case .sequence: contains(.array)
    case .mapping: contains(.object)
    }
  }
}

/// A field name written in a schema (`properties`, `required`...), ready for fast comparison with keys.
struct SchemaName: Sendable {
  let text: String
  private let byteCount: Int
  private let isASCII: Bool

  init(_ text: String) {
    self.text = text
    byteCount = text.utf8.count
    isASCII = text.utf8.allSatisfy { $0 < 0x80 }
  }

  /// Whether `key` has the same code points. For an ASCII name, String's fast `==` is exact once the byte
  /// counts agree: text canonically equivalent to ASCII but spelled differently is longer in UTF-8.
  @inline(__always)
  func matches(_ key: String) -> Bool {
    guard key.utf8.count == byteCount else { return false }
    return isASCII ? key == text : sameText(key, text)
  }
}

/// `properties`, `patternProperties` and `additionalProperties` of one subschema, applied in one pass.
final class ObjectApplicator: Sendable {
  let names: [SchemaName]
  let schemas: [Int]
  /// For large `properties`, positions by name (String hashing; a hit is confirmed with `matches`).
  let lookup: [String: Int]?
  let patterns: [(regex: Regex, schema: Int)]
  let additional: Int?

  init(names: [SchemaName], schemas: [Int], patterns: [(regex: Regex, schema: Int)], additional: Int?) {
    self.names = names
    self.schemas = schemas
    self.patterns = patterns
    self.additional = additional
    var lookup: [String: Int]? = nil
    if names.count > 8 {
      var table: [String: Int] = [:]
      for (index, name) in names.enumerated() { table[name.text] = index }
      // Names that are canonically equivalent share a String hash key; such schemas use the linear scan.
      lookup = table.count == names.count ? table : nil
    }
    self.lookup = lookup
  }

  @inline(__always)
  func schema(for key: String) -> Int? {
    if let lookup {
      guard let index = lookup[key], names[index].matches(key) else { return nil }
      return schemas[index]
    }
    for index in names.indices where names[index].matches(key) { return schemas[index] }
    return nil
  }

  /// Whether `key` is named in `properties` or matches a `patternProperties` pattern.
  func isDeclared(_ key: String) -> Bool {
    if schema(for: key) != nil { return true }
    return patterns.contains { $0.regex.matches(key) }
  }
}

/// The values of an `enum`, with a hash table for long lists of strings.
final class Enumeration: Sendable {
  let values: [Node]
  /// Positions of the string values by text (String hashing; a hit is confirmed by code points).
  private let strings: [String: Int]?

  init(_ values: [Node]) {
    self.values = values
    var strings: [String: Int]? = nil
    if values.count > 6 {
      var table: [String: Int] = [:]
      var stringCount = 0
      for (index, value) in values.enumerated() {
        guard let text = value.string else { continue }
        stringCount += 1
        table[text] = table[text] ?? index
      }
      strings = table.count == stringCount ? table : nil
    }
    self.strings = strings
  }

  func contains(_ node: Node) -> Bool {
    if let strings, case .string(let text) = node.value {
      guard let index = strings[text], let candidate = values[index].string else { return false }
      return sameText(candidate, text)
    }
    return values.contains { jsonEqual($0, node) }
  }
}

/// A `multipleOf` divisor with its decimal scale, so that 0.0075 is a multiple of 0.0001.
struct Divisor: Sendable {
  var value: JSONNumber
  /// 10^k such that value × 10^k is an integer, when k is small enough to be exact.
  var scale: Double?

  init(_ value: JSONNumber) {
    self.value = value
    switch value {
    case .integer: scale = 1
    case .double(let double): scale = Self.decimalScale(of: double)
    }
  }

  /// The power of ten that makes the shortest decimal form of `double` an integer.
  private static func decimalScale(of double: Double) -> Double? {
    let text = "\(double)"
    var decimals = 0
    var mantissa = Substring(text)
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      guard let exponent = Int(text[text.index(after: e)...]) else { return nil }
      decimals -= exponent
      mantissa = text[..<e]
    }
    if let dot = mantissa.firstIndex(of: ".") {
      let fraction = mantissa[mantissa.index(after: dot)...]
      decimals += fraction == "0" ? 0 : fraction.count
    }
    guard decimals >= 0, decimals <= 22 else { return decimals < 0 ? 1 : nil }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return scale
  }

  func divides(_ number: JSONNumber) -> Bool {
    switch (number, value) {
    case (.integer(let dividend), .integer(let divisor)):
      return divisor == -1 || dividend % divisor == 0
    default:
      let dividend = number.double
      let divisor = value.double
      if let scale {
        let scaledDividend = dividend * scale
        let scaledDivisor = (divisor * scale).rounded()
        guard scaledDividend.isFinite else { return false }
        let rounded = scaledDividend.rounded()
        // The dividend was written in decimal; allow for the binary rounding of its last digit.
        guard abs(scaledDividend - rounded) <= max(1, abs(scaledDividend)) * 1e-12 else { return false }
        return rounded.truncatingRemainder(dividingBy: scaledDivisor) == 0
      }
      let quotient = dividend / divisor
      guard quotient.isFinite else { return false }
      return abs(quotient - quotient.rounded()) <= max(1, abs(quotient)) * 1e-12
    }
  }
}

/// One compiled keyword (or a group of keywords that are checked together).
enum Keyword: Sendable {
  case type(TypeSet)
  case constant(Node)
  case enumeration(Enumeration)
  case minimum(JSONNumber)
  case exclusiveMinimum(JSONNumber)
  case maximum(JSONNumber)
  case exclusiveMaximum(JSONNumber)
  case multipleOf(Divisor)
  case minLength(Int)
  case maxLength(Int)
  case pattern(Regex)
  case format(Format)
  case minItems(Int)
  case maxItems(Int)
  case uniqueItems
  /// `prefixItems` schemas, then the `items` schema for the rest.
  case items(prefix: [Int], rest: Int?)
  case contains(Int, min: Int, max: Int?)
  case minProperties(Int)
  case maxProperties(Int)
  case required([SchemaName])
  case dependentRequired([(name: SchemaName, required: [SchemaName])])
  case properties(ObjectApplicator)
  case propertyNames(Int)
  case dependentSchemas([(name: SchemaName, schema: Int)])
  case allOf([Int])
  case anyOf([Int])
  case oneOf([Int])
  case not(Int)
  case conditional(if: Int, then: Int?, else: Int?)
  case ref(Int)
  /// A `$dynamicRef` whose first target has the matching `$dynamicAnchor` (numbered `anchor`): at run time the
  /// outermost resource in the dynamic scope with that anchor wins, else `initial`.
  case dynamicRef(initial: Int, anchor: Int)
  case unevaluatedProperties(Int)
  case unevaluatedItems(Int)

  /// Cheap checks first, in-place applicators after, unevaluated* last (they need the others' results).
  var cost: Int {
    switch self {
    case .type, .minimum, .exclusiveMinimum, .maximum, .exclusiveMaximum, .minItems, .maxItems,
      .minProperties, .maxProperties, .minLength, .maxLength, .multipleOf:
      0
    case .constant, .enumeration, .required, .dependentRequired, .format: 1
    case .pattern, .uniqueItems: 2
    case .items, .contains, .properties, .propertyNames, .dependentSchemas: 3
    case .ref, .dynamicRef, .allOf, .anyOf, .oneOf, .not, .conditional: 4
    case .unevaluatedProperties, .unevaluatedItems: 5
    }
  }
}

extension Texts {
  /// A schema's text where it must be shown in both languages: the English text stands in for a missing Dutch
  /// one (the schema is the stewards' text, like a case's title).
  var orEnglish: Texts { nl.isEmpty ? Texts(en: en, nl: en) : self }
}
