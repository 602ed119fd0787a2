internal import CYAML

/// Where each node of a YAML document is written, as byte offsets into the file, for tools that change a few
/// values in place and leave every other byte — comments, key order, quoting, blank lines — as it was
/// (`casebook migrate`). Built from the same libyaml events as ``YAMLParser``, after the document parsed.
public struct SourceMap: Sendable {
  /// How a node is written.
  public enum Style: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
    case blockSequence, flowSequence, blockMapping, flowMapping
    /// An alias (`*name`).
    case alias

    /// True for `[…]` and `{…}`.
    public var isFlowCollection: Bool { self == .flowSequence || self == .flowMapping }
    /// True for a scalar written in the block style (`|` or `>`).
    public var isBlockScalar: Bool { self == .literal || self == .folded }
  }

  /// A key or value: where it is written and how.
  public struct Span: Sendable, Hashable {
    /// The byte offset of its first character (for a block collection: of its first key or `-`).
    public var start: Int
    /// The byte offset just past its last character; for a block collection, past the last character of its
    /// last value (a block scalar ends after its final line break).
    public var end: Int
    /// How it is written.
    public var style: Style
  }

  /// One node: its value and, for a mapping value, its key.
  public struct Place: Sendable, Hashable {
    public var value: Span
    public var key: Span?
  }

  /// The file's bytes.
  public let bytes: [UInt8]
  /// Every node by JSON pointer (`""` for the root, `/sources/0/url`).
  public let places: [String: Place]

  /// Reads `bytes`; throws what ``YAMLParser`` would throw for them.
  public static func read(_ bytes: [UInt8], limits: YAMLLimits = YAMLLimits()) throws(YAMLError) -> SourceMap {
    _ = try YAMLParser.parse(bytes, limits: limits)
    let places = try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> [String: Place] in
      let contentStart = try InputCheck.validate(buffer)
      let content = UnsafeBufferPointer(rebasing: buffer[contentStart...])
      var walker = SourceMapWalker(content: content, offset: contentStart)
      return try walker.walk(LibYAMLParser(input: content))
    }
    return SourceMap(bytes: bytes, places: places)
  }

  /// A JSON pointer token for `key` (`~` → `~0`, `/` → `~1`).
  public static func escape(_ key: String) -> String {
    // Most keys need no escape; the generic `replacing` is slow enough to show in the schema walks.
    guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
    return key.replacing("~", with: "~0").replacing("/", with: "~1")
  }
}

/// Turns libyaml's marks (line and column in characters) into byte offsets, and events into places.
private struct SourceMapWalker {
  private struct Frame {
    let pointer: String
    let isMapping: Bool
    let start: Int
    let style: SourceMap.Style
    let key: SourceMap.Span?
    var nextIndex = 0
    var pendingKey: (text: String, span: SourceMap.Span)?
    var lastEnd: Int
  }

  let content: UnsafeBufferPointer<UInt8>
  let offset: Int
  /// Byte offset (in `content`) of the start of each line, as libyaml counts lines.
  private var lineStarts: [Int] = [0]
  private var stack: [Frame] = []
  private var places: [String: SourceMap.Place] = [:]

  init(content: UnsafeBufferPointer<UInt8>, offset: Int) {
    self.content = content
    self.offset = offset
    var index = 0
    while index < content.count {
      let byte = content[index]
      var width = 0
      if byte == 0x0A {
        width = 1
      } else if byte == 0x0D {
        width = index + 1 < content.count && content[index + 1] == 0x0A ? 2 : 1
      } else if byte == 0xC2, index + 1 < content.count, content[index + 1] == 0x85 {
        width = 2
      } else if byte == 0xE2, index + 2 < content.count, content[index + 1] == 0x80,
        content[index + 2] == 0xA8 || content[index + 2] == 0xA9
      {
        width = 3
      }
      if width > 0 {
        index += width
        lineStarts.append(index)
      } else {
        index += 1
      }
    }
  }

  /// The byte offset in the whole file of a libyaml mark.
  private func position(_ mark: yaml_mark_t) -> Int {
    let line = min(Int(mark.line), lineStarts.count - 1)
    var index = lineStarts[line]
    var characters = Int(mark.column)
    while characters > 0, index < content.count {
      index += 1
      while index < content.count, content[index] & 0xC0 == 0x80 { index += 1 }
      characters -= 1
    }
    return offset + index
  }

  private static func style(_ style: yaml_scalar_style_t) -> SourceMap.Style {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: .literal
    case YAML_FOLDED_SCALAR_STYLE: .folded
    default: .plain
    }
  }

  mutating func walk(_ parser: LibYAMLParser) throws(YAMLError) -> [String: SourceMap.Place] {
    let event = LibYAMLEvent()
    while true {
      try parser.next(into: event)
      let raw = event.raw.pointee
      let start = position(raw.start_mark)
      let end = position(raw.end_mark)
      switch raw.type {
      case YAML_SCALAR_EVENT:
        let data = raw.data.scalar
        let span = SourceMap.Span(start: start, end: end, style: Self.style(data.style))
        if let top = stack.indices.last, stack[top].isMapping, stack[top].pendingKey == nil {
          let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
          stack[top].pendingKey = (text, span)
          stack[top].lastEnd = max(stack[top].lastEnd, end)
        } else {
          leaf(span)
        }
      case YAML_ALIAS_EVENT:
        let span = SourceMap.Span(start: start, end: end, style: .alias)
        if let top = stack.indices.last, stack[top].isMapping, stack[top].pendingKey == nil {
          stack[top].pendingKey = ("*", span)
        } else {
          leaf(span)
        }
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        let isMapping = raw.type == YAML_MAPPING_START_EVENT
        let flow =
          isMapping
          ? raw.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
          : raw.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
        let style: SourceMap.Style =
          isMapping ? (flow ? .flowMapping : .blockMapping) : (flow ? .flowSequence : .blockSequence)
        let (pointer, key) = childPointer()
        stack.append(Frame(pointer: pointer, isMapping: isMapping, start: start, style: style, key: key, lastEnd: start))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        let frame = stack.removeLast()
        let finish = frame.style.isFlowCollection ? end : frame.lastEnd
        places[frame.pointer] = SourceMap.Place(
          value: SourceMap.Span(start: frame.start, end: finish, style: frame.style), key: frame.key)
        if let top = stack.indices.last { stack[top].lastEnd = max(stack[top].lastEnd, finish) }
      case YAML_STREAM_END_EVENT:
        return places
      default:
        break
      }
    }
  }

  /// The pointer of the next child of the innermost collection (consuming its pending key), with that key.
  private mutating func childPointer() -> (String, SourceMap.Span?) {
    guard let top = stack.indices.last else { return ("", nil) }
    if stack[top].isMapping {
      let key = stack[top].pendingKey
      stack[top].pendingKey = nil
      return (stack[top].pointer + "/" + SourceMap.escape(key?.text ?? ""), key?.span)
    }
    let index = stack[top].nextIndex
    stack[top].nextIndex += 1
    return (stack[top].pointer + "/\(index)", nil)
  }

  private mutating func leaf(_ span: SourceMap.Span) {
    let (pointer, key) = childPointer()
    places[pointer] = SourceMap.Place(value: span, key: key)
    if let top = stack.indices.last { stack[top].lastEnd = max(stack[top].lastEnd, span.end) }
  }
}

extension SourceMap {
  /// True when `text` written without quotes reads back as this same string; in a flow collection (`[…]`,
  /// `{…}`) it must also hold none of `,[]{}`.
  public static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
    if inFlow && text.contains(where: { ",[]{}".contains($0) }) { return false }
    return YAMLWriter.isPlainSafe(text)
  }
}
