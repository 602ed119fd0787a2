import CasebookYAML
import CasebookText

/// Output formats of `show`.
public enum ShowFormat: String, Sendable, Hashable, CaseIterable {
  /// Headings and wrapped paragraphs for reading in a terminal.
  case text
  /// A Markdown document.
  case markdown
  /// One JSON object: id, kind, path, municipality, document and provenance.
  case json
  /// The document as YAML, with the id and provenance as comments above it.
  case yaml
}

/// Renders one record for `show`.
public enum RecordRenderer {
  /// The record in `format`; `history` adds every commit that touched the file; `color` makes headings bold
  /// (text only).
  public static func render(
    _ detail: RecordDetail, format: ShowFormat, history: Bool = false, language: Language = .en, color: Bool = false
  ) -> String {
    switch format {
    case .text: Display.finish(DocumentLayout(detail, history: history, language: language).text(), color: color)
    case .markdown:
      Display.finish(
        MarkdownText.escaped(DocumentLayout(detail, history: history, language: language).markdown()), color: false)
    case .json: json(detail, history: history).text(pretty: true) + "\n"
    case .yaml: yaml(detail, history: history, language: language)
    }
  }

  /// The record as JSON.
  public static func json(_ detail: RecordDetail, history: Bool) -> JSONValue {
    .object([
      ("id", .string(detail.id)), ("kind", .string(detail.kind.rawValue)), ("path", .string(detail.file.path)),
      (
        "municipality",
        .object([
          ("id", .string(detail.file.municipalityID)), ("name", .string(detail.municipalityName)),
          ("country", .string(detail.country)),
        ])
      ),
      ("document", jsonValue(detail.document)),
      ("provenance", provenanceJSON(detail.provenance, history: history)),
    ] + (detail.kind == .municipality ? [("records", JSONValue.strings(detail.records))] : [])
      + (detail.catalogue.map { [("catalogue", $0.json)] } ?? []))
  }

  static func provenanceJSON(_ provenance: Provenance, history: Bool) -> JSONValue {
    func commit(_ summary: CommitSummary?) -> JSONValue {
      guard let summary else { return .null }
      return .object([
        ("commit", .string(summary.id)), ("author", .string(summary.author)), ("email", .string(summary.email)),
        ("date", .string(summary.dateTime)), ("message", .string(summary.message)),
      ])
    }
    var members: [(String, JSONValue)] = [
      ("first_submitted", commit(provenance.firstSubmitted)), ("last_changed", commit(provenance.lastChanged)),
      ("revisions", .int(provenance.revisions)), ("working_tree", .string(provenance.state.rawValue)),
    ]
    if history { members.append(("history", .array(provenance.commits.map(commit)))) }
    return .object(members)
  }

  /// A node as JSON, keys in document order.
  static func jsonValue(_ node: Node) -> JSONValue {
    switch node.value {
    case .null: .null
    case .bool(let flag): .bool(flag)
    case .integer(let number): .int(number)
    case .float(let number): .double(number)
    case .string(let text): .string(text)
    case .sequence(let items): .array(items.map(jsonValue))
    case .mapping(let entries): .object(entries.map { ($0.key, jsonValue($0.value)) })
    }
  }

  private static func yaml(_ detail: RecordDetail, history: Bool, language: Language) -> String {
    var lines = ["# \(detail.id) (\(detail.kind.rawValue)), \(detail.file.path)"]
    if let catalogue = detail.catalogue { lines.append("# " + catalogue.line(language)) }
    lines += DocumentLayout.provenanceLines(detail.provenance, history: history, language: language).map { "# " + $0 }
    return Display.finish(lines.joined(separator: "\n"), color: false) + "\n" + YAMLWriter.write(detail.document)
  }
}

/// A record laid out as a title, a line about where it belongs, short facts and sections.
struct DocumentLayout {
  /// One line of a section's content.
  enum Line {
    case paragraph(String)
    case bullet(String, level: Int)
    case fact(String, String, level: Int)
  }

  var title: String
  var subtitle: String
  var facts: [(String, String)] = []
  var sections: [(String, [Line])] = []
  /// The language of the labels and the words around the record; the record's own text stays as written.
  let language: Language
  let taxonomy: Taxonomy

  /// Scalars up to this length are facts; longer ones get a section.
  static let shortText = 80

  init(_ detail: RecordDetail, history: Bool, language: Language = .en) {
    self.language = language
    taxonomy = detail.taxonomy
    let document = detail.document
    let titleKey = detail.kind == .municipality ? "name" : "title"
    title = document[titleKey]?.string ?? detail.id
    let kindName: RecordText =
      switch detail.kind {
      case .caseStudy: .caseStudy
      case .policy: .policy
      case .municipality: .municipality
      }
    subtitle = "\(Self.say(kindName, language)) · \(detail.municipalityName) (\(detail.country)) · \(detail.file.path)"
    for entry in document.entries ?? [] where entry.key != titleKey {
      let label = label(entry.key)
      let value = entry.value
      if let text = scalarText(value), text.count <= Self.shortText {
        facts.append((label, text))
      } else if let items = value.items, items.allSatisfy({ scalarText($0).map { $0.count <= 40 } ?? false }) {
        facts.append((label, items.map { itemText($0, key: entry.key) }.joined(separator: ", ")))
      } else {
        sections.append((label, lines(value, key: entry.key, level: 0)))
      }
    }
    if detail.kind == .municipality {
      sections.append(
        (
          Self.say(.records, language),
          detail.records.isEmpty ? [.paragraph(Self.say(.noneYet, language))] : detail.records.map { .bullet($0, level: 0) }
        ))
    }
    sections.append(
      (
        Self.say(.provenance, language),
        (detail.catalogue.map { [Line.paragraph($0.line(language))] } ?? [])
          + Self.provenanceLines(detail.provenance, history: false, language: language).map { .paragraph($0) }
      ))
    if history {
      sections.append(
        (
          Self.say(.history, language),
          detail.provenance.commits.isEmpty
            ? [.paragraph(Self.say(.noCommits, language))]
            : detail.provenance.commits.map { .bullet("\($0.shortID)  \($0.day)  \($0.author)  \($0.message)", level: 0) }
        ))
    }
  }

  static func say(_ entry: RecordText, _ language: Language, _ arguments: MessageArgument...) -> String {
    Message(entry, arguments: arguments).text(language)
  }

  static func provenanceLines(_ provenance: Provenance, history: Bool, language: Language = .en) -> [String] {
    func line(_ commit: CommitSummary) -> MessageArgument {
      .message(
        Message(
          RecordText.commitLine, .text(commit.day), .text(commit.author), .text(commit.email), .text(commit.shortID)))
    }
    var lines: [String] = []
    if let first = provenance.firstSubmitted, let last = provenance.lastChanged {
      lines.append(say(.firstSubmitted, language, line(first)))
      lines.append(say(.lastChanged, language, line(last)))
      lines.append(say(.revisions, language, .number(provenance.revisions)))
    }
    switch provenance.state {
    case .committed: break
    case .modified: lines.append(say(.modified, language))
    case .uncommitted: lines.append(say(.uncommitted, language))
    }
    if history {
      lines += provenance.commits.map { "\($0.shortID) \($0.day) \($0.author): \($0.message)" }
    }
    return lines
  }

  /// A field's label in the reader's language (`key.` entries of the catalogue); a key the catalogue does not
  /// know is shown with spaces for underscores and a capital letter.
  func label(_ key: String) -> String {
    if let known = Message(key: "key." + key, arguments: []) { return known.text(language) }
    let spaced = key.replacing("_", with: " ")
    return spaced.prefix(1).uppercased() + spaced.dropFirst()
  }

  func scalarText(_ node: Node) -> String? {
    switch node.value {
    case .string(let text): text
    case .integer(let number): String(number)
    case .float(let number): String(number)
    case .bool(let flag): Message(flag ? CommonText.yes : CommonText.no).text(language)
    case .null: "—"
    case .sequence, .mapping: nil
    }
  }

  func itemText(_ node: Node, key: String) -> String {
    let text = scalarText(node) ?? ""
    if key == "categories", let category = taxonomy.category(id: text) {
      return "\(text) (\(category.label(language.rawValue)))"
    }
    return text
  }

  func lines(_ node: Node, key: String, level: Int) -> [Line] {
    if let text = scalarText(node) { return [.paragraph(text)] }
    if let items = node.items {
      return items.flatMap { item -> [Line] in
        if scalarText(item) != nil { return [.bullet(itemText(item, key: key), level: level)] }
        guard let entries = item.entries, let first = entries.first else {
          return lines(item, key: key, level: level + 1)
        }
        var result: [Line] = [.bullet(scalarText(first.value) ?? label(first.key), level: level)]
        if scalarText(first.value) == nil { result += lines(first.value, key: first.key, level: level + 1) }
        for entry in entries.dropFirst() {
          result += fact(entry, level: level + 1)
        }
        return result
      }
    }
    return (node.entries ?? []).flatMap { fact($0, level: level) }
  }

  private func fact(_ entry: Node.Entry, level: Int) -> [Line] {
    if let text = scalarText(entry.value) { return [.fact(label(entry.key), text, level: level)] }
    if let items = entry.value.items, items.allSatisfy({ scalarText($0).map { $0.count <= 40 } ?? false }) {
      return [.fact(label(entry.key), items.map { itemText($0, key: entry.key) }.joined(separator: ", "), level: level)]
    }
    return [.fact(label(entry.key), "", level: level)] + lines(entry.value, key: entry.key, level: level + 1)
  }

  func text(width: Int = 80) -> String {
    var output = Display.bold(String(Wrap.lines(title, width: width, first: "", rest: "").dropLast())) + "\n"
    output += Wrap.lines(subtitle, width: width, first: "", rest: "  ")
    if !facts.isEmpty {
      output += "\n"
      let labelWidth = facts.map(\.0.count).max() ?? 0
      for (label, value) in facts {
        let prefix = "  " + label + ":" + String(repeating: " ", count: labelWidth - label.count + 1)
        output += Wrap.lines(value, width: width, first: prefix, rest: String(repeating: " ", count: prefix.count))
      }
    }
    for (heading, lines) in sections {
      output += "\n" + Display.bold(heading) + "\n"
      for line in lines {
        switch line {
        case .paragraph(let text): output += Wrap.lines(text, width: width, first: "  ", rest: "  ")
        case .bullet(let text, let level):
          let indent = String(repeating: "  ", count: level + 1)
          output += Wrap.lines(text, width: width, first: indent + "- ", rest: indent + "  ")
        case .fact(let label, let value, let level):
          let indent = String(repeating: "  ", count: level + 1)
          output += Wrap.lines(value, width: width, first: indent + label + ": ", rest: indent + "  ")
        }
      }
    }
    return output
  }

  func markdown() -> String {
    var output = "# \(title)\n\n\(subtitle)\n"
    if !facts.isEmpty {
      output += "\n" + facts.map { "- **\($0.0):** \($0.1)" }.joined(separator: "\n") + "\n"
    }
    for (heading, lines) in sections {
      output += "\n## \(heading)\n\n"
      for line in lines {
        switch line {
        case .paragraph(let text): output += text + "\n\n"
        case .bullet(let text, let level): output += String(repeating: "  ", count: level) + "- \(text)\n"
        case .fact(let label, let value, let level):
          output += String(repeating: "  ", count: level) + "- **\(label):**" + (value.isEmpty ? "" : " \(value)") + "\n"
        }
      }
    }
    while output.hasSuffix("\n\n") { output.removeLast() }
    return output
  }
}

/// Word wrapping for terminal text.
enum Wrap {
  /// `text` (white space collapsed) in lines of at most `width` characters, the first starting with `first`,
  /// the others with `rest`; each line ends with a line break.
  static func lines(_ text: String, width: Int, first: String, rest: String) -> String {
    var output = ""
    var line = first
    var lineHasWord = false
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      if lineHasWord, line.count + 1 + word.count > width {
        output += line + "\n"
        line = rest
        lineHasWord = false
      }
      line += (lineHasWord ? " " : "") + word
      lineHasWord = true
    }
    while line.hasSuffix(" ") { line.removeLast() }
    return output + line + "\n"
  }
}
