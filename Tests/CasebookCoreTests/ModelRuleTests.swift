import CasebookText
import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// One mistake in the reference model: the text replaced (first occurrence), the rule that must report it, and
/// a text on the line it must point at.
struct ModelMistake: Sendable, CustomTestStringConvertible {
  var name: String
  var old: String
  var new: String
  var rule: String
  var marker: String
  var hint: String?

  var testDescription: String { name }
}

private let mistakes: [ModelMistake] = [
  ModelMistake(
    name: "duplicate criterion id", old: "id: kok.embed", new: "id: kok.listen", rule: "catalog.model-duplicate-id",
    marker: "id: kok.listen\n    pillar: embed", hint: "used twice"),
  ModelMistake(
    name: "unknown pillar", old: "pillar: experiment", new: "pillar: experimnt", rule: "catalog.model-unknown-pillar",
    marker: "pillar: experimnt", hint: "did you mean `experiment`"),
  ModelMistake(
    name: "unused pillar", old: "criteria:\n", new: "  - id: extra\n    title: {nl: Extra, en: Extra}\ncriteria:\n",
    rule: "catalog.model-unused-pillar", marker: "- id: extra", hint: "`extra`"),
  ModelMistake(
    name: "unknown field", old: "path: listening.clipping_service", new: "path: listening.clipping",
    rule: "catalog.model-path", marker: "path: listening.clipping", hint: "`listening.clipping_service`"),
  ModelMistake(
    name: "value the field never has", old: "one-of: [continuous, daily, weekly]", new: "one-of: [continuous, dayly, weekly]",
    rule: "catalog.model-value", marker: "one-of: [continuous, dayly", hint: "did you mean `daily`"),
  ModelMistake(
    name: "includes on a field that is not a list", old: "path: training.topics", new: "path: tone.style",
    rule: "catalog.model-value", marker: "includes: dialogue", hint: "not a list"),
  ModelMistake(
    name: "a number where the field is yes/no", old: "path: listening.monitoring\n          equals: true",
    new: "path: listening.monitoring\n          equals: 3", rule: "catalog.model-value", marker: "equals: 3", hint: "boolean"),
  ModelMistake(
    name: "an alias where a category id belongs", old: "categories: [participate]", new: "categories: [inspraak]",
    rule: "catalog.model-category", marker: "categories: [inspraak]", hint: "`participate`"),
  ModelMistake(
    name: "more checks needed than there are", old: "    check:\n      all-of:\n        - path: security.two_factor",
    new: "    check:\n      at-least: 7\n      checks:\n        - path: security.two_factor", rule: "catalog.model-count",
    marker: "at-least: 7", hint: "never pass"),
  ModelMistake(
    name: "a weight of zero", old: "weight: 3", new: "weight: 0", rule: "schema.exclusiveMinimum", marker: "weight: 0"),
  ModelMistake(
    name: "two conditions in one field check", old: "path: listening.readers\n          at-least: 2",
    new: "path: listening.readers\n          at-least: 2\n          at-most: 5", rule: "schema.oneOf",
    marker: "- path: listening.readers", hint: "`at-least` and `at-most`"),
  ModelMistake(
    name: "a criterion without a Dutch title", old: "      nl: Luisteren en monitoren\n", new: "",
    rule: "schema.required", marker: "en: Listening and monitoring"),
]

@Suite("Best-practice model rules")
struct ModelRuleTests {
  @Test("Each mistake in the model is reported by `validate` with its rule, at its line", arguments: mistakes)
  func mistake(_ mistake: ModelMistake) throws {
    let original = try String(contentsOfFile: packageRoot + "/schema/best-practice.yaml", encoding: .utf8)
    let range = try #require(original.range(of: mistake.old), "\(mistake.old) is not in the model")
    let text = original.replacingCharacters(in: range, with: mistake.new)
    let folder = try catalogue(["schema/best-practice.yaml": text])
    let found = try CatalogueValidator.validate(try Workspace(directory: folder.root).workingTreeSnapshot()).diagnostics
    let diagnostic = try #require(found.first { $0.rule == mistake.rule }, "\(found)")
    #expect(diagnostic.file == "schema/best-practice.yaml")
    let markerStart = try #require(text.range(of: mistake.marker)).lowerBound
    let line = text[..<markerStart].count { $0 == "\n" } + 1
    #expect(diagnostic.line == line, "\(diagnostic)")
    if let hint = mistake.hint { #expect(diagnostic.message.text(.en).contains(hint), "\(diagnostic.message)") }
    #expect(!diagnostic.pointer.isEmpty)
  }

  @Test("A model given with --model is checked the same way, and its problems are located in that file")
  func givenModel() throws {
    let original = try String(contentsOfFile: packageRoot + "/schema/best-practice.yaml", encoding: .utf8)
    let broken = original.replacingOccurrences(of: "path: embedding.routing", with: "path: embedding.route")
    let folder = try catalogue(["mine/model.yaml": broken])
    #expect {
      try Comparer.rank(ScoreRequest(directory: folder.root, modelPath: "mine/model.yaml"))
    } throws: { error in
      guard let error = error as? CompareError, case .invalidModel(let path, let diagnostics, let given) = error else {
        return false
      }
      return path == "mine/model.yaml" && given && error.isUsageError
        && diagnostics.contains { $0.rule == "catalog.model-path" && $0.file == "mine/model.yaml" && $0.line > 1 }
    }
  }

  @Test("A catalogue without a model says so (exit 1, not a usage error)")
  func missingModel() throws {
    let folder = try catalogue(municipality("nl/testdorp", name: "Testdorp", policy: policy("")))
    try folder.remove("schema/best-practice.yaml")
    #expect(throws: CompareError.modelMissing) { try rank(folder) }
    #expect(!CompareError.modelMissing.isUsageError)
  }
}
