import CasebookCore
import CasebookGit
import CasebookTestSupport
import CasebookYAML
import Foundation
import Testing

/// A catalogue whose git config names its user, with the municipality `nl/testdorp`.
private func catalogue() throws -> TemporaryCatalogue {
  let catalogue = try TemporaryCatalogue()
  try catalogue.repository.setConfigValue("Ann Officer", for: "user.name")
  try catalogue.repository.setConfigValue("ann@testdorp.example", for: "user.email")
  try catalogue.commit(["cases/nl/testdorp/municipality.yaml": Sample.municipality()], message: "Add Testdorp")
  return catalogue
}

private func municipality(for kind: ScaffoldKind) -> String {
  kind == .municipality ? "nl/nieuwdorp" : "nl/testdorp"
}

private func validate(_ path: String, in catalogue: TemporaryCatalogue) throws -> ValidationReport {
  let workspace = try Workspace(directory: catalogue.root)
  return try CatalogueValidator.validate(try workspace.workingTreeSnapshot(), scope: .paths([path]))
}

/// What a contributor would write for each placeholder, by the key it stands under.
private let answers = [
  "categories": "report", "channels": "app", "language": "nl", "languages": "nl", "email": "redactie@example.org",
  "maintainers": "redactie@example.org", "url": "https://example.org/bron", "tags": "meldingen",
]
private let prose = "Bewoners melden problemen in de wijk via een app, en de gemeente reageert binnen een dag."

/// Replaces every `TODO` placeholder with a real value, as a contributor would.
private func answering(_ node: Node, key: String?) -> Node {
  switch node.value {
  case .string(let text) where text.hasPrefix("TODO"):
    return Node(.string(key.flatMap { answers[$0] } ?? prose))
  case .sequence(let items):
    return Node(.sequence(items.map { answering($0, key: key) }))
  case .mapping(let entries):
    return Node(
      .mapping(
        entries.map { Node.Entry(key: $0.key, keyLocation: $0.keyLocation, value: answering($0.value, key: $0.key)) }))
  default:
    return node
  }
}

/// Takes the `#` away from the optional fields (`# key: …` and the indented lines of their blocks), leaving
/// the guidance comments (`# NL: …`, `# EN: …`) alone.
func uncommentingOptionalFields(_ text: String) -> String {
  var lines: [String] = []
  var inBlock = false
  for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
    let indent = line.prefix { $0 == " " }
    let rest = line.dropFirst(indent.count)
    if rest.hasPrefix("# "), let first = rest.dropFirst(2).first, first.isLowercase || first == "_",
      rest.dropFirst(2).prefix(while: { $0.isLowercase || $0 == "_" }).count > 0,
      rest.dropFirst(2).drop(while: { $0.isLowercase || $0 == "_" }).hasPrefix(":")
    {
      lines.append(String(indent) + rest.dropFirst(2))
      inBlock = true
    } else if inBlock, rest.hasPrefix("#   ") {
      lines.append(String(indent) + rest.dropFirst(2))
    } else {
      lines.append(String(line))
      inBlock = false
    }
  }
  return lines.joined(separator: "\n")
}

@Suite("casebook new: scaffolds")
struct ScaffoldTests {
  @Test(
    "A scaffold fails only on its placeholders until they are filled, and passes once they are",
    arguments: ScaffoldKind.allCases)
  func failsUntilFilled(kind: ScaffoldKind) throws {
    let catalogue = try catalogue()
    let result = try Scaffold.write(
      ScaffoldRequest(directory: catalogue.root, kind: kind, municipality: municipality(for: kind), title: "Wijkapp", year: 2021))
    let unfilled = try validate(result.path, in: catalogue)
    #expect(unfilled.errors > 0)
    #expect(unfilled.diagnostics.allSatisfy { $0.rule == "catalog.placeholder" }, "\(unfilled.diagnostics)")

    let text = try String(contentsOfFile: result.absolutePath, encoding: .utf8)
    try catalogue.write(result.path, YAMLWriter.write(answering(try YAMLParser.parse(text), key: nil)))
    let filled = try validate(result.path, in: catalogue)
    #expect(filled.diagnostics.isEmpty, "\(filled.diagnostics)")
  }

  @Test("Every optional field a scaffold shows is valid once its # is removed", arguments: ScaffoldKind.allCases)
  func optionalFieldsAreValid(kind: ScaffoldKind) throws {
    let catalogue = try catalogue()
    let result = try Scaffold.write(
      ScaffoldRequest(directory: catalogue.root, kind: kind, municipality: municipality(for: kind), title: "Wijkapp", year: 2021))
    let text = uncommentingOptionalFields(try String(contentsOfFile: result.absolutePath, encoding: .utf8))
    let document = answering(try YAMLParser.parse(text), key: nil)
    let schema = "schema/\(kind == .caseStudy ? "case" : kind.rawValue).schema.json"
    let schemaDocument = try YAMLParser.parse(try String(contentsOfFile: packageRoot + "/" + schema, encoding: .utf8))
    let topLevel = Set(schemaDocument["properties"]?.entries?.map(\.key) ?? [])
    #expect(Set(document.entries?.map(\.key) ?? []) == topLevel, "the scaffold should show every field of \(schema)")
    try catalogue.write(result.path, YAMLWriter.write(document))
    let report = try validate(result.path, in: catalogue)
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
  }

  @Test("A case is named after its year and title; an existing file is never replaced")
  func naming() throws {
    let catalogue = try catalogue()
    let request = ScaffoldRequest(
      directory: catalogue.root, kind: .caseStudy, municipality: "cases/nl/testdorp/", title: "Sneeuw & ijzel: 4x4's helpen!",
      year: 2010)
    let result = try Scaffold.write(request)
    #expect(result.path == "cases/nl/testdorp/2010-sneeuw-ijzel-4x4-s-helpen.yaml")
    #expect(!result.municipalityProfileMissing)
    let written = try String(contentsOfFile: result.absolutePath, encoding: .utf8)
    #expect(try YAMLParser.parse(written)["title"]?.string == "Sneeuw & ijzel: 4x4's helpen!")
    #expect(throws: CatalogueError.fileExists(path: result.path)) { try Scaffold.write(request) }
    let profile = try Scaffold.write(
      ScaffoldRequest(directory: catalogue.root, kind: .caseStudy, municipality: "nl/elders", title: "Iets", year: 2010))
    #expect(profile.municipalityProfileMissing)
  }

  @Test(
    "A bad municipality or a case without a title is refused as a usage error",
    arguments: ["nl", "NL/testdorp", "xx/testdorp", "nl/Test Dorp", "nl/a/b"])
  func badArguments(municipality: String) throws {
    let catalogue = try catalogue()
    let error = #expect(throws: CatalogueError.self) {
      try Scaffold.write(ScaffoldRequest(directory: catalogue.root, kind: .policy, municipality: municipality))
    }
    #expect(error?.isUsageError == true)
    let untitled = #expect(throws: CatalogueError.self) {
      try Scaffold.write(ScaffoldRequest(directory: catalogue.root, kind: .caseStudy, municipality: "nl/testdorp"))
    }
    #expect(untitled?.isUsageError == true)
  }

  @Test("The git identity fills maintainers and contact; without one they are placeholders")
  func identity() throws {
    let path = "cases/nl/testdorp/municipality.yaml"
    let known = try YAMLParser.parse(
      Scaffold.text(
        kind: .municipality, path: path, country: "nl", title: nil, year: 2021, identity: ("Ann", "ann@x.example"),
        languages: []))
    #expect(known["maintainers"]?.items?.first?.string == "ann@x.example")
    let unknown = try YAMLParser.parse(
      Scaffold.text(kind: .caseStudy, path: path, country: "nl", title: "T", year: 2021, identity: nil, languages: ["fy"]))
    #expect(unknown["contact"]?["email"]?.string?.hasPrefix("TODO") == true)
    #expect(unknown["language"]?.string == "fy")
  }
}
