// The fast path: a yes/no answer without building pointers or messages, stopping at the first failure.
// `satisfies` only dispatches; loops live in small helpers, which keeps the recursive frames small.
import CasebookYAML

struct Evaluator {
  let program: Program
  let stack: StackGuard
  /// The schema resources evaluation has entered, outermost first; only for programs with a dynamic
  /// `$dynamicRef` (nil otherwise, so other schemas pay nothing).
  let scope: DynamicScope?

  init(program: Program, stack: StackGuard) {
    self.program = program
    self.stack = stack
    scope = program.tracksDynamicScope ? DynamicScope() : nil
  }

  func isValid(_ node: Node, _ index: Int) -> Bool {
    if program.schemas[index].alwaysFalse || stack.isExhausted() { return false }
    let entered = scope?.enter(program.schemas[index].resource) ?? false
    defer { if entered { scope?.leave() } }
    for keyword in program.schemas[index].keywords where !satisfies(keyword, node, schema: index) {
      return false
    }
    return true
  }

  /// The subschema a dynamic `$dynamicRef` leads to in the current dynamic scope.
  func dynamicTarget(initial: Int, anchor: Int) -> Int {
    for resource in scope?.resources ?? [] {
      if let target = program.dynamicAnchors[resource][anchor] { return target }
    }
    return initial
  }

  func satisfies(_ keyword: Keyword, _ node: Node, schema: Int) -> Bool {
    switch keyword {
    case .type(let types): return types.allows(node)
    case .constant(let value): return jsonEqual(node, value)
    case .enumeration(let enumeration): return enumeration.contains(node)
    case .minimum(let limit): return JSONNumber(node).map { $0.compare(limit) >= 0 } ?? true
    case .exclusiveMinimum(let limit): return JSONNumber(node).map { $0.compare(limit) > 0 } ?? true
    case .maximum(let limit): return JSONNumber(node).map { $0.compare(limit) <= 0 } ?? true
    case .exclusiveMaximum(let limit): return JSONNumber(node).map { $0.compare(limit) < 0 } ?? true
    case .multipleOf(let divisor): return JSONNumber(node).map(divisor.divides) ?? true
    case .minLength(let limit): return hasMinimumLength(node, limit)
    case .maxLength(let limit): return hasMaximumLength(node, limit)
    case .pattern(let regex): return node.string.map(regex.matches) ?? true
    case .format(let format): return node.string.map(format.accepts) ?? true
    case .minItems(let limit): return node.items.map { $0.count >= limit } ?? true
    case .maxItems(let limit): return node.items.map { $0.count <= limit } ?? true
    case .uniqueItems: return node.items.map { firstDuplicate(in: $0) == nil } ?? true
    case .items(let prefix, let rest): return itemsSatisfy(node, prefix: prefix, rest: rest)
    case .contains(let subschema, let minimum, let maximum):
      return containsSatisfies(node, subschema, minimum: minimum, maximum: maximum)
    case .minProperties(let limit): return node.entries.map { $0.count >= limit } ?? true
    case .maxProperties(let limit): return node.entries.map { $0.count <= limit } ?? true
    case .required(let names): return hasRequired(node, names)
    case .dependentRequired(let list): return hasDependentRequired(node, list)
    case .properties(let object): return propertiesSatisfy(node, object)
    case .propertyNames(let subschema): return propertyNamesSatisfy(node, subschema)
    case .dependentSchemas(let list): return dependentSchemasSatisfy(node, list)
    case .allOf(let list): return list.allSatisfy { isValid(node, $0) }
    case .anyOf(let list): return list.contains { isValid(node, $0) }
    case .oneOf(let list): return matchesExactlyOne(node, list)
    case .not(let subschema): return !isValid(node, subschema)
    case .conditional(let condition, let then, let otherwise):
      guard then != nil || otherwise != nil, let branch = isValid(node, condition) ? then : otherwise else {
        return true
      }
      return isValid(node, branch)
    case .ref(let target): return isValid(node, target)
    case .dynamicRef(let initial, let anchor): return isValid(node, dynamicTarget(initial: initial, anchor: anchor))
    case .unevaluatedProperties(let subschema): return unevaluatedPropertiesSatisfy(node, subschema, schema: schema)
    case .unevaluatedItems(let subschema): return unevaluatedItemsSatisfy(node, subschema, schema: schema)
    }
  }

  private func hasMinimumLength(_ node: Node, _ limit: Int) -> Bool {
    guard case .string(let text) = node.value else { return true }
    // A code point takes one to four bytes.
    let bytes = text.utf8.count
    return bytes >= limit && (bytes >= 4 * limit || codePointCount(text) >= limit)
  }

  private func hasMaximumLength(_ node: Node, _ limit: Int) -> Bool {
    guard case .string(let text) = node.value else { return true }
    return text.utf8.count <= limit || codePointCount(text) <= limit
  }

  private func itemsSatisfy(_ node: Node, prefix: [Int], rest: Int?) -> Bool {
    guard case .sequence(let items) = node.value else { return true }
    for position in items.indices {
      if position < prefix.count {
        if !isValid(items[position], prefix[position]) { return false }
      } else {
        guard let rest else { return true }
        if !isValid(items[position], rest) { return false }
      }
    }
    return true
  }

  private func containsSatisfies(_ node: Node, _ subschema: Int, minimum: Int, maximum: Int?) -> Bool {
    guard case .sequence(let items) = node.value else { return true }
    var matches = 0
    for item in items where isValid(item, subschema) {
      matches += 1
      if maximum == nil, matches >= minimum { return true }
      if let maximum, matches > maximum { return false }
    }
    return matches >= minimum
  }

  private func hasRequired(_ node: Node, _ names: [SchemaName]) -> Bool {
    guard case .mapping(let entries) = node.value else { return true }
    return names.allSatisfy { has(entries, $0) }
  }

  private func hasDependentRequired(_ node: Node, _ list: [(name: SchemaName, required: [SchemaName])]) -> Bool {
    guard case .mapping(let entries) = node.value else { return true }
    for (name, required) in list where has(entries, name) {
      if !required.allSatisfy({ has(entries, $0) }) { return false }
    }
    return true
  }

  private func propertiesSatisfy(_ node: Node, _ object: ObjectApplicator) -> Bool {
    guard case .mapping(let entries) = node.value else { return true }
    for entry in entries {
      var declared = false
      if let subschema = object.schema(for: entry.key) {
        declared = true
        if !isValid(entry.value, subschema) { return false }
      }
      for pattern in object.patterns where pattern.regex.matches(entry.key) {
        declared = true
        if !isValid(entry.value, pattern.schema) { return false }
      }
      if !declared, let additional = object.additional, !isValid(entry.value, additional) { return false }
    }
    return true
  }

  private func propertyNamesSatisfy(_ node: Node, _ subschema: Int) -> Bool {
    guard case .mapping(let entries) = node.value else { return true }
    return entries.allSatisfy { isValid(Node(.string($0.key), at: $0.keyLocation), subschema) }
  }

  private func dependentSchemasSatisfy(_ node: Node, _ list: [(name: SchemaName, schema: Int)]) -> Bool {
    guard case .mapping(let entries) = node.value else { return true }
    for (name, subschema) in list where has(entries, name) {
      if !isValid(node, subschema) { return false }
    }
    return true
  }

  private func matchesExactlyOne(_ node: Node, _ list: [Int]) -> Bool {
    var matches = 0
    for subschema in list where isValid(node, subschema) {
      matches += 1
      if matches > 1 { return false }
    }
    return matches == 1
  }

  private func unevaluatedPropertiesSatisfy(_ node: Node, _ subschema: Int, schema: Int) -> Bool {
    guard case .mapping(let entries) = node.value else { return true }
    let evaluated = evaluatedProperties(node, entries, schema: schema)
    for position in entries.indices where !evaluated[position] {
      if !isValid(entries[position].value, subschema) { return false }
    }
    return true
  }

  private func unevaluatedItemsSatisfy(_ node: Node, _ subschema: Int, schema: Int) -> Bool {
    guard case .sequence(let items) = node.value else { return true }
    let evaluated = evaluatedItems(node, items, schema: schema)
    for position in items.indices where !evaluated[position] {
      if !isValid(items[position], subschema) { return false }
    }
    return true
  }
}

/// The schema resources that evaluation has entered and not yet left, outermost first.
final class DynamicScope {
  private(set) var resources: [Int] = []

  /// Enters `resource` unless evaluation is already in it; true when it was entered (then call `leave`).
  @inline(__always)
  func enter(_ resource: Int) -> Bool {
    if resources.last == resource { return false }
    resources.append(resource)
    return true
  }

  @inline(__always)
  func leave() { resources.removeLast() }
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
