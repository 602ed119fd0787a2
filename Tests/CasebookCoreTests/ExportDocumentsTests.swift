import CasebookTestSupport
import Foundation
import Testing

@testable import CasebookCore

@Suite("Export: case documents from the validation cache")
struct ExportDocumentsTests {
  @Test("Case rows are the same whether their documents come from the cache validation wrote or from the files")
  func cachedOrParsed() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let session = try QuerySession.open(directory: catalogue.root, revision: "HEAD")
    let loaded = try session.catalogue()
    let cacheFolder = catalogue.repository.gitDirectory + "casebook"
    #expect(FileManager.default.fileExists(atPath: cacheFolder))
    let fromCache = try session.exportTable(.caseStudy, of: loaded, keeping: nil)
    try FileManager.default.removeItem(atPath: cacheFolder)
    let fromFiles = try session.exportTable(.caseStudy, of: loaded, keeping: nil)
    #expect(fromCache.rows.count == loaded.cases.count)
    #expect(!fromCache.rows.isEmpty)
    #expect(fromCache == fromFiles)
  }
}
