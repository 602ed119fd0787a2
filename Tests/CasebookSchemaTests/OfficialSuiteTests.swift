// Runs the official JSON-Schema-Test-Suite for draft 2020-12 that the project keeps next to the repositories,
// at `<package root>/../shared/jsonschema-test-suite` (or in a `shared` folder beside any folder further up,
// for a clone made one level deeper, or beside the local repository a clone was made from), or where
// CASEBOOK_JSONSCHEMA_SUITE points. Its `remotes/` folder is
// served to the validator as the registry for `http://localhost:1234/`; nothing is fetched over a network.
// Without the suite the tests fail, unless CASEBOOK_SKIP_JSONSCHEMA_SUITE=1 says to skip them.
import CasebookText
import CasebookSchema
import CasebookYAML
import Foundation
import Testing

enum OfficialSuite {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let environment = ProcessInfo.processInfo.environment

  /// True when the environment asks to run without the suite.
  static let skipRequested = environment["CASEBOOK_SKIP_JSONSCHEMA_SUITE"] == "1"

  static let candidates: [String] = {
    var paths: [String] = []
    if let custom = environment["CASEBOOK_JSONSCHEMA_SUITE"], !custom.isEmpty { paths.append(custom) }
    for start in [packageRoot.standardized] + originFolders {
      var folder = start
      while folder.path != "/" {
        folder = folder.deletingLastPathComponent()
        paths.append(folder.appendingPathComponent("shared/jsonschema-test-suite").path)
      }
    }
    return paths
  }()

  /// The local repository this one was cloned from, when it was cloned from a folder: a fresh clone made in
  /// a temporary folder (as CI does) finds `shared/` beside the repository it came from.
  static let originFolders: [URL] = {
    let config = packageRoot.appendingPathComponent(".git/config")
    guard let text = try? String(contentsOf: config, encoding: .utf8) else { return [] }
    var inOrigin = false
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("[") { inOrigin = trimmed == "[remote \"origin\"]" }
      guard inOrigin, trimmed.hasPrefix("url") , let equals = trimmed.firstIndex(of: "=") else { continue }
      var url = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      if url.hasPrefix("file://") { url.removeFirst("file://".count) }
      guard url.hasPrefix("/") else { return [] }
      return [URL(fileURLWithPath: url).standardized.appendingPathComponent("x")]
    }
    return []
  }()

  /// The first candidate folder that holds the suite's `draft2020-12` folder.
  static let folder: URL? = candidates.map { URL(fileURLWithPath: $0) }.first {
    FileManager.default.fileExists(atPath: $0.appendingPathComponent("draft2020-12/type.json").path)
  }

  static let missing = Comment(rawValue:
    "JSON-Schema-Test-Suite not found: looked for draft2020-12/ in \(candidates.joined(separator: ", ")); "
      + "set CASEBOOK_JSONSCHEMA_SUITE to the folder that holds draft2020-12/ and remotes/, "
      + "or CASEBOOK_SKIP_JSONSCHEMA_SUITE=1 to skip these tests on purpose")

  static let runnable = folder != nil && !skipRequested

  /// The formats a catalogue uses; their `optional/format` files must pass with format assertion on.
  static let catalogueFormats = [
    "date", "date-time", "time", "duration", "email", "hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri",
    "uuid", "json-pointer", "regex",
  ]

  /// Every required file of draft 2020-12 (the folder's own `*.json`), relative to the suite folder.
  static let requiredFiles: [String] = {
    guard let folder, runnable else { return [] }
    let names = (try? FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("draft2020-12").path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { "draft2020-12/" + $0 }
  }()

  static let formatFiles: [String] = runnable
    ? catalogueFormats.map { "draft2020-12/optional/format/\($0).json" } : []

  /// The suite's `remotes/` documents under the URIs the tests use for them.
  static let remotes: [String: Node] = {
    guard let folder, runnable else { return [:] }
    let root = folder.appendingPathComponent("remotes")
    var documents: [String: Node] = [:]
    let walker = FileManager.default.enumerator(atPath: root.path)
    while let relative = walker?.nextObject() as? String {
      guard relative.hasSuffix(".json"),
        let bytes = try? Data(contentsOf: root.appendingPathComponent(relative)),
        let document = try? JSONParser.parse(Array(bytes))
      else { continue }
      documents["http://localhost:1234/" + relative] = document
    }
    return documents
  }()

  struct Outcome {
    var run = 0
    var failures: [String] = []
  }

  /// Runs every test of one file; `format` asserts only in the `optional/format` files, as the suite prescribes.
  static func run(_ file: String) -> Outcome {
    var outcome = Outcome()
    guard let folder else { return outcome }
    let groups: Node
    do {
      groups = try JSONParser.parse(Array(try Data(contentsOf: folder.appendingPathComponent(file))))
    } catch {
      outcome.failures.append("\(file): cannot be read or parsed: \(error)")
      return outcome
    }
    let assertFormats = file.contains("/optional/format/")
    for group in groups.items ?? [] {
      let groupName = group["description"]?.string ?? "?"
      let tests = group["tests"]?.items ?? []
      guard let schemaNode = group["schema"] else { continue }
      let schema: JSONSchema
      do {
        schema = try JSONSchema(schemaNode, registry: remotes, assertFormats: assertFormats)
      } catch {
        outcome.run += tests.count
        for test in tests {
          outcome.failures.append("\(file) / \(groupName) / \(test["description"]?.string ?? "?"): "
            + "the schema does not compile: \(error)")
        }
        continue
      }
      for test in tests {
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
            + (valid ? "valid" : "invalid: \(violations.map { $0.message.text(.en) })"))
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
  @Test("the suite is there (or skipping it was asked for with CASEBOOK_SKIP_JSONSCHEMA_SUITE=1)")
  func present() {
    #expect(OfficialSuite.folder != nil || OfficialSuite.skipRequested, OfficialSuite.missing)
  }

  @Test("every required draft 2020-12 test passes", arguments: OfficialSuite.requiredFiles)
  func required(_ file: String) {
    let outcome = OfficialSuite.run(file)
    for failure in outcome.failures { Issue.record(Comment(rawValue: failure)) }
    #expect(outcome.run > 0, "\(file) has no tests")
  }

  @Test("every optional format test of the formats a catalogue uses passes", arguments: OfficialSuite.formatFiles)
  func format(_ file: String) {
    let outcome = OfficialSuite.run(file)
    for failure in outcome.failures { Issue.record(Comment(rawValue: failure)) }
    #expect(outcome.run > 0, "\(file) has no tests")
  }

  @Test("the whole suite runs", .enabled(if: OfficialSuite.runnable))
  func totals() {
    for (label, files) in [("required", OfficialSuite.requiredFiles), ("formats", OfficialSuite.formatFiles)] {
      var run = 0
      var failed = 0
      for file in files {
        let outcome = OfficialSuite.run(file)
        run += outcome.run
        failed += outcome.failures.count
      }
      print("JSON-Schema-Test-Suite draft 2020-12, \(label): \(run - failed) of \(run) tests pass")
      #expect(failed == 0)
    }
    #expect(OfficialSuite.requiredFiles.count >= 40)
    #expect(OfficialSuite.requiredFiles.contains("draft2020-12/dynamicRef.json"))
    #expect(OfficialSuite.formatFiles.count == OfficialSuite.catalogueFormats.count)
    #expect(OfficialSuite.remotes["http://localhost:1234/draft2020-12/tree.json"] != nil)
  }
}
