// Violations of the keywords that apply subschemas to fields and items: properties, additionalProperties,
// propertyNames, prefixItems/items and the unevaluated* keywords.
import CasebookText
import CasebookYAML

extension Reporter {
  mutating func reportItems(
    _ node: Node, prefix: [Int], rest: Int?, schema: Int, into out: inout [SchemaViolation]
  ) {
    let items = node.items ?? []
    for (position, item) in items.enumerated() {
      let subschema = position < prefix.count ? prefix[position] : rest
      guard let subschema, !evaluator.isValid(item, subschema) else { continue }
      path.append(.index(position))
      defer { path.removeLast() }
      if position >= prefix.count, program.schemas[subschema].alwaysFalse {
        out.append(violation("items", item, schema,
          Message(
            SchemaText.tooManyItems, counted(items.count, .item, .items), .number(prefix.count),
            .number(position + 1))))
        return
      }
      collect(item, subschema, into: &out)
    }
  }

  mutating func reportProperties(
    _ node: Node, _ object: ObjectApplicator, schema: Int, into out: inout [SchemaViolation]
  ) {
    // The same for every unknown entry: worked out once, at the first.
    var knownFields: (names: [String], patterns: [String])?
    for entry in node.entries ?? [] {
      path.append(.key(entry.key))
      defer { path.removeLast() }
      var declared = false
      if let subschema = object.schema(for: entry.key) {
        declared = true
        if !evaluator.isValid(entry.value, subschema) {
          collect(entry.value, subschema, into: &out)
        }
      }
      for pattern in object.patterns where pattern.regex.matches(entry.key) {
        declared = true
        if !evaluator.isValid(entry.value, pattern.schema) {
          collect(entry.value, pattern.schema, into: &out)
        }
      }
      guard !declared, let additional = object.additional,
        !evaluator.isValid(entry.value, additional)
      else { continue }
      if program.schemas[additional].alwaysFalse {
        let known = knownFields ?? (object.names.map(\.text), object.patterns.map(\.regex.source))
        knownFields = known
        var item = violation("additionalProperties", entry.value, schema,
          unknownFieldMessage(entry.key, known: known.names, patterns: known.patterns))
        item.location = entry.keyLocation
        out.append(item)
      } else {
        collect(entry.value, additional, into: &out)
      }
    }
  }

  func unknownFieldMessage(_ key: String, known: [String], patterns: [String] = []) -> Message {
    if suggestions.take(), let suggestion = closestMatch(to: key, among: known) {
      return Message(SchemaText.unknownFieldDidYouMean, .code(key), .code(suggestion))
    }
    if known.isEmpty, patterns.isEmpty { return Message(SchemaText.unknownFieldNoneAllowed, .code(key)) }
    if !known.isEmpty, known.count <= 15 {
      return Message(SchemaText.unknownFieldUseOneOf, .code(key), .text(known.joined(separator: ", ")))
    }
    return Message(SchemaText.unknownField, .code(key))
  }

  mutating func reportPropertyNames(
    _ node: Node, _ subschema: Int, into out: inout [SchemaViolation]
  ) {
    for entry in node.entries ?? [] {
      let name = Node(.string(entry.key), at: entry.keyLocation)
      guard !evaluator.isValid(name, subschema) else { continue }
      path.append(.key(entry.key))
      defer { path.removeLast() }
      if program.schemas[subschema].alwaysFalse {
        out.append(SchemaViolation(
          keyword: "propertyNames", pointer: pointer, location: entry.keyLocation,
          message: Message(SchemaText.noFieldsAllowed, .code(entry.key)),
          schemaPointer: program.schemas[subschema].pointer))
        continue
      }
      var found: [SchemaViolation] = []
      collect(name, subschema, into: &found)
      for var item in found {
        item.keyword = "propertyNames"
        item.location = entry.keyLocation
        item.message = Message(SchemaText.fieldNameNotAllowed, .code(entry.key), .message(item.message))
        out.append(item)
      }
    }
  }

  mutating func reportUnevaluatedProperties(
    _ node: Node, _ subschema: Int, schema: Int, into out: inout [SchemaViolation]
  ) {
    let entries = node.entries ?? []
    let evaluated = evaluator.evaluatedProperties(node, entries, schema: schema)
    // The same for every unknown entry: worked out once, at the first.
    var knownNames: [String]?
    for (position, entry) in entries.enumerated()
    where !evaluated[position] && !evaluator.isValid(entry.value, subschema) {
      path.append(.key(entry.key))
      defer { path.removeLast() }
      if program.schemas[subschema].alwaysFalse {
        let known = knownNames ?? knownPropertyNames(schema)
        knownNames = known
        var item = violation("unevaluatedProperties", entry.value, schema, unknownFieldMessage(entry.key, known: known))
        item.location = entry.keyLocation
        out.append(item)
      } else {
        collect(entry.value, subschema, into: &out)
      }
    }
  }

  mutating func reportUnevaluatedItems(
    _ node: Node, _ subschema: Int, schema: Int, into out: inout [SchemaViolation]
  ) {
    let items = node.items ?? []
    let evaluated = evaluator.evaluatedItems(node, items, schema: schema)
    for (position, item) in items.enumerated()
    where !evaluated[position] && !evaluator.isValid(item, subschema) {
      path.append(.index(position))
      defer { path.removeLast() }
      if program.schemas[subschema].alwaysFalse {
        out.append(violation("unevaluatedItems", item, schema, Message(SchemaText.unexpectedItem, .number(position + 1))))
      } else {
        collect(item, subschema, into: &out)
      }
    }
  }

  /// The names in `properties` of the schema and of the subschemas it applies in place.
  func knownPropertyNames(_ schema: Int) -> [String] {
    var names: [String] = []
    var visited: Set<Int> = []
    var pending = [schema]
    while let current = pending.popLast() {
      guard visited.insert(current).inserted else { continue }
      for keyword in program.schemas[current].keywords {
        switch keyword {
        case .properties(let object): names += object.names.map(\.text)
        case .ref(let target), .dynamicRef(let target, _): pending.append(target)
        case .allOf(let list), .anyOf(let list), .oneOf(let list): pending += list
        case .conditional(let condition, let then, let otherwise):
          pending += [condition, then, otherwise].compactMap { $0 }
        case .dependentSchemas(let list): pending += list.map(\.schema)
        default: break
        }
      }
    }
    return names
  }
}
