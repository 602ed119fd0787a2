import CasebookGit
import Foundation

/// Writes a generated catalogue into a new git repository: files on disk, staged through the index (so the
/// index has stat data, as after a clone), and one commit.
enum Generator {
  /// Bump when the generated content changes, so cached catalogues under bench/work are made again.
  static let version = 5
  static let casesPerMunicipality = 10

  /// The repository for `cases` cases, generated on first use and reused afterwards.
  static func catalogue(cases: Int, work: String, sourceRoot: String) throws -> String {
    let root = "\(work)/catalogue-\(cases)-v\(version)"
    let marker = root + "/.git/casebook-bench-complete"
    if FileManager.default.fileExists(atPath: marker) { return root }
    try? FileManager.default.removeItem(atPath: root)
    let started = Date()
    log("generating \(cases) cases in \(root) ...")
    let repository = try Repository.create(at: root, bare: false)
    var files = 0
    for (path, data) in try schemaFiles(sourceRoot: sourceRoot) {
      try write(root + "/" + path, data)
      files += 1
    }
    let templates = try policyTemplates(sourceRoot: sourceRoot)
    let municipalities = (cases + casesPerMunicipality - 1) / casesPerMunicipality
    var written = 0
    for number in 0..<municipalities {
      let spec = Content.municipality(number)
      let folder = "\(root)/cases/\(spec.country.code)/\(spec.slug)"
      try write(folder + "/municipality.yaml", Data(Content.municipalityText(spec, number: number).utf8))
      try write(folder + "/policy.yaml", Data(Content.policy(spec, number: number, templates: templates).utf8))
      files += 2
      for index in 0..<min(casesPerMunicipality, cases - written) {
        let (slug, text) = Content.caseStudy(spec, index: index, seed: number * casesPerMunicipality + index)
        try write("\(folder)/\(slug).yaml", Data(text.utf8))
        files += 1
      }
      written += casesPerMunicipality
    }
    try commitAndPack(repository, root: root, marker: marker, message: "Generated catalogue")
    log("generated \(files) files in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    return root
  }

  /// Every file under the source's `schema/`, by its path from the repository root.
  static func schemaFiles(sourceRoot: String) throws -> [(path: String, data: Data)] {
    var files: [(path: String, data: Data)] = []
    for path in try FileManager.default.subpathsOfDirectory(atPath: sourceRoot + "/schema") {
      let source = sourceRoot + "/schema/" + path
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: source, isDirectory: &isFolder), !isFolder.boolValue else { continue }
      files.append(("schema/" + path, try Data(contentsOf: URL(fileURLWithPath: source))))
    }
    return files
  }

  /// The example catalogue's policies the generated policies are made from.
  static func policyTemplates(sourceRoot: String) throws -> [(name: String, text: String)] {
    try ["voorbeeldstad": "Voorbeeldstad", "testergem": "Testergem", "proefdorp": "Proefdorp"]
      .sorted { $0.key < $1.key }
      .map { (slug, name) in
        (name: name, text: try String(contentsOfFile: sourceRoot + "/cases/\(slug == "testergem" ? "be" : "nl")/\(slug)/policy.yaml", encoding: .utf8))
      }
  }

  /// Stages every file, commits it on main, packs the objects (as in any clone of a real catalogue) and
  /// writes `marker`, which says the catalogue is complete.
  static func commitAndPack(_ repository: Repository, root: String, marker: String, message: String) throws {
    let index = try repository.index()
    try index.addAll()
    let tree = try index.writeTree()
    let author = Signature(name: "Casebook Bench", email: "bench@example.org", time: 1_700_000_000)
    let commit = try repository.createCommit(tree: tree, parents: [], author: author, message: message)
    try repository.updateReference("refs/heads/main", to: commit, expected: .any, message: "bench: generate")
    try index.write()
    try Measure.run(["git", "-C", root, "repack", "-adq"], quiet: true).check("git repack")
    try Measure.run(["git", "-C", root, "prune-packed"], quiet: true).check("git prune-packed")
    _ = FileManager.default.createFile(atPath: marker, contents: Data())
  }

  /// Writes a copy of every catalogue file of HEAD into `folder` (for the peers), once.
  static func export(_ root: String, to folder: String) throws {
    let marker = folder + "/.complete"
    if FileManager.default.fileExists(atPath: marker) { return }
    try? FileManager.default.removeItem(atPath: folder)
    let repository = try Repository.open(at: root)
    guard let head = try repository.headCommit() else { throw BenchError("\(root) has no commit") }
    for folderName in ["cases", "schema"] {
      for entry in try repository.treeEntries(commit: head, under: folderName) where entry.mode.isBlob {
        try write(folder + "/" + entry.path, Data(try repository.blob(entry.id)))
      }
    }
    _ = FileManager.default.createFile(atPath: marker, contents: Data())
  }

  /// Commits a new version of one case (a different text each time) on main, as one edit in a pull request.
  static func commitEdit(_ root: String, edit: Int) throws -> String {
    let repository = try Repository.open(at: root)
    let (path, text) = editedCase(edit)
    let branch = "refs/heads/main"
    let author = Signature(name: "Casebook Bench", email: "bench@example.org", time: 1_700_000_000 + Int64(edit))
    try repository.commitChanges(
      [path: .write(Array(text.utf8), .regular)], message: "Edit \(path)", author: author, branch: branch)
    return path
  }

  /// Changes one case in the working tree only (not staged), as an editor does.
  static func editWorkingTree(_ root: String, edit: Int) throws -> String {
    let (path, text) = editedCase(edit)
    try write(root + "/" + path, Data(text.utf8))
    return path
  }

  /// A changed text for case 0 of municipality `edit % 7`.
  private static func editedCase(_ edit: Int) -> (String, String) {
    let number = edit % 7
    let spec = Content.municipality(number)
    let (slug, original) = Content.caseStudy(spec, index: 0, seed: number * casesPerMunicipality)
    let text = original + "  - edited-\(edit)\n"
    return ("cases/\(spec.country.code)/\(spec.slug)/\(slug).yaml", text)
  }

  static func write(_ path: String, _ data: Data) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
  }
}

struct BenchError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

func log(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}
