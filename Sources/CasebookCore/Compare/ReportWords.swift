import CasebookText

/// Numbers in reports.
public enum ScoreFormat {
  /// A number with at most one decimal, without a trailing `.0`: `52.3`, `100`, `7.5` (as JSON and CSV write it).
  public static func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    return String(rounded)
  }

  /// A number for people, as `language` writes it: `52.3` / `52,3`.
  public static func number(_ value: Double, _ language: Language) -> String {
    NumberWords.decimal(value, language)
  }

  /// A score for people, or the word for "not applicable" when there is none.
  public static func score(_ value: Double?, _ language: Language) -> String {
    value.map { number($0, language) } ?? ReportWords.of(language).notApplicableShort
  }

  /// A score rounded to one decimal for JSON, or null.
  static func json(_ value: Double?) -> JSONValue {
    guard let value else { return .null }
    return .double((value * 10).rounded() / 10)
  }
}

/// The fixed words of reports in one language, from the message catalogue (``CompareReportText``).
struct ReportWords: Sendable {
  let language: Language

  static func of(_ language: Language) -> ReportWords { ReportWords(language: language) }

  func say(_ entry: CompareReportText, _ arguments: MessageArgument...) -> String {
    Message(entry, arguments: arguments).text(language)
  }

  var overall: String { say(.overall) }
  var pillar: String { say(.pillar) }
  var score: String { say(.score) }
  var scores: String { say(.scores) }
  var bestPractice: String { say(.bestPractice) }
  var criterion: String { say(.criterion) }
  var status: String { say(.status) }
  var found: String { say(.found) }
  var recommendation: String { say(.recommendation) }
  var peers: String { say(.peers) }
  var caseWord: String { say(.caseWord) }
  var topRecommendations: String { say(.topRecommendations) }
  var noRecommendations: String { say(.noRecommendations) }
  var notApplicableShort: String { say(.notApplicableShort) }
  var rank: String { say(.rank) }
  var municipality: String { say(.municipality) }
  var leagueTitle: String { say(.leagueTitle) }
  var method: String { say(.method) }
  var methodText: String { say(.methodText) }
  var sources: String { say(.sources) }
  var technical: String { say(.technical) }
  var technicalText: String { say(.technicalText) }
  var technicalColumn: String { say(.technicalColumn) }

  /// `Testergem (be/testergem) compared with best practice`, or both names side by side.
  func heading(_ subject: String, _ other: String?) -> String {
    other.map { say(.headingBoth, .text(subject), .text($0)) } ?? say(.heading, .text(subject))
  }

  /// `Policy of Testergem: title (in force; adopted on 1 October 2019)`.
  func policyLine(_ score: PolicyScore) -> String {
    let policy = score.policy
    let status = policyStatus(policy.status)
    guard let adopted = policy.adopted else {
      return say(.policyLine, .text(score.name), .text(policy.title), .text(status))
    }
    return say(.policyLineAdopted, .text(score.name), .text(policy.title), .text(status), .text(date(adopted)))
  }

  /// A policy's status in words; a status the schema does not know, as it is written.
  func policyStatus(_ status: String) -> String {
    PolicyStatusText(rawValue: "policy-status." + status).map { Message($0).text(language) } ?? status
  }

  /// An ISO date (`2026-12-07`) as a person writes it (`7 December 2026`, `7 december 2026`), whatever the
  /// machine's locale; any other text as it is.
  func date(_ iso: String) -> String {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), (1...31).contains(day)
    else { return iso }
    let monthName = Message(ReportDateText.months[month - 1]).text(language)
    return Message(ReportDateText.date, .text(String(day)), .text(monthName), .text(String(year))).text(language)
  }

  /// `Model: title, version 1 (schema/best-practice.yaml); working tree`.
  func modelLine(_ model: BestPracticeModel, _ snapshot: Message) -> String {
    say(.modelLine, model.title.argument, .number(model.version), .text(model.path), .message(snapshot))
  }

  /// `Median of 7 policies`: the median's name with the number of policies it is taken over.
  func median(of count: Int) -> String {
    Message(count: count, one: CompareReportText.medianOfOne, other: CompareReportText.medianOfOther).text(language)
  }

  /// The sentence that says a comparison is indicative, or nil when the median is taken over enough policies.
  func indicative(_ catalogue: CatalogueScores) -> String? {
    guard catalogue.isIndicative else { return nil }
    let count = catalogue.medianCount
    return Message(count: count, one: CompareReportText.indicativeOne, other: CompareReportText.indicativeOther)
      .text(language)
  }

  /// `Made on 7 December 2026; catalogue: revision main (1a2b3c4)`, from an ISO date.
  func madeOn(_ isoDate: String, _ snapshot: Message) -> String {
    say(.madeOn, .text(date(isoDate)), .message(snapshot))
  }

  /// `weight 3`.
  func weight(_ weight: Double) -> String { say(.weight, .text(ScoreFormat.number(weight, language))) }

  func doesBetter(_ name: String) -> String { say(.doesBetter, .text(name)) }

  func chartOf(_ pillar: String) -> String { say(.chartOf, .text(pillar)) }

  func status(_ status: CriterionStatus) -> String {
    switch status {
    case .met: say(.met)
    case .partial: say(.partial)
    case .missing: say(.missing)
    case .notApplicable: say(.notApplicable)
    }
  }

  /// A one-character mark that goes with a status, so meaning never rests on colour alone.
  static func mark(_ status: CriterionStatus) -> String {
    switch status {
    case .met: "✓"
    case .partial: "◐"
    case .missing: "✗"
    case .notApplicable: "–"
    }
  }
}

/// The reason text of a criterion, for people: which fields were read (by their names in words), what was
/// found (yes or no rather than `true` or `false`), and what was needed. Field paths and criterion ids are
/// left to the technical appendix of a report. Values from the schema's fixed lists are shown in words
/// (``PolicyValueText``), unless `codes` asks for them as written (JSON keeps the codes).
enum ReasonText {
  static func of(_ result: CriterionResult, _ language: Language, codes: Bool = false) -> String {
    let text = parts(result, language, codes: codes).joined(separator: "; ")
    return result.status == .notApplicable ? ReportWords.of(language).say(.doesNotApply, .text(text)) : text
  }

  /// The tallies and findings of a result, one text each.
  static func parts(_ result: CriterionResult, _ language: Language, codes: Bool = false) -> [String] {
    var parts: [String] = []
    for tally in result.result.tallies {
      parts.append(
        Message(CompareReportText.checksPass, .number(tally.passed), .number(tally.total), .number(tally.needed))
          .text(language))
    }
    var seen: [FieldPath: Int] = [:]
    for finding in result.result.findings { seen[finding.path, default: 0] += 1 }
    parts += result.result.findings.map {
      finding($0, language, showCondition: seen[$0.path, default: 0] > 1, codes: codes)
    }
    return parts
  }

  /// `name: value ✓`, or `name: value ✗ (what was needed)`; `showCondition` adds the condition to a pass too
  /// (when one field is checked more than once).
  static func finding(_ finding: Finding, _ language: Language, showCondition: Bool = false, codes: Bool = false)
    -> String
  {
    let path = finding.path.description
    let name = FieldLabels.label(path).text(language)
    let field = codes ? nil : path
    let value = found(finding.found, language, field: field)
    let needed = needs(finding.condition, language, field: field)
    if finding.passed { return showCondition ? "\(name): \(value) ✓ (\(needed))" : "\(name): \(value) ✓" }
    return "\(name): \(value) ✗ (\(needed))"
  }

  /// What was found, for people. With the `field` it was found in, a value from the schema's fixed lists is
  /// shown in words and a list as `a, b and c`; without, values are shown as written and lists in brackets.
  static func found(_ value: FoundValue, _ language: Language, field: String? = nil) -> String {
    let say = { (entry: CompareReportText, arguments: [MessageArgument]) in
      Message(entry, arguments: arguments).text(language)
    }
    switch value {
    case .missing: return say(.notSet, [])
    case .bool(let flag): return Message(flag ? CommonText.yes : CommonText.no).text(language)
    case .number(let number): return ScoreFormat.number(number, language)
    case .text(let text): return field.map { ValueLabels.label(text, field: $0).text(language) } ?? text
    case .list(let count, let sample):
      let counted = Message(count: count, one: CompareReportText.item, other: CompareReportText.items).text(language)
      if sample.isEmpty { return counted }
      guard let field else {
        if sample.count == count { return "[\(sample.joined(separator: ", "))]" }
        return "[" + say(.andMoreItems, [.text(sample.joined(separator: ", ")), .text(counted)]) + "]"
      }
      let items = sample.map { MessageArgument.message(ValueLabels.label($0, field: field)) }
      if sample.count == count { return Message(CommonText.name, .all(items)).text(language) }
      let shown = items.map { $0.text(language) }.joined(separator: ", ")
      return say(.andMoreItems, [.text(shown), .text(counted)])
    case .section: return say(.filledIn, [])
    }
  }

  /// The condition as written in the model (`equals true`, `at-least 2 of a, b`), for JSON.
  static func condition(_ condition: Condition) -> String {
    func list(_ values: [ModelValue]) -> String { values.map(\.description).joined(separator: ", ") }
    switch condition {
    case .present: return "present"
    case .nonEmpty: return "non-empty"
    case .equals(let value): return "equals \(value)"
    case .includes(let value): return "includes \(value)"
    case .oneOf(let values): return "one-of \(list(values))"
    case .atLeast(let bound, let of): return "at-least \(ScoreFormat.number(bound))" + (of.map { " of \(list($0))" } ?? "")
    case .atMost(let bound, let of): return "at-most \(ScoreFormat.number(bound))" + (of.map { " of \(list($0))" } ?? "")
    }
  }

  /// What the condition needs, in words: `must be yes`, `needs at least 2`.
  /// With the `field` the condition is about, a value from the schema's fixed lists is named in words.
  static func needs(_ condition: Condition, _ language: Language, field: String? = nil) -> String {
    let value = { (value: ModelValue) -> MessageArgument in
      switch value {
      case .bool(let flag): .message(Message(flag ? CommonText.yes : CommonText.no))
      case .number(let number): .text(ScoreFormat.number(number, language))
      case .string(let text): field.map { .message(ValueLabels.label(text, field: $0)) } ?? .text(text)
      }
    }
    let list = { (values: [ModelValue]) in MessageArgument.any(values.map(value)) }
    let message: Message =
      switch condition {
      case .present: Message(CompareReportText.mustBeFilledIn)
      case .nonEmpty: Message(CompareReportText.mustNotBeEmpty)
      case .equals(let expected): Message(CompareReportText.mustBe, value(expected))
      case .includes(let expected): Message(CompareReportText.mustInclude, value(expected))
      case .oneOf(let values): Message(CompareReportText.mustBeOneOf, list(values))
      case .atLeast(let bound, let of):
        of.map { Message(CompareReportText.needsAtLeastOf, .text(ScoreFormat.number(bound, language)), list($0)) }
          ?? Message(CompareReportText.needsAtLeast, .text(ScoreFormat.number(bound, language)))
      case .atMost(let bound, let of):
        of.map { Message(CompareReportText.atMostOf, .text(ScoreFormat.number(bound, language)), list($0)) }
          ?? Message(CompareReportText.atMost, .text(ScoreFormat.number(bound, language)))
      }
    return message.text(language)
  }

  /// The policy fields a criterion reads, as paths, in the order its findings name them.
  static func fields(_ result: CriterionResult) -> [String] {
    var fields: [String] = []
    for finding in result.result.findings where !fields.contains(finding.path.description) {
      fields.append(finding.path.description)
    }
    return fields
  }
}

/// Names of policy fields for people, from the message catalogue (``PolicyFieldText``); a field the catalogue
/// does not name (a field a steward added) is shown by its last part, with spaces for underscores.
enum FieldLabels {
  static func label(_ path: String) -> Message {
    if let message = Message(key: "field." + path, arguments: []) { return message }
    let last = path.split(separator: ".").last.map(String.init) ?? path
    return Message(CommonText.name, .text(last.replacing("_", with: " ")))
  }
}

/// Values of policy fields for people, from the message catalogue (``PolicyValueText``); a value the catalogue
/// does not name (one a steward added, or free text) is shown as it is written.
enum ValueLabels {
  static func label(_ value: String, field path: String) -> Message {
    PolicyValueText.label(value, field: path) ?? Message(CommonText.name, .text(value))
  }
}
