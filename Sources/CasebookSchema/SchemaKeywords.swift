import CasebookText
// Compiles the keywords of one schema object, checking that each has a value it can have.
import CasebookYAML

extension SchemaCompiler {
  /// The keywords of the schema object `node`, sorted cheapest first. Subschemas are compiled on the way;
  /// a `$ref` is left as a placeholder and queued in `pendingReferences`.
  mutating func compileKeywords(
    of node: Node, schema: Int, context: KeywordContext
  ) throws(SchemaError) -> [Keyword] {
    var keywords: [Keyword] = []
    var dynamicReference: (text: String, pointer: String, location: SourceLocation)?
    var reference: (text: String, pointer: String, location: SourceLocation)?
    var propertyNames: [SchemaName] = []
    var propertySchemas: [Int] = []
    var patterns: [(regex: Regex, schema: Int)] = []
    var additional: Int?
    var hasObjectApplicator = false
    var prefixItems: [Int]?
    var items: Int?
    var contains: Int?
    var containsBounds: (min: Int, max: Int?) = (1, nil)
    var condition: (if: Int?, then: Int?, else: Int?)
    let document = context.document

    for entry in node.entries ?? [] where context.vocabularies.allows(entry.key) {
      let value = entry.value
      let pointer = context.pointer + "/" + escapePointerToken(entry.key)
      func subschema(_ node: Node, at pointer: String) throws(SchemaError) -> Int {
        try compileSchema(
          node, document: document, pointer: pointer, base: context.base, depth: context.depth + 1,
          vocabularies: context.vocabularies)
      }
      func schemaList(nonEmpty: Bool) throws(SchemaError) -> [Int] {
        guard let list = value.items, !(nonEmpty && list.isEmpty) else {
          throw invalid(Message(SchemaDefinitionText.listOfSchemas, .code(entry.key)), pointer, document, value)
        }
        var result: [Int] = []
        for (index, item) in list.enumerated() { result.append(try subschema(item, at: pointer + "/\(index)")) }
        return result
      }
      func schemaMap() throws(SchemaError) -> [(name: SchemaName, schema: Int)] {
        guard let map = value.entries else {
          throw invalid(Message(SchemaDefinitionText.objectOfSchemas, .code(entry.key)), pointer, document, value)
        }
        var result: [(name: SchemaName, schema: Int)] = []
        for item in map {
          result.append(
            (SchemaName(item.key), try subschema(item.value, at: pointer + "/" + escapePointerToken(item.key))))
        }
        return result
      }
      func count() throws(SchemaError) -> Int {
        guard let number = value.integer, number >= 0 else {
          throw invalid(Message(SchemaDefinitionText.count, .code(entry.key)), pointer, document, value)
        }
        return number
      }
      func number() throws(SchemaError) -> JSONNumber {
        guard let number = JSONNumber(value) else {
          throw invalid(Message(SchemaDefinitionText.number, .code(entry.key)), pointer, document, value)
        }
        return number
      }
      func regex(_ source: String, at pointer: String) throws(SchemaError) -> Regex {
        do {
          return try Regex(source)
        } catch {
          throw invalid(
            Message(SchemaDefinitionText.badPattern, .code(source), .message(error.message)), pointer, document, value)
        }
      }

      switch entry.key {
      case "type": keywords.append(.type(try typeSet(value, pointer, document)))
      case "const": keywords.append(.constant(value))
      case "enum":
        guard let list = value.items else { throw invalid(Message(SchemaDefinitionText.enumList), pointer, document, value) }
        keywords.append(.enumeration(Enumeration(list)))
      case "minimum": keywords.append(.minimum(try number()))
      case "maximum": keywords.append(.maximum(try number()))
      case "exclusiveMinimum": keywords.append(.exclusiveMinimum(try number()))
      case "exclusiveMaximum": keywords.append(.exclusiveMaximum(try number()))
      case "multipleOf":
        let divisor = try number()
        guard divisor.double > 0 else {
          throw invalid(Message(SchemaDefinitionText.multipleOf), pointer, document, value)
        }
        keywords.append(.multipleOf(Divisor(divisor)))
      case "minLength": keywords.append(.minLength(try count()))
      case "maxLength": keywords.append(.maxLength(try count()))
      case "minItems": keywords.append(.minItems(try count()))
      case "maxItems": keywords.append(.maxItems(try count()))
      case "minProperties": keywords.append(.minProperties(try count()))
      case "maxProperties": keywords.append(.maxProperties(try count()))
      case "minContains": containsBounds.min = try count()
      case "maxContains": containsBounds.max = try count()
      case "pattern":
        guard let source = value.string else {
          throw invalid(Message(SchemaDefinitionText.patternText), pointer, document, value)
        }
        keywords.append(.pattern(try regex(source, at: pointer)))
      case "format":
        guard let name = value.string else { throw invalid(Message(SchemaDefinitionText.formatText), pointer, document, value) }
        if assertFormats || context.vocabularies.contains(.formatAssertion), let format = Format(name: name) {
          keywords.append(.format(format))
        }
      case "uniqueItems":
        guard let flag = value.bool else {
          throw invalid(Message(SchemaDefinitionText.uniqueItemsFlag), pointer, document, value)
        }
        if flag { keywords.append(.uniqueItems) }
      case "required":
        keywords.append(.required(try names(value, pointer, document)))
      case "dependentRequired":
        guard let map = value.entries else {
          throw invalid(Message(SchemaDefinitionText.dependentRequired), pointer, document, value)
        }
        var list: [(name: SchemaName, required: [SchemaName])] = []
        for item in map {
          list.append(
            (SchemaName(item.key), try names(item.value, pointer + "/" + escapePointerToken(item.key), document)))
        }
        keywords.append(.dependentRequired(list))
      case "prefixItems": prefixItems = try schemaList(nonEmpty: true)
      case "items": items = try subschema(value, at: pointer)
      case "contains": contains = try subschema(value, at: pointer)
      case "properties":
        hasObjectApplicator = true
        for (name, index) in try schemaMap() {
          propertyNames.append(name)
          propertySchemas.append(index)
        }
      case "patternProperties":
        hasObjectApplicator = true
        guard let map = value.entries else {
          throw invalid(Message(SchemaDefinitionText.patternProperties), pointer, document, value)
        }
        for item in map {
          let itemPointer = pointer + "/" + escapePointerToken(item.key)
          patterns.append((try regex(item.key, at: itemPointer), try subschema(item.value, at: itemPointer)))
        }
      case "additionalProperties":
        hasObjectApplicator = true
        additional = try subschema(value, at: pointer)
      case "propertyNames": keywords.append(.propertyNames(try subschema(value, at: pointer)))
      case "dependentSchemas": keywords.append(.dependentSchemas(try schemaMap()))
      case "allOf": keywords.append(.allOf(try schemaList(nonEmpty: true)))
      case "anyOf": keywords.append(.anyOf(try schemaList(nonEmpty: true)))
      case "oneOf": keywords.append(.oneOf(try schemaList(nonEmpty: true)))
      case "not": keywords.append(.not(try subschema(value, at: pointer)))
      case "if": condition.if = try subschema(value, at: pointer)
      case "then": condition.then = try subschema(value, at: pointer)
      case "else": condition.else = try subschema(value, at: pointer)
      case "unevaluatedProperties": keywords.append(.unevaluatedProperties(try subschema(value, at: pointer)))
      case "unevaluatedItems": keywords.append(.unevaluatedItems(try subschema(value, at: pointer)))
      case "$defs":
        _ = try schemaMap()
      case "$ref":
        guard let text = value.string else {
          throw invalid(Message(SchemaDefinitionText.refText), pointer, document, value)
        }
        reference = (resolveURI(text, against: context.base), displayPointer(pointer, document: document),
          value.location)
        keywords.append(.ref(-1))
      case "$dynamicRef":
        guard let text = value.string else {
          throw invalid(Message(SchemaDefinitionText.dynamicRefText), pointer, document, value)
        }
        dynamicReference = (resolveURI(text, against: context.base), displayPointer(pointer, document: document),
          value.location)
        keywords.append(.dynamicRef(initial: -1, anchor: -1))
      default:
        break  // annotations ($comment, title, default, examples...) and unknown keywords
      }
    }

    if hasObjectApplicator {
      keywords.append(.properties(ObjectApplicator(
        names: propertyNames, schemas: propertySchemas, patterns: patterns, additional: additional)))
    }
    if prefixItems != nil || items != nil {
      keywords.append(.items(prefix: prefixItems ?? [], rest: items))
    }
    if let contains {
      keywords.append(.contains(contains, min: containsBounds.min, max: containsBounds.max))
    }
    // An `if` alone checks nothing, but what it evaluates counts for unevaluatedProperties/Items.
    if let conditionSchema = condition.if {
      keywords.append(.conditional(if: conditionSchema, then: condition.then, else: condition.else))
    }

    let sorted = keywords.enumerated().sorted { ($0.element.cost, $0.offset) < ($1.element.cost, $1.offset) }
      .map(\.element)
    if let reference {
      let index = sorted.firstIndex { if case .ref(-1) = $0 { true } else { false } }!
      pendingReferences.append(PendingReference(
        schema: schema, keyword: index, reference: reference.text, pointer: reference.pointer,
        location: reference.location))
    }
    if let dynamicReference {
      let index = sorted.firstIndex { if case .dynamicRef(-1, _) = $0 { true } else { false } }!
      pendingReferences.append(PendingReference(
        schema: schema, keyword: index, reference: dynamicReference.text, pointer: dynamicReference.pointer,
        location: dynamicReference.location, isDynamic: true))
    }
    return sorted
  }

  private func typeSet(_ value: Node, _ pointer: String, _ document: Int) throws(SchemaError) -> TypeSet {
    let names = value.items ?? [value]
    var set: TypeSet = []
    for name in names {
      guard let text = name.string, let type = TypeSet.names.first(where: { $0.0 == text })?.1 else {
        throw invalid(
          Message(SchemaDefinitionText.typeName, describeValue(name)), pointer, document, name)
      }
      set.insert(type)
    }
    return set
  }

  private func names(_ value: Node, _ pointer: String, _ document: Int) throws(SchemaError) -> [SchemaName] {
    guard let list = value.items else {
      throw invalid(Message(SchemaDefinitionText.fieldNames), pointer, document, value)
    }
    var names: [String] = []
    for item in list {
      guard let name = item.string else {
        throw invalid(Message(SchemaDefinitionText.fieldNamesFound, describeValue(item)), pointer, document, item)
      }
      if names.contains(where: { sameText($0, name) }) {
        throw invalid(Message(SchemaDefinitionText.fieldNameTwice, .code(name)), pointer, document, item)
      }
      names.append(name)
    }
    return names.map(SchemaName.init)
  }
}
