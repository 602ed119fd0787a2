import CasebookText
import CasebookYAML

/// A case's period and year: the period does not end before it starts (`catalog.period-order`), and `year`,
/// the year the case started, lies in the period (`catalog.period-year`, an error) and is its first year
/// (`catalog.period-start-year`, a warning). Values the schema refuses (not a year, month or day) are left to it.
enum PeriodRules {
  static func check(
    _ document: Node, add: (String, Message, Node, String, Severity) -> Void
  ) {
    guard let period = document["period"], let startNode = period["start"], let start = partialDate(startNode)
    else { return }
    let endNode = period["end"]
    let end = endNode.flatMap(partialDate)
    if let end, let endNode, earliestDay(start) > latestDay(end) {
      add(
        "catalog.period-order", Message(ContentRuleText.periodOrder, .text(end), .text(start)), endNode,
        "/period/end", .error)
      return
    }
    guard let yearNode = document["year"], let year = yearNode.integer else { return }
    let first = Int(start.prefix(4))!
    let last = end.map { Int($0.prefix(4))! }
    if year < first || last.map({ year > $0 }) == true {
      let message = Message(
        ContentRuleText.periodYearOutside, .number(year), .text(String(first)),
        .text(last.map(String.init) ?? "…"), .text(String(first)))
      add("catalog.period-year", message, yearNode, "/year", .error)
    } else if year != first {
      let message = Message(ContentRuleText.periodYearNotStart, .number(year), .text(String(first)))
      add("catalog.period-start-year", message, yearNode, "/year", .warning)
    }
  }

  /// `2010`, `2010-01` or `2010-01-15`, as the schema's partial date allows it; nil for anything else.
  static func partialDate(_ node: Node) -> String? {
    guard let text = node.string else { return nil }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 >= "0" && $0 <= "9" } }),
      parts.dropFirst().allSatisfy({ $0.count == 2 })
    else { return nil }
    return text
  }

  /// The first day a partial date can mean: `2010` → `2010-01-01`.
  static func earliestDay(_ date: String) -> String {
    date + String("-01-01".suffix(10 - date.count))
  }

  /// The last day a partial date can mean: `2010` → `2010-12-31`, `2010-02` → `2010-02-31` (later than any
  /// real day of the month, which is all a comparison needs).
  static func latestDay(_ date: String) -> String {
    date + String("-12-31".suffix(10 - date.count))
  }
}
