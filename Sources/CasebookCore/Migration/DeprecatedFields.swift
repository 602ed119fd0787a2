import CasebookText
import CasebookYAML

/// A field a schema marks `deprecated: true` (a JSON Schema 2020-12 meta-data annotation), with what replaces
/// it: the schema's `x-replaced-by` (a field path such as `/platforms`), else its `description`.
struct DeprecatedField: Sendable {
  var pattern: FieldPattern
  var replacement: String?
  var description: String?

  /// The deprecated fields a schema document declares, read through `properties`, `items`, `prefixItems`,
  /// local `$ref`s and the in-place applicators (`allOf`, `anyOf`, `oneOf`, `then`, `else`,
  /// `dependentSchemas`); a field deprecated in any branch counts.
  static func declared(in schema: Node) -> [DeprecatedField] {
    var found: [DeprecatedField] = []
    var seen: Set<String> = []
    var stack: [(node: Node, parts: [String])] = [(schema, [])]
    // Recursive schemas (a check made of checks) would unfold forever: the walk stops 16 fields deep and
    // after 5,000 subschemas, which covers any catalogue schema.
    var budget = 5_000
    while let (node, parts) = stack.popLast(), budget > 0 {
      budget -= 1
      guard node.entries != nil, parts.count <= 16 else { continue }
      let pointer = "/" + parts.map(SourceMap.escape).joined(separator: "/")
      if node["deprecated"]?.bool == true, !parts.isEmpty, let pattern = FieldPattern(pointer),
        !found.contains(where: { $0.pattern == pattern })
      {
        found.append(
          DeprecatedField(pattern: pattern, replacement: node["x-replaced-by"]?.string, description: node["description"]?.string))
      }
      for entry in node["properties"]?.entries ?? [] { stack.append((entry.value, parts + [entry.key])) }
      if let items = node["items"] { stack.append((items, parts + ["*"])) }
      for item in node["prefixItems"]?.items ?? [] { stack.append((item, parts + ["*"])) }
      for key in ["allOf", "anyOf", "oneOf"] {
        for branch in node[key]?.items ?? [] { stack.append((branch, parts)) }
      }
      for key in ["then", "else"] { if let branch = node[key] { stack.append((branch, parts)) } }
      for entry in node["dependentSchemas"]?.entries ?? [] { stack.append((entry.value, parts)) }
      if let reference = node["$ref"]?.string, reference.hasPrefix("#"),
        seen.insert(reference + " " + pointer).inserted, let target = resolve(reference, in: schema)
      {
        stack.append((target, parts))
      }
    }
    return found
  }

  /// The node a local reference (`#/$defs/date`) names.
  private static func resolve(_ reference: String, in schema: Node) -> Node? {
    var node = schema
    for token in reference.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
      let key = String(token).replacing("~1", with: "/").replacing("~0", with: "~")
      guard let next = node[key] else { return nil }
      node = next
    }
    return node
  }

  /// A warning for every use of a deprecated field in `document`, at its key.
  static func check(
    _ document: Node, fields: [DeprecatedField], add: (Message, SourceLocation, String) -> Void
  ) {
    for field in fields {
      for path in TreeMigration.matches(field.pattern, in: document) {
        var location = TreeMigration.node(at: path, in: document)?.location ?? .start
        if case .key(let key) = path.last, let parent = TreeMigration.node(at: Array(path.dropLast()), in: document),
          let entry = parent.entries?.first(where: { $0.key == key })
        {
          location = entry.keyLocation
        }
        let pointer = TreeMigration.pointer(path)
        let message =
          if let replacement = field.replacement {
            Message(MigrationText.deprecatedUse, .code(pointer), .code(replacement))
          } else if let description = field.description {
            Message(MigrationText.deprecatedDescribed, .code(pointer), .text(String(description.prefix(200))))
          } else {
            Message(MigrationText.deprecated, .code(pointer))
          }
        add(message, location, pointer)
      }
    }
  }
}

/// Which version of the schema a file was written for.
enum VersionStatus {
  case current
  /// An older version the catalogue still reads; `node` is the `schema_version` value (nil when unmarked).
  case older(Int, node: Node?)
  /// A version the catalogue does not read.
  case unknown(Int, node: Node)
}

extension SchemaVersions {
  func status(of document: Node) -> VersionStatus {
    guard let node = document[Self.field] else {
      return unmarked == current ? .current : .older(unmarked, node: nil)
    }
    guard let version = node.integer, node.number != nil else { return .current }
    if version == current { return .current }
    if older.contains(where: { $0.version == version }) { return .older(version, node: node) }
    return .unknown(version, node: node)
  }

  /// The message for a file written for `version`, which is not read.
  func unknownMessage(_ version: Int) -> Message {
    let written = MessageArgument.code("\(Self.field): \(version)")
    if version > current { return Message(MigrationText.versionNewer, written, .text(String(current))) }
    return Message(
      MigrationText.versionUnread, written, .all(readable.map { .text(String($0)) }), .text(String(current)))
  }

  /// The deprecation warning for a file written for `version`.
  func olderMessage(_ version: Int, marked: Bool, path: String) -> Message {
    Message(
      marked ? MigrationText.olderMarked : MigrationText.olderUnmarked, .text(String(version)),
      .text(String(current)), .code("casebook migrate \(path)"), .code(Self.field))
  }
}
