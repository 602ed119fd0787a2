// Runs the official JSON-Schema-Test-Suite (draft 2020-12 subset) that the project keeps next to the
// repositories, at `<package root>/../shared/jsonschema-test-suite` (or in a `shared` folder beside any folder
// further up, for a clone made one level deeper), or where CASEBOOK_JSONSCHEMA_SUITE points.
import CasebookSchema
import CasebookYAML
import Foundation
import Testing

enum OfficialSuite {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let candidates: [String] = {
    var paths: [String] = []
    if let custom = ProcessInfo.processInfo.environment["CASEBOOK_JSONSCHEMA_SUITE"], !custom.isEmpty {
      paths.append(custom)
    }
    var folder = packageRoot.standardized
    while folder.path != "/" {
      folder = folder.deletingLastPathComponent()
      paths.append(folder.appendingPathComponent("shared/jsonschema-test-suite").path)
    }
    return paths
  }()

  /// The first candidate folder that holds the suite's README.md.
  static let folder: URL? = candidates.map { URL(fileURLWithPath: $0) }.first {
    FileManager.default.fileExists(atPath: $0.appendingPathComponent("README.md").path)
  }

  static let missing = Comment(rawValue:
    "JSON-Schema-Test-Suite not found: looked for README.md in \(candidates.joined(separator: ", ")); "
      + "set CASEBOOK_JSONSCHEMA_SUITE to the folder holding the draft 2020-12 files")

  /// The suite's files relative to its folder: the core files, then `optional-format/`.
  static let files: [String] = {
    guard let folder else { return [] }
    func jsonFiles(_ subfolder: String) -> [String] {
      let url = subfolder.isEmpty ? folder : folder.appendingPathComponent(subfolder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.filter { $0.hasSuffix(".json") }.sorted().map { subfolder.isEmpty ? $0 : subfolder + "/" + $0 }
    }
    return jsonFiles("") + jsonFiles("optional-format")
  }()

  /// The tests the suite's README says to skip without the 2020-12 metaschema: file, group, test.
  static let skipList: Set<[String]> = [
    ["ref.json", "remote ref, containing refs itself", "remote ref valid"],
    ["ref.json", "remote ref, containing refs itself", "remote ref invalid"],
    ["defs.json", "validate definition against metaschema", "valid definition schema"],
    ["defs.json", "validate definition against metaschema", "invalid definition schema"],
  ]

  struct Outcome {
    var run = 0
    var skipped: [[String]] = []
    var failures: [String] = []
  }

  /// Runs every test of one file. Format is an assertion in `optional-format/` and an annotation elsewhere,
  /// as the suite's README prescribes.
  static func run(_ file: String) -> Outcome {
    var outcome = Outcome()
    guard let folder else { return outcome }
    let url = folder.appendingPathComponent(file)
    let groups: Node
    do {
      groups = try JSONParser.parse(Array(try Data(contentsOf: url)))
    } catch {
      outcome.failures.append("\(file): cannot be read or parsed: \(error)")
      return outcome
    }
    for group in groups.items ?? [] {
      let groupName = group["description"]?.string ?? "?"
      let tests = group["tests"]?.items ?? []
      let runnable = tests.filter { !skipList.contains([file, groupName, $0["description"]?.string ?? "?"]) }
      for test in tests where !runnable.contains(where: { $0.location == test.location }) {
        outcome.skipped.append([file, groupName, test["description"]?.string ?? "?"])
      }
      guard !runnable.isEmpty, let schemaNode = group["schema"] else { continue }
      let schema: JSONSchema
      do {
        schema = try JSONSchema(schemaNode, assertFormats: file.hasPrefix("optional-format/"))
      } catch {
        outcome.run += runnable.count
        outcome.failures.append("\(file) / \(groupName): the schema does not compile: \(error)")
        continue
      }
      for test in runnable {
        outcome.run += 1
        let name = "\(file) / \(groupName) / \(test["description"]?.string ?? "?")"
        guard let data = test["data"], let expected = test["valid"]?.bool else {
          outcome.failures.append("\(name): malformed test")
          continue
        }
        let valid = schema.isValid(data)
        let violations = schema.validate(data)
        if valid != expected {
          outcome.failures.append("\(name): expected \(expected ? "valid" : "invalid"), got "
            + (valid ? "valid" : "invalid: \(violations.map(\.message))"))
        } else if violations.isEmpty != valid {
          outcome.failures.append("\(name): isValid says \(valid) but validate found \(violations.count) violations")
        }
      }
    }
    return outcome
  }
}

@Suite("Official JSON-Schema-Test-Suite")
struct OfficialSuiteTests {
  @Test(
    "every test of the file passes", .enabled(if: OfficialSuite.folder != nil, OfficialSuite.missing),
    arguments: OfficialSuite.files)
  func file(_ file: String) {
    let outcome = OfficialSuite.run(file)
    for failure in outcome.failures { Issue.record(Comment(rawValue: failure)) }
    #expect(outcome.run + outcome.skipped.count > 0, "\(file) has no tests")
  }

  @Test("the whole suite runs and skips exactly the README's metaschema tests",
    .enabled(if: OfficialSuite.folder != nil, OfficialSuite.missing))
  func totals() {
    var run = 0
    var skipped: [[String]] = []
    var failures = 0
    for file in OfficialSuite.files {
      let outcome = OfficialSuite.run(file)
      run += outcome.run
      skipped += outcome.skipped
      failures += outcome.failures.count
    }
    print("JSON-Schema-Test-Suite: \(run) tests run, \(skipped.count) skipped, \(failures) failed")
    #expect(Set(skipped) == OfficialSuite.skipList)
    #expect(skipped.count == OfficialSuite.skipList.count)
    #expect(OfficialSuite.files.contains("optional-format/date.json"))
    #expect(failures == 0)
  }
}
