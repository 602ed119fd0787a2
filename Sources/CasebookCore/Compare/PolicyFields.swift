import CasebookYAML

/// The fields a policy can have, read from `schema/policy.schema.json`: every dotted path through `properties`
/// (following local `$ref`s), with its type and allowed values, so a model's checks can be checked against it.
public struct PolicyFields: Sendable {
  /// What the schema says about one field.
  public struct Field: Sendable, Hashable {
    /// JSON types the field may have (`boolean`, `string`, `array`...); empty when the schema does not say.
    public var types: Set<String>
    /// Allowed values of the field (from `enum`), when listed.
    public var allowed: [String]?
    /// For a list: JSON types of its items.
    public var itemTypes: Set<String>
    /// For a list: allowed values of its items, when listed.
    public var itemAllowed: [String]?

    /// True when the field may be a list.
    public var isList: Bool { types.contains("array") }
    /// True when the field may be a number.
    public var isNumber: Bool { types.contains("number") || types.contains("integer") }
  }

  /// The fields by dotted path.
  public let fields: [String: Field]

  /// Reads the fields of a policy schema document.
  public init(schema: Node) {
    var fields: [String: Field] = [:]
    var stack: [(Node, String, Int)] = [(schema, "", 0)]
    while let (node, prefix, depth) = stack.popLast() {
      guard depth < 16, let properties = Self.resolve(node, in: schema)["properties"]?.entries else { continue }
      for entry in properties {
        let path = prefix.isEmpty ? entry.key : prefix + "." + entry.key
        let resolved = Self.resolve(entry.value, in: schema)
        let items = resolved["items"].map { Self.resolve($0, in: schema) }
        fields[path] = Field(
          types: Self.types(resolved), allowed: Self.allowed(resolved),
          itemTypes: items.map(Self.types) ?? [], itemAllowed: items.flatMap(Self.allowed))
        stack.append((resolved, path, depth + 1))
      }
    }
    self.fields = fields
  }

  /// The field at `path`, if the schema has it.
  public func field(_ path: String) -> Field? { fields[path] }

  /// Follows `$ref: "#/$defs/name"` chains (a few steps at most).
  static func resolve(_ node: Node, in root: Node) -> Node {
    var current = node
    for _ in 0..<8 {
      guard let reference = current["$ref"]?.string, reference.hasPrefix("#/") else { return current }
      var target: Node? = root
      for part in reference.dropFirst(2).split(separator: "/") {
        let key = String(part).replacing("~1", with: "/").replacing("~0", with: "~")
        target = target?[key]
      }
      guard let target else { return current }
      current = target
    }
    return current
  }

  private static func types(_ node: Node) -> Set<String> {
    if let name = node["type"]?.string { return [name] }
    return Set(node["type"]?.strings ?? [])
  }

  private static func allowed(_ node: Node) -> [String]? {
    node["enum"]?.items?.map { item in
      switch item.value {
      case .bool(let flag): flag ? "true" : "false"
      case .string(let text): text
      default: item.number.map(ScoreFormat.number) ?? ""
      }
    }
  }
}
