import CasebookYAML

/// The result of a check: it passes, is partial, or fails.
public enum CheckOutcome: String, Sendable, Hashable {
  /// The check holds.
  case pass
  /// Part of it holds (see the combination rules of ``CheckEvaluator``).
  case partial
  /// It does not hold.
  case fail
}

/// What was found in one field that a check read.
public enum FoundValue: Sendable, Hashable {
  /// The field is not in the policy.
  case missing
  /// A yes/no.
  case bool(Bool)
  /// A number.
  case number(Double)
  /// A text, shortened for reports.
  case text(String)
  /// A list: its length and its first few scalar items.
  case list(count: Int, sample: [String])
  /// A section (mapping) with this many entries.
  case section(Int)

  /// Describes `node` for a report.
  init(_ node: Node?) {
    guard let node else { self = .missing; return }
    switch node.value {
    case .null: self = .missing
    case .bool(let flag): self = .bool(flag)
    case .integer, .float: self = .number(node.number ?? 0)
    case .string(let text): self = .text(text.count > 60 ? String(text.prefix(57)) + "…" : text)
    case .sequence(let items):
      self = .list(count: items.count, sample: items.prefix(FoundValue.sampleSize).compactMap(FoundValue.scalarText))
    case .mapping(let entries): self = .section(entries.count)
    }
  }

  static let sampleSize = 8

  private static func scalarText(_ node: Node) -> String? {
    switch node.value {
    case .bool(let flag): flag ? "true" : "false"
    case .integer, .float: node.number.map(ScoreFormat.number)
    case .string(let text): text.count > 40 ? String(text.prefix(37)) + "…" : text
    default: nil
    }
  }
}

/// One field a check read: the condition, what was found, and whether the condition held.
public struct Finding: Sendable, Hashable {
  /// The field.
  public var path: FieldPath
  /// The condition checked.
  public var condition: Condition
  /// What the policy has there.
  public var found: FoundValue
  /// True when the condition held.
  public var passed: Bool
}

/// A count check's tally, for the reason text: how many checks passed, how many were needed, out of how many.
public struct Tally: Sendable, Hashable {
  /// Checks that passed.
  public var passed: Int
  /// Checks needed.
  public var needed: Int
  /// Checks counted.
  public var total: Int

  /// Creates a tally.
  public init(passed: Int, needed: Int, total: Int) {
    self.passed = passed
    self.needed = needed
    self.total = total
  }
}

/// A check evaluated on one policy.
public struct CheckResult: Sendable, Hashable {
  /// Pass, partial or fail.
  public var outcome: CheckOutcome
  /// Every field read, in the order of the check, without repeats.
  public var findings: [Finding]
  /// Tallies of `at-least` count checks.
  public var tallies: [Tally]
}

/// Evaluates checks over a policy document.
///
/// A field check passes or fails; a field that is not in the policy fails every condition. `all-of` passes
/// when every part passes and is partial when at least one part passes or is partial; `any-of` passes when one
/// part passes and is partial when none passes but one is partial; `at-least N` of checks passes when N parts
/// pass and is partial when fewer pass but one passes or is partial. A `partial:` check replaces those
/// built-in partial rules: when the main check does not pass, the result is partial exactly when the `partial`
/// check passes or is partial.
public enum CheckEvaluator {
  /// Evaluates `check` on `document`.
  public static func evaluate(_ check: Check, on document: Node) -> CheckResult {
    var state = State()
    let outcome = state.evaluate(check, document)
    return CheckResult(outcome: outcome, findings: state.findings, tallies: state.tallies)
  }

  /// True when `condition` holds for `node` (nil when the field is not in the policy).
  public static func holds(_ condition: Condition, for node: Node?) -> Bool {
    guard let node, !node.isNull else { return false }
    switch condition {
    case .present: return true
    case .nonEmpty:
      switch node.value {
      case .string(let text): return text.contains { !$0.isWhitespace }
      case .sequence(let items): return !items.isEmpty
      case .mapping(let entries): return !entries.isEmpty
      default: return true
      }
    case .equals(let value): return value.matches(node)
    case .includes(let value): return node.items?.contains { value.matches($0) } ?? false
    case .oneOf(let values): return values.contains { $0.matches(node) }
    case .atLeast(let bound, let of): return amount(of: node, counting: of).map { $0 >= bound } ?? false
    case .atMost(let bound, let of): return amount(of: node, counting: of).map { $0 <= bound } ?? false
    }
  }

  /// The number, or the number of list items (only those in `counting`, when given).
  static func amount(of node: Node, counting values: [ModelValue]?) -> Double? {
    if let items = node.items {
      guard let values else { return Double(items.count) }
      return Double(items.count { item in values.contains { $0.matches(item) } })
    }
    return values == nil ? node.number : nil
  }

  private struct State {
    var findings: [Finding] = []
    var tallies: [Tally] = []

    mutating func evaluate(_ check: Check, _ document: Node) -> CheckOutcome {
      switch check {
      case .field(let path, let condition):
        let node = path.node(in: document)
        let passed = CheckEvaluator.holds(condition, for: node)
        let finding = Finding(path: path, condition: condition, found: FoundValue(node), passed: passed)
        if !findings.contains(finding) { findings.append(finding) }
        return passed ? .pass : .fail
      case .allOf(let checks):
        let outcomes = checks.map { evaluate($0, document) }
        if outcomes.allSatisfy({ $0 == .pass }) { return .pass }
        return outcomes.contains { $0 != .fail } ? .partial : .fail
      case .anyOf(let checks):
        let outcomes = checks.map { evaluate($0, document) }
        if outcomes.contains(.pass) { return .pass }
        return outcomes.contains(.partial) ? .partial : .fail
      case .atLeast(let needed, let checks):
        let outcomes = checks.map { evaluate($0, document) }
        let passed = outcomes.count { $0 == .pass }
        tallies.append(Tally(passed: passed, needed: needed, total: checks.count))
        if passed >= needed { return .pass }
        return outcomes.contains { $0 != .fail } ? .partial : .fail
      case .withPartial(let main, let partial):
        if evaluate(main, document) == .pass { return .pass }
        return evaluate(partial, document) == .fail ? .fail : .partial
      }
    }
  }
}
