import CasebookCore
import CasebookTestSupport
import Testing

@Suite("Files with the same content")
struct SameContentTests {
  /// Three municipalities holding byte-identical files, some valid and some broken.
  private func catalogue() throws -> TemporaryCatalogue {
    let catalogue = try TemporaryCatalogue()
    var files: [String: String?] = [:]
    for name in ["eendorp", "tweedorp", "driedorp"] {
      files["cases/nl/\(name)/municipality.yaml"] = Sample.municipality(name: "Testdorp")
      files["cases/nl/\(name)/2020-wijkapp.yaml"] = Sample.caseStudy()
      files["cases/nl/\(name)/2021-kapot.yaml"] = Sample.caseStudy(title: "Kapotte app", categories: ["nope"])
    }
    try catalogue.commit(files, message: "Copies")
    return catalogue
  }

  @Test("Each copy is reported under its own path and gets its own record", arguments: [false, true])
  func copies(cached: Bool) throws {
    let catalogue = try catalogue()
    let snapshot = try Workspace(directory: catalogue.root).snapshot(ofRevision: "HEAD")
    if cached { _ = try CatalogueValidator.validate(snapshot) }
    let report = try CatalogueValidator.validate(snapshot)
    let broken = report.diagnostics.filter { $0.rule == "catalog.unknown-category" }.map(\.file)
    #expect(broken == ["driedorp", "eendorp", "tweedorp"].map { "cases/nl/\($0)/2021-kapot.yaml" })
    let ids = report.records.values.compactMap { record -> String? in
      if case .caseStudy(let study) = record { study.id } else { nil }
    }
    #expect(Set(ids) == Set(["driedorp", "eendorp", "tweedorp"].map { "nl/\($0)/2020-wijkapp" }))
    let paths = report.records.compactMap { path, record -> Bool? in
      if case .caseStudy(let study) = record { study.path == path } else { nil }
    }
    #expect(paths == [true, true, true])
    #expect(report.diagnostics.count == 3, "\(report.diagnostics)")
  }
}
