import CasebookCore
import CasebookYAML
import Testing

/// A small policy every check below reads.
private let policy = """
  title: Beleid
  status: adopted
  language: nl
  categories: [inform, report, participate]
  listening:
    monitoring: true
    clipping_service: false
    frequency: weekly
    readers: [Communicatie]
    description: "   "
  response:
    first_response_hours: 24
  training:
    topics: [dialogue, webcare]
  measurement:
    kpis:
      - name: Reactietijd
      - name: Tevredenheid
  """

private func field(_ path: String, _ condition: Condition) -> Check { .field(FieldPath(path), condition) }

private let yes = field("listening.monitoring", .equals(.bool(true)))
private let no = field("listening.clipping_service", .equals(.bool(true)))
private let partial = Check.allOf([yes, no])

@Suite("Best-practice checks")
struct CheckEvaluatorTests {
  static let fieldCases: [(String, Check, CheckOutcome)] = [
    ("present: a false flag is there", field("listening.clipping_service", .present), .pass),
    ("present: a missing field", field("listening.tools", .present), .fail),
    ("present: a missing section", field("experimentation.allowed", .present), .fail),
    ("non-empty: a list with an item", field("listening.readers", .nonEmpty), .pass),
    ("non-empty: blank text", field("listening.description", .nonEmpty), .fail),
    ("non-empty: a section", field("listening", .nonEmpty), .pass),
    ("non-empty: a missing field", field("crisis.channels", .nonEmpty), .fail),
    ("equals: true", field("listening.monitoring", .equals(.bool(true))), .pass),
    ("equals: false is not true", field("listening.clipping_service", .equals(.bool(true))), .fail),
    ("equals: text", field("listening.frequency", .equals(.string("weekly"))), .pass),
    ("equals: a number compares numerically", field("response.first_response_hours", .equals(.number(24))), .pass),
    ("equals: text never equals a flag", field("listening.frequency", .equals(.bool(true))), .fail),
    ("includes: the list has it", field("training.topics", .includes(.string("dialogue"))), .pass),
    ("includes: the list lacks it", field("training.topics", .includes(.string("privacy"))), .fail),
    ("includes: not a list", field("listening.frequency", .includes(.string("weekly"))), .fail),
    ("one-of: in the set", field("listening.frequency", .oneOf([.string("daily"), .string("weekly")])), .pass),
    ("one-of: not in the set", field("listening.frequency", .oneOf([.string("daily")])), .fail),
    ("at-least: list length reached", field("categories", .atLeast(3, of: nil)), .pass),
    ("at-least: list too short", field("categories", .atLeast(4, of: nil)), .fail),
    ("at-least: a number", field("response.first_response_hours", .atLeast(24, of: nil)), .pass),
    ("at-least: a list of objects", field("measurement.kpis", .atLeast(2, of: nil)), .pass),
    (
      "at-least: counts only the listed values",
      field("categories", .atLeast(2, of: [.string("participate"), .string("collaborate"), .string("report")])), .pass
    ),
    (
      "at-least: too few of the listed values",
      field("categories", .atLeast(2, of: [.string("participate"), .string("collaborate")])), .fail
    ),
    ("at-least: a missing field", field("representativeness.methods", .atLeast(0, of: nil)), .fail),
    ("at-most: a number within", field("response.first_response_hours", .atMost(48, of: nil)), .pass),
    ("at-most: a number above", field("response.first_response_hours", .atMost(12, of: nil)), .fail),
    ("at-most: a short list", field("listening.readers", .atMost(1, of: nil)), .pass),
    ("at-most: text cannot be counted", field("listening.frequency", .atMost(10, of: nil)), .fail),
  ]

  @Test("Field checks", arguments: fieldCases)
  func fieldCheck(name: String, check: Check, expected: CheckOutcome) throws {
    let document = try YAMLParser.parse(policy)
    #expect(CheckEvaluator.evaluate(check, on: document).outcome == expected, "\(name)")
  }

  static let combinedCases: [(String, Check, CheckOutcome)] = [
    ("all-of: every part passes", .allOf([yes, yes]), .pass),
    ("all-of: some parts pass gives partial", .allOf([yes, no]), .partial),
    ("all-of: a partial part gives partial", .allOf([partial, no]), .partial),
    ("all-of: no part passes", .allOf([no, no]), .fail),
    ("any-of: one part passes", .anyOf([no, yes]), .pass),
    ("any-of: only a partial part", .anyOf([no, partial]), .partial),
    ("any-of: nothing passes", .anyOf([no, no]), .fail),
    ("at-least checks: enough pass", .atLeast(2, [yes, no, yes]), .pass),
    ("at-least checks: too few pass gives partial", .atLeast(3, [yes, no, yes]), .partial),
    ("at-least checks: none pass", .atLeast(1, [no, no]), .fail),
    ("partial rule: the main check passes", .withPartial(yes, partial: no), .pass),
    ("partial rule: the partial check passes", .withPartial(no, partial: yes), .partial),
    ("partial rule: the partial check is partial", .withPartial(no, partial: partial), .partial),
    ("partial rule replaces the built-in rule", .withPartial(.allOf([yes, no]), partial: no), .fail),
  ]

  @Test("all-of, any-of, at-least of checks, and explicit partial rules", arguments: combinedCases)
  func combined(name: String, check: Check, expected: CheckOutcome) throws {
    let document = try YAMLParser.parse(policy)
    #expect(CheckEvaluator.evaluate(check, on: document).outcome == expected, "\(name)")
  }

  @Test("Findings name every field read, what was found, and whether it held, once each")
  func findings() throws {
    let document = try YAMLParser.parse(policy)
    let result = CheckEvaluator.evaluate(
      .withPartial(.allOf([yes, no, field("listening.tools", .nonEmpty)]), partial: .anyOf([yes, no])), on: document)
    #expect(result.outcome == .partial)
    #expect(result.findings.map(\.path.description) == ["listening.monitoring", "listening.clipping_service", "listening.tools"])
    #expect(result.findings.map(\.found) == [.bool(true), .bool(false), .missing])
    #expect(result.findings.map(\.passed) == [true, false, false])
  }

  @Test("A count check records how many passed")
  func tally() throws {
    let result = CheckEvaluator.evaluate(.atLeast(2, [yes, no, no]), on: try YAMLParser.parse(policy))
    #expect(result.tallies == [Tally(passed: 1, needed: 2, total: 3)])
  }
}
