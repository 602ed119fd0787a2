import CasebookText

/// What `casebook rules` lists: every rule id with its default and configured severity and its description.
public enum RuleListing {
  /// How the list is written.
  public enum Format: String, Sendable, CaseIterable {
    /// An aligned table.
    case text
    /// An object with `rules`, each with `id`, `default`, `configured`, `configurable`, `paths`, `description`.
    case json
  }

  /// Loads the rules of the working tree or of `revision` in the repository at `directory`.
  public static func rules(directory: String?, revision: String?) throws(CatalogueError) -> RuleSet {
    let workspace = try Workspace(directory: directory)
    let snapshot = try workspace.snapshot(revision: revision)
    return RuleSet.load(from: snapshot, reader: try snapshot.makeReader())
  }

  /// The list in `format` and `language`.
  public static func render(_ rules: RuleSet, format: Format, language: Language) -> String {
    switch format {
    case .text: text(rules.configuration, language)
    case .json: json(rules.configuration, language).text(pretty: true) + "\n"
    }
  }

  /// The severity `configuration` gives the rule where no path entry applies.
  static func catalogueSeverity(_ rule: RuleID, _ configuration: RuleConfiguration) -> String {
    let wide = configuration.entries.last { $0.rule == rule.rawValue && $0.paths.isEmpty }
    return wide?.severity.rawValue ?? rule.defaultSeverity.rawValue
  }

  static func pathEntries(_ rule: RuleID, _ configuration: RuleConfiguration) -> [RuleConfiguration.Entry] {
    configuration.entries.filter { $0.rule == rule.rawValue && !$0.paths.isEmpty }
  }

  static func text(_ configuration: RuleConfiguration, _ language: Language) -> String {
    func word(_ entry: CatalogueRuleText) -> String { entry.texts[language] }
    var table = Table(columns: [word(.columnRule), word(.columnDefault), word(.columnConfigured), word(.columnDescription)])
    for rule in RuleID.allCases {
      var configured: String
      var description = rule.summary(language)
      switch rule.configurability {
      case .configurable:
        configured = catalogueSeverity(rule, configuration)
        for entry in pathEntries(rule, configuration) {
          let paths = entry.paths.map(\.text).joined(separator: ", ")
          configured += "; " + Message(CatalogueRuleText.inPaths, .text(entry.severity.rawValue), .text(paths)).text(language)
        }
      case .fixed(let reason):
        configured = rule.defaultSeverity.rawValue
        description += " (" + Message(CatalogueRuleText.notConfigurable, .text(reason.text(language))).text(language) + ")"
      }
      table.rows.append([rule.rawValue, rule.defaultSeverity.rawValue, configured, description])
    }
    let configurable = RuleID.allCases.count { $0.configurability == .configurable }
    return table.aligned() + "\n"
      + Message(CatalogueRuleText.summary, .number(RuleID.allCases.count), .number(configurable)).text(language) + "\n"
  }

  static func json(_ configuration: RuleConfiguration, _ language: Language) -> JSONValue {
    .object([
      (
        "rules",
        .array(
          RuleID.allCases.map { rule in
            var members: [(String, JSONValue)] = [
              ("id", .string(rule.rawValue)),
              ("default", .string(rule.defaultSeverity.rawValue)),
              ("configured", .string(catalogueSeverity(rule, configuration))),
              ("configurable", .bool(rule.configurability == .configurable)),
            ]
            if case .fixed(let reason) = rule.configurability {
              members.append(("not_configurable_because", .string(reason.text(language))))
            }
            members.append(
              (
                "paths",
                .array(
                  pathEntries(rule, configuration).map { entry in
                    .object([
                      ("paths", .array(entry.paths.map { .string($0.text) })),
                      ("severity", .string(entry.severity.rawValue)),
                      ("reason", .string(entry.reason)),
                    ])
                  })
              ))
            members.append(("description", .string(rule.summary(language))))
            return .object(members)
          })
      )
    ])
  }
}
