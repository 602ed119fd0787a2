import CasebookText
internal import CYAML

/// Builds a ``Node`` tree from libyaml events with an explicit stack, so input depth never becomes call depth,
/// while enforcing the limits, key rules and core-schema resolution.
struct TreeBuilder {
  /// A sequence or mapping whose end event has not arrived yet.
  private struct Frame {
    let isMapping: Bool
    let location: SourceLocation
    let anchor: String?
    var items: [Node] = []
    var entries: [Node.Entry] = []
    /// The key waiting for its value; nil when a mapping expects a key next.
    var pendingKey: String?
    var pendingKeyLocation = SourceLocation.start
    /// Key locations by key, built once a mapping grows large enough for linear search to hurt.
    var keyIndex: [String: SourceLocation]?
    /// Nodes in this subtree so far, itself included.
    var nodeCount = 1
    /// Levels of nesting in this subtree so far, itself included.
    var height = 1

    var expectsKey: Bool { isMapping && pendingKey == nil }

    func firstLocation(of key: String) -> SourceLocation? {
      if let keyIndex { return keyIndex[key] }
      for entry in entries where entry.key == key { return entry.keyLocation }
      return nil
    }

    mutating func appendEntry(_ value: Node) {
      let entry = Node.Entry(key: pendingKey ?? "", keyLocation: pendingKeyLocation, value: value)
      entries.append(entry)
      pendingKey = nil
      if keyIndex != nil {
        keyIndex?[entry.key] = entry.keyLocation
      } else if entries.count >= 16 {
        keyIndex = Dictionary(entries.lazy.map { ($0.key, $0.keyLocation) }, uniquingKeysWith: { first, _ in first })
      }
    }
  }

  /// An anchored node with what an alias to it adds to the counts.
  private struct Anchored {
    var node: Node
    var nodeCount: Int
    var height: Int
  }

  private let limits: YAMLLimits
  private let maxDepth: Int
  private var stack: [Frame] = []
  private var anchors: [String: Anchored] = [:]
  private var nodeCount = 0
  private var aliasCount = 0
  private var root: Node?
  /// True when the root is the empty scalar libyaml reports for a document with no content, as in `---` alone.
  private var rootIsMissing = false
  /// The bytes being parsed, and a position in them (character index → byte offset) that moves forward with
  /// the events, to look at anchors and aliases where libyaml found them.
  private var input = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  private var cursor = (character: 0, byte: 0)

  /// True when the innermost open collection is a mapping waiting for a key (read in place, not copied).
  private var expectsKey: Bool {
    guard let top = stack.indices.last else { return false }
    return stack[top].expectsKey
  }

  init(limits: YAMLLimits) {
    self.limits = limits
    maxDepth = min(limits.maxDepth, YAMLLimits.depthCeiling)
  }

  /// Reads the whole event stream of `parser` and returns the single document's root node.
  mutating func build(from parser: LibYAMLParser) throws(YAMLError) -> Node {
    input = parser.input
    let event = LibYAMLEvent()
    var documentCount = 0
    var explicitEndSeen = false
    while true {
      do {
        try parser.next(into: event)
      } catch {
        if explicitEndSeen, case .syntax(_, _, _, let location) = error { throw .multipleDocuments(at: location) }
        throw error
      }
      let raw = event.raw
      let location = SourceLocation(mark: raw.pointee.start_mark)
      if hasAnchorOrAlias(raw) { try checkNames(atCharacter: Int(raw.pointee.start_mark.index), location) }
      switch raw.pointee.type {
      case YAML_SCALAR_EVENT:
        try scalar(raw, at: location)
      case YAML_MAPPING_START_EVENT:
        let start = raw.pointee.data.mapping_start
        try startCollection(isMapping: true, anchor: start.anchor, tag: start.tag, at: location)
      case YAML_SEQUENCE_START_EVENT:
        let start = raw.pointee.data.sequence_start
        try startCollection(isMapping: false, anchor: start.anchor, tag: start.tag, at: location)
      case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
        try endCollection()
      case YAML_ALIAS_EVENT:
        try alias(raw.pointee.data.alias.anchor, at: location)
      case YAML_DOCUMENT_START_EVENT:
        if documentCount > 0 { throw .multipleDocuments(at: location) }
        documentCount += 1
      case YAML_DOCUMENT_END_EVENT:
        explicitEndSeen = raw.pointee.data.document_end.implicit == 0
      case YAML_STREAM_END_EVENT:
        guard let root, !rootIsMissing else { throw .empty }
        return root
      default:
        break
      }
    }
  }

  // MARK: Anchors

  private func hasAnchorOrAlias(_ event: UnsafeMutablePointer<yaml_event_t>) -> Bool {
    switch event.pointee.type {
    case YAML_ALIAS_EVENT: true
    case YAML_SCALAR_EVENT: event.pointee.data.scalar.anchor != nil
    case YAML_MAPPING_START_EVENT: event.pointee.data.mapping_start.anchor != nil
    case YAML_SEQUENCE_START_EVENT: event.pointee.data.sequence_start.anchor != nil
    default: false
    }
  }

  /// libyaml ends an anchor or alias name at `:`, `?`, `%`, `@` or a backquote, where YAML 1.2 reads on
  /// (`&an:chor value` is the anchor `an:chor` in YAML 1.2, but `&an` with the text `:chor value` in libyaml).
  /// Such names are refused rather than read differently from what the author meant.
  private mutating func checkNames(atCharacter index: Int, _ location: SourceLocation) throws(YAMLError) {
    if index < cursor.character { cursor = (0, 0) }
    while cursor.character < index, cursor.byte < input.count {
      cursor.byte += 1
      while cursor.byte < input.count, input[cursor.byte] & 0xC0 == 0x80 { cursor.byte += 1 }
      cursor.character += 1
    }
    var position = cursor.byte
    // Node properties: a tag (`!...`) and an anchor (`&name`) in either order; or an alias (`*name`).
    for _ in 0..<2 {
      guard position < input.count else { return }
      switch input[position] {
      case UInt8(ascii: "!"):
        while position < input.count, !isBlankOrBreak(input[position]) { position += 1 }
      case UInt8(ascii: "&"), UInt8(ascii: "*"):
        let start = position
        position += 1
        while position < input.count, isNameByte(input[position]) { position += 1 }
        var end = position
        while end < input.count, !isBlankOrBreak(input[end]), !isFlowIndicator(input[end]) { end += 1 }
        if end > position {
          throw .anchorName(String(decoding: input[(start + 1)..<end], as: UTF8.self), at: location)
        }
        if input[start] == UInt8(ascii: "*") { return }
      default:
        return
      }
      while position < input.count, input[position] == 0x20 || input[position] == 0x09 { position += 1 }
    }
  }

  private func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "_")
  }

  private func isBlankOrBreak(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private func isFlowIndicator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "{")
      || byte == UInt8(ascii: "}")
  }

  // MARK: Events

  private mutating func scalar(_ event: UnsafeMutablePointer<yaml_event_t>, at location: SourceLocation)
    throws(YAMLError)
  {
    try count(1, at: location)
    let data = event.pointee.data.scalar
    let text = UnsafeBufferPointer(start: data.value, count: data.length)
    let value: Node.Value
    if let tag = data.tag {
      value = try tagged(text, tag: String(cString: tag), at: location)
    } else if data.style == YAML_PLAIN_SCALAR_STYLE {
      value = try plain(text, at: location)
    } else {
      value = .string(String(decoding: text, as: UTF8.self))
    }
    if expectsKey, !value.isString {
      throw .nonStringKey(text: String(decoding: text, as: UTF8.self), kind: value.kindName, at: location)
    }
    if stack.isEmpty && text.isEmpty && data.style == YAML_PLAIN_SCALAR_STYLE && data.tag == nil
      && data.anchor == nil
    {
      rootIsMissing = true
    }
    try add(Node(value, at: location), nodeCount: 1, height: 0, anchor: data.anchor.map { String(cString: $0) })
  }

  private mutating func alias(_ name: UnsafeMutablePointer<yaml_char_t>?, at location: SourceLocation)
    throws(YAMLError)
  {
    let name = name.map { String(cString: $0) } ?? ""
    aliasCount += 1
    if aliasCount > limits.maxAliases { throw .tooManyAliases(limit: limits.maxAliases, at: location) }
    guard let anchored = anchors[name] else { throw .undefinedAlias(name, at: location) }
    try count(anchored.nodeCount, at: location)
    if stack.count + anchored.height > maxDepth { throw .tooDeep(limit: maxDepth, at: location) }
    // Copying the node shares its storage, so even an alias bomb allocates nothing per expansion.
    var node = anchored.node
    node.location = location
    if expectsKey, !node.value.isString {
      throw .nonStringKey(text: "*" + name, kind: node.value.kindName, at: location)
    }
    try add(node, nodeCount: anchored.nodeCount, height: anchored.height, anchor: nil)
  }

  private mutating func startCollection(
    isMapping: Bool, anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?,
    at location: SourceLocation
  ) throws(YAMLError) {
    let kind = Message(isMapping ? YAMLValueText.mapping : YAMLValueText.list)
    if let tag {
      let tag = String(cString: tag)
      switch tag {
      case "!", isMapping ? StandardTag.map : StandardTag.seq: break
      case _ where StandardTag.all.contains(tag): throw .tagMismatch(tag: tag, found: kind, at: location)
      default: throw .unknownTag(tag, at: location)
      }
    }
    if expectsKey { throw .nonStringKey(text: "", kind: kind, at: location) }
    try count(1, at: location)
    if stack.count >= maxDepth { throw .tooDeep(limit: maxDepth, at: location) }
    stack.append(Frame(isMapping: isMapping, location: location, anchor: anchor.map { String(cString: $0) }))
  }

  private mutating func endCollection() throws(YAMLError) {
    let frame = stack.removeLast()
    let value: Node.Value = frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items)
    try add(Node(value, at: frame.location), nodeCount: frame.nodeCount, height: frame.height, anchor: frame.anchor)
  }

  // MARK: Tree

  private mutating func count(_ nodes: Int, at location: SourceLocation) throws(YAMLError) {
    if nodes > limits.maxNodes - nodeCount { throw .tooManyNodes(limit: limits.maxNodes, at: location) }
    nodeCount += nodes
  }

  /// Adds a finished node to the open collection, or makes it the root.
  private mutating func add(_ node: Node, nodeCount: Int, height: Int, anchor: String?) throws(YAMLError) {
    if let anchor { anchors[anchor] = Anchored(node: node, nodeCount: nodeCount, height: height) }
    let top = stack.count - 1
    guard top >= 0 else {
      root = node
      return
    }
    stack[top].nodeCount += nodeCount
    stack[top].height = max(stack[top].height, height + 1)
    if !stack[top].isMapping {
      stack[top].items.append(node)
    } else if stack[top].pendingKey != nil {
      stack[top].appendEntry(node)
    } else {
      guard case .string(let key) = node.value else {
        throw .nonStringKey(text: "", kind: node.value.kindName, at: node.location)
      }
      if let first = stack[top].firstLocation(of: key) {
        throw .duplicateKey(key, first: first, at: node.location)
      }
      stack[top].pendingKey = key
      stack[top].pendingKeyLocation = node.location
    }
  }

  // MARK: Scalars

  private func plain(_ text: UnsafeBufferPointer<UInt8>, at location: SourceLocation) throws(YAMLError) -> Node.Value {
    switch ScalarResolver.resolve(text) {
    case .string: return .string(String(decoding: text, as: UTF8.self))
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .integer(let int): return .integer(int)
    case .largeInteger(let double), .float(let double): return .float(double)
    case .numberOutOfRange: throw .numberOutOfRange(String(decoding: text, as: UTF8.self), at: location)
    }
  }

  private func tagged(_ text: UnsafeBufferPointer<UInt8>, tag: String, at location: SourceLocation)
    throws(YAMLError) -> Node.Value
  {
    func mismatch(_ what: YAMLValueText) -> YAMLError {
      let value = YAMLError.excerpt(String(decoding: text, as: UTF8.self))
      return .tagMismatch(
        tag: tag, found: Message(YAMLValueText.valueWhichIsNot, .code(value), .message(Message(what))), at: location)
    }
    let resolved = tag == "!" || tag == StandardTag.str ? .string : ScalarResolver.resolve(text)
    if resolved == .numberOutOfRange, tag == StandardTag.int || tag == StandardTag.float {
      throw .numberOutOfRange(String(decoding: text, as: UTF8.self), at: location)
    }
    switch tag {
    case "!", StandardTag.str:
      return .string(String(decoding: text, as: UTF8.self))
    case StandardTag.int:
      if case .integer(let int) = resolved { return .integer(int) }
      if case .largeInteger(let double) = resolved { return .float(double) }
      throw mismatch(.integer)
    case StandardTag.float:
      let isRadix =
        text.count > 1 && text[0] == UInt8(ascii: "0")
        && (text[1] == UInt8(ascii: "x") || text[1] == UInt8(ascii: "o"))
      switch resolved {
      case .float(let double): return .float(double)
      case .largeInteger(let double) where !isRadix: return .float(double)
      case .integer(let int) where !isRadix: return .float(Double(int))
      default: throw mismatch(.number)
      }
    case StandardTag.bool:
      if case .bool(let flag) = resolved { return .bool(flag) }
      throw mismatch(.trueOrFalse)
    case StandardTag.null:
      if resolved == .null { return .null }
      throw mismatch(.null)
    case StandardTag.seq, StandardTag.map:
      throw .tagMismatch(tag: tag, found: Message(YAMLValueText.singleValue), at: location)
    default:
      throw .unknownTag(tag, at: location)
    }
  }
}

/// The full names libyaml gives the standard `!!` tags.
enum StandardTag {
  static let str = "tag:yaml.org,2002:str"
  static let int = "tag:yaml.org,2002:int"
  static let float = "tag:yaml.org,2002:float"
  static let bool = "tag:yaml.org,2002:bool"
  static let null = "tag:yaml.org,2002:null"
  static let seq = "tag:yaml.org,2002:seq"
  static let map = "tag:yaml.org,2002:map"
  static let all: Set<String> = [str, int, float, bool, null, seq, map]
}

extension Node.Value {
  fileprivate var isString: Bool {
    if case .string = self { return true }
    return false
  }

  /// How a key of this kind is described in messages.
  fileprivate var kindName: Message {
    switch self {
    case .null: Message(YAMLValueText.null)
    case .bool: Message(YAMLValueText.boolean)
    case .integer: Message(YAMLValueText.integer)
    case .float: Message(YAMLValueText.number)
    case .string: Message(YAMLValueText.text)
    case .sequence: Message(YAMLValueText.list)
    case .mapping: Message(YAMLValueText.mapping)
    }
  }
}
