import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// The folder hostile files are placed in, with a valid municipality, so that each file's own problem is
/// the only finding.
let municipalityFolder = "cases/gb/testshire"

/// A catalogue repository (the real `schema/`, one valid municipality) for hostile content.
func hostileCatalogue(bare: Bool = false) throws -> TemporaryCatalogue {
  let catalogue = try TemporaryCatalogue(bare: bare)
  try catalogue.commit(
    [
      "\(municipalityFolder)/municipality.yaml": """
      name: Testshire
      country: GB
      languages: [en]
      maintainers:
        - maintainer@example.org
      """
    ], message: "Add Testshire")
  return catalogue
}

extension TemporaryCatalogue {
  /// Commits raw bytes (and writes them to the working tree), for content that is not valid text.
  func commit(bytes: [UInt8], at path: String, message: String = "Add a hostile file") throws {
    if !repository.isBare { try write(path, Data(bytes)) }
    let branch = try repository.headBranch() ?? "refs/heads/main"
    try repository.commitChanges([path: .write(bytes, .regular)], message: message, author: testAuthor, branch: branch)
  }

  /// Commits changes made through the git layer directly (symbolic links, submodule links, raw entries).
  @discardableResult
  func commitChanges(_ changes: [String: FileChange], message: String) throws -> ObjectID {
    let branch = try repository.headBranch() ?? "refs/heads/main"
    return try repository.commitChanges(changes, message: message, author: testAuthor, branch: branch)
  }
}

/// Runs `casebook` on a repository and checks the guarantees every hostile input gets: within the time
/// and memory budget, no sanitizer report, and not one byte of the repository changed (casebook's result
/// cache aside).
func guardedRun(
  _ arguments: [String], in root: String, environment: [String: String] = [:]
) throws -> MeasuredRun {
  let before = Fingerprint(of: root)
  let run = try measuredCasebook(arguments, in: root, environment: environment)
  let after = Fingerprint(of: root)
  #expect(before == after, "validate changed the repository: \(after.differences(from: before))")
  #expect(run.seconds < Budget.seconds || run.cpuSeconds < Budget.seconds, "too slow: \(run)")
  #expect(run.seconds < Budget.wallSeconds, "too slow even for a busy machine: \(run)")
  #expect(run.peakBytes < Budget.bytes, "too much memory: \(run)")
  #expect(!run.errors.contains("Sanitizer"), "sanitizer report: \(run.errors)")
  #expect(run.status < 128, "killed by signal \(run.status - 128): \(run)")
  return run
}

/// Records one measurement line, so a test log shows what each hostile case cost.
func report(_ name: String, _ mode: String, _ run: MeasuredRun) {
  print(
    "hostile \(name) [\(mode)]: exit \(run.status), \(String(format: "%.3f", run.seconds)) s "
      + "(\(String(format: "%.2f", run.cpuSeconds)) s CPU), "
      + "\(String(format: "%.1f", Double(run.peakBytes) / 1_048_576)) MiB")
}
