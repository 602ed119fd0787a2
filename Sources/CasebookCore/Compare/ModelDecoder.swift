import CasebookYAML
import CasebookText

/// Turns a best-practice document into a ``BestPracticeModel``. The schema catches almost every mistake first;
/// the decoder still checks the shape it relies on, so a model that bypassed the schema gives located
/// diagnostics (rule `catalog.model-shape`) instead of a crash.
enum ModelDecoder {
  static func decode(_ document: Node, path: String) -> (model: BestPracticeModel?, problems: [Diagnostic]) {
    var decoder = Decoding(file: path)
    let model = decoder.model(document)
    return (decoder.problems.isEmpty ? model : nil, decoder.problems)
  }
}

private struct Decoding {
  let file: String
  var problems: [Diagnostic] = []

  mutating func problem(_ node: Node, _ entry: ModelCheckText, _ arguments: MessageArgument...) {
    let message = Message(entry, arguments: arguments)
    problems.append(
      Diagnostic(
        file: file, line: node.location.line, column: node.location.column, rule: "catalog.model-shape",
        message: message))
  }

  mutating func model(_ document: Node) -> BestPracticeModel? {
    guard document.entries != nil else {
      problem(document, .notAMapping)
      return nil
    }
    let version = document["version"]?.integer ?? { problem(document, .versionMissing); return 0 }()
    let title = text(document["title"], "title", in: document)
    let description = document["description"].flatMap { text($0, "description", in: document) }
    var sources: [ModelSource] = []
    for item in document["sources"]?.items ?? [] {
      guard let citation = item["citation"]?.string else {
        problem(item, .citationMissing)
        continue
      }
      sources.append(ModelSource(citation: citation, url: item["url"]?.string))
    }
    var pillars: [Pillar] = []
    for item in list(document, "pillars") {
      guard let id = string(item, "id"), let title = text(item["title"], "title", in: item) else { continue }
      pillars.append(Pillar(id: id, title: title, description: item["description"].flatMap { text($0, "description", in: item) }))
    }
    var criteria: [Criterion] = []
    for item in list(document, "criteria") {
      if let criterion = criterion(item) { criteria.append(criterion) }
    }
    guard let title else { return nil }
    return BestPracticeModel(
      version: version, title: title, description: description, sources: sources, pillars: pillars,
      criteria: criteria, path: file)
  }

  mutating func criterion(_ item: Node) -> Criterion? {
    let id = string(item, "id")
    let pillar = string(item, "pillar")
    let weight = item["weight"]?.number ?? { problem(item, .weightMissing); return nil }()
    let title = text(item["title"], "title", in: item)
    let guidance = text(item["guidance"], "guidance", in: item)
    let source = string(item, "source")
    let recommendation = text(item["recommendation"], "recommendation", in: item)
    let check = item["check"].map { self.check($0) } ?? { problem(item, .checkMissing); return nil }()
    let appliesIf = item["applies_if"].map { self.check($0) }
    let hint = item["cases"]
    let cases = CaseHint(categories: hint?["categories"]?.strings ?? [], tags: hint?["tags"]?.strings ?? [])
    var references: [CriterionReference] = []
    for reference in item["references"]?.items ?? [] {
      guard let title = reference["title"]?.string, let year = reference["year"]?.integer else {
        problem(reference, .referenceTitleYear)
        continue
      }
      references.append(
        CriterionReference(
          title: title, section: reference["section"]?.string, year: year,
          jurisdiction: reference["jurisdiction"]?.string, url: reference["url"]?.string))
    }
    guard let id, let pillar, let weight, let title, let guidance, let source, let recommendation, let check,
      appliesIf != .some(nil)
    else { return nil }
    return Criterion(
      id: id, pillar: pillar, weight: weight, title: title, guidance: guidance, source: source,
      references: references, check: check, appliesIf: appliesIf ?? nil, recommendation: recommendation,
      cases: cases, examples: item["examples"]?.strings ?? [])
  }

  static let conditionKeys = ["present", "non-empty", "equals", "includes", "one-of", "at-least", "at-most"]

  mutating func check(_ node: Node) -> Check? {
    guard let entries = node.entries else {
      problem(node, .checkNotMapping)
      return nil
    }
    let keys = Set(entries.map(\.key))
    var base: Check?
    if keys.contains("path") {
      base = fieldCheck(node, keys: keys)
    } else if let items = node["all-of"] {
      base = checks(items).map { .allOf($0) }
    } else if let items = node["any-of"] {
      base = checks(items).map { .anyOf($0) }
    } else if let items = node["checks"], let count = node["at-least"] {
      guard let number = count.integer, number >= 1 else {
        problem(count, .atLeastCount)
        return nil
      }
      base = checks(items).map { .atLeast(number, $0) }
    } else {
      problem(node, .unknownCheck)
      return nil
    }
    guard let base else { return nil }
    guard let partialNode = node["partial"] else { return base }
    return check(partialNode).map { .withPartial(base, partial: $0) }
  }

  mutating func checks(_ node: Node) -> [Check]? {
    guard let items = node.items, !items.isEmpty else {
      problem(node, .checksList)
      return nil
    }
    var result: [Check] = []
    for item in items {
      guard let check = check(item) else { return nil }
      result.append(check)
    }
    return result
  }

  mutating func fieldCheck(_ node: Node, keys: Set<String>) -> Check? {
    guard let pathText = node["path"]?.string, !pathText.isEmpty else {
      problem(node, .pathName)
      return nil
    }
    let path = FieldPath(pathText)
    let used = Self.conditionKeys.filter(keys.contains)
    guard used.count == 1, let key = used.first, let argument = node[key] else {
      problem(node, .oneCondition, .text(Self.conditionKeys.joined(separator: ", ")), .number(used.count))
      return nil
    }
    let of = node["of"].flatMap { values($0) }
    switch key {
    case "present": return .field(path, .present)
    case "non-empty": return .field(path, .nonEmpty)
    case "equals": return value(argument).map { .field(path, .equals($0)) }
    case "includes": return value(argument).map { .field(path, .includes($0)) }
    case "one-of": return values(argument).map { .field(path, .oneOf($0)) }
    case "at-least", "at-most":
      guard let number = argument.number, number >= 0 else {
        problem(argument, .countAtLeastZero, .code(key))
        return nil
      }
      return .field(path, key == "at-least" ? .atLeast(number, of: of) : .atMost(number, of: of))
    default: return nil
    }
  }

  mutating func value(_ node: Node) -> ModelValue? {
    switch node.value {
    case .bool(let flag): return .bool(flag)
    case .integer, .float: return node.number.map { .number($0) }
    case .string(let text): return .string(text)
    default:
      problem(node, .valueKind)
      return nil
    }
  }

  mutating func values(_ node: Node) -> [ModelValue]? {
    guard let items = node.items, !items.isEmpty else {
      problem(node, .valuesList)
      return nil
    }
    var result: [ModelValue] = []
    for item in items {
      guard let value = value(item) else { return nil }
      result.append(value)
    }
    return result
  }

  mutating func list(_ node: Node, _ key: String) -> [Node] {
    guard let items = node[key]?.items else {
      problem(node, .listMissing, .code(key))
      return []
    }
    return items
  }

  mutating func string(_ node: Node, _ key: String) -> String? {
    guard let text = node[key]?.string else {
      problem(node, .textMissing, .code(key))
      return nil
    }
    return text
  }

  mutating func text(_ node: Node?, _ key: String, in parent: Node) -> LocalizedText? {
    guard let node, let nl = node["nl"]?.string, let en = node["en"]?.string else {
      problem(node ?? parent, .bothLanguages, .code(key))
      return nil
    }
    return LocalizedText(nl: nl, en: en)
  }
}
