import CasebookCore
import CasebookSchema
import CasebookTestSupport
import CasebookYAML
import Foundation
import Testing

/// The criterion ids issue 4 asks for, exactly.
private let requiredIDs: Set<String> = [
  "kok.listen", "kok.embed", "kok.authentic", "kok.experiment", "kok.measure",
  "kok.trust", "kok.integrated", "kok.representative", "kok.response-time", "kok.interact",
  "gibson.uses", "gibson.personal", "gibson.digital-inclusion", "gibson.innovate", "gibson.support-community",
  "gibson.convene", "gibson.share-knowledge",
  "ctg.employee-access", "ctg.account-management", "ctg.acceptable-use", "ctg.employee-conduct", "ctg.content",
  "ctg.security", "ctg.legal", "ctg.citizen-conduct",
]

private func packageFile(_ path: String) throws -> String {
  try String(contentsOfFile: packageRoot + "/" + path, encoding: .utf8)
}

@Suite("The reference best-practice model and the example policies")
struct BestPracticeModelTests {
  @Test("schema/best-practice.yaml is valid against schema/best-practice.schema.json")
  func modelMatchesSchema() throws {
    let schema = try JSONSchema(try JSONParser.parse(try packageFile("schema/best-practice.schema.json")))
    let model = try YAMLParser.parse(try packageFile("schema/best-practice.yaml"))
    #expect(schema.validate(model).isEmpty, "\(schema.validate(model))")
  }

  @Test("The schema is self-contained and closed: every object schema forbids unknown keys")
  func schemaIsClosed() throws {
    let schema = try JSONParser.parse(try packageFile("schema/best-practice.schema.json"))
    #expect(schema["$schema"]?.string == "https://json-schema.org/draft/2020-12/schema")
    var open: [String] = []
    func visit(_ node: Node, _ pointer: String) {
      if node["properties"] != nil, node["additionalProperties"]?.bool != false { open.append(pointer) }
      for entry in node.entries ?? [] { visit(entry.value, pointer + "/" + entry.key) }
      for (index, item) in (node.items ?? []).enumerated() { visit(item, "\(pointer)/\(index)") }
      if let reference = node["$ref"]?.string { #expect(reference.hasPrefix("#/$defs/"), "\(pointer)") }
    }
    visit(schema, "")
    #expect(open.isEmpty, "\(open)")
  }

  @Test("The reference catalogue validates with its model, and the model has Kok's five pillars and the issue's ids")
  func referenceModel() throws {
    let folder = try catalogue([:], referenceCases: true)
    let validation = try CatalogueValidator.validate(try Workspace(directory: folder.root).workingTreeSnapshot())
    #expect(validation.diagnostics.isEmpty, "\(validation.diagnostics)")
    let model = try rank(folder).catalogue.model
    #expect(model.pillars.map(\.id) == ["listen", "embed", "authentic", "experiment", "measure"])
    #expect(Set(model.criteria.map(\.id)) == requiredIDs)
    #expect(model.criteria.count == requiredIDs.count)
    for criterion in model.criteria {
      #expect(!criterion.title.nl.isEmpty && !criterion.title.en.isEmpty && criterion.title.nl != criterion.title.en, "\(criterion.id)")
      #expect(criterion.guidance.nl != criterion.guidance.en, "\(criterion.id)")
      #expect(criterion.recommendation.nl != criterion.recommendation.en, "\(criterion.id)")
    }
  }

  /// Scores worked out by hand from schema/best-practice.yaml and each policy.yaml, as earned / applicable
  /// weight per pillar (listen, embed, authentic, experiment, measure) and overall; the README's `rank`
  /// table shows them rounded to one decimal.
  static let handScores: [(id: String, pillars: [Double], overall: Double)] = [
    // Meets all 25 criteria: 7/7, 17/17, 10/10, 6/6, 4/4, 44/44.
    ("nl/voorbeeldstad", [100, 100, 100, 100, 100], 100),
    // listen: kok.listen partial 1.5 + kok.representative missing 0 + digital inclusion met 2 = 3.5/7;
    // embed: kok.embed 3 + integrated 2 + trust 1 + response-time 1 + uses 1 + employee-access 1
    //   + account-management 0.5 + acceptable-use 1 + security 0.5 + legal 1 = 12/17;
    // authentic: authentic 1.5 + interact 1 + personal 1 + conduct 0.5 + content 0.5 + citizen 0.5 = 5/10;
    // experiment: support-community 1 of 6; measure: kok.measure partial 1.5 of 4; overall 23/44.
    ("be/testergem", [100 * 3.5 / 7, 100 * 12 / 17, 100 * 5 / 10, 100 * 1 / 6, 100 * 1.5 / 4], 100 * 23 / 44),
    // Only broadcasts: kok.representative does not apply (listen 0/5); kok.embed partial (goals only) 1.5/17;
    // ctg.content partial (who posts, approval) 0.5/10; nothing in experiment (6) or measure (4);
    // overall 2/42.
    ("nl/proefdorp", [0, 100 * 1.5 / 17, 100 * 0.5 / 10, 0, 0], 100 * 2 / 42),
  ]

  @Test("The example policies score exactly what the model gives them by hand, best first")
  func examplePolicies() throws {
    let scores = try rank(try catalogue([:], referenceCases: true)).catalogue
    let pillars = ["listen", "embed", "authentic", "experiment", "measure"]
    for expected in Self.handScores {
      let score = try #require(scores.score(of: expected.id))
      let overall = try #require(score.score)
      #expect(abs(overall - expected.overall) < 1e-9, "\(expected.id): \(overall)")
      for (pillar, value) in zip(pillars, expected.pillars) {
        let actual = try #require(score.pillarScore(pillar))
        #expect(abs(actual - value) < 1e-9, "\(expected.id) \(pillar): \(actual)")
      }
    }
    #expect(scores.scores.map(\.municipality) == Self.handScores.map(\.id))
  }

  @Test("Proefdorp only broadcasts, so hearing more than the loudest voices does not apply to it")
  func notApplicable() throws {
    let scores = try rank(try catalogue([:], referenceCases: true)).catalogue
    #expect(scores.score(of: "nl/proefdorp")?.result(for: "kok.representative")?.status == .notApplicable)
    #expect(scores.score(of: "be/testergem")?.result(for: "kok.representative")?.status == .missing)
  }

  @Test("Example statuses that follow from the policy texts")
  func exampleStatuses() throws {
    let scores = try rank(try catalogue([:], referenceCases: true)).catalogue
    let testergem = try #require(scores.score(of: "be/testergem"))
    #expect(testergem.result(for: "kok.listen")?.status == .partial)  // monitors weekly, no clipping service
    #expect(testergem.result(for: "kok.experiment")?.status == .missing)
    #expect(testergem.result(for: "gibson.uses")?.status == .partial)  // four of the seven uses
    let proefdorp = try #require(scores.score(of: "nl/proefdorp"))
    #expect(proefdorp.result(for: "kok.interact")?.status == .missing)  // broadcast only
    #expect(proefdorp.result(for: "kok.trust")?.status == .missing)  // every message approved first
  }
}
