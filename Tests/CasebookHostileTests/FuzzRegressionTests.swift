import CasebookCore
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

/// The catalogue path each kind of fuzz input is checked at (as in Fuzz/CasebookFuzz.swift).
private let kindPaths: [String: String] = [
  "case": "cases/nl/fuzzdorp/2020-fuzz-case.yaml", "policy": "cases/nl/fuzzdorp/policy.yaml",
  "municipality": "cases/nl/fuzzdorp/municipality.yaml", "taxonomy": "schema/categories.yaml",
  "stewards": "schema/stewards.yaml", "schema": "schema/fuzz.schema.json",
  "best-practice": "schema/best-practice.yaml",
]

/// Processor time this thread used so far (other tests run in parallel in this process).
private func threadCPUSeconds() -> Double {
  var now = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
  return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// A fixture file, with the kinds it is checked as.
struct FuzzInput: CustomTestStringConvertible, Sendable {
  var folder: String
  var name: String
  var kinds: [String]
  var testDescription: String { "\(folder)/\(name)" }

  /// Every file of `Fixtures/hostile` (checked as each YAML kind) and `Fixtures/fuzz` (as its own kind).
  static var all: [FuzzInput] {
    func names(_ folder: String) -> [String] {
      guard let url = Bundle.module.url(forResource: "Fixtures/" + folder, withExtension: nil) else { return [] }
      return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }
    let hostile = names("hostile").map {
      FuzzInput(
        folder: "hostile", name: $0, kinds: ["case", "policy", "municipality", "taxonomy", "stewards", "best-practice"])
    }
    let kinds = ["best-practice", "case", "policy", "municipality", "taxonomy", "stewards", "schema", "instance"]
    let regressions = names("fuzz").compactMap { name in
      kinds.first { name.hasPrefix($0 + "-") }.map { FuzzInput(folder: "fuzz", name: name, kinds: [$0]) }
    }
    return hostile + regressions
  }
}

@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  @Test("Each hostile input, checked in process as each kind of file, gives located diagnostics quickly",
    arguments: FuzzInput.all)
  func replay(_ input: FuzzInput) throws {
    let rules = try #require(repositoryRules)
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(input.folder)/\(input.name)", withExtension: nil))
    let bytes = Array(try Data(contentsOf: url))
    for kind in input.kinds {
      if kind == "instance" {
        let document = try? JSONParser.parse(bytes)
        for schemaKind in [CatalogueFileKind.caseStudy, .policy, .municipality, .taxonomy] {
          guard let document, let schema = rules.schema(for: schemaKind) else { continue }
          #expect(schema.validate(document).isEmpty == schema.isValid(document))
        }
        continue
      }
      let path = try #require(kindPaths[kind], "unknown kind \(kind)")
      guard case .file(let file) = CatalogueLayout.classify(path) else {
        Issue.record("\(path) is not a catalogue file")
        continue
      }
      let start = threadCPUSeconds()
      let report = FileCheck.check(file, bytes: bytes, rules: rules)
      #expect(threadCPUSeconds() - start < Budget.seconds, "\(kind)")
      for diagnostic in report.diagnostics {
        #expect(!diagnostic.rule.isEmpty && diagnostic.line >= 1 && diagnostic.column >= 1, "\(kind): \(diagnostic)")
        #expect(diagnostic.file == path)
      }
    }
  }
}
