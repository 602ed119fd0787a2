// Compiles schema documents into a `Program`: walks every subschema once, records `$id` resources and
// `$anchor`s, then resolves `$ref`s to table indices and rejects reference cycles that never move into the
// instance (they would evaluate forever).
import CasebookYAML

struct SchemaCompiler {
  struct Location: Hashable {
    var document: Int
    var pointer: String
  }

  struct PendingReference {
    var schema: Int
    var keyword: Int
    var reference: String
    var pointer: String
    var location: SourceLocation
  }

  let assertFormats: Bool
  /// Compiling recurses along the schema document; deep documents are rejected before the stack runs out.
  private let stack = StackGuard(exceeded: nil)
  var schemas: [CompiledSchema] = []
  private var documents: [(uri: String, node: Node)] = []
  private var compiledAt: [Location: Int] = [:]
  private var resources: [String: Location] = [:]
  private var anchors: [String: Location] = [:]
  var pendingReferences: [PendingReference] = []
  static let maximumDepth = 128

  init(assertFormats: Bool) {
    self.assertFormats = assertFormats
  }

  mutating func compile(root: Node, uri: String, registry: [String: Node]) throws(SchemaError) -> Program {
    documents.append((splitFragment(uri).base, root))
    for key in registry.keys.sorted() {
      documents.append((splitFragment(key).base, registry[key]!))
    }
    for (index, document) in documents.enumerated() where resources[document.uri] == nil {
      resources[document.uri] = Location(document: index, pointer: "")
    }
    let rootIndex = try compileSchema(root, document: 0, pointer: "", base: documents[0].uri, depth: 0)
    for index in documents.indices.dropFirst() {
      _ = try compileSchema(documents[index].node, document: index, pointer: "", base: documents[index].uri, depth: 0)
    }
    while let pending = pendingReferences.popLast() {
      let target = try resolve(pending)
      schemas[pending.schema].keywords[pending.keyword] = .ref(target)
    }
    try rejectInPlaceCycles()
    return Program(schemas: schemas, root: rootIndex)
  }

  /// The pointer shown to users: plain in the root document, `<uri>#<pointer>` in registry documents.
  func displayPointer(_ pointer: String, document: Int) -> String {
    document == 0 ? pointer : documents[document].uri + "#" + pointer
  }

  /// Compiles the subschema at `pointer` of `document` (once) and returns its index in the table.
  mutating func compileSchema(
    _ node: Node, document: Int, pointer: String, base: String, depth: Int
  ) throws(SchemaError) -> Int {
    let location = Location(document: document, pointer: pointer)
    if let index = compiledAt[location] { return index }
    let shownPointer = displayPointer(pointer, document: document)
    guard depth <= Self.maximumDepth, !stack.isExhausted() else {
      throw SchemaError.invalidSchema(
        message: "subschemas are nested too deeply (at most \(Self.maximumDepth) levels); simplify the schema",
        pointer: shownPointer, location: node.location)
    }
    let index = schemas.count
    schemas.append(CompiledSchema(pointer: shownPointer, location: node.location))
    compiledAt[location] = index
    switch node.value {
    case .bool(let flag):
      schemas[index].alwaysFalse = !flag
      return index
    case .mapping:
      break
    default:
      throw SchemaError.invalidSchema(
        message: "a schema must be an object or true/false, found \(describeType(of: node))",
        pointer: shownPointer, location: node.location)
    }
    var base = base
    if let id = node["$id"] {
      guard let text = id.string else {
        throw invalid("`$id` must be text (a URI)", pointer + "/$id", document, id)
      }
      let (resolved, fragment) = splitFragment(resolveURI(text, against: base))
      guard fragment.isEmpty else {
        throw invalid("`$id` must not have a fragment (`#\(fragment)`); use `$anchor` to name a subschema",
          pointer + "/$id", document, id)
      }
      try register(resolved, in: &resources, location, pointer + "/$id", document, id)
      base = resolved
    }
    for keyword in ["$anchor", "$dynamicAnchor"] {
      guard let anchor = node[keyword] else { continue }
      guard let name = anchor.string, isAnchorName(name) else {
        throw invalid("`\(keyword)` must be a name of letters, digits, `-`, `_` and `.`, starting with a letter",
          pointer + "/" + keyword, document, anchor)
      }
      try register(base + "#" + name, in: &anchors, location, pointer + "/" + keyword, document, anchor)
    }
    let context = KeywordContext(document: document, pointer: pointer, base: base, depth: depth)
    schemas[index].keywords = try compileKeywords(of: node, schema: index, context: context)
    schemas[index].title = node["title"]?.string
    schemas[index].description = node["description"]?.string
    return index
  }

  private func register(
    _ key: String, in table: inout [String: Location], _ location: Location, _ pointer: String, _ document: Int,
    _ node: Node
  ) throws(SchemaError) {
    if let existing = table[key], existing != location {
      // A registry document's key and its own `$id` may both name its root.
      guard existing.pointer.isEmpty, location.pointer.isEmpty, existing.document != location.document else {
        throw invalid("`\(key)` already identifies the schema at "
          + "`\(displayPointer(existing.pointer, document: existing.document))`; identifiers must be unique",
          pointer, document, node)
      }
      return
    }
    table[key] = location
  }

  func invalid(_ message: String, _ pointer: String, _ document: Int, _ node: Node) -> SchemaError {
    .invalidSchema(message: message, pointer: displayPointer(pointer, document: document), location: node.location)
  }

  // MARK: - References

  private mutating func resolve(_ pending: PendingReference) throws(SchemaError) -> Int {
    let unresolvable = SchemaError.unresolvableReference(
      reference: pending.reference, pointer: pending.pointer, location: pending.location)
    let (base, rawFragment) = splitFragment(pending.reference)
    guard let resource = resources[base], let fragment = percentDecoded(rawFragment) else { throw unresolvable }
    if fragment.isEmpty {
      guard let index = compiledAt[resource] else { throw unresolvable }
      return index
    }
    if !fragment.hasPrefix("/") {
      guard let anchor = anchors[base + "#" + fragment], let index = compiledAt[anchor] else { throw unresolvable }
      return index
    }
    guard let tokens = pointerTokens(fragment) else {
      throw SchemaError.invalidSchema(
        message: "`\(pending.reference)` has a malformed JSON pointer (`~` must be followed by 0 or 1)",
        pointer: pending.pointer, location: pending.location)
    }
    let pointer = resource.pointer + tokens.map { "/" + escapePointerToken($0) }.joined()
    let location = Location(document: resource.document, pointer: pointer)
    if let index = compiledAt[location] { return index }
    // A pointer to a place the walk did not compile (inside an unknown keyword, for instance).
    guard let node = node(at: pointer, in: documents[resource.document].node) else { throw unresolvable }
    return try compileSchema(node, document: resource.document, pointer: pointer, base: base, depth: 0)
  }

  private func node(at pointer: String, in root: Node) -> Node? {
    guard let tokens = pointerTokens(pointer) else { return nil }
    var current = root
    for token in tokens {
      switch current.value {
      case .mapping(let entries):
        guard let entry = entries.first(where: { sameText($0.key, token) }) else { return nil }
        current = entry.value
      case .sequence(let items):
        guard let index = Int(token), index >= 0, index < items.count, String(index) == token else { return nil }
        current = items[index]
      default:
        return nil
      }
    }
    return current
  }

  /// Rejects cycles of subschemas applied to the same instance location (`$ref`, `allOf`, `not`...).
  private func rejectInPlaceCycles() throws(SchemaError) {
    // 0 = unvisited, 1 = on the current path, 2 = done.
    var state = [UInt8](repeating: 0, count: schemas.count)
    for start in schemas.indices where state[start] == 0 {
      var stack: [(schema: Int, next: Int)] = [(start, 0)]
      state[start] = 1
      while let top = stack.last {
        let successors = inPlaceSuccessors(of: top.schema)
        if top.next < successors.count {
          stack[stack.count - 1].next += 1
          let successor = successors[top.next]
          if state[successor] == 1 {
            let schema = schemas[successor]
            throw SchemaError.invalidSchema(
              message: "this schema refers back to itself (through `$ref` or applicators such as `allOf`) "
                + "without going into a field or item, so checking it would never end; break the cycle",
              pointer: schema.pointer, location: schema.location)
          }
          if state[successor] == 0 {
            state[successor] = 1
            stack.append((successor, 0))
          }
        } else {
          state[top.schema] = 2
          stack.removeLast()
        }
      }
    }
  }

  private func inPlaceSuccessors(of schema: Int) -> [Int] {
    var successors: [Int] = []
    for keyword in schemas[schema].keywords {
      switch keyword {
      case .ref(let target), .not(let target): successors.append(target)
      case .allOf(let list), .anyOf(let list), .oneOf(let list): successors += list
      case .conditional(let condition, let then, let otherwise):
        successors.append(condition)
        if let then { successors.append(then) }
        if let otherwise { successors.append(otherwise) }
      case .dependentSchemas(let list): successors += list.map(\.schema)
      default: break
      }
    }
    return successors
  }
}

struct KeywordContext {
  var document: Int
  var pointer: String
  var base: String
  var depth: Int
}

private func isAnchorName(_ name: String) -> Bool {
  guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || first == "_"
  else { return false }
  return name.unicodeScalars.allSatisfy {
    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
  }
}
