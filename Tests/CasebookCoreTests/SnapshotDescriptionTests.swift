import CasebookGit
import CasebookText
import CasebookTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@testable import CasebookCore

/// A catalogue of two municipalities and the schemas, committed and written to disk.
private func committedCatalogue() throws -> TemporaryCatalogue {
  let catalogue = try TemporaryCatalogue()
  try catalogue.commit(
    [
      "cases/nl/testdorp/municipality.yaml": Sample.municipality(),
      "cases/nl/testdorp/policy.yaml": Sample.policy(),
      "cases/nl/testdorp/a.yaml": Sample.caseStudy(title: "Wijkapp voor meldingen"),
      "cases/nl/testdorp/b.yaml": Sample.caseStudy(title: "Straatverlichting"),
      "cases/nl/proefstad/municipality.yaml": Sample.municipality(name: "Proefstad"),
      "cases/nl/proefstad/notes/c.yaml": Sample.caseStudy(title: "Kerstmarkt"),
      "cases/nl/proefstad/d.yaml": Sample.caseStudy(title: "Zwerfvuil"),
    ], message: "Add two municipalities")
  return catalogue
}

/// What `versionDescription` says of the working tree, from the shortcut that reads only changed folders, and
/// what the comparison with every file of HEAD (the way it was worked out before) says.
private func descriptions(_ catalogue: TemporaryCatalogue) throws -> (shortcut: Bool, everyFile: Bool) {
  let workspace = try Workspace(directory: catalogue.root)
  let snapshot = try workspace.snapshot(revision: nil)
  let head = try workspace.resolve("HEAD")
  let committed = try workspace.snapshot(ofCommit: head, named: "HEAD")
  let everyFile =
    committed.entries.count == snapshot.entries.count
    && zip(committed.entries, snapshot.entries).allSatisfy { $0.path == $1.path && $0.blobID == $1.blobID }
  return (try workspace.holdsSameFiles(snapshot, as: head), everyFile)
}

@Suite("Whether the working tree is HEAD's")
struct SnapshotDescriptionTests {
  @Test("An unchanged working tree is HEAD's version, and a folder's tree id made from its files is git's")
  func unchanged() throws {
    let catalogue = try committedCatalogue()
    #expect(try descriptions(catalogue) == (true, true))
    let workspace = try Workspace(directory: catalogue.root)
    let snapshot = try workspace.snapshot(revision: nil)
    let head = try workspace.resolve("HEAD")
    let folder = "cases/nl/testdorp"
    let files = snapshot.entries.filter { $0.path.hasPrefix(folder + "/") }
    #expect(Workspace.flatTreeID(files[...], prefixLength: folder.utf8.count + 1) == (try workspace.treeID(of: folder, commit: head)))
    let message = workspace.versionDescription(of: snapshot)
    #expect(message.text(.en) == "version \(head.hex.prefix(7))")
  }

  enum Change: String, CaseIterable, CustomTestStringConvertible {
    case caseEdited, policyEdited, fileAdded, fileDeleted, folderAdded, folderDeleted, nestedFileEdited
    case schemaEdited, strayFileAdded, editedBack, executableBit

    var testDescription: String { rawValue }
  }

  @Test("Every kind of change is seen as the comparison of every file sees it", arguments: Change.allCases)
  func changes(_ change: Change) throws {
    let catalogue = try committedCatalogue()
    let root = catalogue.root + "/"
    switch change {
    case .caseEdited: try catalogue.write("cases/nl/testdorp/a.yaml", Sample.caseStudy(title: "Wijkapp, herzien"))
    case .policyEdited: try catalogue.write("cases/nl/testdorp/policy.yaml", Sample.policy(status: "adopted"))
    case .fileAdded: try catalogue.write("cases/nl/testdorp/e.yaml", Sample.caseStudy(title: "Nieuw"))
    case .fileDeleted: try catalogue.remove("cases/nl/testdorp/b.yaml")
    case .folderAdded: try catalogue.write("cases/nl/nieuwdorp/municipality.yaml", Sample.municipality(name: "Nieuwdorp"))
    case .folderDeleted: try FileManager.default.removeItem(atPath: root + "cases/nl/proefstad")
    case .nestedFileEdited: try catalogue.write("cases/nl/proefstad/notes/c.yaml", Sample.caseStudy(title: "Anders"))
    case .schemaEdited: try catalogue.write("schema/rules.yaml", "rules: []\n")
    case .strayFileAdded: try catalogue.write("cases/nl/readme.txt", "notes\n")
    case .editedBack:
      try catalogue.write("cases/nl/testdorp/a.yaml", Sample.caseStudy(title: "Iets anders"))
      try catalogue.write("cases/nl/testdorp/a.yaml", Sample.caseStudy(title: "Wijkapp voor meldingen"))
    case .executableBit: #expect(chmod(root + "cases/nl/testdorp/a.yaml", 0o755) == 0)
    }
    let (shortcut, everyFile) = try descriptions(catalogue)
    #expect(shortcut == everyFile)
    #expect(everyFile == [.editedBack, .executableBit].contains(change))
  }
}
