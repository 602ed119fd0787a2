@testable import CasebookCore
import CasebookText
import CasebookGit
import CasebookSchema
import CasebookTestSupport
import Foundation
import Testing

@Suite("Bounded work")
struct BoundedWorkTests {
  /// The edit distance as first written: Levenshtein with adjacent transpositions, on characters.
  func referenceDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }

  @Test("The fast edit distance agrees with the plain one on ASCII, line breaks, accents and emoji")
  func editDistanceAgrees() {
    let alphabet: [String] = ["a", "b", "c", "\r", "\n", "\r\n", "é", "e\u{301}", "ß", "👩‍👩‍👧", "🇳🇱", " "]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      let left = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      let right = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      let (a, b) = (left.joined(), right.joined())
      #expect(editDistance(a, b) == referenceDistance(a, b), "\(a.debugDescription) vs \(b.debugDescription)")
    }
    #expect(editDistance("categories", "catgeories") == 1)
    #expect(editDistance("", "inform") == 6)
  }

  @Test("A file with thousands of problems reports the first 100 and says how many more there are")
  func diagnosticsAreCapped() throws {
    let catalogue = try hostileCatalogue()
    let extra = (0..<150).map { "unknown\($0): 1" }.joined(separator: "\n")
    let path = "\(municipalityFolder)/2020-veel.yaml"
    try catalogue.commit([path: Sample.caseStudy(title: "Veel velden", language: "en", extra: extra)], message: "Many")
    let snapshot = try Workspace(directory: catalogue.root).snapshot(ofRevision: "HEAD")
    let rules = RuleSet.load(from: snapshot, reader: try snapshot.makeReader())
    guard case .file(let file) = CatalogueLayout.classify(path) else {
      Issue.record("not a catalogue file")
      return
    }
    let entry = try #require(snapshot.entry(at: path))
    let report = FileCheck.check(file, bytes: try snapshot.makeReader().bytes(of: entry, limit: 1 << 20), rules: rules)
    #expect(report.diagnostics.count == 101)
    #expect(report.diagnostics.prefix(100).allSatisfy { $0.rule == "schema.additionalProperties" })
    let last = try #require(report.diagnostics.last)
    #expect(last.rule == "catalog.too-many-problems")
    #expect(last.severity == .error)
    #expect(last.message.text(.en).hasPrefix("50 more problems"), "\(last.message.text(.en))")
    // Sample.caseStudy has 16 lines before the extra fields: the 101st unknown field is on line 117.
    #expect(last.line == 117 && last.column == 1, "\(last)")
  }

  @Test("With many broken files, each file reports fewer problems, so a run stays bounded")
  func diagnosticsAreCappedPerRun() throws {
    let catalogue = try hostileCatalogue(bare: true)
    let repository = catalogue.repository
    let extra = (0..<150).map { "unknown\($0): 1" }.joined(separator: "\n")
    let text = Sample.caseStudy(title: "Veel velden", language: "en", extra: extra)
    let blob = try repository.writeBlob(Array(text.utf8))
    try catalogue.commitMunicipalityFolder(
      with: (0..<20).map { (Array("case-\($0).yaml".utf8), .regular, blob) }, message: "Broken files")
    let snapshot = try Workspace(directory: catalogue.root).snapshot(ofRevision: "HEAD")
    let rules = RuleSet.load(from: snapshot, reader: try snapshot.makeReader())
    let files = try (0..<20).compactMap { index -> (path: CataloguePath, entry: SnapshotEntry)? in
      let path = "\(municipalityFolder)/case-\(index).yaml"
      guard case .file(let file) = CatalogueLayout.classify(path) else { return nil }
      return (file, try #require(snapshot.entry(at: path)))
    }
    // A run budget of 1,000 over 20 files leaves 50 problems for each, then one line with the rest.
    let reports = try CatalogueValidator.checkFiles(
      files, snapshot: snapshot, rules: rules, records: false, caches: nil, maxDiagnostics: 1_000)
    #expect(reports.count == 20)
    for report in reports {
      #expect(report.verdict.diagnostics.count == 51)
      #expect(report.verdict.diagnostics.last?.rule == "catalog.too-many-problems")
      #expect(report.verdict.diagnostics.last?.message.text(.en).hasPrefix("100 more problems") == true)
      #expect(!report.isNew, "a result cut short by the run's budget is not cached")
    }
  }

  @Test("A large working-tree file gets git's blob id without being read into memory whole")
  func largeFileBlobID() throws {
    let catalogue = try hostileCatalogue()
    var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 12 << 20)
    bytes[5] = UInt8(ascii: "\n")
    let path = "\(municipalityFolder)/groot.yaml"
    try catalogue.commit(bytes: bytes, at: path)
    let head = try #require(try catalogue.repository.headCommit())
    let committed = try #require(try catalogue.repository.entry(at: path, commit: head))
    let entry = try #require(try Workspace(directory: catalogue.root).workingTreeSnapshot().entry(at: path))
    #expect(entry.blobID == committed.id)
    #expect(try ObjectID.blob(hashingFileAt: catalogue.root + "/" + path) == ObjectID.blob(hashing: bytes))
  }
}
