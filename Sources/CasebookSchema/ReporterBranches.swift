// Violations of anyOf/oneOf (reporting the closest branch rather than every branch), not and if/then/else.
import CasebookText
import CasebookYAML

extension Reporter {
  private struct Branch {
    var position: Int
    var schema: Int
    var violations: [SchemaViolation]
    /// 0: the branch fits the value's shape; 1: a field's const/enum (a discriminator) differs;
    /// 2: the value is of the wrong type for the branch.
    var tier: Int
    var deepest: Int
  }

  mutating func reportOneOf(
    _ node: Node, _ list: [Int], schema: Int, into out: inout [SchemaViolation]
  ) {
    let matching = list.indices.filter { evaluator.isValid(node, list[$0]) }
    guard matching.count > 1 else {
      reportClosestBranch(node, list, keyword: "oneOf", schema: schema, into: &out)
      return
    }
    let names = matching.map { position -> MessageArgument in
      let branch = program.schemas[list[position]]
      return branch.title.map { .code($0.en) } ?? .message(Message(SchemaText.form, .number(position + 1)))
    }
    out.append(violation("oneOf", node, schema, Message(SchemaText.fitsSeveralForms, .all(names))))
  }

  /// Reports the violations of the branch that came closest to matching.
  mutating func reportClosestBranch(
    _ node: Node, _ list: [Int], keyword: String, schema: Int, into out: inout [SchemaViolation]
  ) {
    let here = pointer
    let baseDepth = path.count
    var branches: [Branch] = []
    for (position, subschema) in list.enumerated() {
      var found: [SchemaViolation] = []
      collect(node, subschema, into: &found)
      var tier = 0
      var deepest = 0
      for item in found {
        let itemDepth = depth(of: item.pointer)
        deepest = max(deepest, itemDepth)
        if item.pointer == here, ["type", "false", "const", "enum"].contains(item.keyword) {
          tier = 2
        } else if itemDepth == baseDepth + 1, item.keyword == "const" || item.keyword == "enum", tier < 1 {
          tier = 1
        }
      }
      branches.append(Branch(position: position, schema: subschema, violations: found, tier: tier, deepest: deepest))
    }
    let applicator = program.schemas[schema].pointer(of: keyword)
    if let combined = combinedViolation(node, branches, keyword: keyword, schemaPointer: applicator, here: here) {
      out.append(combined)
      return
    }
    // A discriminator field with a value no branch accepts: list the values that select a branch.
    if branches.allSatisfy({ $0.tier == 1 }), let field = discriminator(branches.first!, baseDepth: baseDepth),
      branches.allSatisfy({ discriminator($0, baseDepth: baseDepth)?.pointer == field.pointer })
    {
      var values: [Node] = []
      for branch in branches {
        guard let branchValues = allowedValues(of: branch.schema, property: field.name) else {
          values = []
          break
        }
        values += branchValues.filter { value in !values.contains { jsonEqual($0, value) } }
      }
      if !values.isEmpty {
        let value = node[field.name] ?? node
        out.append(SchemaViolation(
          keyword: keyword, pointer: field.pointer, location: field.location,
          message: Message(SchemaText.useOneOf, describeValue(value), listOfValues(values)),
          schemaPointer: applicator))
        return
      }
    }
    let best = branches.min {
      ($0.tier, $0.violations.count, -$0.deepest, $0.position)
        < ($1.tier, $1.violations.count, -$1.deepest, $1.position)
    }!
    out += best.violations
  }

  /// One message for branches that all fail at the same place for the same kind of reason: a wrong type or
  /// value ("expected text or a list"), or one missing field each ("add one of the fields `a` or `b`").
  private func combinedViolation(
    _ node: Node, _ branches: [Branch], keyword: String, schemaPointer: String, here: String
  ) -> SchemaViolation? {
    guard let first = branches.first?.violations.first,
      branches.allSatisfy({ !$0.violations.isEmpty && $0.violations.allSatisfy { $0.pointer == first.pointer } }),
      first.pointer.hasPrefix(here), let tokens = pointerTokens(String(first.pointer.dropFirst(here.count))),
      let value = descendant(of: node, at: tokens)
    else { return nil }
    let result = { (message: Message) in
      SchemaViolation(
        keyword: keyword, pointer: first.pointer, location: first.location, message: message,
        schemaPointer: schemaPointer)
    }
    if branches.allSatisfy({ $0.violations.count == 1 && $0.violations[0].keyword == "required" }) {
      var names: [String] = []
      for branch in branches {
        guard let owner = schemaIndex(ofKeyword: "required", at: branch.violations[0].schemaPointer) else { return nil }
        for case .required(let required) in program.schemas[owner].keywords {
          for name in required where !has(value.entries ?? [], name) && !names.contains(name.text) {
            names.append(name.text)
          }
        }
      }
      return result(Message(SchemaText.missingOneOf, .any(names.map { .code($0) })))
    }
    var types: TypeSet = []
    var values: [Node] = []
    for branch in branches {
      guard branch.violations.allSatisfy({ ["type", "const", "enum"].contains($0.keyword) }) else { return nil }
      if let valueFailure = branch.violations.first(where: { $0.keyword != "type" }) {
        guard let owner = schemaIndex(ofKeyword: valueFailure.keyword, at: valueFailure.schemaPointer),
          let allowed = allowedValues(of: owner)
        else { return nil }
        values += allowed.filter { candidate in !values.contains { jsonEqual($0, candidate) } }
      } else {
        guard let owner = schemaIndex(ofKeyword: "type", at: branch.violations[0].schemaPointer),
          let allowed = typeSet(of: owner)
        else { return nil }
        types.formUnion(allowed)
      }
    }
    if types.isEmpty {
      return result(Message(SchemaText.useOneOf, describeValue(value), listOfValues(values)))
    }
    // Text close to one of several allowed words (`strnig` for `string`) is a typo, not a wrong type.
    if let text = value.string, !types.contains(.string), values.count(where: { $0.string != nil }) > 1,
      suggestions.take(),
      let suggestion = closestMatch(to: text, among: values.compactMap(\.string))
    {
      return result(
        Message(
          SchemaText.didYouMeanUseOneOfOrType, describeValue(value), .code(suggestion), listOfValues(values),
          describeTypes(types)))
    }
    var expected = values.map { describeValue($0, limit: 40) }
    if case .any(let kinds) = describeTypes(types) { expected += kinds }
    return result(typeMismatch(expected: .any(expected), allowing: types, found: value))
  }

  /// The number of reference tokens in a JSON pointer.
  private func depth(of pointer: String) -> Int {
    pointer.reduce(0) { $0 + ($1 == "/" ? 1 : 0) }
  }

  /// The node reached from `node` by following the pointer's tokens.
  private func descendant(of node: Node, at tokens: [String]) -> Node? {
    var current = node
    for token in tokens {
      if let entries = current.entries {
        guard let entry = entries.first(where: { sameText($0.key, token) }) else { return nil }
        current = entry.value
      } else if let items = current.items, let index = Int(token), items.indices.contains(index) {
        current = items[index]
      } else {
        return nil
      }
    }
    return current
  }

  /// The subschema whose `keyword` is at `schemaPointer`.
  private func schemaIndex(ofKeyword keyword: String, at schemaPointer: String) -> Int? {
    program.schemas.indices.first { program.schemas[$0].pointer(of: keyword) == schemaPointer }
  }

  private func discriminator(
    _ branch: Branch, baseDepth: Int
  ) -> (name: String, pointer: String, location: SourceLocation)? {
    for item in branch.violations where item.keyword == "const" || item.keyword == "enum" {
      guard depth(of: item.pointer) == baseDepth + 1,
        let slash = item.pointer.lastIndex(of: "/"),
        let name = pointerTokens(String(item.pointer[slash...]))?.first
      else { continue }
      return (name, item.pointer, item.location)
    }
    return nil
  }

  /// The `type` of a schema, following `$ref` and `allOf`.
  private func typeSet(of schema: Int, depth: Int = 0) -> TypeSet? {
    guard depth < 16 else { return nil }
    for keyword in program.schemas[schema].keywords {
      switch keyword {
      case .type(let types): return types
      case .ref(let target), .dynamicRef(let target, _): if let types = typeSet(of: target, depth: depth + 1) { return types }
      case .allOf(let list):
        for item in list { if let types = typeSet(of: item, depth: depth + 1) { return types } }
      default: break
      }
    }
    return nil
  }

  /// The values a schema's `const`/`enum` allows, following `$ref` and `allOf`; with `property`, those of the
  /// schema of that property.
  private func allowedValues(of schema: Int, property: String? = nil, depth: Int = 0) -> [Node]? {
    guard depth < 16 else { return nil }
    for keyword in program.schemas[schema].keywords {
      switch keyword {
      case .constant(let value) where property == nil: return [value]
      case .enumeration(let enumeration) where property == nil: return enumeration.values
      case .properties(let object):
        if let property, let subschema = object.schema(for: property),
          let values = allowedValues(of: subschema, depth: depth + 1)
        {
          return values
        }
      case .ref(let target), .dynamicRef(let target, _):
        if let values = allowedValues(of: target, property: property, depth: depth + 1) { return values }
      case .allOf(let list):
        for item in list {
          if let values = allowedValues(of: item, property: property, depth: depth + 1) { return values }
        }
      default: break
      }
    }
    return nil
  }

  /// A short phrase for what a schema accepts: its title, its constant, its type...
  func describeSchema(_ schema: Int) -> MessageArgument {
    let compiled = program.schemas[schema]
    if let title = (compiled.title ?? compiled.description)?.orEnglish {
      return .translated(Texts(en: "“\(shortened(title.en, limit: 80))”", nl: "“\(shortened(title.nl, limit: 80))”"))
    }
    if let values = allowedValues(of: schema) {
      return values.count == 1 ? describeValue(values[0]) : .message(Message(SchemaText.oneOfValues, listOfValues(values)))
    }
    if let types = typeSet(of: schema) { return describeTypes(types) }
    return .message(Message(SchemaText.asDescribedAt, .code(compiled.pointer.isEmpty ? "/" : compiled.pointer)))
  }

  func notMessage(_ node: Node, _ subschema: Int) -> Message {
    let compiled = program.schemas[subschema]
    if let text = compiled.title ?? compiled.description {
      return Message(SchemaText.notTitled, .translated(text.orEnglish))
    }
    for keyword in compiled.keywords {
      switch keyword {
      case .required(let names) where compiled.keywords.count == 1:
        let present = names.filter { has(node.entries ?? [], $0) }.map { MessageArgument.code($0.text) }
        return present.count == 1
          ? Message(SchemaText.fieldNotAllowed, present[0])
          : Message(SchemaText.notAllPresent, .all(present))
      case .constant, .enumeration:
        return Message(SchemaText.valueNotAllowed, describeValue(node))
      case .type(let types) where compiled.keywords.count == 1:
        return Message(SchemaText.mustNotBe, describeTypes(types))
      default: continue
      }
    }
    return Message(SchemaText.matchesForbidden, .code(compiled.pointer.isEmpty ? "/" : compiled.pointer))
  }

  mutating func reportConditional(
    _ node: Node, condition: Int, then: Int?, otherwise: Int?, into out: inout [SchemaViolation]
  ) {
    let holds = evaluator.isValid(node, condition)
    guard let branch = holds ? then : otherwise else { return }
    var found: [SchemaViolation] = []
    collect(node, branch, into: &found)
    guard let condition = conditionText(condition) else {
      out += found
      return
    }
    out += found.map { wrapping($0, holds ? .appliesWhen : .appliesUnless, condition) }
  }

  /// "`kind` is `video`", from the condition's const/enum fields, required fields or title.
  private func conditionText(_ condition: Int) -> MessageArgument? {
    let compiled = program.schemas[condition]
    if let title = compiled.title { return .translated(title.orEnglish) }
    var parts: [MessageArgument] = []
    var mentioned: [String] = []
    for keyword in compiled.keywords {
      if case .properties(let object) = keyword {
        for (name, subschema) in zip(object.names.map(\.text), object.schemas) {
          guard let values = allowedValues(of: subschema) else { continue }
          mentioned.append(name)
          parts.append(
            .message(
              values.count == 1
                ? Message(SchemaText.conditionIs, .code(name), describeValue(values[0]))
                : Message(SchemaText.conditionOneOf, .code(name), listOfValues(values))))
        }
      }
    }
    for keyword in compiled.keywords {
      if case .required(let names) = keyword {
        for name in names.map(\.text) where !mentioned.contains(name) {
          parts.append(.message(Message(SchemaText.conditionPresent, .code(name))))
        }
      }
    }
    return parts.isEmpty ? nil : .all(parts)
  }
}
