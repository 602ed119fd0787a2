import CasebookText
import CasebookYAML

/// One step of a concrete path in a document.
enum PathStep: Hashable {
  case key(String)
  case index(Int)
}

/// Why a file cannot be brought to the current version: what is in the way, and where.
public struct MigrationConflict: Error, Sendable, Hashable {
  /// What is wrong and what to do.
  public var message: Message
  /// Where, in the file as it is.
  public var location: SourceLocation
  /// The JSON pointer of the place, in the file as it is.
  public var pointer: String
}

/// Migration steps applied to a parsed document: how validation reads a file written for an older version
/// (nodes keep their locations, so findings point into the file as it is), and the reference the in-place text
/// edits of `casebook migrate` are checked against.
enum TreeMigration {
  /// `document` brought from `version` to the current one: every step for its kind, then the version field.
  static func migrate(
    _ document: Node, kind: CatalogueFileKind, from version: Int, versions: SchemaVersions
  ) throws(MigrationConflict) -> Node {
    var result = document
    for step in versions.steps(from: version, kind: kind) { try apply(step, to: &result) }
    setVersion(&result, versions.current)
    return result
  }

  static func pointer(_ path: [PathStep]) -> String {
    path.map { step in
      switch step {
      case .key(let key): "/" + SourceMap.escape(key)
      case .index(let index): "/\(index)"
      }
    }.joined()
  }

  /// Every concrete path in `root` that `pattern` names, in document order.
  static func matches(_ pattern: FieldPattern, in root: Node) -> [[PathStep]] {
    var found: [([PathStep], Node)] = [([], root)]
    for part in pattern.parts {
      var next: [([PathStep], Node)] = []
      for (path, node) in found {
        if part == "*", let items = node.items {
          for (index, item) in items.enumerated() { next.append((path + [.index(index)], item)) }
        } else if let value = node[part] {
          next.append((path + [.key(part)], value))
        }
      }
      found = next
    }
    return found.map(\.0)
  }

  static func node(at path: [PathStep], in root: Node) -> Node? {
    var node = root
    for step in path {
      switch step {
      case .key(let key): guard let value = node[key] else { return nil }; node = value
      case .index(let index): guard let items = node.items, index < items.count else { return nil }; node = items[index]
      }
    }
    return node
  }

  /// Runs `body` on the node at `path` (which must exist).
  static func update(_ node: inout Node, at path: ArraySlice<PathStep>, _ body: (inout Node) throws -> Void) rethrows {
    guard let first = path.first else { return try body(&node) }
    switch (first, node.value) {
    case (.key(let key), .mapping(var entries)):
      guard let position = entries.firstIndex(where: { $0.key == key }) else { return }
      try update(&entries[position].value, at: path.dropFirst(), body)
      node.value = .mapping(entries)
    case (.index(let index), .sequence(var items)) where index < items.count:
      try update(&items[index], at: path.dropFirst(), body)
      node.value = .sequence(items)
    default:
      return
    }
  }

  /// The text a scalar is compared by in `values` and `split`: strings as they are, numbers and booleans as
  /// YAML writes them; nil for null and collections.
  static func scalarText(_ node: Node) -> String? {
    switch node.value {
    case .string(let text): text
    case .integer(let number): String(number)
    case .float(let number): String(number)
    case .bool(let flag): flag ? "true" : "false"
    default: nil
    }
  }

  static func apply(_ step: MigrationStep, to root: inout Node) throws(MigrationConflict) {
    do {
      try applyUntyped(step, to: &root)
    } catch let conflict as MigrationConflict {
      throw conflict
    } catch {
      throw MigrationConflict(message: Message(MigrationText.failed, .text("\(error)")), location: .start, pointer: "")
    }
  }

  private static func applyUntyped(_ step: MigrationStep, to root: inout Node) throws {
    switch step {
    case .rename(let from, let to):
      for path in matches(from, in: root) {
        let parent = Array(path.dropLast())
        guard case .key(let old) = path.last else { continue }
        try update(&root, at: parent[...]) { mapping in
          guard var entries = mapping.entries, let position = entries.firstIndex(where: { $0.key == old }) else { return }
          if let other = entries.first(where: { $0.key == to }) {
            throw MigrationConflict(
              message: Message(MigrationText.renameBoth, .code(old), .code(to)),
              location: other.keyLocation, pointer: pointer(parent + [.key(to)]))
          }
          entries[position].key = to
          mapping.value = .mapping(entries)
        }
      }
    case .move(let from, let to):
      for path in matches(from, in: root).reversed() { try move(path, to: target(of: path, from: from, to: to), in: &root) }
    case .values(let at, let map):
      for path in matches(at, in: root) {
        update(&root, at: path[...]) { node in
          func mapped(_ node: Node) -> Node {
            guard let text = scalarText(node), let new = map[text] else { return node }
            return Node(new.value, at: node.location)
          }
          if let items = node.items { node.value = .sequence(items.map(mapped)) } else { node = mapped(node) }
        }
      }
    case .split(let at, let value, let into):
      for path in matches(at, in: root) {
        update(&root, at: path[...]) { node in
          if let items = node.items {
            node.value = .sequence(splitItems(items, value: value, into: into))
          } else if scalarText(node) == value {
            node.value = .sequence(into.map { Node(.string($0), at: node.location) })
          }
        }
      }
    }
  }

  /// The items with each `value` replaced by those of `into` that the list does not hold yet.
  static func splitItems(_ items: [Node], value: String, into: [String]) -> [Node] {
    var present = Set(items.compactMap(scalarText))
    var result: [Node] = []
    for item in items {
      guard scalarText(item) == value else {
        result.append(item)
        continue
      }
      for text in into where text == value || !present.contains(text) {
        present.insert(text)
        result.append(Node(.string(text), at: item.location))
      }
    }
    return result
  }

  /// The concrete target of a move: `to` with the list positions of `path`.
  static func target(of path: [PathStep], from: FieldPattern, to: FieldPattern) -> [PathStep] {
    let shared = from.parts.lastIndex(of: "*").map { $0 + 1 } ?? 0
    return Array(path.prefix(shared)) + to.parts.dropFirst(shared).map { .key($0) }
  }

  /// How many trailing levels of `path` a move takes away: the entry itself, then each mapping (the value of
  /// a key, never the root or a list item) that held nothing else.
  static func emptiedLevels(_ path: [PathStep], in root: Node) -> Int {
    var levels = 1
    while true {
      let holderPath = Array(path.prefix(path.count - levels))
      guard case .key = holderPath.last, let holder = node(at: holderPath, in: root), holder.entries?.count == 1
      else { break }
      levels += 1
    }
    return levels
  }

  private static func move(_ path: [PathStep], to target: [PathStep], in root: inout Node) throws {
    guard case .key(let name) = path.last, let moved = node(at: path, in: root) else { return }
    let parent = Array(path.dropLast())
    let keyLocation = node(at: parent, in: root)?.entries?.first { $0.key == name }?.keyLocation ?? moved.location
    if node(at: target, in: root) != nil {
      throw MigrationConflict(
        message: Message(MigrationText.moveTargetExists, .code(pointer(target)), .code(pointer(path))),
        location: keyLocation, pointer: pointer(path))
    }
    let levels = emptiedLevels(path, in: root)
    let removed = Array(path.prefix(path.count - levels))
    guard case .key(let removedKey) = path[path.count - levels] else { return }
    update(&root, at: removed[...]) { mapping in
      if let entries = mapping.entries { mapping.value = .mapping(entries.filter { $0.key != removedKey }) }
    }
    // Walk to the target, making missing mappings at the end of the deepest one that exists.
    var current: [PathStep] = []
    for step in target.dropLast() {
      if node(at: current + [step], in: root) == nil {
        guard case .key(let key) = step else { return }
        update(&root, at: current[...]) { mapping in
          if var entries = mapping.entries {
            entries.append(Node.Entry(key: key, keyLocation: keyLocation, value: Node(.mapping([]), at: keyLocation)))
            mapping.value = .mapping(entries)
          }
        }
      }
      current.append(step)
      guard node(at: current, in: root)?.entries != nil else {
        throw MigrationConflict(
          message: Message(MigrationText.moveIntoNonMapping, .code(pointer(current)), .code(pointer(path))),
          location: keyLocation, pointer: pointer(path))
      }
    }
    guard case .key(let newName) = target.last else { return }
    update(&root, at: current[...]) { mapping in
      if var entries = mapping.entries {
        entries.append(Node.Entry(key: newName, keyLocation: keyLocation, value: moved))
        mapping.value = .mapping(entries)
      }
    }
  }

  /// Sets `schema_version` to `version`, adding it as the first field when the file has none.
  static func setVersion(_ root: inout Node, _ version: Int) {
    guard var entries = root.entries else { return }
    if let position = entries.firstIndex(where: { $0.key == SchemaVersions.field }) {
      entries[position].value = Node(.integer(version), at: entries[position].value.location)
    } else {
      entries.insert(
        Node.Entry(key: SchemaVersions.field, keyLocation: .start, value: Node(.integer(version), at: .start)), at: 0)
    }
    root.value = .mapping(entries)
  }
}
