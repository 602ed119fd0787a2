import CasebookText
import CasebookCore
import Testing

@Suite("Catalogue layout")
struct LayoutTests {
  @Test(
    "Files in a municipality folder get their kind and identity from the path",
    arguments: [
      ("cases/nl/testdorp/municipality.yaml", CatalogueFileKind.municipality, "nl/testdorp"),
      ("cases/nl/testdorp/policy.yaml", .policy, "nl/testdorp/policy"),
      ("cases/gb/brighton-and-hove/2010-snow-4x4-drivers.yaml", .caseStudy, "gb/brighton-and-hove/2010-snow-4x4-drivers"),
    ])
  func catalogueFiles(path: String, kind: CatalogueFileKind, id: String) throws {
    guard case .file(let file) = CatalogueLayout.classify(path) else {
      Issue.record("\(path) was not accepted")
      return
    }
    #expect(file.kind == kind)
    #expect(file.recordID == id)
  }

  @Test(
    "Misplaced files get a layout rule that says what to do",
    arguments: [
      ("cases/readme.md", "catalog.layout", "cases/<country>/<municipality>/"),
      ("cases/nl/list.yaml", "catalog.layout", "cases/<country>/<municipality>/"),
      ("cases/uk/brighton/a.yaml", "catalog.country-folder", "`gb`"),
      ("cases/NL/testdorp/a.yaml", "catalog.country-folder", "`nl`"),
      ("cases/xx/testdorp/a.yaml", "catalog.country-folder", "ISO 3166-1"),
      ("cases/nl/Den Haag/a.yaml", "catalog.slug", "`den-haag`"),
      ("cases/nl/testdorp/Wijk App.yaml", "catalog.slug", "`wijk-app.yaml`"),
      ("cases/nl/testdorp/a.yml", "catalog.extension", "`a.yaml`"),
      ("cases/nl/testdorp/photo.png", "catalog.unknown-file", "photo.png"),
      ("cases/nl/testdorp/2020/a.yaml", "catalog.nesting", "cases/nl/testdorp/"),
    ])
  func misplaced(path: String, rule: String, hint: String) {
    guard case .misplaced(let diagnostic) = CatalogueLayout.classify(path) else {
      Issue.record("\(path) was accepted")
      return
    }
    #expect(diagnostic.rule == rule)
    #expect(diagnostic.file == path)
    #expect(diagnostic.message.text(.en).contains(hint), "\(diagnostic.message)")
  }

  @Test("Only known schema files and cases/ are looked at", arguments: ["README.md", "Sources/x.yaml", "schema/notes.txt"])
  func ignored(path: String) {
    #expect(CatalogueLayout.classify(path) == .ignored)
  }

  @Test(
    "Schema documents are recognised as the kind the README's catalogue layout gives them",
    arguments: [
      ("schema/case.schema.json", CatalogueFileKind.schemaDocument), ("schema/policy.schema.json", .schemaDocument),
      ("schema/municipality.schema.json", .schemaDocument), ("schema/best-practice.schema.json", .schemaDocument),
      ("schema/categories.yaml", .taxonomy), ("schema/stewards.yaml", .stewards),
      ("schema/best-practice.yaml", .bestPractice),
    ])
  func schemaFiles(path: String, kind: CatalogueFileKind) {
    guard case .file(let file) = CatalogueLayout.classify(path) else {
      Issue.record("\(path) not recognised")
      return
    }
    #expect(file.kind == kind)
    #expect(file.path == path)
    #expect(file.recordID == nil && file.municipalityID == nil, "a schema file belongs to no municipality")
  }
}
