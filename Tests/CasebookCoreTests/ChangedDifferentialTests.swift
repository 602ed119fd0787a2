import CasebookText
import CasebookCore
import CasebookGit
import CasebookTestSupport
import Foundation
import Testing


/// `validate --changed` checks only what a change touched, with the rules that span files run against the
/// whole head tree. Whatever the edit, it must reject exactly when a full check of the head tree would, and
/// report the same findings on the changed files.
@Suite("validate --changed agrees with a full check of the head tree")
struct ChangedDifferentialTests {
  private static let folders = ["cases/nl/testdorp", "cases/nl/anderdorp", "cases/be/testergem"]
  private static let titles = ["Wijkapp", "Inspraak online", "Markt", "Zwerfvuil", "Buurtbus", "wijkapp "]
  private static let slugs = ["2019-aaa", "2021-mmm", "2030-zzz", "2022-bbb", "2020-ccc"]

  /// A clean catalogue: three municipalities with two cases each, all titles distinct within a folder.
  private func base() throws -> (TemporaryCatalogue, ObjectID) {
    let catalogue = try TemporaryCatalogue(bare: true)
    var files: [String: String?] = [:]
    for (number, folder) in Self.folders.enumerated() {
      let country = folder.hasPrefix("cases/be/") ? "BE" : "NL"
      files[folder + "/municipality.yaml"] = Sample.municipality(name: "Plaats \(number)", country: country)
      files[folder + "/2021-mmm.yaml"] = Sample.caseStudy(title: Self.titles[0])
      files[folder + "/2022-bbb.yaml"] = Sample.caseStudy(title: Self.titles[2])
    }
    return (catalogue, try catalogue.commit(files, message: "Base"))
  }

  /// One to three random edits: new, retitled, broken or deleted cases, deleted profiles, other languages.
  private func randomEdits(_ random: inout SeededGenerator) -> [String: String?] {
    var files: [String: String?] = [:]
    for _ in 0..<Int.random(in: 1...3, using: &random) {
      let folder = Self.folders.randomElement(using: &random)!
      let path = folder + "/" + Self.slugs.randomElement(using: &random)! + ".yaml"
      let title = Self.titles.randomElement(using: &random)!
      switch Int.random(in: 0..<10, using: &random) {
      case 0...4: files[path] = Sample.caseStudy(title: title)
      case 5: files[path] = .some(nil)
      case 6: files[folder + "/municipality.yaml"] = .some(nil)
      case 7: files[path] = "title: ["
      case 8: files[path] = Sample.caseStudy(title: title, categories: ["repport"])
      default: files[path] = Sample.caseStudy(title: title, language: "fr")
      }
    }
    return files
  }

  /// The paths a commit changed, and whether a finding's file is one of them or a folder holding one.
  private func concerns(_ file: String, _ changed: Set<String>) -> Bool {
    changed.contains(file) || changed.contains { $0.hasPrefix(file + "/") }
  }

  @Test("Random edits, seeded: the same verdict and the same findings on the changed files", arguments: [1, 2, 3])
  func randomEditsAgree(seed: UInt64) throws {
    var random = SeededGenerator(state: seed)
    let (catalogue, base) = try base()
    let baseline = try CatalogueValidator.run(ValidationRequest(directory: catalogue.root, revision: base.hex))
    #expect(baseline.errors == 0, "\(baseline.diagnostics)")
    var rejected = 0
    for round in 0..<25 {
      let edits = randomEdits(&random)
      var changes: [String: FileChange] = [:]
      for (path, text) in edits { changes[path] = text.map { .write(Array($0.utf8), .regular) } ?? .delete }
      let head = try catalogue.repository.commitChanges(
        changes, message: "Round \(round)", author: testAuthor, branch: "refs/heads/round-\(round)",
        expecting: .absent, parent: base)
      let changed = Set(try catalogue.repository.diff(from: base, to: head).map(\.path))
      if changed.isEmpty { continue }
      let partial = try CatalogueValidator.run(
        ValidationRequest(directory: catalogue.root, changedRange: "\(base.hex)..\(head.hex)"))
      let full = try CatalogueValidator.run(ValidationRequest(directory: catalogue.root, revision: head.hex))
      let expected = full.diagnostics.filter { concerns($0.file, changed) }
      #expect(partial.diagnostics == expected, "round \(round), edits \(edits.keys.sorted())")
      #expect((partial.errors > 0) == (full.errors > 0), "round \(round): \(full.diagnostics)")
      if partial.errors > 0 { rejected += 1 }
    }
    #expect(rejected > 3, "the edits should reject some rounds")
  }

  @Test("A duplicate title is found on the new file whether it sorts before or after the old one")
  func duplicateEitherOrder() throws {
    let (catalogue, base) = try base()
    for slug in ["2019-aaa", "2030-zzz"] {
      let path = "cases/nl/testdorp/\(slug).yaml"
      let head = try catalogue.repository.commitChanges(
        [path: .write(Array(Sample.caseStudy(title: "Markt").utf8), .regular)], message: "Again", author: testAuthor,
        branch: "refs/heads/\(slug)", expecting: .absent, parent: base)
      let report = try CatalogueValidator.run(
        ValidationRequest(directory: catalogue.root, changedRange: "\(base.hex)..\(head.hex)"))
      #expect(report.diagnostics.map(\.rule) == ["catalog.duplicate-title"], "\(slug)")
      #expect(report.diagnostics.first?.file == path)
      #expect(report.diagnostics.first?.message.text(.en).contains("2022-bbb.yaml") == true)
    }
  }

  @Test("Deleting a folder's profile is reported by --changed, on the folder")
  func deletedProfile() throws {
    let (catalogue, base) = try base()
    let head = try catalogue.repository.commitChanges(
      ["cases/nl/anderdorp/municipality.yaml": .delete], message: "Gone", author: testAuthor,
      branch: "refs/heads/gone", expecting: .absent, parent: base)
    let report = try CatalogueValidator.run(
      ValidationRequest(directory: catalogue.root, changedRange: "\(base.hex)..\(head.hex)"))
    #expect(report.diagnostics.map(\.rule) == ["catalog.missing-municipality"])
    #expect(report.diagnostics.first?.file == "cases/nl/anderdorp")
  }
}
