/// Numbers in reports.
public enum ScoreFormat {
  /// A number with at most one decimal, without a trailing `.0`: `52.3`, `100`, `7.5`.
  public static func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    return String(rounded)
  }

  /// A score, or the word for "not applicable" when there is none.
  public static func score(_ value: Double?, _ language: ReportLanguage) -> String {
    value.map(number) ?? ReportWords.of(language).notApplicableShort
  }

  /// A score rounded to one decimal for JSON, or null.
  static func json(_ value: Double?) -> JSONValue {
    guard let value else { return .null }
    return .double((value * 10).rounded() / 10)
  }
}

/// The fixed words of reports, in Dutch and English.
struct ReportWords: Sendable {
  let heading: String
  let headingBoth: String
  let policy: String
  let model: String
  let overall: String
  let pillar: String
  let score: String
  let scores: String
  let median: String
  let bestPractice: String
  let criterion: String
  let status: String
  let weight: String
  let found: String
  let recommendation: String
  let guidance: String
  let source: String
  let peers: String
  let caseWord: String
  let topRecommendations: String
  let noRecommendations: String
  let doesBetter: String
  let notApplicableShort: String
  let notSet: String
  let filledIn: String
  let items: String
  let item: String
  let version: String
  let doesNotApply: String
  let rank: String
  let municipality: String
  let leagueTitle: String
  let method: String
  let methodText: String
  let sources: String
  let chartOf: String
  let adopted: String
  let read: String
  let statusNames: [CriterionStatus: String]

  static func of(_ language: ReportLanguage) -> ReportWords {
    language == .nl ? nl : en
  }

  static let en = ReportWords(
    heading: "compared with best practice", headingBoth: "side by side, compared with best practice",
    policy: "Policy", model: "Model", overall: "Overall", pillar: "Pillar", score: "Score", scores: "Scores",
    median: "Catalogue median", bestPractice: "Best practice", criterion: "Criterion", status: "Status",
    weight: "weight", found: "Found", recommendation: "Recommendation", guidance: "Guidance", source: "Source",
    peers: "Learn from", caseWord: "case", topRecommendations: "Top recommendations",
    noRecommendations: "Every criterion that applies is met.", doesBetter: "Where %@ does better",
    notApplicableShort: "n/a", notSet: "not set", filledIn: "filled in", items: "items", item: "item", version: "version",
    doesNotApply: "Does not apply (its condition does not hold)", rank: "Rank", municipality: "Municipality",
    leagueTitle: "Social-media policies compared with best practice", method: "How scores are computed",
    methodText: "A criterion that is met counts 1, partial 0.5, missing 0; a criterion that does not apply is left "
      + "out. A pillar's score is 100 × the sum of weight × credit over the sum of the weights of its criteria that "
      + "apply; the overall score is the same sum over all criteria. A recommendation's gain is what meeting it "
      + "would add to the overall score.",
    sources: "Sources", chartOf: "Score for %@: this municipality against best practice and the catalogue median",
    adopted: "adopted", read: "Fields read",
    statusNames: [.met: "met", .partial: "partial", .missing: "missing", .notApplicable: "not applicable"])

  static let nl = ReportWords(
    heading: "vergeleken met de goede praktijk", headingBoth: "naast elkaar, vergeleken met de goede praktijk",
    policy: "Beleid", model: "Model", overall: "Totaal", pillar: "Pijler", score: "Score", scores: "Scores",
    median: "Mediaan catalogus", bestPractice: "Goede praktijk", criterion: "Criterium", status: "Status",
    weight: "gewicht", found: "Gevonden", recommendation: "Aanbeveling", guidance: "Toelichting", source: "Bron",
    peers: "Leer van", caseWord: "casus", topRecommendations: "Belangrijkste aanbevelingen",
    noRecommendations: "Aan elk criterium dat van toepassing is, is voldaan.", doesBetter: "Waar %@ het beter doet",
    notApplicableShort: "n.v.t.", notSet: "niet ingevuld", filledIn: "ingevuld", items: "elementen", item: "element", version: "versie",
    doesNotApply: "Niet van toepassing (de voorwaarde geldt niet)", rank: "Plaats", municipality: "Gemeente",
    leagueTitle: "Sociale-mediabeleid vergeleken met de goede praktijk", method: "Zo worden de scores berekend",
    methodText: "Een criterium waaraan voldaan is, telt 1, gedeeltelijk 0,5, ontbrekend 0; een criterium dat niet "
      + "van toepassing is, telt niet mee. De score van een pijler is 100 × de som van gewicht × waardering gedeeld "
      + "door de som van de gewichten van de criteria die van toepassing zijn; de totaalscore is dezelfde som over "
      + "alle criteria. De winst van een aanbeveling is wat voldoen eraan aan de totaalscore zou toevoegen.",
    sources: "Bronnen", chartOf: "Score voor %@: deze gemeente tegenover de goede praktijk en de mediaan van de catalogus",
    adopted: "vastgesteld", read: "Gelezen velden",
    statusNames: [.met: "voldaan", .partial: "gedeeltelijk", .missing: "ontbreekt", .notApplicable: "niet van toepassing"])

  func status(_ status: CriterionStatus) -> String { statusNames[status] ?? status.rawValue }

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

extension String {
  /// Replaces the `%@` placeholder.
  func filling(_ value: String) -> String { replacing("%@", with: value) }
}

/// The reason text of a criterion: which fields were read, what was found, and what was needed.
enum ReasonText {
  static func of(_ result: CriterionResult, _ language: ReportLanguage) -> String {
    let text = parts(result, language).joined(separator: "; ")
    return result.status == .notApplicable ? "\(ReportWords.of(language).doesNotApply): \(text)" : text
  }

  /// The tallies and findings of a result, one text each.
  static func parts(_ result: CriterionResult, _ language: ReportLanguage) -> [String] {
    var parts: [String] = []
    for tally in result.result.tallies {
      parts.append(
        language == .nl
          ? "\(tally.passed) van \(tally.total) controles voldaan, \(tally.needed) nodig"
          : "\(tally.passed) of \(tally.total) checks pass, \(tally.needed) needed")
    }
    var seen: [FieldPath: Int] = [:]
    for finding in result.result.findings { seen[finding.path, default: 0] += 1 }
    parts += result.result.findings.map { finding($0, language, showCondition: seen[$0.path, default: 0] > 1) }
    return parts
  }

  /// `path: value ✓`, or `path: value ✗ (what was needed)`; `showCondition` adds the condition to a pass too
  /// (when one field is checked more than once).
  static func finding(_ finding: Finding, _ language: ReportLanguage, showCondition: Bool = false) -> String {
    let value = found(finding.found, language)
    if finding.passed {
      return showCondition ? "\(finding.path): \(value) ✓ (\(needs(finding.condition, language)))" : "\(finding.path): \(value) ✓"
    }
    return "\(finding.path): \(value) ✗ (\(needs(finding.condition, language)))"
  }

  static func found(_ value: FoundValue, _ language: ReportLanguage) -> String {
    let words = ReportWords.of(language)
    switch value {
    case .missing: return words.notSet
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number): return ScoreFormat.number(number)
    case .text(let text): return text
    case .list(let count, let sample):
      let counted = "\(count) \(count == 1 ? words.item : words.items)"
      if sample.count == count { return "[\(sample.joined(separator: ", "))]" }
      if sample.isEmpty { return counted }
      return "[\(sample.joined(separator: ", ")), …] (\(counted))"
    case .section: return words.filledIn
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

  static func needs(_ condition: Condition, _ language: ReportLanguage) -> String {
    let nl = language == .nl
    func list(_ values: [ModelValue]) -> String { values.map(\.description).joined(separator: ", ") }
    switch condition {
    case .present: return nl ? "moet ingevuld zijn" : "must be filled in"
    case .nonEmpty: return nl ? "mag niet leeg zijn" : "must not be empty"
    case .equals(let value): return nl ? "moet \(value) zijn" : "must be \(value)"
    case .includes(let value): return nl ? "moet \(value) bevatten" : "must include \(value)"
    case .oneOf(let values): return nl ? "moet een van \(list(values)) zijn" : "must be one of \(list(values))"
    case .atLeast(let bound, let of):
      let number = ScoreFormat.number(bound)
      guard let of else { return nl ? "minstens \(number) nodig" : "needs at least \(number)" }
      return nl ? "minstens \(number) van \(list(of)) nodig" : "needs at least \(number) of \(list(of))"
    case .atMost(let bound, let of):
      let number = ScoreFormat.number(bound)
      guard let of else { return nl ? "hoogstens \(number)" : "at most \(number)" }
      return nl ? "hoogstens \(number) van \(list(of))" : "at most \(number) of \(list(of))"
    }
  }
}
