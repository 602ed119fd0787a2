import CasebookYAML
import CasebookText

/// Checks of a best-practice model that its schema cannot express (rule ids `catalog.model-*`): unique ids,
/// known and used pillars, positive weights, checks that read fields the policy schema has, with values those
/// fields can hold, and category ids that exist. They run on a model that matches its schema.
enum ModelRules {
  static func check(
    _ document: Node, file: String, fields: PolicyFields?, taxonomy: Taxonomy?, into diagnostics: inout [Diagnostic]
  ) {
    var checker = ModelChecker(file: file, fields: fields, taxonomy: taxonomy)
    checker.run(document)
    diagnostics += checker.diagnostics
  }
}

private struct ModelChecker {
  let file: String
  let fields: PolicyFields?
  let taxonomy: Taxonomy?
  var diagnostics: [Diagnostic] = []

  mutating func add(_ rule: String, _ message: Message, _ node: Node, _ pointer: String, _ severity: Severity = .error) {
    diagnostics.append(
      Diagnostic(
        file: file, line: node.location.line, column: node.location.column, severity: severity,
        rule: "catalog.model-\(rule)", message: message, pointer: pointer))
  }

  mutating func run(_ document: Node) {
    let pillars = document["pillars"]?.items ?? []
    let criteria = document["criteria"]?.items ?? []
    var pillarIDs: [String] = []
    for (index, pillar) in pillars.enumerated() {
      guard let idNode = pillar["id"], let id = idNode.string else { continue }
      if pillarIDs.contains(id) {
        add("duplicate-id", Message(ModelCheckText.duplicatePillar, .code(id)), idNode, "/pillars/\(index)/id")
      }
      pillarIDs.append(id)
    }
    var criterionIDs: Set<String> = []
    var usedPillars: Set<String> = []
    for (index, criterion) in criteria.enumerated() {
      let pointer = "/criteria/\(index)"
      if let idNode = criterion["id"], let id = idNode.string, !criterionIDs.insert(id).inserted {
        add("duplicate-id", Message(ModelCheckText.duplicateCriterion, .code(id)), idNode, pointer + "/id")
      }
      if let pillarNode = criterion["pillar"], let pillar = pillarNode.string {
        usedPillars.insert(pillar)
        if !pillarIDs.contains(pillar) {
          let hint = NearestNames.suggestions(for: pillar, among: pillarIDs)
          add(
            "unknown-pillar",
            didYouMean(Message(ModelCheckText.unknownPillar, .code(pillar), .text(pillarIDs.joined(separator: ", "))), hint),
            pillarNode, pointer + "/pillar")
        }
      }
      if let weightNode = criterion["weight"], let weight = weightNode.number, !(weight > 0) {
        add("weight", Message(ModelCheckText.weight), weightNode, pointer + "/weight")
      }
      if let check = criterion["check"] { checkCheck(check, pointer: pointer + "/check") }
      if let check = criterion["applies_if"] { checkCheck(check, pointer: pointer + "/applies_if") }
      for (position, item) in (criterion["cases"]?["categories"]?.items ?? []).enumerated() {
        checkCategory(item, pointer: "\(pointer)/cases/categories/\(position)")
      }
    }
    for (index, pillar) in pillars.enumerated() {
      guard let idNode = pillar["id"], let id = idNode.string, !usedPillars.contains(id) else { continue }
      add(
        "unused-pillar", Message(ModelCheckText.unusedPillar, .code(id)),
        idNode, "/pillars/\(index)/id")
    }
  }

  mutating func checkCheck(_ node: Node, pointer: String) {
    if let path = node["path"] {
      checkField(node, path: path, pointer: pointer)
    }
    for key in ["all-of", "any-of", "checks"] {
      for (index, item) in (node[key]?.items ?? []).enumerated() {
        checkCheck(item, pointer: "\(pointer)/\(key)/\(index)")
      }
    }
    if let items = node["checks"]?.items, let countNode = node["at-least"], let count = countNode.integer,
      count > items.count
    {
      add(
        "count", Message(ModelCheckText.countNeverPasses, .number(count), .number(items.count)),
        countNode, pointer + "/at-least")
    }
    if let partial = node["partial"] { checkCheck(partial, pointer: pointer + "/partial") }
  }

  mutating func checkField(_ node: Node, path pathNode: Node, pointer: String) {
    guard let path = pathNode.string, let fields else { return }
    guard let field = fields.field(path) else {
      let depth = path.count { $0 == "." }
      let hint = NearestNames.suggestions(for: path, among: fields.fields.keys.filter { $0.count { $0 == "." } == depth }.sorted())
      add(
        "path",
        hint.isEmpty
          ? Message(ModelCheckText.noField, .code(path))
          : didYouMean(Message(ModelCheckText.noField, .code(path)), hint),
        pathNode, pointer + "/path")
      return
    }
    func wrong(_ key: String, _ entry: ModelCheckText) {
      add("value", Message(ModelCheckText.fieldProblem, .code(path), .message(Message(entry))), node[key] ?? node, "\(pointer)/\(key)")
    }
    if let value = node["equals"] {
      if field.isList {
        wrong("equals", .equalsOnList)
      } else {
        checkValue(value, field.types, field.allowed, path: path, pointer: pointer + "/equals")
      }
    }
    if let value = node["includes"] {
      if !field.isList {
        wrong("includes", .includesOnScalar)
      } else {
        checkValue(value, field.itemTypes, field.itemAllowed, path: path, pointer: pointer + "/includes")
      }
    }
    if let values = node["one-of"]?.items {
      if field.isList {
        wrong("one-of", .oneOfOnList)
      } else {
        for (index, value) in values.enumerated() {
          checkValue(value, field.types, field.allowed, path: path, pointer: "\(pointer)/one-of/\(index)")
        }
      }
    }
    for key in ["at-least", "at-most"] where node[key] != nil && !field.isList && !field.isNumber {
      wrong(key, .notCountable)
    }
    if let values = node["of"]?.items {
      if !field.isList {
        wrong("of", .ofOnScalar)
      } else {
        for (index, value) in values.enumerated() {
          checkValue(value, field.itemTypes, field.itemAllowed, path: path, pointer: "\(pointer)/of/\(index)")
        }
      }
    }
  }

  /// A value must fit the field's type and, when the schema lists values, be one of them.
  mutating func checkValue(_ value: Node, _ types: Set<String>, _ allowed: [String]?, path: String, pointer: String) {
    let type = value.typeName == "integer" ? "number" : value.typeName
    let accepted = Set(types.map { $0 == "integer" ? "number" : $0 })
    if !accepted.isEmpty, !accepted.contains(type) {
      add(
        "value",
        Message(ModelCheckText.wrongType, .code(path), .any(accepted.sorted().map { .code($0) }), .code(type)),
        value, pointer)
      return
    }
    if let text = value.string, let allowed, !allowed.contains(text) {
      add(
        "value",
        didYouMean(
          Message(ModelCheckText.neverValue, .code(path), .code(text), .text(allowed.joined(separator: ", "))),
          NearestNames.suggestions(for: text, among: allowed)), value, pointer)
    }
    if path == "categories", value.string != nil { checkCategory(value, pointer: pointer) }
  }

  mutating func checkCategory(_ node: Node, pointer: String) {
    guard let taxonomy, let id = node.string, taxonomy.category(id: id) == nil else { return }
    let meant = taxonomy.resolve(id).map { [$0.id] } ?? taxonomy.suggestions(for: id)
    add(
      "category",
      didYouMean(Message(ModelCheckText.unknownCategory, .code(id), .text(taxonomy.ids.joined(separator: ", "))), meant),
      node, pointer)
  }

  /// The message, followed by a did-you-mean when there are names to suggest.
  func didYouMean(_ message: Message, _ names: [String]) -> Message {
    names.isEmpty ? message : Message(ModelCheckText.didYouMean, .message(message), .any(names.map { .code($0) }))
  }
}
