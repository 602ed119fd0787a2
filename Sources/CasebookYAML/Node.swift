/// A position in a source file. Both numbers are 1-based; the column counts characters, not bytes.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// 1-based line number.
  public var line: Int
  /// 1-based column number, in characters.
  public var column: Int

  /// Creates a location from 1-based line and column numbers.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The location of the first character of a file.
  public static let start = SourceLocation(line: 1, column: 1)

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// One node of a parsed YAML or JSON document, with the place where it starts.
///
/// Scalars are resolved with the YAML 1.2 core schema: only `true`/`false` are booleans, `null`/`~`/empty
/// are null, dates and words such as `yes`, `on` or `NO` stay strings.
public struct Node: Sendable {
  /// A key of a mapping together with the place it was written.
  public struct Entry: Sendable {
    /// The key text.
    public var key: String
    /// Where the key starts.
    public var keyLocation: SourceLocation
    /// The value of the key.
    public var value: Node

    /// Creates a mapping entry.
    public init(key: String, keyLocation: SourceLocation, value: Node) {
      self.key = key
      self.keyLocation = keyLocation
      self.value = value
    }
  }

  /// The resolved content of a node.
  public enum Value: Sendable {
    case null
    case bool(Bool)
    /// An integer that fits in 64 bits.
    case integer(Int)
    /// Any other number: a float, or an integer too large for 64 bits.
    case float(Double)
    case string(String)
    case sequence([Node])
    /// Entries in document order; keys are unique.
    case mapping([Entry])
  }

  /// The resolved content.
  public var value: Value
  /// Where the node starts in its source.
  public var location: SourceLocation

  /// Creates a node.
  public init(_ value: Value, at location: SourceLocation = .start) {
    self.value = value
    self.location = location
  }
}

extension Node {
  /// The value for `key` when this node is a mapping that has it.
  public subscript(key: String) -> Node? {
    guard case .mapping(let entries) = value else { return nil }
    for entry in entries where entry.key == key { return entry.value }
    return nil
  }

  /// The entries when this node is a mapping.
  public var entries: [Entry]? {
    if case .mapping(let entries) = value { return entries }
    return nil
  }

  /// The items when this node is a sequence.
  public var items: [Node]? {
    if case .sequence(let items) = value { return items }
    return nil
  }

  /// The text when this node is a string.
  public var string: String? {
    if case .string(let text) = value { return text }
    return nil
  }

  /// The number as a `Double` when this node is an integer or a float.
  public var number: Double? {
    switch value {
    case .integer(let int): Double(int)
    case .float(let double): double
    default: nil
    }
  }

  /// The integer when this node is an integer, or a float with no fractional part that fits in `Int`.
  public var integer: Int? {
    switch value {
    case .integer(let int): return int
    case .float(let double):
      guard double.rounded() == double, let int = Int(exactly: double) else { return nil }
      return int
    default: return nil
    }
  }

  /// The flag when this node is a boolean.
  public var bool: Bool? {
    if case .bool(let flag) = value { return flag }
    return nil
  }

  /// True when the node is null.
  public var isNull: Bool {
    if case .null = value { return true }
    return false
  }

  /// The JSON type name of this node: null, boolean, integer, number, string, array or object.
  public var typeName: String {
    switch value {
    case .null: "null"
    case .bool: "boolean"
    case .integer: "integer"
    case .float(let double): double.rounded() == double && double.isFinite ? "integer" : "number"
    case .string: "string"
    case .sequence: "array"
    case .mapping: "object"
    }
  }
}
