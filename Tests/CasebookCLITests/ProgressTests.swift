import CasebookTestSupport
import Foundation
import Testing

@Suite("Progress on standard error")
struct ProgressTests {
  @Test("On a terminal, long work shows a progress line on standard error and wipes it before the result")
  func terminal() throws {
    let catalogue = try referenceCatalogue()
    let result = try casebookOnTerminal(
      ["validate"], columns: 100, in: catalogue.root, environment: ["CASEBOOK_PROGRESS_AFTER": "0", "CI": ""])
    #expect(result.status == 0, "\(result)")
    #expect(result.output.contains("\rChecking files: "), "\(result.output.debugDescription)")
    // The count reaches the total, and the line is wiped (spaces, back to the start) before the result.
    #expect(result.output.range(of: #"Checking files: (\d+) of \1…"#, options: .regularExpression) != nil)
    let afterProgress = result.output[result.output.range(of: "…", options: .backwards)!.upperBound...]
    #expect(afterProgress.hasPrefix("\r ") && afterProgress.contains("checked"), "\(afterProgress.debugDescription)")
    // A fresh repository: in the first one every result is cached now, and a cached run has nothing to count.
    let fresh = try referenceCatalogue()
    let dutch = try casebookOnTerminal(
      ["validate"], columns: 100, in: fresh.root,
      environment: ["CASEBOOK_PROGRESS_AFTER": "0", "CI": "", "LANG": "nl_NL.UTF-8"])
    #expect(dutch.output.contains("\rBestanden controleren: "), "\(dutch.output.debugDescription)")
  }

  @Test("site counts the pages it writes on the same line, after the files it checked")
  func site() throws {
    let catalogue = try referenceCatalogue()
    let result = try casebookOnTerminal(
      ["site", "--output", catalogue.root + "/../site-out"], columns: 100, in: catalogue.root,
      environment: ["CASEBOOK_PROGRESS_AFTER": "0", "CI": ""])
    #expect(result.status == 0, "\(result)")
    #expect(result.output.range(of: #"Writing pages: (\d+) of \1…"#, options: .regularExpression) != nil,
      "\(result.output.debugDescription)")
  }

  @Test("Never in a pipe, in CI or on a dumb terminal", arguments: [
    ["CI": "true"], ["TERM": "dumb"],
  ])
  func quiet(environment: [String: String]) throws {
    let catalogue = try referenceCatalogue()
    let onTerminal = try casebookOnTerminal(
      ["validate"], columns: 100, in: catalogue.root,
      environment: environment.merging(["CASEBOOK_PROGRESS_AFTER": "0"]) { $1 })
    #expect(onTerminal.status == 0)
    #expect(!onTerminal.output.contains("Checking files"), "\(onTerminal.output.debugDescription)")
  }

  @Test("Standard error to a pipe gets no progress line, even when standard output is a terminal's")
  func pipe() throws {
    let catalogue = try referenceCatalogue()
    var environment = ProcessInfo.processInfo.environment
    environment["CASEBOOK_PROGRESS_AFTER"] = "0"
    environment["CI"] = nil
    let piped = try runProgram(casebookExecutable, ["validate"], in: catalogue.root, environment: environment)
    #expect(piped.status == 0)
    #expect(!piped.errors.contains("Checking files") && !piped.output.contains("Checking files"))
    // Standard output on the terminal, standard error into a file.
    let errors = catalogue.root + "/../progress-errors-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: errors) }
    let split = try casebookOnTerminal(
      ["validate"], columns: 100, in: catalogue.root, environment: ["CASEBOOK_PROGRESS_AFTER": "0", "CI": ""],
      standardErrorTo: errors)
    #expect(split.output.contains("checked"), "\(split.output.debugDescription)")
    #expect(!split.output.contains("Checking files"))
    #expect(!((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "").contains("Checking files"))
  }
}
