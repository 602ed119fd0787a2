import CasebookText
import CasebookCore
import CasebookData
import CasebookTestSupport
import Foundation
import Testing

/// A small dataset and an empty folder to write into.
private func setting() throws -> (dataset: CatalogueDataset, table: ExportTable, folder: String, catalogue: TemporaryCatalogue) {
  let catalogue = try TemporaryCatalogue()
  try catalogue.commit(
    ["cases/nl/testdorp/municipality.yaml": Sample.municipality(), "cases/nl/testdorp/2020-wijkapp.yaml": Sample.caseStudy()],
    message: "A small catalogue")
  let session = try QuerySession.open(directory: catalogue.root, revision: nil)
  return (try session.dataset(), try session.export(kind: .caseStudy).table, try ExportFixture.outputFolder(), catalogue)
}

private func contents(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

@Suite("Export files are written whole, beside their destination, and never over someone else's file")
struct ExportFileTests {
  @Test("A file casebook did not write is left alone unless --force; casebook's own export is replaced")
  func foreignFiles() throws {
    let setting = try setting()
    defer { try? FileManager.default.removeItem(atPath: setting.folder) }
    let database = setting.folder + "/data.db"
    let metadata = setting.folder + "/data.metadata.json"
    let notes = Data("my own notes\n".utf8)
    try notes.write(to: URL(fileURLWithPath: database))
    #expect(throws: ExportFileError.notAnExport(path: database, format: Message(ExportText.formatDatabase))) {
      try ExportWriter.writeDatabase(setting.dataset, to: database, metadata: metadata, options: DatasetteOptions(), force: false)
    }
    #expect(try contents(database) == notes)
    #expect(!FileManager.default.fileExists(atPath: metadata), "nothing is written when one of the two is refused")
    try ExportWriter.writeDatabase(setting.dataset, to: database, metadata: metadata, options: DatasetteOptions(), force: true)
    #expect(try contents(database).prefix(16) == Data("SQLite format 3\u{0}".utf8))
    // Its own export, and its own metadata, are replaced without --force.
    try ExportWriter.writeDatabase(setting.dataset, to: database, metadata: metadata, options: DatasetteOptions(), force: false)
    // Metadata that is not casebook's stops both.
    try Data("{\"title\": \"mine\"}\n".utf8).write(to: URL(fileURLWithPath: metadata))
    #expect(throws: ExportFileError.notAnExport(path: metadata, format: Message(ExportText.formatMetadata))) {
      try ExportWriter.writeDatabase(setting.dataset, to: database, metadata: metadata, options: DatasetteOptions(), force: false)
    }
    let workbook = setting.folder + "/cases.xlsx"
    try notes.write(to: URL(fileURLWithPath: workbook))
    #expect(throws: ExportFileError.notAnExport(path: workbook, format: Message(ExportText.formatWorkbook))) {
      try ExportWriter.writeWorkbook(setting.table, to: workbook, force: false)
    }
    #expect(try contents(workbook) == notes)
    try ExportWriter.writeWorkbook(setting.table, to: workbook, force: true)
    try ExportWriter.writeWorkbook(setting.table, to: workbook, force: false)
    #expect(try contents(workbook).prefix(2) == Data("PK".utf8))
    #expect(try ExportFixture.leftovers(in: setting.folder).isEmpty)
  }

  @Test("A symbolic link is never written through; with --force the link itself is replaced")
  func symbolicLinks() throws {
    let setting = try setting()
    defer { try? FileManager.default.removeItem(atPath: setting.folder) }
    let target = setting.folder + "/elsewhere.xlsx"
    let link = setting.folder + "/cases.xlsx"
    try ExportWriter.writeWorkbook(setting.table, to: target, force: false)
    let before = try contents(target)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    #expect(throws: ExportFileError.symbolicLink(path: link)) {
      try ExportWriter.writeWorkbook(setting.table, to: link, force: false)
    }
    try ExportWriter.writeWorkbook(setting.table, to: link, force: true)
    let attributes = try FileManager.default.attributesOfItem(atPath: link)
    #expect(attributes[.type] as? FileAttributeType == .typeRegular, "the link is replaced by a file")
    #expect(try contents(target) == before, "the link's target is untouched")
  }

  @Test("A missing folder or a folder as destination is refused, and nothing is left behind")
  func badDestinations() throws {
    let setting = try setting()
    defer { try? FileManager.default.removeItem(atPath: setting.folder) }
    let missing = setting.folder + "/no-such-folder/cases.xlsx"
    #expect(throws: ExportFileError.folderMissing(path: setting.folder + "/no-such-folder")) {
      try ExportWriter.writeWorkbook(setting.table, to: missing, force: true)
    }
    #expect(throws: ExportFileError.notAFile(path: setting.folder)) {
      try ExportWriter.writeWorkbook(setting.table, to: setting.folder, force: true)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: setting.folder).isEmpty)
  }

  @Test("A workbook that cannot be made leaves no temporary file and the old one in place")
  func failedWrite() throws {
    let setting = try setting()
    defer { try? FileManager.default.removeItem(atPath: setting.folder) }
    let workbook = setting.folder + "/cases.xlsx"
    try ExportWriter.writeWorkbook(setting.table, to: workbook, force: false)
    let before = try contents(workbook)
    let huge = ExportTable(
      kind: .caseStudy, columns: ["id", "outcomes"],
      rows: [[.text("nl/testdorp/2020-wijkapp"), .list(Array(repeating: String(repeating: "x", count: 1_000), count: 40))]])
    #expect(throws: ExportFileError.cellTooLong(column: "outcomes", record: "`nl/testdorp/2020-wijkapp`", length: 40 * 1_000 + 39 * 2)) {
      try ExportWriter.writeWorkbook(huge, to: workbook, force: false)
    }
    #expect(try contents(workbook) == before)
    #expect(try ExportFixture.leftovers(in: setting.folder).isEmpty)
  }
}
