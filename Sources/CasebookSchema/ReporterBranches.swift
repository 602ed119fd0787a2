// Violations of anyOf/oneOf (reporting the closest branch rather than every branch), not and if/then/else.
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
    /// Whether a `type` keyword failed on the value itself (rather than a const, enum or false schema).
    var wrongType: Bool
  }

  mutating func reportOneOf(
    _ node: Node, _ list: [Int], schema: Int, into out: inout [SchemaViolation]
  ) {
    let matching = list.indices.filter { evaluator.isValid(node, list[$0]) }
    guard matching.count > 1 else {
      reportClosestBranch(node, list, keyword: "oneOf", schema: schema, into: &out)
      return
    }
    let names = matching.map { position in
      let branch = program.schemas[list[position]]
      return (branch.title.map { "`\($0)`" } ?? "form \(position + 1)")
    }
    out.append(violation("oneOf", node, schema,
      "this value fits more than one of the allowed forms (\(names.joined(separator: " and "))); "
        + "change it so that it fits exactly one"))
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
      var wrongType = false
      for item in found {
        let itemDepth = item.pointer.reduce(0) { $0 + ($1 == "/" ? 1 : 0) }
        deepest = max(deepest, itemDepth)
        if item.pointer == here, ["type", "false", "const", "enum"].contains(item.keyword) {
          tier = 2
          wrongType = wrongType || item.keyword == "type"
        } else if itemDepth == baseDepth + 1, item.keyword == "const" || item.keyword == "enum", tier < 1 {
          tier = 1
        }
      }
      branches.append(Branch(
        position: position, schema: subschema, violations: found, tier: tier, deepest: deepest, wrongType: wrongType))
    }
    // Wrong type for every branch: one message listing the kinds that would fit.
    if branches.allSatisfy({ $0.tier == 2 }) {
      var types: TypeSet = []
      var values: [Node] = []
      var complete = true
      for branch in branches {
        if branch.wrongType, let branchTypes = typeSet(of: branch.schema) {
          types.formUnion(branchTypes)
        } else if !branch.wrongType, let branchValues = allowedValues(of: branch.schema) {
          values += branchValues
        } else {
          complete = false
        }
      }
      if complete, values.isEmpty, !types.isEmpty {
        out.append(violation(keyword, node, schema,
          "expected \(describeTypes(types)), found \(describeType(of: node))"))
        return
      }
      if complete, types.isEmpty, !values.isEmpty {
        out.append(violation(keyword, node, schema,
          "\(describeValue(node)) is not allowed here; use one of: \(listOfValues(values))"))
        return
      }
      if complete, !types.isEmpty {
        let expected = values.map { describeValue($0, limit: 40) } + [describeTypes(types)]
        out.append(violation(keyword, node, schema,
          "expected \(joinedWithOr(expected)), found \(describeType(of: node))"))
        return
      }
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
          message: "\(describeValue(value)) is not allowed here; use one of: \(listOfValues(values))",
          schemaPointer: program.schemas[schema].pointer(of: keyword)))
        return
      }
    }
    let best = branches.min {
      ($0.tier, $0.violations.count, -$0.deepest, $0.position) < ($1.tier, $1.violations.count, -$1.deepest, $1.position)
    }!
    out += best.violations
  }

  private func discriminator(
    _ branch: Branch, baseDepth: Int
  ) -> (name: String, pointer: String, location: SourceLocation)? {
    for item in branch.violations where item.keyword == "const" || item.keyword == "enum" {
      guard item.pointer.reduce(0, { $0 + ($1 == "/" ? 1 : 0) }) == baseDepth + 1,
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
      case .ref(let target): if let types = typeSet(of: target, depth: depth + 1) { return types }
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
      case .ref(let target):
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
  func describeSchema(_ schema: Int) -> String {
    let compiled = program.schemas[schema]
    if let title = compiled.title ?? compiled.description { return "“\(shortened(title, limit: 80))”" }
    if let values = allowedValues(of: schema) {
      return values.count == 1 ? describeValue(values[0]) : "one of \(listOfValues(values))"
    }
    if let types = typeSet(of: schema) { return describeTypes(types) }
    return "as described at `\(compiled.pointer.isEmpty ? "/" : compiled.pointer)`"
  }

  func notMessage(_ node: Node, _ subschema: Int) -> String {
    let compiled = program.schemas[subschema]
    if let text = compiled.title ?? compiled.description { return "this value is not allowed here: \(text)" }
    for keyword in compiled.keywords {
      switch keyword {
      case .required(let names) where compiled.keywords.count == 1:
        let present = names.filter { has(node.entries ?? [], $0) }.map { "`\($0.text)`" }
        return present.count == 1
          ? "the field \(present[0]) is not allowed here; remove it"
          : "the fields \(joinedWithOr(present).replacing(" or ", with: " and ")) must not all be present"
      case .constant, .enumeration:
        return "\(describeValue(node)) is not allowed here"
      case .type(let types) where compiled.keywords.count == 1:
        return "this value must not be \(describeTypes(types))"
      default: continue
      }
    }
    return "this value is not allowed here (it matches the schema at "
      + "`\(compiled.pointer.isEmpty ? "/" : compiled.pointer)`, which it must not)"
  }

  mutating func reportConditional(
    _ node: Node, condition: Int, then: Int?, otherwise: Int?, into out: inout [SchemaViolation]
  ) {
    let holds = evaluator.isValid(node, condition)
    guard let branch = holds ? then : otherwise else { return }
    var found: [SchemaViolation] = []
    collect(node, branch, into: &found)
    let suffix = conditionText(condition).map { " (this applies \(holds ? "when" : "unless") \($0))" } ?? ""
    out += found.map { appending(suffix, to: $0) }
  }

  /// "`kind` is `video`", from the condition's const/enum fields, required fields or title.
  private func conditionText(_ condition: Int) -> String? {
    let compiled = program.schemas[condition]
    if let title = compiled.title { return title }
    var parts: [String] = []
    var mentioned: [String] = []
    for keyword in compiled.keywords {
      if case .properties(let object) = keyword {
        for (name, subschema) in zip(object.names.map(\.text), object.schemas) {
          guard let values = allowedValues(of: subschema) else { continue }
          mentioned.append(name)
          parts.append(values.count == 1
            ? "`\(name)` is \(describeValue(values[0]))"
            : "`\(name)` is one of \(listOfValues(values))")
        }
      }
    }
    for keyword in compiled.keywords {
      if case .required(let names) = keyword {
        for name in names.map(\.text) where !mentioned.contains(name) { parts.append("`\(name)` is present") }
      }
    }
    return parts.isEmpty ? nil : parts.joined(separator: " and ")
  }
}
