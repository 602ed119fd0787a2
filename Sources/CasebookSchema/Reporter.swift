// The slow path, run only on invalid instances: collects every violation with its instance pointer,
// location and message. Each keyword is first re-checked with the fast evaluator, so valid parts of the
// document cost no string building.
import CasebookText
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
      message: Message(SchemaText.tooDeep),
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
  func violation(_ keyword: String, _ node: Node, _ schema: Int, _ message: Message) -> SchemaViolation {
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
          message: Message(SchemaText.noMatch, .code(schema.pointer.isEmpty ? "/" : schema.pointer)),
          schemaPointer: schema.pointer))
      }
    }
  }

  /// "the field `x` is not allowed here", or the schema's own title when it has one.
  func notAllowedMessage(_ schema: CompiledSchema) -> Message {
    if let text = schema.title ?? schema.description {
      return Message(SchemaText.notAllowedTitled, .translated(text.orEnglish))
    }
    if case .key(let key)? = path.last { return Message(SchemaText.fieldNotAllowed, .code(key)) }
    if case .index(let index)? = path.last { return Message(SchemaText.itemNotAllowed, .number(index + 1)) }
    return Message(SchemaText.nothingAllowed)
  }

  private mutating func collect(
    _ keyword: Keyword, _ node: Node, schema index: Int, into out: inout [SchemaViolation]
  ) {
    let schema = program.schemas[index]
    switch keyword {
    case .type(let types):
      out.append(violation("type", node, index, typeMismatch(expected: describeTypes(types), allowing: types, found: node)))
    case .constant(let value):
      out.append(violation("const", node, index, Message(SchemaText.const, describeValue(node), describeValue(value))))
    case .enumeration(let enumeration):
      out.append(violation("enum", node, index, enumMessage(node, enumeration.values)))
    case .minimum(let limit):
      out.append(violation("minimum", node, index, Message(SchemaText.minimum, .text(compactJSON(node)), .text("\(limit)"))))
    case .exclusiveMinimum(let limit):
      out.append(violation("exclusiveMinimum", node, index,
        Message(SchemaText.exclusiveMinimum, .text(compactJSON(node)), .text("\(limit)"))))
    case .maximum(let limit):
      out.append(violation("maximum", node, index, Message(SchemaText.maximum, .text(compactJSON(node)), .text("\(limit)"))))
    case .exclusiveMaximum(let limit):
      out.append(violation("exclusiveMaximum", node, index,
        Message(SchemaText.exclusiveMaximum, .text(compactJSON(node)), .text("\(limit)"))))
    case .multipleOf(let divisor):
      out.append(violation("multipleOf", node, index,
        Message(SchemaText.multipleOf, .text(compactJSON(node)), .text("\(divisor.value)"))))
    case .minLength(let limit):
      let length = node.string.map(codePointCount) ?? 0
      out.append(violation("minLength", node, index,
        hinted(Message(SchemaText.tooShort, counted(length, .character, .characters), .number(limit)), schema)))
    case .maxLength(let limit):
      let length = node.string.map(codePointCount) ?? 0
      out.append(violation("maxLength", node, index,
        hinted(Message(SchemaText.tooLong, counted(length, .character, .characters), .number(limit)), schema)))
    case .pattern(let regex):
      // The schema's description says what form is expected; where it has none in a language, the pattern does.
      let rule = Message(SchemaText.patternRule, .code(regex.source))
      let described = schema.description.map { Texts(en: ": " + $0.en, nl: $0.nl.isEmpty ? "" : ": " + $0.nl) }
      let form = Texts(
        en: described?.en ?? rule.text(.en),
        nl: described.map { $0.nl.isEmpty ? rule.text(.nl) : $0.nl } ?? rule.text(.nl))
      out.append(violation("pattern", node, index, Message(SchemaText.pattern, describeValue(node), .translated(form))))
    case .format(let format):
      out.append(violation("format", node, index, formatMessage(node, format)))
    case .minItems(let limit):
      let count = node.items?.count ?? 0
      out.append(violation("minItems", node, index, Message(SchemaText.minItems, counted(count, .item, .items), .number(limit))))
    case .maxItems(let limit):
      let count = node.items?.count ?? 0
      out.append(violation("maxItems", node, index, Message(SchemaText.maxItems, counted(count, .item, .items), .number(limit))))
    case .uniqueItems:
      reportDuplicates(node, schema: index, into: &out)
    case .items(let prefix, let rest):
      reportItems(node, prefix: prefix, rest: rest, schema: index, into: &out)
    case .contains(let subschema, let minimum, let maximum):
      let items = node.items ?? []
      let matches = items.filter { evaluator.isValid($0, subschema) }.count
      let wanted = describeSchema(subschema)
      let message =
        matches < minimum
        ? (minimum == 1 && matches == 0
          ? Message(SchemaText.containsOne, wanted)
          : Message(count: minimum, one: SchemaText.containsMinOne, other: SchemaText.containsMin, wanted, .number(matches)))
        : Message(count: maximum ?? 0, one: SchemaText.containsMaxOne, other: SchemaText.containsMax, wanted, .number(matches))
      let keyword = matches < minimum ? (minimum == 1 ? "contains" : "minContains") : "maxContains"
      out.append(violation(keyword, node, index, message))
    case .minProperties(let limit):
      let count = node.entries?.count ?? 0
      out.append(violation("minProperties", node, index,
        Message(SchemaText.minProperties, counted(count, .field, .fields), .number(limit))))
    case .maxProperties(let limit):
      let count = node.entries?.count ?? 0
      out.append(violation("maxProperties", node, index,
        Message(SchemaText.maxProperties, counted(count, .field, .fields), .number(limit))))
    case .required(let names):
      let entries = node.entries ?? []
      for name in names where !has(entries, name) {
        out.append(violation("required", node, index,
          fieldHinted(Message(SchemaText.required, .code(name.text)), name.text, index)))
      }
    case .dependentRequired(let list):
      let entries = node.entries ?? []
      for (trigger, required) in list where has(entries, trigger) {
        for name in required where !has(entries, name) {
          let location = entries.first { trigger.matches($0.key) }?.keyLocation ?? node.location
          var item = violation("dependentRequired", node, index,
            fieldHinted(
              Message(SchemaText.dependentRequired, .code(name.text), .code(trigger.text)), name.text, index))
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
        out += found.map { wrapping($0, SchemaText.appliesWhenPresent, .code(trigger.text)) }
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

  /// The violation with its message wrapped in `entry` (`… (this applies when …)`), `arguments` after it.
  func wrapping(_ violation: SchemaViolation, _ entry: SchemaText, _ arguments: MessageArgument...) -> SchemaViolation {
    var copy = violation
    copy.message = Message(entry, arguments: [.message(violation.message)] + arguments)
    return copy
  }

  /// `message (Title)` from the schema's title or description, when it has one; a hint the schema does not
  /// give in Dutch is left out of the Dutch message.
  func hinted(_ message: Message, _ schema: CompiledSchema) -> Message {
    guard let text = schema.title ?? schema.description else { return message }
    let hint = Texts(
      en: " (\(shortened(text.en, limit: 100)))", nl: text.nl.isEmpty ? "" : " (\(shortened(text.nl, limit: 100)))")
    return Message(SchemaText.withHint, .message(message), .translated(hint))
  }

  /// The message with the title or description of the property `name` in the schema's `properties`.
  func fieldHinted(_ message: Message, _ name: String, _ schema: Int) -> Message {
    for keyword in program.schemas[schema].keywords {
      if case .properties(let object) = keyword, let property = object.schema(for: name) {
        return hinted(message, program.schemas[property])
      }
    }
    return message
  }

  private func enumMessage(_ node: Node, _ values: [Node]) -> Message {
    if values.isEmpty { return Message(SchemaText.nothingAllowed) }
    if let text = node.string, suggestions.take(),
      let suggestion = closestMatch(to: text, among: values.compactMap(\.string))
    {
      return Message(SchemaText.didYouMeanUseOneOf, describeValue(node), .code(suggestion), listOfValues(values))
    }
    return Message(SchemaText.useOneOf, describeValue(node), listOfValues(values))
  }

  private func formatMessage(_ node: Node, _ format: Format) -> Message {
    let entry: SchemaFormatText =
      switch format {
      case .date: .date
      case .time: .time
      case .dateTime: .dateTime
      case .duration: .duration
      case .email: .email
      case .hostname: .hostname
      case .ipv4: .ipv4
      case .ipv6: .ipv6
      case .uri: .uri
      case .uriReference: .uriReference
      case .iri: .iri
      case .iriReference: .iriReference
      case .uuid: .uuid
      case .jsonPointer: .jsonPointer
      case .regex: .regex
      }
    return Message(entry, describeValue(node))
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
        Message(SchemaText.repeatsItem, .number(position + 1), .number(earlier + 1), describeValue(item, limit: 40))))
      path.removeLast()
    }
  }
}
