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

  @Test("The example policies score as designed: Voorbeeldstad strong, Proefdorp weak, Testergem between")
  func examplePolicies() throws {
    let scores = try rank(try catalogue([:], referenceCases: true)).catalogue
    let strong = try #require(scores.score(of: "nl/voorbeeldstad")?.score)
    let middling = try #require(scores.score(of: "be/testergem")?.score)
    let weak = try #require(scores.score(of: "nl/proefdorp")?.score)
    #expect(strong >= 85)
    #expect(weak <= 25)
    #expect(middling > weak + 15 && middling < strong - 15)
    #expect(scores.scores.map(\.municipality) == ["nl/voorbeeldstad", "be/testergem", "nl/proefdorp"])
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
