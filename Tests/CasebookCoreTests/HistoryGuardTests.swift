import CasebookText
import CasebookCore
import CasebookGit
import CasebookTestSupport
import CasebookYAML
import Foundation
import Testing

/// The real stewards list committed by `TemporaryCatalogue` names this address.
private let steward = "stewards@casebook.example.org"
private let testdorpMaintainer = "maintainer@example.org"
private let testergemMaintainer = "beheer@testergem.example"
private let stranger = "eve@elders.example"

/// A catalogue with two municipalities, each with its own maintainer; `base` is its tip.
private struct GuardedCatalogue {
  let catalogue: TemporaryCatalogue
  let base: ObjectID

  init() throws {
    catalogue = try TemporaryCatalogue(bare: true)
    try catalogue.commit(
      [
        "cases/nl/testdorp/municipality.yaml": Sample.municipality(maintainer: testdorpMaintainer),
        "cases/nl/testdorp/2020-wijkapp.yaml": Sample.caseStudy(),
        "cases/be/testergem/municipality.yaml": Sample.municipality(
          name: "Testergem", country: "BE", maintainer: testergemMaintainer),
      ], message: "Two municipalities")
    base = try catalogue.repository.resolveCommit("HEAD")
  }

  /// Commits on main with an author that has nothing to do with who pushes.
  @discardableResult
  func commit(_ files: [String: String?], _ message: String, author: String = "someone@example.org") throws -> ObjectID {
    try catalogue.commit(files, message: message, author: Signature(name: "Author", email: author, time: 1_700_000_100))
  }

  /// Commits raw changes (symlinks, submodules, bytes) on main.
  @discardableResult
  func commit(changes: [String: FileChange], _ message: String) throws -> ObjectID {
    try catalogue.repository.commitChanges(changes, message: message, author: testAuthor, branch: "refs/heads/main")
  }

  func validate(actor: String?, limits: YAMLLimits = YAMLLimits()) throws -> ValidationReport {
    try CatalogueValidator.run(
      ValidationRequest(directory: catalogue.root, changedRange: "\(base.hex)..HEAD", actor: actor, limits: limits))
  }
}

private func errors(_ report: ValidationReport) -> [Diagnostic] {
  report.diagnostics.filter { $0.severity == .error }
}

@Suite("validate --changed: every commit, ownership and hygiene")
struct HistoryGuardTests {
  @Test("A maintainer's change to their own municipality passes, whoever the commit's author is")
  func maintainerPasses() throws {
    let guarded = try GuardedCatalogue()
    try guarded.commit(["cases/nl/testdorp/2021-nieuw.yaml": Sample.caseStudy(title: "Nieuwe wijkapp")], "Add a case")
    let report = try guarded.validate(actor: testdorpMaintainer)
    #expect(errors(report).isEmpty, "\(report.diagnostics)")
    #expect(report.commits == 1)
  }

  @Test("A change to another municipality is rejected, naming commit, path, rule and who may change it")
  func strangerRejected() throws {
    let guarded = try GuardedCatalogue()
    let commit = try guarded.commit(
      ["cases/be/testergem/2021-zwerfvuil.yaml": Sample.caseStudy(title: "Zwerfvuil")], "Add a case for Testergem",
      author: testergemMaintainer)
    let report = try guarded.validate(actor: testdorpMaintainer)
    let found = errors(report)
    #expect(found.count == 1, "\(found)")
    let rejection = try #require(found.first)
    #expect(rejection.rule == "access.municipality")
    #expect(rejection.file == "cases/be/testergem/2021-zwerfvuil.yaml")
    #expect(rejection.message.text(.en).contains(commit.shortHex))
    #expect(rejection.message.text(.en).contains("Add a case for Testergem"))
    #expect(rejection.message.text(.en).contains(testergemMaintainer))
    #expect(rejection.message.text(.en).contains(testdorpMaintainer))
  }

  @Test("Only the actor counts: a commit claiming the maintainer as author, pushed by a stranger, is rejected")
  func authorIsNotTrusted() throws {
    let guarded = try GuardedCatalogue()
    try guarded.commit(
      ["cases/nl/testdorp/2020-wijkapp.yaml": Sample.caseStudy(title: "Overgenomen")], "Edit", author: testdorpMaintainer)
    #expect(errors(try guarded.validate(actor: stranger)).map(\.rule) == ["access.municipality"])
    #expect(errors(try guarded.validate(actor: testdorpMaintainer)).isEmpty)
  }

  @Test(
    "Paths outside the municipality folders are the stewards' alone",
    arguments: ["schema/categories.yaml", "README.md", ".github/workflows/casebook.yml", "cases/README.md"])
  func stewardOnly(path: String) throws {
    let guarded = try GuardedCatalogue()
    let categories = try #require(try TemporaryCatalogue.files(under: "schema")["schema/categories.yaml"])
    let text = path == "schema/categories.yaml" ? categories + "\n# note\n" : "note\n"
    try guarded.commit([path: text], "Change \(path)")
    let byMaintainer = errors(try guarded.validate(actor: testdorpMaintainer))
    #expect(byMaintainer.map(\.rule) == ["access.steward"], "\(byMaintainer)")
    #expect(byMaintainer.first?.message.text(.en).contains(steward) == true)
    #expect(errors(try guarded.validate(actor: steward)).isEmpty)
  }

  @Test(
    "A commit that loosens the schema cannot let in a file valid only under the loosened schema",
    arguments: [testdorpMaintainer, steward])
  func loosenedSchema(actor: String) throws {
    let guarded = try GuardedCatalogue()
    let schemaPath = "schema/case.schema.json"
    let entry = try #require(try guarded.catalogue.repository.entry(at: schemaPath, commit: guarded.base))
    let schema = String(decoding: try guarded.catalogue.repository.blob(entry.id), as: UTF8.self)
    let loosened = schema.replacingOccurrences(of: "\"lessons\",\n", with: "")
    #expect(loosened != schema)
    var withoutLessons = Sample.caseStudy(title: "Zonder lessen")
    withoutLessons = withoutLessons.replacingOccurrences(
      of: "lessons:\n  - Geef altijd antwoord op een melding.\n", with: "")
    try guarded.commit(
      [schemaPath: loosened, "cases/nl/testdorp/2021-zonder-lessen.yaml": withoutLessons], "Lessons are optional now")
    let found = errors(try guarded.validate(actor: actor))
    #expect(found.contains { $0.rule == "schema.required" && $0.file == "cases/nl/testdorp/2021-zonder-lessen.yaml" })
    #expect(found.contains { $0.rule == "access.steward" } == (actor != steward))
  }

  @Test("Every commit is checked: a bad commit that a later one undoes is still rejected")
  func intermediateCommit() throws {
    let guarded = try GuardedCatalogue()
    let bad = try guarded.commit(["cases/be/testergem/2021-spam.yaml": Sample.caseStudy(title: "Spam")], "Sneak in")
    try guarded.commit(["cases/be/testergem/2021-spam.yaml": nil], "Take it out again")
    try guarded.commit(["cases/nl/testdorp/2021-echt.yaml": Sample.caseStudy(title: "Echte casus")], "Real work")
    let found = errors(try guarded.validate(actor: testdorpMaintainer))
    #expect(found.allSatisfy { $0.rule == "access.municipality" && $0.file == "cases/be/testergem/2021-spam.yaml" })
    #expect(found.contains { $0.message.text(.en).contains(bad.shortHex) && $0.message.text(.en).contains("adds") })
    #expect(found.contains { $0.message.text(.en).contains("deletes") })
  }

  @Test("Anyone may start a municipality folder, but must list themselves as its maintainer")
  func newMunicipality() throws {
    let guarded = try GuardedCatalogue()
    try guarded.commit(
      [
        "cases/nl/nieuwdorp/2021-start.yaml": Sample.caseStudy(title: "Eerste casus"),
        "cases/nl/nieuwdorp/municipality.yaml": Sample.municipality(name: "Nieuwdorp", maintainer: stranger),
      ], "Start Nieuwdorp")
    #expect(errors(try guarded.validate(actor: stranger)).isEmpty)
    let byOther = errors(try guarded.validate(actor: testdorpMaintainer))
    #expect(byOther.count == 2)
    #expect(byOther.allSatisfy { $0.rule == "access.new-municipality" })
  }

  @Test("A maintainer's merge of main is held only to what it brings from their own branch")
  func mergeCommit() throws {
    let guarded = try GuardedCatalogue()
    let repository = guarded.catalogue.repository
    // Main moves on with Testergem's own work; the pushed branch started before that and merges main in.
    try guarded.commit(["cases/be/testergem/2021-eigen.yaml": Sample.caseStudy(title: "Eigen werk")], "Testergem's case")
    let mainTip = try repository.resolveCommit("main")
    let feature = try repository.commitChanges(
      ["cases/nl/testdorp/2021-feature.yaml": .write(Array(Sample.caseStudy(title: "Feature").utf8), .regular)],
      message: "Testdorp's case", author: testAuthor, branch: "refs/heads/feature", expecting: .absent,
      parent: guarded.base)
    let mergedTree = try repository.commit(
      try repository.commitChanges(
        ["cases/nl/testdorp/2021-feature.yaml": .write(Array(Sample.caseStudy(title: "Feature").utf8), .regular)],
        message: "tree only", author: testAuthor, branch: "refs/heads/scratch", expecting: .absent, parent: mainTip)
    ).tree
    let merge = try repository.createCommit(
      tree: mergedTree, parents: [feature, mainTip], author: testAuthor, message: "Merge main")
    try repository.updateReference("refs/heads/feature", to: merge, expected: .commit(feature), message: "merge")
    let report = try CatalogueValidator.run(
      ValidationRequest(directory: guarded.catalogue.root, changedRange: "main..feature", actor: testdorpMaintainer))
    #expect(errors(report).isEmpty, "\(report.diagnostics)")
    #expect(report.commits == 2)
  }

  @Test("Without --actor, ownership is not checked but the files still are")
  func withoutActor() throws {
    let guarded = try GuardedCatalogue()
    try guarded.commit(["cases/be/testergem/2021-kapot.yaml": "title: ["], "Broken file in someone else's folder")
    let found = errors(try guarded.validate(actor: nil))
    #expect(!found.isEmpty)
    #expect(!found.contains { $0.rule.hasPrefix("access.") })
    #expect(found.allSatisfy { $0.rule.hasPrefix("yaml.") })
  }
}

/// A change that breaks repository hygiene, the rule it must break, and whether it needs a small size limit.
struct HygieneCase: Sendable, CustomTestStringConvertible {
  let rule: String
  let path: String
  let change: @Sendable (Repository) throws -> FileChange
  var testDescription: String { "\(rule) at \(path)" }
}

private func fixture(_ name: String) throws -> [UInt8] {
  let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/hygiene/\(name)")
  return Array(try Data(contentsOf: url))
}

@Suite("validate --changed: repository hygiene in every commit")
struct HygieneTests {
  static let cases: [HygieneCase] = [
    HygieneCase(rule: "git.symlink", path: "cases/nl/testdorp/2021-link.yaml") { _ in
      .write(Array("../../../schema/case.schema.json".utf8), .symlink)
    },
    HygieneCase(rule: "git.symlink", path: "docs/elsewhere") { _ in .write(Array("/etc/passwd".utf8), .symlink) },
    HygieneCase(rule: "git.submodule", path: "vendor/tool") { repository in
      .entry(try repository.resolveCommit("HEAD"), .submodule)
    },
    HygieneCase(rule: "git.binary", path: "cases/nl/testdorp/2021-latin1.yaml") { _ in
      .write(try fixture("latin1.yaml"), .regular)
    },
    HygieneCase(rule: "git.binary", path: "schema/notes.txt") { _ in .write(try fixture("nul-byte.yaml"), .regular) },
    HygieneCase(rule: "git.too-large", path: "docs/big.txt") { _ in
      .write(Array(repeating: UInt8(ascii: "a"), count: 5_000), .regular)
    },
    HygieneCase(rule: "git.layout", path: "cases/nl/testdorp/notes.txt") { _ in .write(Array("note\n".utf8), .regular) },
  ]

  @Test("A commit that breaks hygiene is rejected even when a later commit removes the file", arguments: cases)
  func rejectedInHistory(_ hygiene: HygieneCase) throws {
    let guarded = try GuardedCatalogue()
    let bad = try guarded.commit(changes: [hygiene.path: try hygiene.change(guarded.catalogue.repository)], "Bad file")
    try guarded.commit(changes: [hygiene.path: .delete], "Remove it again")
    let owner = hygiene.path.hasPrefix("cases/nl/testdorp/") ? testdorpMaintainer : steward
    for actor in [nil, owner] {
      let found = errors(try guarded.validate(actor: actor, limits: YAMLLimits(maxBytes: 4_096)))
      #expect(found.map(\.rule) == [hygiene.rule], "\(found)")
      #expect(found.first?.file == hygiene.path)
      #expect(found.first?.message.text(.en).contains(bad.shortHex) == true)
    }
  }
}
