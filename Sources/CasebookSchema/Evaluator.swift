// The fast path: a yes/no answer without building pointers or messages, stopping at the first failure.
import CasebookYAML

struct Evaluator {
  let program: Program
  /// Subschema applications nested deeper than this count as failures; it bounds stack use whatever the
  /// instance (the JSON reader already limits nesting to 512).
  static let maximumDepth = 1_500

  func isValid(_ node: Node, _ index: Int, depth: Int) -> Bool {
    if program.schemas[index].alwaysFalse || depth > Self.maximumDepth { return false }
    for keyword in program.schemas[index].keywords where !satisfies(keyword, node, schema: index, depth: depth) {
      return false
    }
    return true
  }

  func satisfies(_ keyword: Keyword, _ node: Node, schema: Int, depth: Int) -> Bool {
    let depth = depth + 1
    switch keyword {
    case .type(let types):
      return types.allows(node)
    case .constant(let value):
      return jsonEqual(node, value)
    case .enumeration(let enumeration):
      return enumeration.contains(node)
    case .minimum(let limit):
      guard let number = JSONNumber(node) else { return true }
      return number.compare(limit) >= 0
    case .exclusiveMinimum(let limit):
      guard let number = JSONNumber(node) else { return true }
      return number.compare(limit) > 0
    case .maximum(let limit):
      guard let number = JSONNumber(node) else { return true }
      return number.compare(limit) <= 0
    case .exclusiveMaximum(let limit):
      guard let number = JSONNumber(node) else { return true }
      return number.compare(limit) < 0
    case .multipleOf(let divisor):
      guard let number = JSONNumber(node) else { return true }
      return divisor.divides(number)
    case .minLength(let limit):
      guard case .string(let text) = node.value else { return true }
      // A code point takes one to four bytes.
      let bytes = text.utf8.count
      return bytes >= limit && (bytes >= 4 * limit || codePointCount(text) >= limit)
    case .maxLength(let limit):
      guard case .string(let text) = node.value else { return true }
      return text.utf8.count <= limit || codePointCount(text) <= limit
    case .pattern(let regex):
      guard case .string(let text) = node.value else { return true }
      return regex.matches(text)
    case .format(let format):
      guard case .string(let text) = node.value else { return true }
      return format.accepts(text)
    case .minItems(let limit):
      guard case .sequence(let items) = node.value else { return true }
      return items.count >= limit
    case .maxItems(let limit):
      guard case .sequence(let items) = node.value else { return true }
      return items.count <= limit
    case .uniqueItems:
      guard case .sequence(let items) = node.value else { return true }
      return firstDuplicate(in: items) == nil
    case .items(let prefix, let rest):
      guard case .sequence(let items) = node.value else { return true }
      for (position, item) in items.enumerated() {
        if position < prefix.count {
          if !isValid(item, prefix[position], depth: depth) { return false }
        } else if let rest {
          if !isValid(item, rest, depth: depth) { return false }
        } else {
          break
        }
      }
      return true
    case .contains(let subschema, let minimum, let maximum):
      guard case .sequence(let items) = node.value else { return true }
      var matches = 0
      for item in items where isValid(item, subschema, depth: depth) {
        matches += 1
        if maximum == nil, matches >= minimum { return true }
        if let maximum, matches > maximum { return false }
      }
      return matches >= minimum
    case .minProperties(let limit):
      guard case .mapping(let entries) = node.value else { return true }
      return entries.count >= limit
    case .maxProperties(let limit):
      guard case .mapping(let entries) = node.value else { return true }
      return entries.count <= limit
    case .required(let names):
      guard case .mapping(let entries) = node.value else { return true }
      return names.allSatisfy { has(entries, $0) }
    case .dependentRequired(let list):
      guard case .mapping(let entries) = node.value else { return true }
      for (name, required) in list where has(entries, name) {
        if !required.allSatisfy({ has(entries, $0) }) { return false }
      }
      return true
    case .properties(let object):
      guard case .mapping(let entries) = node.value else { return true }
      for entry in entries {
        var declared = false
        if let subschema = object.schema(for: entry.key) {
          declared = true
          if !isValid(entry.value, subschema, depth: depth) { return false }
        }
        for pattern in object.patterns where pattern.regex.matches(entry.key) {
          declared = true
          if !isValid(entry.value, pattern.schema, depth: depth) { return false }
        }
        if !declared, let additional = object.additional, !isValid(entry.value, additional, depth: depth) {
          return false
        }
      }
      return true
    case .propertyNames(let subschema):
      guard case .mapping(let entries) = node.value else { return true }
      return entries.allSatisfy { isValid(Node(.string($0.key), at: $0.keyLocation), subschema, depth: depth) }
    case .dependentSchemas(let list):
      guard case .mapping(let entries) = node.value else { return true }
      for (name, subschema) in list where has(entries, name) {
        if !isValid(node, subschema, depth: depth) { return false }
      }
      return true
    case .allOf(let list):
      return list.allSatisfy { isValid(node, $0, depth: depth) }
    case .anyOf(let list):
      return list.contains { isValid(node, $0, depth: depth) }
    case .oneOf(let list):
      var matches = 0
      for subschema in list where isValid(node, subschema, depth: depth) {
        matches += 1
        if matches > 1 { return false }
      }
      return matches == 1
    case .not(let subschema):
      return !isValid(node, subschema, depth: depth)
    case .conditional(let condition, let then, let otherwise):
      if isValid(node, condition, depth: depth) {
        return then.map { isValid(node, $0, depth: depth) } ?? true
      }
      return otherwise.map { isValid(node, $0, depth: depth) } ?? true
    case .ref(let target):
      return isValid(node, target, depth: depth)
    case .unevaluatedProperties(let subschema):
      guard case .mapping(let entries) = node.value else { return true }
      let evaluated = evaluatedProperties(node, entries, schema: schema, depth: depth)
      for (position, entry) in entries.enumerated() where !evaluated[position] {
        if !isValid(entry.value, subschema, depth: depth) { return false }
      }
      return true
    case .unevaluatedItems(let subschema):
      guard case .sequence(let items) = node.value else { return true }
      let evaluated = evaluatedItems(node, items, schema: schema, depth: depth)
      for (position, item) in items.enumerated() where !evaluated[position] {
        if !isValid(item, subschema, depth: depth) { return false }
      }
      return true
    }
  }
}

/// Whether the entries have the key.
@inline(__always)
func has(_ entries: [Node.Entry], _ name: SchemaName) -> Bool {
  entries.contains { name.matches($0.key) }
}

/// The positions of the first item equal to an earlier one, and of that earlier one.
func firstDuplicate(in items: [Node]) -> (first: Int, repeated: Int)? {
  if items.count <= 16 {
    for later in items.indices {
      for earlier in 0..<later where jsonEqual(items[earlier], items[later]) { return (earlier, later) }
    }
    return nil
  }
  var seen: [JSONKey: Int] = [:]
  for (position, item) in items.enumerated() {
    if let earlier = seen[JSONKey(node: item)] { return (earlier, position) }
    seen[JSONKey(node: item)] = position
  }
  return nil
}
