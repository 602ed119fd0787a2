import CasebookYAML
import CasebookText

extension Language {
  /// The report language for a policy written in `code`: Dutch for `nl`, English otherwise.
  public static func forPolicy(language code: String) -> Language {
    code == "nl" ? .nl : .en
  }
}

/// A text in Dutch and English.
public struct LocalizedText: Sendable, Hashable {
  /// The Dutch text.
  public var nl: String
  /// The English text.
  public var en: String

  /// Creates a text.
  public init(nl: String, en: String) {
    self.nl = nl
    self.en = en
  }

  /// The text in `language`.
  public func callAsFunction(_ language: Language) -> String {
    language == .nl ? nl : en
  }

  /// The text as a message argument, shown in the message's language.
  public var argument: MessageArgument { .translated(Texts(en: en, nl: nl)) }
}

/// The best-practice model (`schema/best-practice.yaml`, or a file given with `--model`), decoded.
public struct BestPracticeModel: Sendable {
  /// The model's version; reports name it so scores of different versions are not mixed up.
  public var version: Int
  /// The model's name.
  public var title: LocalizedText
  /// What the model is.
  public var description: LocalizedText?
  /// The publications the model is based on.
  public var sources: [ModelSource]
  /// The pillars, in report order.
  public var pillars: [Pillar]
  /// The criteria, in report order.
  public var criteria: [Criterion]
  /// Where the model was read from (`schema/best-practice.yaml` or the `--model` path).
  public var path: String

  /// Creates a model.
  public init(
    version: Int, title: LocalizedText, description: LocalizedText? = nil, sources: [ModelSource] = [],
    pillars: [Pillar], criteria: [Criterion], path: String
  ) {
    self.version = version
    self.title = title
    self.description = description
    self.sources = sources
    self.pillars = pillars
    self.criteria = criteria
    self.path = path
  }

  /// The pillar with `id`.
  public func pillar(id: String) -> Pillar? {
    pillars.first { $0.id == id }
  }

  /// The criteria of the pillar `id`, in model order.
  public func criteria(inPillar id: String) -> [Criterion] {
    criteria.filter { $0.pillar == id }
  }
}

/// A publication a model is based on.
public struct ModelSource: Sendable, Hashable {
  /// The reference.
  public var citation: String
  /// Where it can be read.
  public var url: String?

  /// Creates a source.
  public init(citation: String, url: String? = nil) {
    self.citation = citation
    self.url = url
  }
}

/// A group of criteria with its own score (Kok's five steps in the reference model).
public struct Pillar: Sendable, Hashable {
  /// Stable id (`listen`).
  public var id: String
  /// The pillar's name.
  public var title: LocalizedText
  /// What the pillar is about.
  public var description: LocalizedText?

  /// Creates a pillar.
  public init(id: String, title: LocalizedText, description: LocalizedText? = nil) {
    self.id = id
    self.title = title
    self.description = description
  }
}

/// One criterion of good practice.
public struct Criterion: Sendable, Hashable {
  /// Stable id (`kok.listen`).
  public var id: String
  /// The id of its pillar.
  public var pillar: String
  /// Its weight, more than 0.
  public var weight: Double
  /// A short name.
  public var title: LocalizedText
  /// What good practice is and why.
  public var guidance: LocalizedText
  /// Where the criterion comes from.
  public var source: String
  /// The laws, rulings or standards it rests on, each with its article or section and year.
  public var references: [CriterionReference]
  /// When the criterion is met, partial or missing.
  public var check: Check
  /// When set, the criterion applies only to policies that pass this check.
  public var appliesIf: Check?
  /// What to do when the criterion is not met.
  public var recommendation: LocalizedText
  /// Which case studies show the criterion in practice.
  public var cases: CaseHint
  /// Records of the reference catalogue that show it (`cc/municipality/policy` or a case id).
  public var examples: [String]

  /// Creates a criterion.
  public init(
    id: String, pillar: String, weight: Double, title: LocalizedText, guidance: LocalizedText, source: String,
    references: [CriterionReference] = [], check: Check, appliesIf: Check? = nil, recommendation: LocalizedText,
    cases: CaseHint = CaseHint(), examples: [String] = []
  ) {
    self.id = id
    self.pillar = pillar
    self.weight = weight
    self.title = title
    self.guidance = guidance
    self.source = source
    self.references = references
    self.check = check
    self.appliesIf = appliesIf
    self.recommendation = recommendation
    self.cases = cases
    self.examples = examples
  }
}

/// A law, ruling or standard a criterion rests on.
public struct CriterionReference: Sendable, Hashable {
  /// The name it is cited by (`Archiefwet 1995`).
  public var title: String
  /// The article or section, when the criterion rests on part of it.
  public var section: String?
  /// The year it is known by.
  public var year: Int
  /// `EU`, a country code or a region code (`BE-VLG`); nil for an international standard.
  public var jurisdiction: String?
  /// Where it can be read.
  public var url: String?

  /// Creates a reference.
  public init(title: String, section: String? = nil, year: Int, jurisdiction: String? = nil, url: String? = nil) {
    self.title = title
    self.section = section
    self.year = year
    self.jurisdiction = jurisdiction
    self.url = url
  }

  /// `Archiefwet 1995, artikel 3 (1995, NL)`.
  public var citation: String {
    var text = title
    if let section { text += ", \(section)" }
    return text + " (" + ([String(year)] + (jurisdiction.map { [$0] } ?? [])).joined(separator: ", ") + ")"
  }
}

/// Which case studies illustrate a criterion: those with any of these categories or tags.
public struct CaseHint: Sendable, Hashable {
  /// Use-category ids.
  public var categories: [String]
  /// Case tags.
  public var tags: [String]

  /// Creates a hint.
  public init(categories: [String] = [], tags: [String] = []) {
    self.categories = categories
    self.tags = tags
  }

  /// True when the hint names nothing.
  public var isEmpty: Bool { categories.isEmpty && tags.isEmpty }
}

/// A declarative check on policy fields. Evaluating it gives pass, partial or fail (see ``CheckOutcome``).
public indirect enum Check: Sendable, Hashable {
  /// One field and one condition.
  case field(FieldPath, Condition)
  /// Passes when all pass; partial when at least one passes or is partial.
  case allOf([Check])
  /// Passes when one passes; partial when none passes but one is partial.
  case anyOf([Check])
  /// Passes when at least `count` checks pass; partial when fewer pass but one passes or is partial.
  case atLeast(Int, [Check])
  /// `check`, with an explicit rule for partial: when `check` does not pass, the result is partial when
  /// `partial` passes or is partial, and fail otherwise (the built-in partial rule of `check` is replaced).
  case withPartial(Check, partial: Check)

  /// Every field check inside, depth first, in order.
  public var fieldChecks: [(FieldPath, Condition)] {
    switch self {
    case .field(let path, let condition): [(path, condition)]
    case .allOf(let checks), .anyOf(let checks), .atLeast(_, let checks): checks.flatMap(\.fieldChecks)
    case .withPartial(let check, let partial): check.fieldChecks + partial.fieldChecks
    }
  }
}

/// A dotted path of property names from the top of a policy document (`listening.monitoring`).
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
  /// The property names.
  public var components: [String]

  /// Creates a path from its dotted text.
  public init(_ text: String) {
    components = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
  }

  /// The dotted text.
  public var description: String { components.joined(separator: ".") }

  /// The node at this path in `document`, if every step is a mapping that has the key.
  public func node(in document: Node) -> Node? {
    var current = document
    for key in components {
      guard let next = current[key] else { return nil }
      current = next
    }
    return current
  }
}

/// A value written in a model: a yes/no, a number or a text.
public enum ModelValue: Sendable, Hashable, CustomStringConvertible {
  /// `true` or `false`.
  case bool(Bool)
  /// A number (integers and decimals compare numerically).
  case number(Double)
  /// A text, compared exactly.
  case string(String)

  /// True when `node` holds this value (numbers compare numerically).
  public func matches(_ node: Node) -> Bool {
    switch (self, node.value) {
    case (.bool(let expected), .bool(let found)): expected == found
    case (.string(let expected), .string(let found)): expected == found
    case (.number(let expected), _): node.number == expected
    default: false
    }
  }

  public var description: String {
    switch self {
    case .bool(let flag): flag ? "true" : "false"
    case .number(let number): ScoreFormat.number(number)
    case .string(let text): text
    }
  }
}

/// The condition of a field check.
public enum Condition: Sendable, Hashable {
  /// The field is there.
  case present
  /// The field has content (see the schema's description of `non-empty`).
  case nonEmpty
  /// The field has this value.
  case equals(ModelValue)
  /// The field is a list that contains this value.
  case includes(ModelValue)
  /// The field's value is one of these.
  case oneOf([ModelValue])
  /// A number of at least this value, or a list with at least this many items (counting only `of`, when given).
  case atLeast(Double, of: [ModelValue]?)
  /// A number of at most this value, or a list with at most this many items (counting only `of`, when given).
  case atMost(Double, of: [ModelValue]?)
}
