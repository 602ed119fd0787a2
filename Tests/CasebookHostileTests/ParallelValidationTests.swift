@testable import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

@Suite("Parallel validation")
struct ParallelValidationTests {
  /// A catalogue with enough files for several workers: valid cases, broken ones and hostile ones.
  func manyFiles() throws -> TemporaryCatalogue {
    let catalogue = try hostileCatalogue()
    var files: [String: String?] = [:]
    for index in 0..<48 {
      let path = "\(municipalityFolder)/\(2000 + index)-case.yaml"
      switch index % 4 {
      case 0: files[path] = Sample.caseStudy(title: "Geval \(index)", categories: ["report"], language: "en")
      case 1: files[path] = Sample.caseStudy(title: "Geval \(index)", categories: ["repport"])
      case 2: files[path] = "title: [\(index)"
      default:
        let aliases = Array(repeating: "*a", count: 120).joined(separator: ", ")
        files[path] = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: [\(aliases)]\n"
      }
    }
    try catalogue.commit(files, message: "Many files")
    return catalogue
  }

  @Test("Files checked in parallel give exactly the reports of checking them one by one, in order")
  func parallelEqualsSequential() throws {
    let catalogue = try manyFiles()
    let workspace = try Workspace(directory: catalogue.root)
    for snapshot in [try workspace.workingTreeSnapshot(), try workspace.snapshot(ofRevision: "HEAD")] {
      let rules = RuleSet.load(from: snapshot, reader: try snapshot.makeReader())
      let files = snapshot.entries.compactMap { entry -> (path: CataloguePath, entry: SnapshotEntry)? in
        if case .file(let file) = CatalogueLayout.classify(entry.path) { (file, entry) } else { nil }
      }
      #expect(files.count > 2 * 16, "enough files for more than one worker")
      let parallel = try CatalogueValidator.checkFiles(files, snapshot: snapshot, rules: rules, records: true, caches: nil)
      let reader = try snapshot.makeReader()
      let sequential = files.map {
        CatalogueValidator.checkOne($0.path, entry: $0.entry, reader: reader, rules: rules, records: true, caches: nil)
      }
      #expect(parallel.map(\.verdict.diagnostics) == sequential.map(\.verdict.diagnostics))
      #expect(parallel.map { $0.record != nil } == sequential.map { $0.record != nil })
      #expect(
        parallel.contains { $0.record != nil }
          && parallel.contains { $0.verdict.diagnostics.contains { $0.severity == .error } })
    }
  }

  @Test("Validating the same snapshot from several threads at once gives the same report each time")
  func concurrentRuns() throws {
    let catalogue = try manyFiles()
    let snapshot = try Workspace(directory: catalogue.root).snapshot(ofRevision: "HEAD")
    let expected = try CatalogueValidator.validate(snapshot).diagnostics
    let reports = Reports()
    DispatchQueue.concurrentPerform(iterations: 4) { _ in
      reports.add(try? CatalogueValidator.validate(snapshot).diagnostics)
    }
    #expect(reports.all.count == 4)
    #expect(reports.all.allSatisfy { $0 == expected })
  }
}

/// Reports collected from concurrent runs.
private final class Reports: @unchecked Sendable {
  private let lock = NSLock()
  private var reports: [[Diagnostic]?] = []

  func add(_ report: [Diagnostic]?) {
    lock.lock()
    reports.append(report)
    lock.unlock()
  }

  var all: [[Diagnostic]] {
    lock.lock()
    defer { lock.unlock() }
    return reports.compactMap { $0 }
  }
}
