import Foundation
import CasebookYAML
import CasebookText

/// Catalogue rules that need only one file: things a schema cannot say.
enum CatalogueFileRules {
  /// Where each kind of file lists use-category ids.
  static let categoryFields: [CatalogueFileKind: [String]] = [
    .caseStudy: ["categories"],
    .policy: ["categories"],
  ]

  /// `mayHoldControlCharacters` false skips the search for control characters: the caller knows the text cannot
  /// hold one (see ``FileCheck``).
  static func check(
    _ file: CataloguePath, document: Node, rules: RuleSet, mayHoldControlCharacters: Bool = true,
    into diagnostics: inout [Diagnostic]
  ) {
    func add(_ rule: String, _ message: Message, _ node: Node, _ pointer: String, _ severity: Severity = .error) {
      diagnostics.append(
        Diagnostic(
          file: file.path, line: node.location.line, column: node.location.column, severity: severity,
          rule: rule, message: message, pointer: pointer))
    }
    checkPlaceholders(document, pointer: "", add: add)
    if mayHoldControlCharacters { checkControlCharacters(document, add: add) }
    if file.kind == .municipality, let country = document["country"], let code = country.string,
      let folder = file.country, code.lowercased() != folder
    {
      add(
        "catalog.country-mismatch",
        Message(
          CatalogueCheckText.countryMismatch, .code("country: \(code)"), .code("cases/\(folder)/"),
          .code("country: \(folder.uppercased())"), .code("cases/\(code.lowercased())/")), country, "/country")
    }
    if let taxonomy = rules.taxonomy {
      // Suggestions cost edit distances against every name in the taxonomy: a hostile list of thousands of
      // unknown categories gets them for the first few only.
      var suggestionsLeft = 100
      var categoryList: String?
      for field in categoryFields[file.kind] ?? [] {
        for (index, item) in (document[field]?.items ?? []).enumerated() {
          guard let name = item.string, taxonomy.category(id: name) == nil else { continue }
          let pointer = "/\(field)/\(index)"
          if let meant = taxonomy.resolve(name) {
            add(
              "catalog.category-alias", Message(CatalogueCheckText.categoryAlias, .code(name), .code(meant.id)),
              item, pointer)
          } else {
            suggestionsLeft -= 1
            let hint = suggestionsLeft >= 0 ? taxonomy.suggestions(for: name) : []
            let list = categoryList ?? taxonomy.ids.joined(separator: ", ")
            categoryList = list
            let message =
              hint.isEmpty
              ? Message(CatalogueCheckText.unknownCategory, .code(name), .text(list))
              : Message(
                CatalogueCheckText.unknownCategoryDidYouMean, .code(name), .text(list), .any(hint.map { .code($0) }))
            add("catalog.unknown-category", message, item, pointer)
          }
        }
      }
    }
    if file.kind == .caseStudy, let date = document["date"], let text = date.string, text.count >= 4,
      let year = document["year"]?.integer, let dateYear = Int(text.prefix(4)), dateYear != year
    {
      add(
        "catalog.date-year",
        Message(CatalogueCheckText.dateYear, .code("date: \(text)"), .text(String(dateYear)), .text(String(year))),
        date, "/date")
    }
    if file.kind == .caseStudy { PeriodRules.check(document, add: add) }
    if file.kind == .policy { checkPolicyDates(document, add: add) }
    if file.kind == .taxonomy { checkTaxonomy(document, add: add) }
    if file.kind == .versions {
      SchemaVersions.check(document) { add(RuleID.schemaVersions.rawValue, $0, $1, $2) }
    }
    if file.kind == .ruleConfig {
      RuleConfiguration.check(document) { add(RuleID.ruleConfig.rawValue, $0, $1, $2) }
    }
    if file.kind == .peers { PeerListRules.check(document, add: add) }
    if file.kind == .bestPractice, !diagnostics.contains(where: { $0.severity == .error }) {
      ModelRules.check(
        document, file: file.path, fields: rules.policyFields, taxonomy: rules.taxonomy, into: &diagnostics)
    }
  }

  /// Ids must be unique, and a name may mean one category only.
  private static func checkTaxonomy(
    _ document: Node, add: (String, Message, Node, String, Severity) -> Void
  ) {
    var owner: [String: String] = [:]
    for (index, item) in (document["categories"]?.items ?? []).enumerated() {
      guard let id = item["id"]?.string else { continue }
      let names = [(item["id"]!, "id")] + (item["aliases"]?.items ?? []).enumerated().map { ($1, "aliases/\($0)") }
      for (node, field) in names {
        guard let name = node.string else { continue }
        let key = TextFolding.fold(name)
        if let first = owner[key], first != id || field == "id" {
          add(
            "catalog.taxonomy-name", Message(CatalogueCheckText.taxonomyName, .code(name), .code(first)),
            node, "/categories/\(index)/\(field)", .error)
        } else {
          owner[key] = id
        }
      }
    }
  }

  /// Scaffolds mark what is still to be written with text starting `TODO`.
  private static func checkPlaceholders(
    _ node: Node, pointer: String, add: (String, Message, Node, String, Severity) -> Void
  ) {
    // Nearly no file has a placeholder: look for one first, and build pointers only when there is one.
    guard containsPlaceholder(node) else { return }
    var stack: [(Node, String)] = [(node, pointer)]
    while let (current, path) = stack.popLast() {
      switch current.value {
      case .string(let text) where text.hasPrefix("TODO"):
        add(
          "catalog.placeholder", Message(CatalogueCheckText.placeholder, .code(String(text.prefix(60)))),
          current, path, .error)
      case .sequence(let items):
        for (index, item) in items.enumerated().reversed() { stack.append((item, "\(path)/\(index)")) }
      case .mapping(let entries):
        for entry in entries.reversed() { stack.append((entry.value, "\(path)/\(JSONPointer.escape(entry.key))")) }
      default: break
      }
    }
  }

  private static func containsPlaceholder(_ root: Node) -> Bool {
    var stack = [root]
    while let node = stack.popLast() {
      switch node.value {
      case .string(let text): if text.utf8.starts(with: "TODO".utf8) { return true }
      case .sequence(let items): stack.append(contentsOf: items)
      case .mapping(let entries): for entry in entries { stack.append(entry.value) }
      default: break
      }
    }
    return false
  }

  /// Text may not hold control characters (C0 but tab and line feed, DEL, C1), which YAML lets in through
  /// escapes such as `"\e[31m"`, `"\x9b"` or `"\r"`: shown in a terminal they recolour, retitle or clear
  /// it, and they have no place in a case study. Keys are text too. (Line ends in the file itself, CRLF
  /// included, never reach a value: YAML reads every line break as a line feed.)
  private static func checkControlCharacters(
    _ root: Node, add: (String, Message, Node, String, Severity) -> Void
  ) {
    // Nearly no file has one: look first, and build pointers only when there is one.
    guard containsControlCharacter(root) else { return }
    func report(_ text: String, at node: Node, _ pointer: String, key: Bool) {
      guard let scalar = text.unicodeScalars.first(where: isForbidden) else { return }
      let shown = TerminalText.visible(String(text.prefix(40)), keep: [])
      add(
        "catalog.control-character",
        Message(
          key ? CatalogueCheckText.controlCharacterInKey : CatalogueCheckText.controlCharacterInText, .code(shown),
          .text(TerminalText.visibleEscape(scalar)), controlName(scalar)),
        node, pointer, .error)
    }
    var stack: [(Node, String)] = [(root, "")]
    while let (current, path) = stack.popLast() {
      switch current.value {
      case .string(let text): report(text, at: current, path, key: false)
      case .sequence(let items):
        for (index, item) in items.enumerated().reversed() { stack.append((item, "\(path)/\(index)")) }
      case .mapping(let entries):
        for entry in entries.reversed() {
          let pointer = "\(path)/\(JSONPointer.escape(entry.key))"
          report(entry.key, at: Node(.string(entry.key), at: entry.keyLocation), pointer, key: true)
          stack.append((entry.value, pointer))
        }
      default: break
      }
    }
  }

  private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    TerminalText.isControl(scalar) && scalar != "\n" && scalar != "\t"
  }

  private static func hasForbidden(_ text: String) -> Bool {
    // UTF-8: C0 and DEL are single bytes; C1 is 0xC2 followed by 0x80–0x9F.
    var afterC2 = false
    for byte in text.utf8 {
      if byte < 0x20 && byte != 0x0A && byte != 0x09 || byte == 0x7F || afterC2 && byte < 0xA0 { return true }
      afterC2 = byte == 0xC2
    }
    return false
  }

  private static func containsControlCharacter(_ root: Node) -> Bool {
    var stack = [root]
    while let node = stack.popLast() {
      switch node.value {
      case .string(let text): if hasForbidden(text) { return true }
      case .sequence(let items): stack.append(contentsOf: items)
      case .mapping(let entries):
        for entry in entries {
          if hasForbidden(entry.key) { return true }
          stack.append(entry.value)
        }
      default: break
      }
    }
    return false
  }

  private static func controlName(_ scalar: Unicode.Scalar) -> MessageArgument {
    let names: [UInt32: String] = [0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x7F: "DEL", 0x85: "NEL", 0x9B: "CSI"]
    if let name = names[scalar.value] { return .text(name) }
    let entry: CatalogueCheckText =
      switch scalar.value {
      case 0x0D: .carriageReturn
      case 0x1B: .escape
      case ..<0x80: .otherC0
      default: .otherC1
      }
    return .message(Message(entry))
  }

  /// `adopted` ≤ `last_review` ≤ `next_review`.
  private static func checkPolicyDates(
    _ document: Node, add: (String, Message, Node, String, Severity) -> Void
  ) {
    let fields: [(String, CatalogueCheckText)] = [
      ("adopted", .adoption), ("last_review", .lastReview), ("next_review", .nextReview),
    ]
    var previous: (date: String, label: CatalogueCheckText)?
    for (field, label) in fields {
      guard let node = document[field], let date = node.string else { continue }
      if let earlier = previous, date < earlier.date {
        add(
          "catalog.policy-dates",
          Message(
            CatalogueCheckText.policyDates, .message(Message(label)), .text(date), .message(Message(earlier.label)),
            .text(earlier.date)),
          node, "/\(field)", .warning)
      }
      previous = (date, label)
    }
  }
}

/// JSON pointer text (RFC 6901).
enum JSONPointer {
  /// Escapes one reference token: `~` → `~0`, `/` → `~1`.
  static func escape(_ token: String) -> String {
    guard token.contains(where: { $0 == "~" || $0 == "/" }) else { return token }
    return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
  }
}
