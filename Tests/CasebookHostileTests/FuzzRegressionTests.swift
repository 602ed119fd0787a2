@testable import CasebookCore
import CasebookSchema
import CasebookTestSupport
import CasebookYAML
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The repository's own rules, loaded once, as the fuzz target loads them.
private let repositoryRules: RuleSet? = {
  guard let snapshot = try? Workspace(directory: packageRoot).workingTreeSnapshot(),
    let reader = try? snapshot.makeReader()
  else { return nil }
  return RuleSet.load(from: snapshot, reader: reader)
}()

/// The kinds of fuzz input, in the order of the selector byte (`Target` in Fuzz/CasebookFuzz.swift, `selector`
/// in Fuzz/run.sh), and the catalogue path each YAML kind is checked at; `instance` has none.
private let kindPaths: KeyValuePairs<String, String?> = [
  "case": "cases/nl/fuzzdorp/2020-fuzz-case.yaml", "policy": "cases/nl/fuzzdorp/policy.yaml",
  "municipality": "cases/nl/fuzzdorp/municipality.yaml", "taxonomy": "schema/categories.yaml",
  "stewards": "schema/stewards.yaml", "schema": "schema/fuzz.schema.json", "instance": nil,
  "best-practice": "schema/best-practice.yaml",
]

/// Processor time this thread used so far (other tests run in parallel in this process).
private func threadCPUSeconds() -> Double {
  var now = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
  return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// The file names in a fixture folder, sorted.
private func fixtureNames(_ folder: String) -> [String] {
  guard let url = Bundle.module.url(forResource: "Fixtures/" + folder, withExtension: nil) else { return [] }
  return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
}

/// The bytes of a fixture file.
private func fixtureBytes(_ folder: String, _ name: String) -> [UInt8]? {
  guard let url = Bundle.module.url(forResource: "Fixtures/\(folder)/\(name)", withExtension: nil),
    let data = try? Data(contentsOf: url)
  else { return nil }
  return Array(data)
}

/// The kind a regression fixture is named after (`KIND-DESCRIPTION.EXT`), or nil.
private func kind(of name: String) -> String? {
  kindPaths.map(\.key).first { name.hasPrefix($0 + "-") }
}

/// A fixture file, with the kinds it is checked as.
struct FuzzInput: CustomTestStringConvertible, Sendable {
  var folder: String
  var name: String
  var kinds: [String]
  var testDescription: String { "\(folder)/\(name)" }

  /// Every file of `Fixtures/hostile` (checked as each YAML kind) and `Fixtures/fuzz` (as its own kind).
  static var all: [FuzzInput] {
    let hostile = fixtureNames("hostile").map {
      FuzzInput(
        folder: "hostile", name: $0, kinds: ["case", "policy", "municipality", "taxonomy", "stewards", "best-practice"])
    }
    let regressions = fixtureNames("fuzz").compactMap { name in
      kind(of: name).map { FuzzInput(folder: "fuzz", name: name, kinds: [$0]) }
    }
    return hostile + regressions
  }
}

@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  @Test("Fixtures/fuzz holds inputs of every kind the fuzz target checks, each named after its kind")
  func everyKind() {
    let names = fixtureNames("fuzz").filter { $0 != "README.md" }
    #expect(!names.isEmpty, "no fuzz regressions: see Fixtures/fuzz/README.md to refresh them")
    for name in names where kind(of: name) == nil {
      Issue.record("\(name) is not named KIND-DESCRIPTION: it would never be replayed")
    }
    for (kind, _) in kindPaths where !names.contains(where: { $0.hasPrefix(kind + "-") }) {
      Issue.record("no fuzz regression of kind \(kind)")
    }
    // The JSON kinds must reach the schema checks, not stop at the parser.
    func documents(_ kind: String) -> [Node] {
      names.filter { $0.hasPrefix(kind + "-") }.compactMap { name in
        fixtureBytes("fuzz", name).flatMap { try? JSONParser.parse($0) }
      }
    }
    #expect(!documents("instance").isEmpty, "no instance input is JSON: the instance checks would never run")
    #expect(
      documents("schema").contains { (try? JSONSchema($0)) != nil },
      "no schema input compiles: the schema checks would never run")
  }

  @Test("Each input, checked in process as the fuzz target checks it, gives located diagnostics quickly",
    arguments: FuzzInput.all)
  func replay(_ input: FuzzInput) throws {
    let rules = try #require(repositoryRules)
    let bytes = try #require(fixtureBytes(input.folder, input.name))
    for kind in input.kinds {
      let start = threadCPUSeconds()
      switch kind {
      case "instance":
        checkInstance(bytes, rules: rules)
      case "schema":
        checkSchema(bytes)
        try checkFile(bytes, kind: kind, rules: rules)
      default:
        try checkFile(bytes, kind: kind, rules: rules)
      }
      #expect(threadCPUSeconds() - start < Budget.seconds, "\(kind)")
    }
  }

  /// The whole per-file check, as `casebook validate` runs it, and every output format of its findings.
  private func checkFile(_ bytes: [UInt8], kind: String, rules: RuleSet) throws {
    let path = try #require(kindPaths.first { $0.key == kind }?.value, "unknown kind \(kind)")
    guard case .file(let file) = CatalogueLayout.classify(path) else {
      Issue.record("\(path) is not a catalogue file")
      return
    }
    let report = FileCheck.check(file, bytes: bytes, rules: rules)
    for diagnostic in report.diagnostics {
      #expect(!diagnostic.rule.isEmpty && diagnostic.line >= 1 && diagnostic.column >= 1, "\(kind): \(diagnostic)")
      #expect(diagnostic.file == path)
    }
    #expect((report.record != nil) == (!report.hasErrors && file.recordID != nil), "\(kind): a record without validity")
    let validation = ValidationReport(files: 1, diagnostics: report.diagnostics.sorted(), records: [:])
    for format in DiagnosticFormat.allCases {
      #expect(!DiagnosticRenderer.render(validation, format: format, color: format == .text).isEmpty, "\(format)")
    }
  }

  /// JSON as a schema: compiled, then the document validated against itself.
  private func checkSchema(_ bytes: [UInt8]) {
    guard let document = try? JSONParser.parse(bytes),
      let schema = try? JSONSchema(document, uri: "https://example.org/fuzz.schema.json")
    else { return }
    checkViolations(schema.validate(document), valid: schema.isValid(document))
  }

  /// JSON as an instance of each catalogue schema.
  private func checkInstance(_ bytes: [UInt8], rules: RuleSet) {
    guard let document = try? JSONParser.parse(bytes) else { return }
    for kind in [CatalogueFileKind.caseStudy, .policy, .municipality, .taxonomy] {
      guard let schema = rules.schema(for: kind) else {
        Issue.record("the repository's rules have no schema for \(kind)")
        continue
      }
      checkViolations(schema.validate(document), valid: schema.isValid(document))
    }
  }

  /// `validate` and `isValid` must agree, and every violation must be located.
  private func checkViolations(_ violations: [SchemaViolation], valid: Bool) {
    #expect(violations.isEmpty == valid, "validate and isValid disagree: \(violations)")
    for violation in violations {
      #expect(violation.location.line >= 1 && violation.location.column >= 1, "unlocated: \(violation)")
    }
  }
}
