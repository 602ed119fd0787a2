import CasebookCore
import CasebookTestSupport
import Testing

/// Five municipalities scored with the tiny model: who meets `test.c1` (monitoring) and who scores how well.
///   a: monitoring false → c1 missing (the one we look for peers for)
///   b, c, d, e: monitoring true → c1 met; e also has two KPIs (c3 met) and d also partial tone (c2 partial),
///   so overall e > d > b = c, and b before c by name.
private func peerCatalogue() throws -> TemporaryCatalogue {
  var files = ["tiny-model.yaml": try compareFixture("tiny-model.yaml")]
  let monitoring = "listening:\n  monitoring: true\n"
  let members: [(String, String, String?)] = [
    ("nl/aadorp", "Aadorp", policy("listening:\n  monitoring: false\n")),
    ("nl/bedorp", "Bedorp", policy(monitoring)),
    ("nl/cedorp", "Cedorp", policy(monitoring)),
    ("nl/dedorp", "Dedorp", policy(monitoring + "tone:\n  style: personal\n")),
    ("nl/eedorp", "Eedorp", policy(monitoring + "measurement:\n  kpis:\n    - name: Een\n    - name: Twee\n")),
    ("nl/zonder", "Zonder beleid", nil),
  ]
  for (id, name, text) in members { files.merge(municipality(id, name: name, policy: text)) { $1 } }
  files["cases/nl/aadorp/2020-eigen.yaml"] = Sample.caseStudy(title: "Eigen casus", categories: ["participate"], extra: "")
  files["cases/nl/bedorp/2019-oud.yaml"] = Sample.caseStudy(title: "Oude casus", year: 2019, categories: ["participate"])
  files["cases/nl/cedorp/2021-nieuw.yaml"] = Sample.caseStudy(title: "Nieuwe casus", year: 2021, categories: ["participate"])
  files["cases/nl/dedorp/2018-beide.yaml"] = Sample.caseStudy(title: "Beide categorieën", year: 2018, categories: ["participate", "report"])
  files["cases/nl/eedorp/2022-anders.yaml"] = Sample.caseStudy(title: "Andere casus", year: 2022, categories: ["inform"])
  let folder = try catalogue(files)
  let problems = try CatalogueValidator.validate(try Workspace(directory: folder.root).workingTreeSnapshot()).diagnostics
  #expect(problems.isEmpty, "the peer catalogue must be valid: \(problems)")
  return folder
}

@Suite("Peers")
struct PeerTests {
  @Test("Peers are up to three other municipalities that meet the criterion, best overall score first")
  func municipalities() throws {
    let report = try rank(try peerCatalogue(), model: "tiny-model.yaml")
    let criterion = try #require(report.catalogue.model.criteria.first { $0.id == "test.c1" })
    let peers = report.catalogue.peers(for: criterion, excluding: "nl/aadorp")
    let policies = peers.compactMap { peer -> String? in
      if case .policy(let id, _, _) = peer { return id }
      return nil
    }
    #expect(policies == ["nl/eedorp", "nl/dedorp", "nl/bedorp"])
  }

  @Test("A municipality is never its own peer")
  func notItself() throws {
    let report = try rank(try peerCatalogue(), model: "tiny-model.yaml")
    let criterion = try #require(report.catalogue.model.criteria.first { $0.id == "test.c1" })
    let peers = report.catalogue.peers(for: criterion, excluding: "nl/eedorp")
    #expect(!peers.contains { if case .policy("nl/eedorp", _, _) = $0 { true } else { false } })
    #expect(peers.count == 3)
  }

  @Test("Cases come from the criterion's hint: most matches first, then newest; never the municipality's own")
  func cases() throws {
    let report = try rank(try peerCatalogue(), model: "tiny-model.yaml")
    // test.c5 points at the category `participate`.
    let criterion = try #require(report.catalogue.model.criteria.first { $0.id == "test.c5" })
    let cases = report.catalogue.peers(for: criterion, excluding: "nl/aadorp").compactMap { peer -> String? in
      if case .caseStudy(let id, _, _, _) = peer { return id }
      return nil
    }
    #expect(cases == ["nl/cedorp/2021-nieuw", "nl/bedorp/2019-oud", "nl/dedorp/2018-beide"])
  }

  @Test("Only criteria that are not met get peers")
  func onlyWhenNotMet() throws {
    let folder = try peerCatalogue()
    let report = try Comparer.compare("aadorp", request: ScoreRequest(directory: folder.root, modelPath: "tiny-model.yaml"))
    for result in report.subject.criteria {
      if result.status == .met || result.status == .notApplicable { #expect(result.peers.isEmpty) }
    }
    #expect(report.subject.result(for: "test.c1")?.peers.isEmpty == false)
  }
}
