// What `unevaluatedProperties` and `unevaluatedItems` need: which properties and items the schema's other
// keywords, and the subschemas it applies in place that succeed, have evaluated. Computed only when a schema
// has one of those keywords, so other schemas pay nothing.
import CasebookYAML

extension Evaluator {
  /// For each entry, whether schema `index` (not counting its own `unevaluatedProperties`) evaluated it.
  func evaluatedProperties(_ node: Node, _ entries: [Node.Entry], schema index: Int) -> [Bool] {
    var evaluated = [Bool](repeating: false, count: entries.count)
    markProperties(node, entries, schema: index, isOwner: true, into: &evaluated)
    return evaluated
  }

  /// For each item, whether schema `index` (not counting its own `unevaluatedItems`) evaluated it.
  func evaluatedItems(_ node: Node, _ items: [Node], schema index: Int) -> [Bool] {
    var evaluated = [Bool](repeating: false, count: items.count)
    markItems(node, items, schema: index, isOwner: true, into: &evaluated)
    return evaluated
  }

  private func markProperties(
    _ node: Node, _ entries: [Node.Entry], schema index: Int, isOwner: Bool, into evaluated: inout [Bool]
  ) {
    guard !stack.isExhausted() else { return }
    let entered = scope?.enter(program.schemas[index].resource) ?? false
    defer { if entered { scope?.leave() } }
    for keyword in program.schemas[index].keywords {
      switch keyword {
      case .properties(let object):
        for (position, entry) in entries.enumerated()
        where object.additional != nil || object.isDeclared(entry.key) {
          evaluated[position] = true
        }
      case .unevaluatedProperties where !isOwner:
        evaluated = evaluated.map { _ in true }
      default:
        forEachInPlaceSuccess(keyword, node) { subschema in
          markProperties(node, entries, schema: subschema, isOwner: false, into: &evaluated)
        }
      }
    }
  }

  private func markItems(
    _ node: Node, _ items: [Node], schema index: Int, isOwner: Bool, into evaluated: inout [Bool]
  ) {
    guard !stack.isExhausted() else { return }
    let entered = scope?.enter(program.schemas[index].resource) ?? false
    defer { if entered { scope?.leave() } }
    for keyword in program.schemas[index].keywords {
      switch keyword {
      case .items(let prefix, let rest):
        let count = rest == nil ? min(prefix.count, items.count) : items.count
        for position in 0..<count { evaluated[position] = true }
      case .contains(let subschema, _, _):
        for (position, item) in items.enumerated() where isValid(item, subschema) {
          evaluated[position] = true
        }
      case .unevaluatedItems where !isOwner:
        evaluated = evaluated.map { _ in true }
      default:
        forEachInPlaceSuccess(keyword, node) { subschema in
          markItems(node, items, schema: subschema, isOwner: false, into: &evaluated)
        }
      }
    }
  }

  /// Calls `body` with every subschema that `keyword` applies to `node` itself and that `node` satisfies
  /// (annotations of failed subschemas are dropped).
  private func forEachInPlaceSuccess(_ keyword: Keyword, _ node: Node, _ body: (Int) -> Void) {
    switch keyword {
    case .ref(let target):
      if isValid(node, target) { body(target) }
    case .dynamicRef(let initial, let anchor):
      let target = dynamicTarget(initial: initial, anchor: anchor)
      if isValid(node, target) { body(target) }
    case .allOf(let list), .anyOf(let list), .oneOf(let list):
      for subschema in list where isValid(node, subschema) { body(subschema) }
    case .conditional(let condition, let then, let otherwise):
      if isValid(node, condition) {
        body(condition)
        if let then, isValid(node, then) { body(then) }
      } else if let otherwise, isValid(node, otherwise) {
        body(otherwise)
      }
    case .dependentSchemas(let list):
      guard case .mapping(let entries) = node.value else { return }
      for (name, subschema) in list where has(entries, name) && isValid(node, subschema) {
        body(subschema)
      }
    default:
      break
    }
  }
}
