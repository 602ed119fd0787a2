import CasebookText
import CasebookYAML

/// What `schema/rules.yaml` may set a rule to.
public enum ConfiguredSeverity: String, Sendable, Hashable, CaseIterable {
  case error
  case warning
  /// The rule is not reported.
  case off
}

/// The stewards' severities for rules, read from `schema/rules.yaml` (yamllint's and SigmaHQ's shape): a list
/// of entries, each naming a `rule`, its `severity`, a required `reason` and optionally the `paths` it applies
/// to. For a diagnostic, the last entry that names its rule and matches its path wins. Submitters cannot
/// configure anything: the file lives in steward-owned `schema/`, and with `--changed` it is read from BASE.
public struct RuleConfiguration: Sendable {
  /// One entry of the file.
  public struct Entry: Sendable, Hashable {
    /// The rule id.
    public var rule: String
    /// Its severity where the entry applies.
    public var severity: ConfiguredSeverity
    /// Where the entry applies; empty for the whole catalogue.
    public var paths: [PathGlob]
    /// Why, as the stewards wrote it.
    public var reason: String
  }

  /// Where the configuration lives.
  public static let path = "schema/rules.yaml"

  /// The usable entries, in file order: those naming a configurable rule with a known severity.
  public let entries: [Entry]
  private let byRule: [String: [Entry]]

  /// No configuration: every rule reports with its default severity.
  public static let none = RuleConfiguration(entries: [])

  init(entries: [Entry]) {
    self.entries = entries
    byRule = Dictionary(grouping: entries, by: \.rule)
  }

  /// The usable entries of a parsed `schema/rules.yaml`; the file's own check reports the others.
  public init(document: Node) {
    var entries: [Entry] = []
    for item in document["rules"]?.items ?? [] {
      guard let rule = item["rule"]?.string, RuleID(rawValue: rule)?.configurability == .configurable,
        let severity = item["severity"]?.string.flatMap(ConfiguredSeverity.init(rawValue:)),
        let reason = item["reason"]?.string
      else { continue }
      let globs = (item["paths"]?.items ?? []).compactMap { $0.string.flatMap(PathGlob.init) }
      if item["paths"] != nil && globs.isEmpty { continue }
      entries.append(Entry(rule: rule, severity: severity, paths: globs, reason: reason))
    }
    self.init(entries: entries)
  }

  /// The configured severity of `rule` for the file or folder at `path`; nil when no entry applies.
  public func severity(of rule: String, at path: String) -> ConfiguredSeverity? {
    guard let entries = byRule[rule] else { return nil }
    for entry in entries.reversed() where entry.paths.isEmpty || entry.paths.contains(where: { $0.matches(path) }) {
      return entry.severity
    }
    return nil
  }

  /// Sets every diagnostic's severity as configured (keeping its default in ``Diagnostic/defaultSeverity``)
  /// and drops those of rules switched off. Applying it twice gives the same result.
  public func apply(to diagnostics: inout [Diagnostic]) {
    guard !byRule.isEmpty else { return }
    diagnostics = diagnostics.compactMap { diagnostic in
      var diagnostic = diagnostic
      let base = diagnostic.unconfiguredSeverity
      let configured: Severity
      switch severity(of: diagnostic.rule, at: diagnostic.file) {
      case .off: return nil
      case .error: configured = .error
      case .warning: configured = .warning
      case nil: configured = base
      }
      diagnostic.severity = configured
      diagnostic.defaultSeverity = configured == base ? nil : base
      return diagnostic
    }
  }

  /// What is wrong with the entries of `schema/rules.yaml` beyond its schema: rules that do not exist (with a
  /// did-you-mean) or cannot be configured, and paths that can never match.
  static func check(_ document: Node, add: (Message, Node, String) -> Void) {
    let known = RuleID.allCases.map(\.rawValue)
    for (index, item) in (document["rules"]?.items ?? []).enumerated() {
      let pointer = "/rules/\(index)"
      if let node = item["rule"], let rule = node.string {
        if let id = RuleID(rawValue: rule) {
          if case .fixed(let reason) = id.configurability {
            add(Message(MigrationText.ruleFixed, .code(rule), .translated(Texts(en: reason.text(.en), nl: reason.text(.nl)))), node, pointer + "/rule")
          }
        } else {
          let hint = NearestNames.suggestions(for: rule, among: known)
          let message =
            hint.isEmpty
            ? Message(MigrationText.ruleUnknown, .code(rule))
            : Message(MigrationText.ruleUnknownDidYouMean, .code(rule), .any(hint.map { .code($0) }))
          add(message, node, pointer + "/rule")
        }
      }
      for (position, glob) in (item["paths"]?.items ?? []).enumerated() {
        guard let text = glob.string, PathGlob(text) == nil else { continue }
        add(Message(MigrationText.pathNeverMatches, .code(text)), glob, "\(pointer)/paths/\(position)")
      }
    }
  }
}
