@testable import CasebookCore
import CasebookText
import CasebookGit
import CasebookTestSupport
import CasebookYAML
import Foundation
import Testing

private let steward = "stewards@casebook.example.org"
private let testdorp = "maintainer@example.org"
private let testergem = "beheer@testergem.example"

/// Two municipalities on top of the schema commit (the root).
private struct History {
  let catalogue: TemporaryCatalogue
  let root: ObjectID
  let base: ObjectID

  init() throws {
    catalogue = try TemporaryCatalogue(bare: true)
    root = try catalogue.repository.resolveCommit("HEAD")
    base = try catalogue.commit(
      [
        "cases/nl/testdorp/municipality.yaml": Sample.municipality(maintainer: testdorp),
        "cases/be/testergem/municipality.yaml": Sample.municipality(
          name: "Testergem", country: "BE", maintainer: testergem),
        "cases/be/testergem/2021-markt.yaml": Sample.caseStudy(title: "Markt"),
      ], message: "Two municipalities")
  }

  var repository: Repository { catalogue.repository }

  func commit(_ changes: [String: FileChange], on parent: ObjectID, _ message: String) throws -> ObjectID {
    try repository.commitChanges(
      changes, message: message, author: testAuthor, branch: "refs/heads/b-\(UUID().uuidString.prefix(8))",
      expecting: .absent, parent: parent)
  }

  func text(_ text: String) -> FileChange { .write(Array(text.utf8), .regular) }

  func changed(_ head: ObjectID, actor: String?) throws -> [Diagnostic] {
    try CatalogueValidator.run(
      ValidationRequest(directory: catalogue.root, changedRange: "\(base.hex)..\(head.hex)", actor: actor)
    ).diagnostics.filter { $0.severity == .error }
  }
}

@Suite("validate --changed: merges, the effect of a range, addresses and modes")
struct HistoryGuardMergeTests {
  @Test("A merge with the root commit answers for what it takes from it")
  func mergeWithRoot() throws {
    let history = try History()
    let own = try history.commit(
      ["cases/nl/testdorp/2022-eigen.yaml": history.text(Sample.caseStudy(title: "Eigen"))], on: history.root, "Own")
    let merge = try history.repository.createCommit(
      tree: try history.repository.commit(own).tree, parents: [history.base, own], author: testAuthor,
      message: "Merge")
    let found = try history.changed(merge, actor: testdorp)
    #expect(found.map(\.file).contains("cases/be/testergem/2021-markt.yaml"), "\(found)")
    let access = Set(found.filter { $0.rule == "access.municipality" }.map(\.file))
    #expect(access == ["cases/be/testergem/2021-markt.yaml", "cases/be/testergem/municipality.yaml"], "\(found)")
    let markt = try #require(found.first { $0.file == "cases/be/testergem/2021-markt.yaml" })
    #expect(markt.message.text(.en).contains(merge.shortHex) && markt.message.text(.en).contains(own.shortHex), "\(markt.message)")
    // The stewards may (a steward merges others' work and removes abuse).
    #expect(try history.changed(merge, actor: steward).filter { $0.rule.hasPrefix("access.") }.isEmpty)
  }

  @Test("The effect check on its own: a version no commit was checked for is the pusher's")
  func effectAlone() throws {
    let history = try History()
    let head = try history.commit(
      ["cases/be/testergem/2021-markt.yaml": history.text(Sample.caseStudy(title: "Overgenomen"))], on: history.base,
      "Take over")
    let snapshot = try Workspace(directory: history.catalogue.root).snapshot(ofRevision: history.base.hex)
    let rules = RuleSet.load(from: snapshot, reader: try snapshot.makeReader(), limits: YAMLLimits())
    var guardian = HistoryGuard(
      repository: history.repository, base: snapshot, baseCommit: history.base, headCommit: head, rules: rules,
      actor: testdorp)
    // No commit is new (as if the server had the head already): only the effect can find it.
    guardian.hidden = [head]
    #expect(try guardian.check().diagnostics.isEmpty)
    guardian.effectBase = history.base
    let found = try guardian.check().diagnostics
    #expect(found.map(\.rule) == ["access.municipality"])
    #expect(found.first?.message.text(.en).contains("the pushed result, commit \(head.shortHex)") == true)
  }

  @Test("E-mail addresses are compared without regard to case, for maintainers and stewards")
  func addressCase() throws {
    let history = try History()
    let own = try history.commit(
      ["cases/nl/testdorp/2022-eigen.yaml": history.text(Sample.caseStudy(title: "Eigen"))], on: history.base, "Own")
    #expect(try history.changed(own, actor: "Maintainer@EXAMPLE.org").isEmpty)
    #expect(try history.changed(own, actor: "other@example.org").map(\.rule) == ["access.municipality"])
    let schema = try history.commit(["schema/notes.md": history.text("# notes\n")], on: history.base, "Notes")
    #expect(try history.changed(schema, actor: "Stewards@Casebook.Example.ORG").isEmpty)
  }

  @Test("A tree entry with a mode git does not know is git.not-a-file under --changed")
  func notAFile() throws {
    let history = try History()
    let repository = history.repository
    let blob = try repository.writeBlob(Array(Sample.caseStudy(title: "Pijp").utf8))
    let profile = try #require(try repository.entry(at: "cases/nl/testdorp/municipality.yaml", commit: history.base))
    func tree(_ entries: [(String, String, ObjectID)]) throws -> ObjectID {
      var bytes: [UInt8] = []
      for (mode, name, id) in entries { bytes += Array("\(mode) \(name)".utf8) + [0] + id.bytes }
      return try repository.writeUncheckedObject(bytes, kind: .tree)
    }
    let folder = try tree([("10644", "2022-pijp.yaml", blob), ("100644", "municipality.yaml", profile.id)])
    let nl = try tree([("40000", "testdorp", folder)])
    let baseTree = try repository.commit(history.base).tree
    let be = try #require(try repository.entry(at: "cases/be", commit: history.base)).id
    let cases = try tree([("40000", "be", be), ("40000", "nl", nl)])
    let schema = try #require(try repository.entry(at: "schema", commit: history.base)).id
    let root = try tree([("40000", "cases", cases), ("40000", "schema", schema)])
    #expect(root != baseTree)
    let head = try repository.createCommit(tree: root, parents: [history.base], author: testAuthor, message: "Pipe")
    let found = try history.changed(head, actor: testdorp)
    #expect(found.contains { $0.rule == "git.not-a-file" && $0.file == "cases/nl/testdorp/2022-pijp.yaml" }, "\(found)")
  }

  @Test(
    "Look-alike names share a skeleton",
    arguments: [
      ("Voorbeeldstad", "voorbeeldstad-gemeente"), ("Voorbeeldstad", "Gemeente Voorbeeldstad"),
      ("Voorbeeldstad", "VOORBEELD STAD"), ("Voorbeeldstad", "V\u{43E}\u{43E}rbeeldstad"),
      ("Voorbeeldstad", "Vo0rbeeldstad"), ("Voorbeeldstad", "Voorbeeldstadd"), ("Rijswijk", "Ryswyk"),
      ("Testergem", "City of Testergem"), ("Testergem", "Testergem Borough Council"), ("Ilpendam", "llpendam"),
      ("Voorbeeldstad", "Ｖｏｏｒｂｅｅｌｄｓｔａｄ"), ("Voorbeeldstad", "Voorbeeld"),
    ])
  func lookAlike(_ one: String, _ other: String) {
    #expect(!LookAlike.skeletons(of: one).isDisjoint(with: LookAlike.skeletons(of: other)))
  }

  @Test(
    "Different municipalities do not",
    arguments: [
      ("Bergen (NH)", "Bergen (L)"), ("Almelo", "Almere"), ("Den Haag", "Den Helder"), ("Testdorp", "Testergem"),
      ("Heerlen", "Heerde"), ("Lelystad", "Leiden"),
    ])
  func different(_ one: String, _ other: String) {
    #expect(LookAlike.skeletons(of: one).isDisjoint(with: LookAlike.skeletons(of: other)))
  }
}
