import CasebookCore
import CasebookTestSupport
import CasebookText
import Foundation
import Testing

/// Every rule id the sources can emit, found by reading them: literal ids, the `catalog.model-*` ids the model
/// rules compose, and the `schema.<keyword>` ids of the schema validator's reports.
private func emittedRuleIDs() throws -> Set<String> {
  let sources = URL(fileURLWithPath: packageRoot).appendingPathComponent("Sources")
  let enumerator = try #require(FileManager.default.enumerator(atPath: sources.path))
  var ids: Set<String> = []
  let literal = try Regex(#""((?:yaml|json|schema|catalog|git|access)\.[A-Za-z0-9-]+)""#)
  let modelRule = try Regex(#"add\(\s*"([a-z-]+)""#)
  let keyword = try Regex(#"(?:violation\(|keyword: )"([A-Za-z]+)""#)
  // Editor settings keys in the init templates, not rule ids.
  let notRules: Set<String> = ["yaml.schemas", "yaml.validate", "yaml.hover", "yaml.completion"]
  while let relative = enumerator.nextObject() as? String {
    // Generated files hold embedded schemas and templates, not code; the message catalogue's keys
    // (`schema.type.with-hint`) name texts, not rules.
    guard relative.hasSuffix(".swift"), !relative.hasPrefix("CasebookCore/Embedded/"), !relative.hasPrefix("CasebookText/"),
      !relative.hasSuffix("/EmbeddedMetaschema.swift")
    else { continue }
    let text = try String(contentsOf: sources.appendingPathComponent(relative), encoding: .utf8)
    for match in text.matches(of: literal) {
      let id = String(match.output[1].substring!)
      if !notRules.contains(id) { ids.insert(id) }
    }
    if relative.hasSuffix("Compare/ModelRules.swift") {
      for match in text.matches(of: modelRule) { ids.insert("catalog.model-" + match.output[1].substring!) }
    }
    if relative.hasPrefix("CasebookSchema/") {
      for match in text.matches(of: keyword) { ids.insert("schema." + match.output[1].substring!) }
    }
  }
  return ids
}

@Suite("Rule registry")
struct RuleRegistryTests {
  @Test("Every rule id the sources can emit is in the registry")
  func everyEmittedIDIsRegistered() throws {
    let emitted = try emittedRuleIDs()
    #expect(emitted.count > 60, "the source scan found too few ids: \(emitted.sorted())")
    let registered = Set(RuleID.allCases.map(\.rawValue))
    let missing = emitted.subtracting(registered)
    #expect(missing.isEmpty, "rule ids without a RuleID case: \(missing.sorted())")
  }

  @Test("Every registered rule has a one-line description in Dutch and English")
  func everyRuleDescribed() {
    for rule in RuleID.allCases {
      let texts = MessageCatalogue.texts(forKey: "rule." + rule.rawValue)
      #expect(texts != nil, "\(rule.rawValue) has no description")
      guard let texts else { continue }
      #expect(!texts.en.isEmpty && !texts.nl.isEmpty && texts.en != texts.nl, "\(rule.rawValue)")
      #expect(!texts.en.contains("\n") && !texts.nl.contains("\n"), "\(rule.rawValue) is not one line")
    }
    let ruleKeys = MessageCatalogue.everyEntry.map(\.key).filter { $0.hasPrefix("rule.") }
    let described = Set(ruleKeys.map { String($0.dropFirst("rule.".count)) })
    #expect(described == Set(RuleID.allCases.map(\.rawValue)), "descriptions of rules that do not exist")
  }

  @Test("Rules about trust, reading and layout are not configurable; content rules are")
  func configurability() {
    for rule in RuleID.allCases where ["yaml", "json", "schema", "git", "access"].contains(rule.family) {
      #expect(rule.configurability != .configurable, "\(rule.rawValue)")
    }
    for rule in [RuleID.symlink, .layout, .tooManyProblems, .schemaVersionUnknown, .ruleConfig] {
      #expect(rule.configurability != .configurable, "\(rule.rawValue)")
    }
    for rule in [RuleID.placeholder, .policyDates, .duplicateTitle, .deprecatedField, .schemaVersionOld] {
      #expect(rule.configurability == .configurable, "\(rule.rawValue)")
    }
  }
}
