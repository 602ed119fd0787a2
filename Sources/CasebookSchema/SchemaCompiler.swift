import CasebookText
// Compiles schema documents into a `Program`: walks every subschema once, records `$id` resources,
// `$anchor`s and `$dynamicAnchor`s, then resolves `$ref`s and `$dynamicRef`s to table indices and rejects
// reference cycles that never move into the instance (they would evaluate forever). Registry documents and the
// built-in metaschemas are compiled only when a reference reaches them.
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
    /// A `$dynamicRef`, which becomes dynamic when its target has the matching `$dynamicAnchor`.
    var isDynamic = false
  }

  let assertFormats: Bool
  /// Compiling recurses along the schema document; deep documents are rejected before the stack runs out.
  private let stack = StackGuard(exceeded: nil)
  var schemas: [CompiledSchema] = []
  private var documents: [(uri: String, node: Node)] = []
  /// Documents by retrieval URI and by the `$id` of their root; compiled when first referred to.
  private var documentsByURI: [String: Int] = [:]
  private var compiledDocuments: Set<Int> = []
  private var compiledAt: [Location: Int] = [:]
  private var resources: [String: Location] = [:]
  private var anchors: [String: Location] = [:]
  /// Numbers of schema resources (by base URI) and of `$dynamicAnchor` names.
  private var resourceNumbers: [String: Int] = [:]
  private var dynamicAnchorNumbers: [String: Int] = [:]
  /// Per resource number: dynamic anchor number → the location of the subschema that declares it.
  private var dynamicAnchorLocations: [[Int: Location]] = []
  /// The `$dynamicAnchor` each compiled subschema declares, if any.
  private var declaredDynamicAnchor: [Int: String] = [:]
  var pendingReferences: [PendingReference] = []
  /// The deepest nesting of subschemas accepted; README.md documents the number.
  static let maximumDepth = 128

  init(assertFormats: Bool) {
    self.assertFormats = assertFormats
  }

  mutating func compile(root: Node, uri: String, registry: [String: Node]) throws(SchemaError) -> Program {
    addDocument(root, uri: splitFragment(uri).base)
    for key in registry.keys.sorted() { addDocument(registry[key]!, uri: splitFragment(key).base) }
    let rootIndex = try compileDocument(0)
    while let pending = pendingReferences.popLast() {
      let target = try resolve(pending)
      schemas[pending.schema].keywords[pending.keyword] = dynamicKeyword(pending, target: target)
    }
    try rejectInPlaceCycles()
    var dynamicAnchors: [[Int: Int]] = []
    if schemas.contains(where: { $0.keywords.contains { if case .dynamicRef = $0 { true } else { false } } }) {
      dynamicAnchors = dynamicAnchorLocations.map { $0.compactMapValues { compiledAt[$0] } }
    }
    return Program(schemas: schemas, root: rootIndex, dynamicAnchors: dynamicAnchors)
  }

  private mutating func addDocument(_ node: Node, uri: String) {
    let index = documents.count
    documents.append((uri, node))
    if documentsByURI[uri] == nil { documentsByURI[uri] = index }
    if let id = node["$id"]?.string {
      let resolved = splitFragment(resolveURI(id, against: uri)).base
      if documentsByURI[resolved] == nil { documentsByURI[resolved] = index }
    }
  }

  /// Compiles a document's root (once) and returns its index in the table.
  private mutating func compileDocument(_ document: Int) throws(SchemaError) -> Int {
    compiledDocuments.insert(document)
    let uri = documents[document].uri
    if resources[uri] == nil { resources[uri] = Location(document: document, pointer: "") }
    return try compileSchema(
      documents[document].node, document: document, pointer: "", base: uri, depth: 0,
      vocabularies: .standard)
  }

  /// Makes sure the document that a reference's base URI names is compiled: a registry document, or one of
  /// the built-in metaschemas.
  private mutating func loadDocument(for base: String) throws(SchemaError) {
    if documentsByURI[base] == nil, let metaschema = Metaschema.documents[base] {
      addDocument(metaschema, uri: base)
    }
    guard let document = documentsByURI[base], !compiledDocuments.contains(document) else { return }
    _ = try compileDocument(document)
  }

  /// The `$vocabulary` of the metaschema at `uri`, when that metaschema is known; the standard vocabularies
  /// for the official metaschema and for unknown ones. A vocabulary it requires but this validator does not
  /// know makes the schema unusable.
  func vocabularies(ofMetaschema uri: String, _ pointer: String, _ document: Int, _ node: Node)
    throws(SchemaError) -> Vocabularies
  {
    let base = splitFragment(uri).base
    guard base != Metaschema.uri,
      let metaschema = documentsByURI[base].map({ documents[$0].node }) ?? Metaschema.documents[base],
      let declared = metaschema["$vocabulary"]?.entries
    else { return .standard }
    var vocabularies: Vocabularies = .core
    for entry in declared {
      if let known = Vocabularies(uri: entry.key) {
        vocabularies.insert(known)
      } else if entry.value.bool == true {
        throw invalid(
          Message(SchemaDefinitionText.unknownVocabulary, .code(base), .code(entry.key)), pointer, document, node)
      }
    }
    return vocabularies
  }

  /// The pointer shown to users: plain in the root document, `<uri>#<pointer>` in registry documents.
  func displayPointer(_ pointer: String, document: Int) -> String {
    document == 0 ? pointer : documents[document].uri + "#" + pointer
  }

  /// Compiles the subschema at `pointer` of `document` (once) and returns its index in the table.
  mutating func compileSchema(
    _ node: Node, document: Int, pointer: String, base: String, depth: Int, vocabularies: Vocabularies
  ) throws(SchemaError) -> Int {
    let location = Location(document: document, pointer: pointer)
    if let index = compiledAt[location] { return index }
    let shownPointer = displayPointer(pointer, document: document)
    guard depth <= Self.maximumDepth, !stack.isExhausted() else {
      throw SchemaError.invalidSchema(
        message: Message(SchemaDefinitionText.nestedTooDeeply, .number(Self.maximumDepth)),
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
        message: Message(SchemaDefinitionText.notASchema, describeType(of: node)),
        pointer: shownPointer, location: node.location)
    }
    var base = base
    var vocabularies = vocabularies
    let isResourceRoot = pointer.isEmpty || node["$id"] != nil
    if let metaschema = node["$schema"], isResourceRoot {
      guard let text = metaschema.string else {
        throw invalid(Message(SchemaDefinitionText.schemaNotText), pointer + "/$schema", document, metaschema)
      }
      vocabularies = try self.vocabularies(ofMetaschema: resolveURI(text, against: base), pointer + "/$schema",
        document, metaschema)
    }
    if let id = node["$id"] {
      guard let text = id.string else {
        throw invalid(Message(SchemaDefinitionText.idNotText), pointer + "/$id", document, id)
      }
      let (resolved, fragment) = splitFragment(resolveURI(text, against: base))
      guard fragment.isEmpty else {
        throw invalid(Message(SchemaDefinitionText.idFragment, .code("#" + fragment)),
          pointer + "/$id", document, id)
      }
      try register(resolved, in: &resources, location, pointer + "/$id", document, id)
      base = resolved
    }
    for keyword in ["$anchor", "$dynamicAnchor"] {
      guard let anchor = node[keyword] else { continue }
      guard let name = anchor.string, isAnchorName(name) else {
        throw invalid(Message(SchemaDefinitionText.anchorName, .code(keyword)),
          pointer + "/" + keyword, document, anchor)
      }
      try register(base + "#" + name, in: &anchors, location, pointer + "/" + keyword, document, anchor)
      if keyword == "$dynamicAnchor" {
        declaredDynamicAnchor[index] = name
        let resource = resourceNumber(base)
        dynamicAnchorLocations[resource][dynamicAnchorNumber(name)] = location
      }
    }
    schemas[index].resource = resourceNumber(base)
    let context = KeywordContext(
      document: document, pointer: pointer, base: base, depth: depth, vocabularies: vocabularies)
    schemas[index].keywords = try compileKeywords(of: node, schema: index, context: context)
    schemas[index].title = annotation(node, "title")
    schemas[index].description = annotation(node, "description")
    return index
  }

  private mutating func resourceNumber(_ base: String) -> Int {
    if let number = resourceNumbers[base] { return number }
    resourceNumbers[base] = dynamicAnchorLocations.count
    dynamicAnchorLocations.append([:])
    return dynamicAnchorLocations.count - 1
  }

  private mutating func dynamicAnchorNumber(_ name: String) -> Int {
    if let number = dynamicAnchorNumbers[name] { return number }
    dynamicAnchorNumbers[name] = dynamicAnchorNumbers.count
    return dynamicAnchorNumbers.count - 1
  }

  /// `$ref`, or a `$dynamicRef` that stays dynamic: one whose fragment is a name that its first target
  /// declares as `$dynamicAnchor` (otherwise it is a plain `$ref`).
  private mutating func dynamicKeyword(_ pending: PendingReference, target: Int) -> Keyword {
    let fragment = splitFragment(pending.reference).fragment
    guard pending.isDynamic, !fragment.isEmpty, !fragment.hasPrefix("/"),
      declaredDynamicAnchor[target] == percentDecoded(fragment)
    else { return .ref(target) }
    return .dynamicRef(initial: target, anchor: dynamicAnchorNumber(declaredDynamicAnchor[target]!))
  }

  private func register(
    _ key: String, in table: inout [String: Location], _ location: Location, _ pointer: String, _ document: Int,
    _ node: Node
  ) throws(SchemaError) {
    if let existing = table[key], existing != location {
      // A registry document's key and its own `$id` may both name its root.
      guard existing.pointer.isEmpty, location.pointer.isEmpty, existing.document != location.document else {
        throw invalid(
          Message(
            SchemaDefinitionText.duplicateIdentifier, .code(key),
            .code(displayPointer(existing.pointer, document: existing.document))),
          pointer, document, node)
      }
      return
    }
    table[key] = location
  }

  /// A `title` or `description` in English with its Dutch text from `x-title-nl` or `x-description-nl`; an
  /// empty Dutch text when the schema gives none (see ``Texts/orEnglish``).
  private func annotation(_ node: Node, _ keyword: String) -> Texts? {
    guard let english = node[keyword]?.string else { return nil }
    return Texts(en: english, nl: node["x-\(keyword)-nl"]?.string ?? "")
  }

  func invalid(_ message: Message, _ pointer: String, _ document: Int, _ node: Node) -> SchemaError {
    .invalidSchema(message: message, pointer: displayPointer(pointer, document: document), location: node.location)
  }

  // MARK: - References

  private mutating func resolve(_ pending: PendingReference) throws(SchemaError) -> Int {
    let unresolvable = SchemaError.unresolvableReference(
      reference: pending.reference, pointer: pending.pointer, location: pending.location)
    let (base, rawFragment) = splitFragment(pending.reference)
    if resources[base] == nil { try loadDocument(for: base) }
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
        message: Message(SchemaDefinitionText.malformedPointer, .code(pending.reference)),
        pointer: pending.pointer, location: pending.location)
    }
    let pointer = resource.pointer + tokens.map { "/" + escapePointerToken($0) }.joined()
    let location = Location(document: resource.document, pointer: pointer)
    if let index = compiledAt[location] { return index }
    // A pointer to a place the walk did not compile (inside an unknown keyword, for instance).
    guard let node = node(at: pointer, in: documents[resource.document].node) else { throw unresolvable }
    return try compileSchema(
      node, document: resource.document, pointer: pointer, base: base, depth: 0, vocabularies: .standard)
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
              message: Message(SchemaDefinitionText.cycle),
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
      case .dynamicRef(let initial, let anchor):
        successors.append(initial)
        for table in dynamicAnchorLocations {
          if let location = table[anchor], let target = compiledAt[location] { successors.append(target) }
        }
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
  var vocabularies: Vocabularies
}

private func isAnchorName(_ name: String) -> Bool {
  guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || first == "_"
  else { return false }
  return name.unicodeScalars.allSatisfy {
    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
  }
}
