import CasebookTestSupport
import Foundation
import Testing

@testable import CasebookCore

/// Everything an index holds, in a comparable form.
private struct IndexContent: Equatable {
  var lists: [[String]]
  var numbers: [[UInt32]]
  var postings: [UInt8]

  init(_ index: SearchIndex) {
    func strings(_ packed: PackedStrings) -> [String] { (0..<packed.count).map { packed[$0] } }
    func packed(_ lists: PackedLists) -> [UInt32] { Array(lists.offsets) + [UInt32.max] + lists.values }
    lists = [
      index.invalidFiles, index.values, strings(index.texts), strings(index.terms),
      index.municipalities.map { "\($0.id) \($0.name) \($0.country) \($0.hasProfile)" },
      index.taxonomy.categories.map(\.id),
    ]
    numbers = [
      index.kinds.map(UInt32.init), index.years.map { UInt32(bitPattern: $0) }, index.municipalityOf,
      index.languageOf, packed(index.categories), packed(index.channels), packed(index.tags), index.postingOffsets,
    ]
    postings = index.postings.withUnsafeBufferPointer { Array($0) }
  }
}

/// The reference catalogue and the search fixture together, with one case copied into two more
/// municipalities of its country (checked once, indexed three times), accented words, and a broken file.
private func mixedCatalogue() throws -> TemporaryCatalogue {
  let catalogue = try TemporaryCatalogue()
  var files: [String: String?] = try TemporaryCatalogue.files(under: "cases")
  for (path, text) in try TemporaryCatalogue.searchFixtureFiles() { files[path] = text }
  let copied = files["cases/nl/voorbeeldstad/2024-meldingen-via-whatsapp.yaml"] ?? nil
  for town in ["kopiedorp", "tweedorp"] {
    files["cases/nl/\(town)/2024-meldingen-via-whatsapp.yaml"] = copied
    files["cases/nl/\(town)/municipality.yaml"] = Sample.municipality(name: town.capitalized)
  }
  for number in 0..<40 {
    files["cases/nl/accentstad/20\(10 + number % 10)-geval-\(number).yaml"] = Sample.caseStudy(
      title: "Participatie \(number) — ÉÉN café-overleg, PARTICIPATIË en Ærø-dag \(number % 7)",
      year: 2010 + number % 10, categories: number % 2 == 0 ? ["report"] : ["participate", "report"])
  }
  files["cases/nl/accentstad/municipality.yaml"] = Sample.municipality(name: "Accentstad")
  files["cases/nl/accentstad/2012-kapot.yaml"] = "title: [unclosed"
  try catalogue.commit(files, message: "Mixed catalogue")
  return catalogue
}

@Suite("Search index built while validating")
struct SearchIndexBuildTests {
  @Test("The index built from the validation workers' entries is the index of the catalogue's records")
  func sameAsFromRecords() throws {
    let catalogue = try mixedCatalogue()
    let session = try QuerySession.open(directory: catalogue.root, revision: nil)
    let cold = try session.searchIndex()
    #expect(cold.source == .built)
    #expect(cold.index.invalidFiles == ["cases/nl/accentstad/2012-kapot.yaml"])
    // Loading the catalogue fills the document cache, from which the next build reads its records.
    let expected = IndexContent(SearchIndex(try session.catalogue()))
    #expect(IndexContent(cold.index) == expected)
    for name in try searchIndexFiles(catalogue) {
      try FileManager.default.removeItem(atPath: catalogue.repository.gitDirectory + "casebook/cache/" + name)
    }
    let fromCachedDocuments = try session.searchIndex()
    #expect(fromCachedDocuments.source == .built)
    #expect(IndexContent(fromCachedDocuments.index) == expected)
    let atRevision = try QuerySession.searchIndex(directory: catalogue.root, revision: "HEAD", useCache: false)
    #expect(IndexContent(atRevision.index) == expected)
    #expect(IndexContent(try session.searchIndex().index) == expected)
  }

  @Test("Words numbered in several tables (one per worker) give the index of one table")
  func mergedTables() throws {
    let catalogue = try mixedCatalogue()
    let loaded = try QuerySession.open(directory: catalogue.root, revision: nil).catalogue()
    let tables = TermTables()
    let three = [tables.take(), tables.take(), tables.take()]
    let records = loaded.policies.map(CatalogueRecord.policy) + loaded.cases.map(CatalogueRecord.caseStudy)
    let entries = records.enumerated().map { IndexEntry($1, terms: three[$0 % 3])! }
    let merged = SearchIndex.build(
      entries: entries, tables: tables, municipalities: loaded.municipalities, taxonomy: loaded.rules.taxonomy,
      invalidFiles: loaded.invalidFiles)
    #expect(Set(three.map(\.words.count)).count > 1)
    #expect(IndexContent(merged) == IndexContent(SearchIndex(loaded)))
  }
}


@Suite("Text folding")
struct TextFoldingTests {
  private func folds(_ text: String) -> (fast: [UInt8], reference: [UInt8]) {
    (Array(TextFolding.fold(text).utf8), Array(TextFolding.foldByDecomposition(text).utf8))
  }

  @Test("Every ASCII and Latin character folds as the decomposition folds it, alone and between others")
  func latinCharacters() throws {
    for value in 0..<TextFolding.latinEnd {
      let scalar = try #require(Unicode.Scalar(UInt32(value)))
      for text in [String(scalar), "A\(scalar)É", "\(scalar)\(scalar)x"] {
        let (fast, reference) = folds(text)
        #expect(fast == reference, "U+\(String(value, radix: 16)) in \(text.debugDescription)")
      }
    }
    #expect(TextFolding.foldLatin("PARTICIPATIË Ærø Łódź İstanbul") == "participatie ærø łodz istanbul")
  }

  @Test("Random texts fold as the decomposition folds them, Latin or not")
  func randomTexts() {
    var generator = SeededGenerator(state: 23)
    let others: [UInt32] = [0x0301, 0x0308, 0x0327, 0x0345, 0x03A3, 0x03C2, 0x0130, 0x1E9E, 0x1E0A, 0x0410, 0x4E2D,
      0x1F600, 0xFB01, 0x2126, 0x212B, 0x00DF, 0x0149, 0x01F0, 0x0250, 0x024F, 0x0080, 0x200D]
    var latinOnly = 0
    for round in 0..<4000 {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...12, using: &generator) {
        let pick = Int.random(in: 0..<10, using: &generator)
        let value: UInt32 =
          pick < 4 ? UInt32.random(in: 0x20..<0x7F, using: &generator)
          : pick < 9 || round % 2 == 0 ? UInt32.random(in: 0x80..<UInt32(TextFolding.latinEnd), using: &generator)
          : others.randomElement(using: &generator)!
        scalars.append(Unicode.Scalar(value)!)
      }
      let text = String(scalars)
      if TextFolding.foldLatin(text) != nil { latinOnly += 1 }
      let (fast, reference) = folds(text)
      #expect(fast == reference, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
    #expect(latinOnly > 1000)
  }
}
