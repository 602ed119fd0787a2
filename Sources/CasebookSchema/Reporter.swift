// The slow path, run only on invalid instances: collects every violation with its instance pointer,
// location and message. Each keyword is first re-checked with the fast evaluator, so valid parts of the
// document cost no string building.
import CasebookYAML

struct Reporter {
  enum PathStep {
    case key(String)
    case index(Int)
  }

  let program: Program
  let evaluator: Evaluator
  var path: [PathStep] = []
  /// Did-you-mean suggestions left for this report (see ``SuggestionBudget``).
  let suggestions = SuggestionBudget(100)

  init(evaluator: Evaluator) {
    program = evaluator.program
    self.evaluator = evaluator
  }

  mutating func report(_ instance: Node) -> [SchemaViolation] {
    var violations: [SchemaViolation] = []
    collect(instance, program.root, into: &violations)
    // The fast path may have run out of stack where this one did not look (inside `not`, for instance).
    if evaluator.stack.wasExceeded, !violations.contains(where: { $0.keyword == "depth" }) {
      violations.append(tooDeep(instance, program.schemas[program.root]))
    }
    return violations
  }

  private func tooDeep(_ node: Node, _ schema: CompiledSchema) -> SchemaViolation {
    SchemaViolation(
      keyword: "depth", pointer: pointer, location: node.location,
      message: "the document is nested too deeply to be checked here; simplify its structure",
      schemaPointer: schema.pointer)
  }

  /// The JSON pointer of the current instance location.
  var pointer: String {
    var result = ""
    for step in path {
      switch step {
      case .key(let key): result += "/" + escapePointerToken(key)
      case .index(let index): result += "/\(index)"
      }
    }
    return result
  }

  /// A violation of `keyword` of `schema` at the current instance location.
  func violation(_ keyword: String, _ node: Node, _ schema: Int, _ message: String) -> SchemaViolation {
    SchemaViolation(
      keyword: keyword, pointer: pointer, location: node.location, message: message,
      schemaPointer: program.schemas[schema].pointer(of: keyword))
  }

  mutating func collect(_ node: Node, _ index: Int, into out: inout [SchemaViolation]) {
    let schema = program.schemas[index]
    if schema.alwaysFalse {
      out.append(SchemaViolation(
        keyword: "false", pointer: pointer, location: node.location, message: notAllowedMessage(schema),
        schemaPointer: schema.pointer))
      return
    }
    if evaluator.stack.isExhausted() {
      out.append(tooDeep(node, schema))
      return
    }
    let entered = evaluator.scope?.enter(schema.resource) ?? false
    defer { if entered { evaluator.scope?.leave() } }
    for keyword in schema.keywords where !evaluator.satisfies(keyword, node, schema: index) {
      let before = out.count
      collect(keyword, node, schema: index, into: &out)
      if out.count == before {
        out.append(SchemaViolation(
          keyword: "schema", pointer: pointer, location: node.location,
          message: "this value does not match the schema at `\(schema.pointer.isEmpty ? "/" : schema.pointer)`",
          schemaPointer: schema.pointer))
      }
    }
  }

  /// "the field `x` is not allowed here", or the schema's own title when it has one.
  func notAllowedMessage(_ schema: CompiledSchema) -> String {
    if let text = schema.title ?? schema.description { return "not allowed here: \(text)" }
    if case .key(let key)? = path.last { return "the field `\(key)` is not allowed here; remove it" }
    if case .index(let index)? = path.last { return "item \(index + 1) is not allowed here; remove it" }
    return "no value is allowed here"
  }

  private mutating func collect(
    _ keyword: Keyword, _ node: Node, schema index: Int, into out: inout [SchemaViolation]
  ) {
    let schema = program.schemas[index]
    switch keyword {
    case .type(let types):
      out.append(violation("type", node, index, typeMismatch(expected: describeTypes(types), allowing: types, found: node)))
    case .constant(let value):
      out.append(violation("const", node, index,
        "\(describeValue(node)) is not allowed here; it must be \(describeValue(value))"))
    case .enumeration(let enumeration):
      out.append(violation("enum", node, index, enumMessage(node, enumeration.values)))
    case .minimum(let limit):
      out.append(violation("minimum", node, index, "\(compactJSON(node)) is too small; the minimum is \(limit)"))
    case .exclusiveMinimum(let limit):
      out.append(violation("exclusiveMinimum", node, index,
        "\(compactJSON(node)) is too small; it must be greater than \(limit)"))
    case .maximum(let limit):
      out.append(violation("maximum", node, index, "\(compactJSON(node)) is too large; the maximum is \(limit)"))
    case .exclusiveMaximum(let limit):
      out.append(violation("exclusiveMaximum", node, index,
        "\(compactJSON(node)) is too large; it must be less than \(limit)"))
    case .multipleOf(let divisor):
      out.append(violation("multipleOf", node, index,
        "\(compactJSON(node)) is not a multiple of \(divisor.value); use a multiple of \(divisor.value)"))
    case .minLength(let limit):
      let length = node.string.map(codePointCount) ?? 0
      out.append(violation("minLength", node, index,
        "text is too short: \(plural(length, "character")), at least \(limit)" + hint(schema)))
    case .maxLength(let limit):
      let length = node.string.map(codePointCount) ?? 0
      out.append(violation("maxLength", node, index,
        "text is too long: \(plural(length, "character")), at most \(limit)" + hint(schema)))
    case .pattern(let regex):
      let form = schema.description.map { ": \($0)" } ?? " (it must match the pattern `\(regex.source)`)"
      out.append(violation("pattern", node, index, "\(describeValue(node)) does not have the expected form\(form)"))
    case .format(let format):
      out.append(violation("format", node, index, formatMessage(node, format)))
    case .minItems(let limit):
      let count = node.items?.count ?? 0
      out.append(violation("minItems", node, index,
        "the list has \(plural(count, "item")); at least \(limit) \(limit == 1 ? "is" : "are") needed"))
    case .maxItems(let limit):
      let count = node.items?.count ?? 0
      out.append(violation("maxItems", node, index,
        "the list has \(plural(count, "item")); at most \(limit) \(limit == 1 ? "is" : "are") allowed"))
    case .uniqueItems:
      reportDuplicates(node, schema: index, into: &out)
    case .items(let prefix, let rest):
      reportItems(node, prefix: prefix, rest: rest, schema: index, into: &out)
    case .contains(let subschema, let minimum, let maximum):
      let items = node.items ?? []
      let matches = items.filter { evaluator.isValid($0, subschema) }.count
      let wanted = describeSchema(subschema)
      let message = matches < minimum
        ? (minimum == 1 && matches == 0
          ? "the list needs at least one item that is \(wanted)"
          : "the list needs at least \(plural(minimum, "item")) that \(minimum == 1 ? "is" : "are") \(wanted), "
            + "found \(matches)")
        : "the list may have at most \(plural(maximum ?? 0, "item")) that \(maximum == 1 ? "is" : "are") "
          + "\(wanted), found \(matches)"
      let keyword = matches < minimum ? (minimum == 1 ? "contains" : "minContains") : "maxContains"
      out.append(violation(keyword, node, index, message))
    case .minProperties(let limit):
      let count = node.entries?.count ?? 0
      out.append(violation("minProperties", node, index,
        "there \(count == 1 ? "is" : "are") \(plural(count, "field")) here; at least \(limit) "
          + "\(limit == 1 ? "is" : "are") needed"))
    case .maxProperties(let limit):
      let count = node.entries?.count ?? 0
      out.append(violation("maxProperties", node, index,
        "there \(count == 1 ? "is" : "are") \(plural(count, "field")) here; at most \(limit) "
          + "\(limit == 1 ? "is" : "are") allowed"))
    case .required(let names):
      let entries = node.entries ?? []
      for name in names where !has(entries, name) {
        out.append(violation("required", node, index,
          "missing required field `\(name.text)`" + fieldHint(name.text, index)))
      }
    case .dependentRequired(let list):
      let entries = node.entries ?? []
      for (trigger, required) in list where has(entries, trigger) {
        for name in required where !has(entries, name) {
          let location = entries.first { trigger.matches($0.key) }?.keyLocation ?? node.location
          var item = violation("dependentRequired", node, index,
            "missing field `\(name.text)`, which is required when `\(trigger.text)` is present"
              + fieldHint(name.text, index))
          item.location = location
          out.append(item)
        }
      }
    case .properties(let object):
      reportProperties(node, object, schema: index, into: &out)
    case .propertyNames(let subschema):
      reportPropertyNames(node, subschema, into: &out)
    case .dependentSchemas(let list):
      let entries = node.entries ?? []
      for (trigger, subschema) in list
      where has(entries, trigger) && !evaluator.isValid(node, subschema) {
        var found: [SchemaViolation] = []
        collect(node, subschema, into: &found)
        out += found.map { appending(" (this applies when `\(trigger.text)` is present)", to: $0) }
      }
    case .allOf(let list):
      for subschema in list where !evaluator.isValid(node, subschema) {
        collect(node, subschema, into: &out)
      }
    case .anyOf(let list):
      reportClosestBranch(node, list, keyword: "anyOf", schema: index, into: &out)
    case .oneOf(let list):
      reportOneOf(node, list, schema: index, into: &out)
    case .not(let subschema):
      out.append(violation("not", node, index, notMessage(node, subschema)))
    case .conditional(let condition, let then, let otherwise):
      reportConditional(node, condition: condition, then: then, otherwise: otherwise, into: &out)
    case .ref(let target):
      collect(node, target, into: &out)
    case .dynamicRef(let initial, let anchor):
      collect(node, evaluator.dynamicTarget(initial: initial, anchor: anchor), into: &out)
    case .unevaluatedProperties(let subschema):
      reportUnevaluatedProperties(node, subschema, schema: index, into: &out)
    case .unevaluatedItems(let subschema):
      reportUnevaluatedItems(node, subschema, schema: index, into: &out)
    }
  }

  func appending(_ suffix: String, to violation: SchemaViolation) -> SchemaViolation {
    var copy = violation
    copy.message += suffix
    return copy
  }

  /// " (Title)" from the schema's title or description, when it has one.
  func hint(_ schema: CompiledSchema) -> String {
    guard let text = schema.title ?? schema.description else { return "" }
    return " (\(shortened(text, limit: 100)))"
  }

  /// The title or description of the property `name` in the schema's `properties`, as a hint.
  func fieldHint(_ name: String, _ schema: Int) -> String {
    for keyword in program.schemas[schema].keywords {
      if case .properties(let object) = keyword, let property = object.schema(for: name) {
        return hint(program.schemas[property])
      }
    }
    return ""
  }

  private func enumMessage(_ node: Node, _ values: [Node]) -> String {
    if values.isEmpty { return "no value is allowed here" }
    var message = "\(describeValue(node)) is not allowed here"
    if let text = node.string, suggestions.take(),
      let suggestion = closestMatch(to: text, among: values.compactMap(\.string))
    {
      message += "; did you mean `\(suggestion)`? Use one of: "
    } else {
      message += "; use one of: "
    }
    return message + listOfValues(values)
  }

  private func formatMessage(_ node: Node, _ format: Format) -> String {
    let value = describeValue(node)
    switch format {
    case .date: return "\(value) is not a valid date (YYYY-MM-DD)"
    case .time: return "\(value) is not a valid time (hh:mm:ss with a time zone, e.g. 09:30:00+02:00 or 07:30:00Z)"
    case .dateTime:
      return "\(value) is not a valid date and time (YYYY-MM-DDThh:mm:ss with a time zone, "
        + "e.g. 2024-05-01T09:30:00+02:00 or 2024-05-01T07:30:00Z)"
    case .duration: return "\(value) is not a valid duration (such as P1Y2M, P3D, PT1H30M or P2W)"
    case .email: return "\(value) is not a valid e-mail address"
    case .hostname: return "\(value) is not a valid host name (such as www.example.org)"
    case .ipv4: return "\(value) is not a valid IPv4 address (four numbers 0-255, such as 192.0.2.1)"
    case .ipv6: return "\(value) is not a valid IPv6 address"
    case .uri: return "\(value) is not a valid URI; write a full address such as https://example.org/page"
    case .uriReference: return "\(value) is not a valid URI reference (spaces and some characters must be %-encoded)"
    case .iri: return "\(value) is not a valid IRI; write a full address such as https://example.org/pagina"
    case .iriReference: return "\(value) is not a valid IRI reference (spaces must be %-encoded)"
    case .uuid: return "\(value) is not a valid UUID (such as 123e4567-e89b-12d3-a456-426614174000)"
    case .jsonPointer: return "\(value) is not a valid JSON pointer (such as /sources/0/url)"
    case .regex: return "\(value) is not a valid regular expression"
    }
  }

  private mutating func reportDuplicates(_ node: Node, schema: Int, into out: inout [SchemaViolation]) {
    let items = node.items ?? []
    var firstPosition: [JSONKey: Int] = [:]
    for (position, item) in items.enumerated() {
      guard let earlier = firstPosition[JSONKey(node: item)] else {
        firstPosition[JSONKey(node: item)] = position
        continue
      }
      path.append(.index(position))
      out.append(violation("uniqueItems", item, schema,
        "item \(position + 1) repeats item \(earlier + 1) (\(describeValue(item, limit: 40))); "
          + "each item must be unique"))
      path.removeLast()
    }
  }
}
