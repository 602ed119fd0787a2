import CasebookCore
import CasebookTestSupport
import CasebookYAML
import Foundation
import Testing

/// Every file below `folder` of the package, with its text and executable bit, keyed by path.
private func packageFiles(under folder: String) throws -> [String: (text: String, executable: Bool)] {
  var files: [String: (text: String, executable: Bool)] = [:]
  let base = URL(fileURLWithPath: packageRoot)
  let enumerator = try #require(FileManager.default.enumerator(atPath: base.appendingPathComponent(folder).path))
  while let relative = enumerator.nextObject() as? String {
    let path = folder + "/" + relative
    let url = base.appendingPathComponent(path)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    files[path] = (text, FileManager.default.isExecutableFile(atPath: url.path))
  }
  return files
}

/// Property names a JSON Schema can have anywhere, following `$ref`s into `$defs`.
func propertyNames(ofSchemaAt path: String) throws -> Set<String> {
  let text = try String(contentsOfFile: packageRoot + "/" + path, encoding: .utf8)
  let schema = try YAMLParser.parse(text)
  let definitions = schema["$defs"]
  var names: Set<String> = []
  var visitedDefinitions: Set<String> = []
  var pending = [schema]
  while let node = pending.popLast() {
    for entry in node["properties"]?.entries ?? [] {
      names.insert(entry.key)
      pending.append(entry.value)
    }
    if let items = node["items"] { pending.append(items) }
    if let reference = node["$ref"]?.string, reference.hasPrefix("#/$defs/") {
      let name = String(reference.dropFirst("#/$defs/".count))
      if visitedDefinitions.insert(name).inserted, let definition = definitions?[name] { pending.append(definition) }
    }
  }
  return names
}

@Suite("Files built into the binary")
struct EmbeddedFilesTests {
  @Test("The embedded files are exactly the files of schema/ and templates/ (else run `make embed`)")
  func inSyncWithSources() throws {
    let onDisk = try packageFiles(under: "schema").merging(try packageFiles(under: "templates")) { first, _ in first }
    let embedded = Dictionary(uniqueKeysWithValues: EmbeddedCatalogueFiles.files.map { ($0.path, $0) })
    let advice = "run `make embed` and commit Sources/CasebookCore/Embedded/EmbeddedCatalogueFiles.swift"
    #expect(Set(embedded.keys) == Set(onDisk.keys), "the embedded file list is out of date: \(advice)")
    for (path, file) in onDisk.sorted(by: { $0.key < $1.key }) {
      #expect(embedded[path]?.text == file.text, "\(path) differs from its embedded copy: \(advice)")
      #expect(embedded[path]?.executable == file.executable, "\(path)'s executable bit differs: \(advice)")
    }
  }

  @Test(
    "Each scaffold shows every field its schema knows",
    arguments: [
      ("case", "schema/case.schema.json"), ("policy", "schema/policy.schema.json"),
      ("municipality", "schema/municipality.schema.json"),
    ])
  func scaffoldsCoverSchemas(kind: String, schemaPath: String) throws {
    let names = try propertyNames(ofSchemaAt: schemaPath)
    #expect(names.count > 5)
    for identity in [nil, (name: "Ann", email: "ann@x.example")] {
      let scaffold = Scaffold.text(
        kind: try #require(ScaffoldKind(rawValue: kind)), path: "cases/nl/x/\(kind).yaml", country: "nl", title: "T",
        year: 2021, identity: identity, languages: [])
      let missing = names.filter { !scaffold.contains("\($0):") }.sorted()
      #expect(missing.isEmpty, "the \(kind) scaffold (templates/new/\(kind).yaml) lacks the fields \(missing)")
    }
  }

  @Test("The pre-receive hook is a POSIX shell script that `sh -n` accepts")
  func hookSyntax() throws {
    let hook = try #require(EmbeddedCatalogueFiles.file("templates/init/hooks/pre-receive"))
    #expect(hook.executable)
    #expect(hook.text.hasPrefix("#!/bin/sh\n"))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-n", "-c", hook.text]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }
}
