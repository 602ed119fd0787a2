import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// The official SARIF 2.1.0 schema in the read-only `shared` folder beside the repository (or a folder above).
private let sarifSchema: String? = {
  var folder = URL(fileURLWithPath: packageRoot).standardized
  while folder.path != "/" {
    folder = folder.deletingLastPathComponent()
    let candidate = folder.appendingPathComponent("shared/sarif/sarif-schema-2.1.0.json").path
    if FileManager.default.fileExists(atPath: candidate) { return candidate }
  }
  return nil
}()

/// Python with jsonschema, from the test-only virtual environment `make test` creates.
private let testPython = packageRoot + "/.build/test-venv/bin/python"
private let validatorReady = sarifSchema != nil && FileManager.default.isExecutableFile(atPath: testPython)
private let validatorMissing = Comment(
  rawValue: "SARIF schema check skipped: needs ../shared/sarif/sarif-schema-2.1.0.json and the test venv "
    + "(.build/test-venv, created by `make test` or `make test-tools`)")

/// Every error the draft-04 validator finds in `document`, one per line; empty when it is valid.
private func schemaErrors(_ document: String) throws -> String {
  let file = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-\(UUID().uuidString).sarif")
  try document.write(to: file, atomically: true, encoding: .utf8)
  defer { try? FileManager.default.removeItem(at: file) }
  let script = """
    import json, sys, jsonschema
    schema = json.load(open(sys.argv[1]))
    document = json.load(open(sys.argv[2]))
    for error in jsonschema.Draft4Validator(schema).iter_errors(document):
        print("/".join(str(part) for part in error.absolute_path) + ": " + error.message)
    """
  let process = Process()
  process.executableURL = URL(fileURLWithPath: testPython)
  process.arguments = ["-c", script, sarifSchema!, file.path]
  let output = Pipe()
  process.standardOutput = output
  process.standardError = output
  try process.run()
  let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  #expect(process.terminationStatus == 0, "the validator itself failed: \(text)")
  return text
}

/// A catalogue with an error (an unknown category), a warning (a case language), a configured rule and a
/// file whose name needs percent-encoding.
private func catalogueWithFindings() throws -> TemporaryCatalogue {
  let catalogue = try TemporaryCatalogue()
  try catalogue.commit(
    [
      "cases/nl/testdorp/municipality.yaml": Sample.municipality(),
      "cases/nl/testdorp/2021-kapot.yaml": Sample.caseStudy(title: "Kapot", categories: ["repport"]),
      "cases/nl/testdorp/2022-engels.yaml": Sample.caseStudy(title: "In het Engels", language: "en"),
      "cases/nl/testdorp/policy.yaml": Sample.policy() + "\nadopted: 2020-05-01\nlast_review: 2019-01-01\n",
      "schema/rules.yaml": """
        rules:
          - rule: catalog.policy-dates
            severity: error
            reason: Reviews must follow adoption in this network.
        """,
    ], message: "Findings")
  try catalogue.write("cases/nl/testdorp/2023 spatie.yaml", Sample.caseStudy(title: "Spatie"))
  return catalogue
}

@Suite("validate --format sarif")
struct SARIFTests {
  @Test("The SARIF output is valid against the official SARIF 2.1.0 schema", .enabled(if: validatorReady, validatorMissing))
  func validAgainstSchema() throws {
    let catalogue = try catalogueWithFindings()
    let result = try casebook(["validate", "--format", "sarif"], in: catalogue.root)
    #expect(result.status == 1)
    #expect(try schemaErrors(result.output) == "")
    // The check itself can fail: a result without its message is refused.
    let broken = result.output.replacingOccurrences(of: "\"message\":", with: "\"mesage\":")
    #expect(broken != result.output)
    #expect(try schemaErrors(broken).contains("'message' is a required property"))
  }

  @Test("One run with the tool and its rules; results with rule, index, level, message and a relative location")
  func values() throws {
    let catalogue = try catalogueWithFindings()
    let result = try casebook(["validate", "--format", "sarif"], in: catalogue.root)
    let document = try jsonObject(result.output)
    #expect(document["version"] as? String == "2.1.0")
    let runs = try #require(document["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "casebook")
    #expect(driver["version"] as? String == "0.1.0")
    #expect((driver["informationUri"] as? String)?.hasPrefix("https://") == true)
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let results = try #require(runs[0]["results"] as? [[String: Any]])
    #expect(results.count == 4, "\(results)")
    for finding in results {
      let index = try #require(finding["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == finding["ruleId"] as? String)
    }
    let unknown = try #require(results.first { $0["ruleId"] as? String == "catalog.unknown-category" })
    #expect(unknown["level"] as? String == "error")
    #expect(((unknown["message"] as? [String: Any])?["text"] as? String)?.hasPrefix("`repport` is not a use category") == true)
    let location = try #require((unknown["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    let artifact = try #require(location["artifactLocation"] as? [String: Any])
    #expect(artifact["uri"] as? String == "cases/nl/testdorp/2021-kapot.yaml")
    #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
    let region = try #require(location["region"] as? [String: Any])
    // `categories: [repport]` is line 4 of the sample; `repport` starts in column 14.
    #expect(region["startLine"] as? Int == 4 && region["startColumn"] as? Int == 14)
    let language = try #require(results.first { $0["ruleId"] as? String == "catalog.case-language" })
    #expect(language["level"] as? String == "warning")
    let dates = try #require(results.first { $0["ruleId"] as? String == "catalog.policy-dates" })
    #expect(dates["level"] as? String == "error")
    let datesRule = rules[try #require(dates["ruleIndex"] as? Int)]
    #expect((datesRule["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
    #expect((datesRule["shortDescription"] as? [String: Any])?["text"] as? String
      == "A policy's adoption and review dates are out of order.")
    let spaced = try #require(results.first { $0["ruleId"] as? String == "catalog.slug" })
    let spacedURI = ((spaced["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
      .flatMap { $0["artifactLocation"] as? [String: Any] }?["uri"] as? String
    #expect(spacedURI == "cases/nl/testdorp/2023%20spatie.yaml")
  }
}
