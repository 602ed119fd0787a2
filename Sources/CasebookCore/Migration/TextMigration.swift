import CasebookText
import CasebookYAML

/// Migration steps as edits of a file's text: only the bytes that must change are touched, so comments, key
/// order, quoting, blank lines and line ends stay as they were. Each step works on the places ``SourceMap``
/// gives for the file as the previous step left it.
enum TextMigration {
  /// The file's bytes brought from `version` to the current version, and the document they now hold (which
  /// equals ``TreeMigration/migrate(_:kind:from:versions:)`` of the original, or this throws).
  static func migrate(
    _ bytes: [UInt8], kind: CatalogueFileKind, from version: Int, versions: SchemaVersions, limits: YAMLLimits
  ) throws(MigrationConflict) -> [UInt8] {
    let original = try parse(bytes, limits)
    let expected = try TreeMigration.migrate(original, kind: kind, from: version, versions: versions)
    var text = bytes
    for step in versions.steps(from: version, kind: kind) {
      text = try apply(step, to: text, limits: limits)
    }
    text = try setVersion(text, versions.current, limits: limits)
    guard sameValue(try parse(text, limits), expected) else {
      throw MigrationConflict(
        message: Message(MigrationText.unusualLayout), location: .start, pointer: "")
    }
    return text
  }

  private static func parse(_ bytes: [UInt8], _ limits: YAMLLimits) throws(MigrationConflict) -> Node {
    do {
      return try YAMLParser.parse(bytes, limits: limits)
    } catch {
      throw MigrationConflict(message: error.message, location: error.location, pointer: "")
    }
  }

  private static func map(_ bytes: [UInt8], _ limits: YAMLLimits) throws(MigrationConflict) -> SourceMap {
    do {
      return try SourceMap.read(bytes, limits: limits)
    } catch {
      throw MigrationConflict(message: error.message, location: error.location, pointer: "")
    }
  }

  /// Values equal, locations aside.
  static func sameValue(_ a: Node, _ b: Node) -> Bool {
    switch (a.value, b.value) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.integer(let x), .integer(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y || x.isNaN && y.isNaN
    case (.string(let x), .string(let y)): return x == y
    case (.sequence(let x), .sequence(let y)): return x.count == y.count && zip(x, y).allSatisfy { sameValue($0, $1) }
    case (.mapping(let x), .mapping(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && sameValue($0.value, $1.value) }
    default: return false
    }
  }

  // MARK: Steps

  private struct Edit {
    var range: Range<Int>
    var replacement: [UInt8]
  }

  private static func applying(_ edits: [Edit], to bytes: [UInt8]) -> [UInt8] {
    var result = bytes
    for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      result.replaceSubrange(edit.range, with: edit.replacement)
    }
    return result
  }

  private static func refuse(_ message: Message, _ path: [PathStep]) -> MigrationConflict {
    MigrationConflict(message: message, location: .start, pointer: TreeMigration.pointer(path))
  }

  private static func apply(_ step: MigrationStep, to bytes: [UInt8], limits: YAMLLimits) throws(MigrationConflict)
    -> [UInt8]
  {
    var tree = try parse(bytes, limits)
    var source = try map(bytes, limits)
    var edits: [Edit] = []
    switch step {
    case .rename(let from, let to):
      for path in TreeMigration.matches(from, in: tree) {
        guard let key = source.places[TreeMigration.pointer(path)]?.key else { continue }
        let inFlow = source.places[TreeMigration.pointer(Array(path.dropLast()))]?.value.style.isFlowCollection ?? false
        edits.append(Edit(range: key.start..<key.end, replacement: scalar(.string(to), like: key.style, inFlow: inFlow)))
      }
    case .values(let at, let map):
      for path in TreeMigration.matches(at, in: tree) {
        guard let node = TreeMigration.node(at: path, in: tree) else { continue }
        let targets = node.items.map { items in items.indices.map { path + [.index($0)] } } ?? [path]
        for target in targets {
          guard let item = TreeMigration.node(at: target, in: tree), let text = TreeMigration.scalarText(item),
            let new = map[text], let place = source.places[TreeMigration.pointer(target)]
          else { continue }
          let inFlow = target.count > path.count ? source.places[TreeMigration.pointer(path)]?.value.style.isFlowCollection ?? false : false
          edits.append(replacing(place.value, with: scalar(new.value, like: place.value.style, inFlow: inFlow), in: bytes))
        }
      }
    case .split(let at, let value, let into):
      for path in TreeMigration.matches(at, in: tree) {
        edits += try split(path, value: value, into: into, tree: tree, source: source)
      }
    case .move(let from, let to):
      // One field at a time: each move shifts the places of the next.
      var text = bytes
      for _ in 0..<TreeMigration.matches(from, in: tree).count {
        guard let path = TreeMigration.matches(from, in: tree).first else { break }
        text = applying(try move(path, to: TreeMigration.target(of: path, from: from, to: to), tree: tree, source: source), to: text)
        tree = try parse(text, limits)
        source = try map(text, limits)
      }
      return text
    }
    return applying(edits, to: bytes)
  }

  /// Replaces a value; a block scalar's span ends with its line break, which the new value keeps.
  private static func replacing(_ span: SourceMap.Span, with text: [UInt8], in bytes: [UInt8]) -> Edit {
    Edit(range: span.start..<span.end, replacement: span.style.isBlockScalar ? text + newline(bytes) : text)
  }

  private static func split(
    _ path: [PathStep], value: String, into: [String], tree: Node, source: SourceMap
  ) throws(MigrationConflict) -> [Edit] {
    guard let node = TreeMigration.node(at: path, in: tree), let place = source.places[TreeMigration.pointer(path)] else {
      return []
    }
    let bytes = source.bytes
    guard let items = node.items else {
      guard TreeMigration.scalarText(node) == value else { return [] }
      let list = "[" + into.map { String(decoding: scalar(.string($0), like: .plain, inFlow: true), as: UTF8.self) }
        .joined(separator: ", ") + "]"
      return [replacing(place.value, with: Array(list.utf8), in: bytes)]
    }
    var present = Set(items.compactMap(TreeMigration.scalarText))
    var edits: [Edit] = []
    for (index, item) in items.enumerated() where TreeMigration.scalarText(item) == value {
      let itemPath = path + [.index(index)]
      guard let span = source.places[TreeMigration.pointer(itemPath)]?.value else { continue }
      var texts: [String] = []
      for text in into where text == value || !present.contains(text) {
        present.insert(text)
        texts.append(text)
      }
      let inFlow = place.value.style == .flowSequence
      let formatted = texts.map { scalar(.string($0), like: span.style, inFlow: inFlow) }
      if inFlow {
        if formatted.isEmpty {
          edits.append(Edit(range: flowItemRemoval(span, in: bytes), replacement: []))
        } else {
          edits.append(Edit(range: span.start..<span.end, replacement: Array(formatted.joined(separator: Array(", ".utf8)))))
        }
        continue
      }
      let lineStart = lineStart(span.start, in: bytes)
      let prefix = Array(bytes[lineStart..<span.start])
      guard !span.style.isBlockScalar, isListItemPrefix(prefix) else {
        throw refuse(Message(MigrationText.listItemSplit, .code(TreeMigration.pointer(itemPath))), itemPath)
      }
      let end = lineEnd(span.start, in: bytes)
      if formatted.isEmpty {
        edits.append(Edit(range: lineStart..<end, replacement: []))
        continue
      }
      edits.append(Edit(range: span.start..<span.end, replacement: formatted[0]))
      var added: [UInt8] = end == bytes.count && !endsWithBreak(bytes) ? newline(bytes) : []
      for text in formatted.dropFirst() { added += prefix + text + newline(bytes) }
      if !added.isEmpty { edits.append(Edit(range: end..<end, replacement: added)) }
    }
    return edits
  }

  private static func move(
    _ path: [PathStep], to target: [PathStep], tree: Node, source: SourceMap
  ) throws(MigrationConflict) -> [Edit] {
    let bytes = source.bytes
    let levels = TreeMigration.emptiedLevels(path, in: tree)
    let removedPath = Array(path.prefix(path.count - levels + 1))
    guard let moved = source.places[TreeMigration.pointer(path)], let movedKey = moved.key,
      let removed = source.places[TreeMigration.pointer(removedPath)], let removedKey = removed.key,
      source.places[TreeMigration.pointer(Array(path.dropLast()))]?.value.style == .blockMapping,
      isIndentation(bytes[lineStart(movedKey.start, in: bytes)..<movedKey.start]),
      isIndentation(bytes[lineStart(removedKey.start, in: bytes)..<removedKey.start])
    else {
      throw refuse(Message(MigrationText.notBlockEntry, .code(TreeMigration.pointer(path))), path)
    }
    let removal = entryLines(key: removedKey, value: removed.value, in: bytes)
    let block = entryLines(key: movedKey, value: moved.value, in: bytes)
    let oldIndent = movedKey.start - lineStart(movedKey.start, in: bytes)
    // The deepest part of the target that is there once the field is gone.
    var after = tree
    TreeMigration.update(&after, at: removedPath.dropLast()[...]) { mapping in
      if case .key(let key) = removedPath.last, let entries = mapping.entries {
        mapping.value = .mapping(entries.filter { $0.key != key })
      }
    }
    var existing: [PathStep] = []
    for step in target.dropLast() {
      guard TreeMigration.node(at: existing + [step], in: after) != nil else { break }
      existing.append(step)
    }
    let missing = target.dropLast().dropFirst(existing.count).compactMap { step -> String? in
      if case .key(let key) = step { return key }
      return nil
    }
    let holder = source.places[TreeMigration.pointer(existing)]
    guard let holder, holder.value.style == .blockMapping else {
      throw refuse(Message(MigrationText.notBlockMapping, .code(TreeMigration.pointer(existing))), path)
    }
    let holderIndent = holder.value.start - lineStart(holder.value.start, in: bytes)
    let insertion = existing.isEmpty ? bytes.count : lineEnd(max(holder.value.end - 1, holder.value.start), in: bytes)
    guard !removal.contains(insertion) || insertion == removal.lowerBound else {
      throw refuse(
        Message(MigrationText.cannotMoveInPlace, .code(TreeMigration.pointer(path)), .code(TreeMigration.pointer(target))), path)
    }
    var step = 2
    if path.count >= 2, let parentKey = source.places[TreeMigration.pointer(Array(path.dropLast()))]?.key {
      step = max(1, oldIndent - (parentKey.start - lineStart(parentKey.start, in: bytes)))
    }
    let newIndent = holderIndent + missing.count * step
    // What precedes the insertion once the field is gone: a last line without its line break needs one.
    let before = removal.upperBound == insertion ? removal.lowerBound : insertion
    var text: [UInt8] = before > 0 && bytes[before - 1] != 0x0A && bytes[before - 1] != 0x0D ? newline(bytes) : []
    for (level, key) in missing.enumerated() {
      text += spaces(holderIndent + level * step) + scalar(.string(key), like: .plain, inFlow: false) + Array(":".utf8)
        + newline(bytes)
    }
    guard case .key(let newName) = target.last else { return [] }
    var lines = Array(bytes[block])
    let keyOffset = movedKey.start - block.lowerBound
    lines.replaceSubrange(keyOffset..<(keyOffset + movedKey.end - movedKey.start), with: scalar(.string(newName), like: movedKey.style, inFlow: false))
    text += reindent(lines, by: newIndent - oldIndent)
    if !endsWithBreak(text) { text += newline(bytes) }
    return [Edit(range: removal, replacement: []), Edit(range: insertion..<insertion, replacement: text)]
  }

  /// The lines of an entry: comment lines right above its key at the key's indentation, the key's line, and
  /// every line up to the end of its value (with the line break).
  private static func entryLines(key: SourceMap.Span, value: SourceMap.Span, in bytes: [UInt8]) -> Range<Int> {
    var start = lineStart(key.start, in: bytes)
    let indent = Array(bytes[start..<key.start])
    while start > 0 {
      let previous = lineStart(start - 1, in: bytes)
      let line = bytes[previous..<start]
      guard line.starts(with: indent + [UInt8(ascii: "#")]) else { break }
      start = previous
    }
    let last = max(value.end, key.end) - 1
    return start..<lineEnd(max(last, key.start), in: bytes)
  }

  private static func reindent(_ lines: [UInt8], by delta: Int) -> [UInt8] {
    var result: [UInt8] = []
    var atLineStart = true
    var index = 0
    while index < lines.count {
      if atLineStart {
        atLineStart = false
        var lineEnd = index
        while lineEnd < lines.count, lines[lineEnd] != 0x0A, lines[lineEnd] != 0x0D { lineEnd += 1 }
        let blank = lines[index..<lineEnd].allSatisfy { $0 == 0x20 }
        if !blank {
          if delta > 0 {
            result += spaces(delta)
          } else {
            var dropped = 0
            while dropped < -delta, index < lines.count, lines[index] == 0x20 {
              index += 1
              dropped += 1
            }
          }
        }
        continue
      }
      result.append(lines[index])
      if lines[index] == 0x0A || lines[index] == 0x0D && (index + 1 >= lines.count || lines[index + 1] != 0x0A) {
        atLineStart = true
      }
      index += 1
    }
    return result
  }

  /// Sets or adds `schema_version`.
  private static func setVersion(_ bytes: [UInt8], _ version: Int, limits: YAMLLimits) throws(MigrationConflict)
    -> [UInt8]
  {
    let tree = try parse(bytes, limits)
    let source = try map(bytes, limits)
    let number = Array(String(version).utf8)
    if tree[SchemaVersions.field] != nil, let place = source.places["/" + SchemaVersions.field] {
      return applying([replacing(place.value, with: number, in: bytes)], to: bytes)
    }
    guard let root = source.places[""], tree.entries != nil else { return bytes }
    let line: [UInt8] = Array(SchemaVersions.field.utf8) + Array(": ".utf8) + number
    switch root.value.style {
    case .blockMapping:
      let start = lineStart(root.value.start, in: bytes)
      let indent = Array(bytes[start..<root.value.start])
      guard isIndentation(indent[...]) else { break }
      return applying([Edit(range: start..<start, replacement: indent + line + newline(bytes))], to: bytes)
    case .flowMapping:
      let after = root.value.start + 1
      let separator: [UInt8] = tree.entries!.isEmpty ? [] : Array(", ".utf8)
      return applying([Edit(range: after..<after, replacement: line + separator)], to: bytes)
    default: break
    }
    throw MigrationConflict(
      message: Message(
        MigrationText.cannotAddVersion, .code(SchemaVersions.field), .code("\(SchemaVersions.field): \(version)")),
      location: .start, pointer: "")
  }

  // MARK: Text

  /// A scalar written in the style of the one it replaces, where that style can hold it.
  static func scalar(_ value: Node.Value, like style: SourceMap.Style, inFlow: Bool) -> [UInt8] {
    switch value {
    case .null: return Array("null".utf8)
    case .bool(let flag): return Array((flag ? "true" : "false").utf8)
    case .integer(let number): return Array(String(number).utf8)
    case .float(let number): return Array(String(number).utf8)
    case .sequence, .mapping: return Array("null".utf8)
    case .string(let text):
      if style == .singleQuoted, !text.contains(where: { $0.isNewline || $0.asciiValue.map { $0 < 0x20 } == true }) {
        return Array(("'" + text.replacing("'", with: "''") + "'").utf8)
      }
      if style != .doubleQuoted, SourceMap.isPlainSafe(text, inFlow: inFlow) { return Array(text.utf8) }
      var quoted = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": quoted += "\\\""
        case "\\": quoted += "\\\\"
        case "\n": quoted += "\\n"
        case "\t": quoted += "\\t"
        case "\r": quoted += "\\r"
        default:
          if scalar.value < 0x20 || scalar.value == 0x7F {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            quoted += "\\x" + (hex.count == 1 ? "0" + hex : hex)
          } else {
            quoted.unicodeScalars.append(scalar)
          }
        }
      }
      return Array((quoted + "\"").utf8)
    }
  }

  private static func spaces(_ count: Int) -> [UInt8] { [UInt8](repeating: 0x20, count: max(0, count)) }

  private static func isIndentation(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.allSatisfy { $0 == 0x20 } }

  /// `  - ` : spaces, a dash, then spaces.
  private static func isListItemPrefix(_ prefix: [UInt8]) -> Bool {
    guard let dash = prefix.firstIndex(of: UInt8(ascii: "-")) else { return false }
    return isIndentation(prefix[..<dash]) && prefix.count > dash + 1 && isIndentation(prefix[(dash + 1)...])
  }

  /// The line end style of the file: CRLF when its first line break is one, else LF.
  static func newline(_ bytes: [UInt8]) -> [UInt8] {
    guard let first = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return [0x0A] }
    return bytes[first] == 0x0D && first + 1 < bytes.count && bytes[first + 1] == 0x0A ? [0x0D, 0x0A] : [0x0A]
  }

  private static func endsWithBreak(_ bytes: [UInt8]) -> Bool { bytes.last == 0x0A || bytes.last == 0x0D }

  static func lineStart(_ offset: Int, in bytes: [UInt8]) -> Int {
    var index = min(offset, bytes.count)
    while index > 0, bytes[index - 1] != 0x0A, bytes[index - 1] != 0x0D { index -= 1 }
    return index
  }

  /// The offset just past the line break of the line holding `offset` (the end of the file on the last line).
  static func lineEnd(_ offset: Int, in bytes: [UInt8]) -> Int {
    var index = offset
    while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
    if index < bytes.count, bytes[index] == 0x0D { index += 1 }
    if index < bytes.count, bytes[index] == 0x0A { index += 1 }
    return index
  }

  /// An item of a flow list with the comma that joins it to its neighbour.
  private static func flowItemRemoval(_ span: SourceMap.Span, in bytes: [UInt8]) -> Range<Int> {
    var after = span.end
    while after < bytes.count, bytes[after] == 0x20 { after += 1 }
    if after < bytes.count, bytes[after] == UInt8(ascii: ",") {
      after += 1
      while after < bytes.count, bytes[after] == 0x20 { after += 1 }
      return span.start..<after
    }
    var before = span.start
    while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
    if before > 0, bytes[before - 1] == UInt8(ascii: ",") { return (before - 1)..<span.end }
    return span.start..<span.end
  }
}
