import CasebookGit
import Foundation

/// The small-file catalogue: 11,000 files of about 1.5 KB, as real case files are. 500 municipalities in the
/// Netherlands and Britain, each with a profile, a policy (from the reference policies) and 20 cases copied
/// from the reference catalogue's own cases in the municipality's language, each with its own file name and
/// title.
extension Generator {
  static let smallMunicipalities = 500
  static let smallCasesPerMunicipality = 20

  static func smallCatalogue(work: String, sourceRoot: String) throws -> String {
    let root = "\(work)/small-catalogue-v\(version)"
    let marker = root + "/.git/casebook-bench-complete"
    if FileManager.default.fileExists(atPath: marker) { return root }
    try? FileManager.default.removeItem(atPath: root)
    log("generating the small-file catalogue in \(root) ...")
    let repository = try Repository.create(at: root, bare: false)
    for path in try FileManager.default.subpathsOfDirectory(atPath: sourceRoot + "/schema") {
      let source = sourceRoot + "/schema/" + path
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: source, isDirectory: &isFolder), !isFolder.boolValue else { continue }
      try write(root + "/schema/" + path, try Data(contentsOf: URL(fileURLWithPath: source)))
    }
    // The reference cases by language, with their file names.
    var reference: [String: [(name: String, text: String)]] = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: sourceRoot + "/cases").sorted()
    where path.hasSuffix(".yaml") && !path.hasSuffix("/policy.yaml") && !path.hasSuffix("/municipality.yaml") {
      let text = try String(contentsOfFile: sourceRoot + "/cases/" + path, encoding: .utf8)
      let language = text.split(separator: "\n").first { $0.hasPrefix("language: ") }?.dropFirst(10) ?? "nl"
      reference[String(language), default: []].append(((path as NSString).lastPathComponent, text))
    }
    let templates = try ["voorbeeldstad": "Voorbeeldstad", "testergem": "Testergem", "proefdorp": "Proefdorp"]
      .sorted { $0.key < $1.key }
      .map { (slug, name) in
        (name: name, text: try String(contentsOfFile: sourceRoot + "/cases/\(slug == "testergem" ? "be" : "nl")/\(slug)/policy.yaml", encoding: .utf8))
      }
    let countries = Content.countries.filter { $0.code == "nl" || $0.code == "gb" }
    for number in 0..<smallMunicipalities {
      let spec = smallMunicipality(number, countries: countries)
      let folder = "\(root)/cases/\(spec.country.code)/\(spec.slug)"
      try write(folder + "/municipality.yaml", Data(Content.municipalityText(spec, number: number).utf8))
      try write(folder + "/policy.yaml", Data(Content.policy(spec, number: number, templates: templates).utf8))
      let cases = reference[spec.languages[0]] ?? []
      for index in 0..<smallCasesPerMunicipality {
        let source = cases[(number + index) % cases.count]
        let name = source.name.replacingAll(".yaml", with: "-\(index).yaml")
        let text = retitled(source.text) { "\($0) (\(spec.name), \(index + 1))" }
        try write("\(folder)/\(name)", Data(text.utf8))
      }
    }
    try commitAndPack(repository, root: root, marker: marker, message: "Small-file catalogue")
    return root
  }

  static func smallMunicipality(_ number: Int, countries: [Content.Country]) -> Content.MunicipalitySpec {
    let generated = Content.municipality(number)
    let country = countries[number % countries.count]
    return Content.MunicipalitySpec(country: country, slug: generated.slug, name: generated.name, languages: country.languages)
  }

  /// `text` with its first `title:` line replaced by what `title` makes of the old title.
  static func retitled(_ text: String, _ title: (String) -> String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let line = lines.firstIndex(where: { $0.hasPrefix("title: ") }) {
      lines[line] = "title: " + title(String(lines[line].dropFirst(7)))
    }
    return lines.joined(separator: "\n")
  }

  /// Commits a new title for the file at `path` (taken from the working tree) on main.
  static func commitRetitled(_ root: String, path: String, edit: Int) throws {
    let repository = try Repository.open(at: root)
    let text = retitled(try String(contentsOfFile: root + "/" + path, encoding: .utf8)) { "\($0), edit \(edit)" }
    let author = Signature(name: "Casebook Bench", email: "bench@example.org", time: 1_700_000_000 + Int64(edit))
    try repository.commitChanges(
      [path: .write(Array(text.utf8), .regular)], message: "Edit \(path)", author: author, branch: "refs/heads/main")
  }

  /// Writes a new title into the working-tree file at `path`, keeping the original title the first time.
  static func retitleInWorkingTree(_ root: String, path: String, edit: Int) throws {
    let original = try originals[path] ?? String(contentsOfFile: root + "/" + path, encoding: .utf8)
    originals[path] = original
    try write(root + "/" + path, Data(retitled(original) { "\($0), edit \(edit)" }.utf8))
  }

  nonisolated(unsafe) private static var originals: [String: String] = [:]

  /// The policy of municipality `edit % 7` of a catalogue (generated or small).
  static func policyPath(_ root: String, edit: Int) throws -> String {
    let spec = Content.municipality(edit % 7)
    for country in Content.countries {
      let path = "cases/\(country.code)/\(spec.slug)/policy.yaml"
      if FileManager.default.fileExists(atPath: root + "/" + path) { return path }
    }
    throw BenchError("no policy for municipality \(edit % 7) in \(root)")
  }

  /// Case 0 of municipality `edit % 7` of the small catalogue.
  static func smallCasePath(_ root: String, edit: Int) throws -> String {
    let spec = Content.municipality(edit % 7)
    for country in Content.countries {
      let folder = "cases/\(country.code)/\(spec.slug)"
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder) else { continue }
      if let name = names.sorted().first(where: { $0.hasSuffix("-0.yaml") }) { return folder + "/" + name }
    }
    throw BenchError("no case for municipality \(edit % 7) in \(root)")
  }
}
