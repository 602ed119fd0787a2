// libFuzzer entry point: arbitrary bytes → YAML → schema and catalogue rules, and JSON → parser and schema
// compiler. Built by Fuzz/build.sh with `swiftc -sanitize=fuzzer,address`; `make fuzz` runs it.
//
// The first byte picks what the rest of the input is treated as (see `Target`). A crash, a failed
// precondition, a hang (libFuzzer's -timeout) or runaway memory (-rss_limit_mb) is a finding. Two
// properties are checked on top of "does not crash": every diagnostic has a rule id and a 1-based location,
// and a parsed YAML tree written back by `YAMLWriter` parses again to the same values.

@testable import CasebookCore
import CasebookSchema
import CasebookYAML

#if canImport(Glibc)
  import Glibc
#endif

/// What one input is treated as: its first byte modulo the number of cases.
enum Target: UInt8, CaseIterable {
  case caseStudy, policy, municipality, taxonomy, stewards, jsonSchema, jsonInstance, bestPractice

  /// The catalogue path a YAML input is checked as.
  var path: String? {
    switch self {
    case .caseStudy: "cases/nl/fuzzdorp/2020-fuzz-case.yaml"
    case .policy: "cases/nl/fuzzdorp/policy.yaml"
    case .municipality: "cases/nl/fuzzdorp/municipality.yaml"
    case .taxonomy: "schema/categories.yaml"
    case .stewards: "schema/stewards.yaml"
    case .jsonSchema: "schema/fuzz.schema.json"
    case .jsonInstance: nil
    case .bestPractice: "schema/best-practice.yaml"
    }
  }
}

/// The real rules of this repository's `schema/` folder, loaded once. The repository is
/// `CASEBOOK_FUZZ_ROOT` when set, else the folder above this file.
let rules: RuleSet = {
  var root = String(#filePath)
  for _ in 0..<2 { root = String(root[..<(root.lastIndex(of: "/") ?? root.startIndex)]) }
  if let override = getenv("CASEBOOK_FUZZ_ROOT") { root = String(cString: override) }
  do throws(CatalogueError) {
    let snapshot = try Workspace(directory: root).workingTreeSnapshot()
    let rules = RuleSet.load(from: snapshot, reader: try snapshot.makeReader())
    guard rules.problems.isEmpty, rules.taxonomy != nil,
      CatalogueFileKind.allCases.filter({ rules.schema(for: $0) != nil }).count >= 4
    else { fatalError("the rules in \(root)/schema are incomplete: \(rules.problems)") }
    return rules
  } catch {
    fatalError("cannot read the rules from \(root): \(error.message)")
  }
}()

/// The catalogue paths, classified once.
let files: [Target: CataloguePath] = {
  var files: [Target: CataloguePath] = [:]
  for target in Target.allCases {
    guard let path = target.path, case .file(let file) = CatalogueLayout.classify(path) else { continue }
    files[target] = file
  }
  return files
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let data, size > 0 else { return 0 }
  let target = Target(rawValue: data[0] % UInt8(Target.allCases.count))!
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  switch target {
  case .jsonInstance:
    checkJSONInstance(bytes)
  case .jsonSchema:
    checkJSONSchema(bytes)
    checkFile(files[target]!, bytes)
  default:
    checkFile(files[target]!, bytes)
    checkRoundTrip(bytes)
  }
  return 0
}

/// The whole per-file check, as `casebook validate` runs it, and every output format of its findings.
func checkFile(_ file: CataloguePath, _ bytes: [UInt8]) {
  let report = FileCheck.check(file, bytes: bytes, rules: rules)
  for diagnostic in report.diagnostics {
    precondition(!diagnostic.rule.isEmpty, "a diagnostic without a rule id: \(diagnostic)")
    precondition(diagnostic.line >= 1 && diagnostic.column >= 1, "a diagnostic without a location: \(diagnostic)")
    precondition(diagnostic.file == file.path, "a diagnostic for another file: \(diagnostic)")
  }
  precondition((report.record != nil) == (!report.hasErrors && file.recordID != nil), "record without validity")
  let validation = ValidationReport(files: 1, diagnostics: report.diagnostics.sorted(), records: [:])
  for format in DiagnosticFormat.allCases {
    _ = DiagnosticRenderer.render(validation, format: format, color: format == .text)
  }
}

/// JSON as a schema: parse, compile, and validate the document against itself and the catalogue's schemas.
func checkJSONSchema(_ bytes: [UInt8]) {
  guard let document = try? JSONParser.parse(bytes) else { return }
  if let schema = try? JSONSchema(document, uri: "https://example.org/fuzz.schema.json") {
    checkViolations(schema.validate(document), valid: schema.isValid(document))
  }
}

/// JSON as an instance of each catalogue schema.
func checkJSONInstance(_ bytes: [UInt8]) {
  guard let document = try? JSONParser.parse(bytes) else { return }
  for kind in [CatalogueFileKind.caseStudy, .policy, .municipality, .taxonomy] {
    guard let schema = rules.schema(for: kind) else { continue }
    checkViolations(schema.validate(document), valid: schema.isValid(document))
  }
}

/// `validate` and `isValid` must agree, and every violation must be located.
func checkViolations(_ violations: [SchemaViolation], valid: Bool) {
  precondition(violations.isEmpty == valid, "validate and isValid disagree: \(violations)")
  for violation in violations {
    precondition(violation.location.line >= 1 && violation.location.column >= 1, "unlocated: \(violation)")
  }
}

/// A document that parses must be written back to YAML that parses to the same values.
func checkRoundTrip(_ bytes: [UInt8]) {
  guard let document = try? YAMLParser.parse(bytes, limits: rules.limits) else { return }
  let text = YAMLWriter.write(document)
  let roomy = YAMLLimits(maxBytes: Int.max, maxDepth: YAMLLimits.depthCeiling, maxAliases: 0, maxNodes: Int.max)
  let reread: Node
  do {
    reread = try YAMLParser.parse(text, limits: roomy)
  } catch {
    preconditionFailure("YAMLWriter wrote YAML that does not parse (\(error.message)):\n\(text)")
  }
  precondition(sameContent(document, reread), "YAMLWriter changed the values:\n\(text)")
}
