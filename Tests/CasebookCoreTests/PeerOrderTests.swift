import CasebookCore
import CasebookTestSupport
import Testing

/// A one-criterion model whose case hint has two categories and a tag, so that a case can match it once,
/// twice or three times.
private let hintModel = """
  version: 1
  title: {nl: Peermodel, en: Peer model}
  pillars:
    - id: a
      title: {nl: Pijler A, en: Pillar A}
  criteria:
    - id: peer.participate
      pillar: a
      weight: 1
      title: {nl: Inspraak, en: Participation}
      guidance: {nl: Vraag inwoners om inbreng., en: Ask residents for input.}
      source: test
      check: {path: categories, includes: participate}
      recommendation: {nl: Organiseer inspraak., en: Organise consultation.}
      cases:
        categories: [participate, report]
        tags: [meten]
  """

/// A case study with these categories and tags.
private func study(_ title: String, year: Int, categories: [String], tags: [String]) -> String {
  Sample.caseStudy(title: title, year: year, categories: categories)
    .replacingOccurrences(of: "tags: [meldingen]", with: "tags: [\(tags.joined(separator: ", "))]")
}

/// Who meets `peer.participate` and which cases match its hint how often:
///   aadorp  the subject (does not meet); its own three-match case must never be offered
///   bedorp  meets; 2017-een matches once (participate)
///   cedorp  does not meet; 2015-drie matches three times (participate, report, meten): oldest, yet first
///   dedorp  does not meet; 2016-twee matches twice (participate, report)
///   eedorp  does not meet; 2022-een matches once (participate): newer than bedorp's, but bedorp meets
///   fedorp  does not meet; 2023-geen matches nothing (inform, other tags)
private func hintCatalogue() throws -> TemporaryCatalogue {
  var files = ["hint-model.yaml": hintModel]
  let meets = policy("categories: [participate]\n")
  let missing = policy("categories: [inform]\n")
  for (id, name, text) in [
    ("nl/aadorp", "Aadorp", missing), ("nl/bedorp", "Bedorp", meets), ("nl/cedorp", "Cedorp", missing),
    ("nl/dedorp", "Dedorp", missing), ("nl/eedorp", "Eedorp", missing), ("nl/fedorp", "Fedorp", missing),
  ] {
    files.merge(municipality(id, name: name, policy: text)) { $1 }
  }
  files["cases/nl/aadorp/2024-eigen.yaml"] = study("Eigen casus", year: 2024, categories: ["participate", "report"], tags: ["meten"])
  files["cases/nl/bedorp/2017-een.yaml"] = study("Een bij wie het doet", year: 2017, categories: ["participate"], tags: ["markt"])
  files["cases/nl/cedorp/2015-drie.yaml"] = study("Drie keer", year: 2015, categories: ["participate", "report"], tags: ["meten"])
  files["cases/nl/dedorp/2016-twee.yaml"] = study("Twee keer", year: 2016, categories: ["report", "participate"], tags: ["markt"])
  files["cases/nl/eedorp/2022-een.yaml"] = study("Een, nieuwer", year: 2022, categories: ["participate"], tags: ["markt"])
  files["cases/nl/fedorp/2023-geen.yaml"] = study("Geen keer", year: 2023, categories: ["inform"], tags: ["markt"])
  let folder = try catalogue(files)
  let problems = try CatalogueValidator.validate(try Workspace(directory: folder.root).workingTreeSnapshot()).diagnostics
  #expect(problems.isEmpty, "the hint catalogue must be valid: \(problems)")
  return folder
}

@Suite("Peer cases")
struct PeerOrderTests {
  private func peerCases(limit: Int? = nil) throws -> [String] {
    let report = try rank(try hintCatalogue(), model: "hint-model.yaml")
    let criterion = try #require(report.catalogue.model.criteria.first { $0.id == "peer.participate" })
    let peers =
      if let limit {
        report.catalogue.peers(for: criterion, excluding: "nl/aadorp", limit: limit)
      } else {
        report.catalogue.peers(for: criterion, excluding: "nl/aadorp")
      }
    return peers.compactMap { peer -> String? in
      if case .caseStudy(let id, _, _, _) = peer { return id }
      return nil
    }
  }

  @Test("Most matches first, then cases of municipalities that meet the criterion, then the newest")
  func order() throws {
    #expect(
      try peerCases(limit: 10) == [
        "nl/cedorp/2015-drie", "nl/dedorp/2016-twee", "nl/bedorp/2017-een", "nl/eedorp/2022-een",
      ])
  }

  @Test("The report names the first three")
  func firstThree() throws {
    #expect(try peerCases() == ["nl/cedorp/2015-drie", "nl/dedorp/2016-twee", "nl/bedorp/2017-een"])
  }
}
