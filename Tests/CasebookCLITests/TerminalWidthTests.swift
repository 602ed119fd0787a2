import CasebookTestSupport
import Foundation
import Testing

/// Runs casebook under a pseudo-terminal of `columns` columns (util-linux's `script`), the way a person
/// runs it; returns what the terminal showed, with the terminal's CR LF line ends made LF. An empty value in
/// `environment` removes the variable.
/// With `standardErrorTo`, standard error goes to that file instead of the terminal.
func casebookOnTerminal(
  _ arguments: [String], columns: Int, in directory: String, environment extra: [String: String] = [:],
  standardErrorTo errorFile: String? = nil
) throws -> CommandResult {
  func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
  let command =
    "stty cols \(columns) rows 50 2>/dev/null; exec "
    + ([casebookExecutable.path] + arguments).map(quoted).joined(separator: " ")
    + (errorFile.map { " 2>" + quoted($0) } ?? "")
  var environment = ProcessInfo.processInfo.environment
  environment["COLUMNS"] = nil
  environment["LINES"] = nil
  environment["NO_COLOR"] = "1"
  environment["TERM"] = "xterm"
  for (key, value) in extra { environment[key] = value.isEmpty ? nil : value }
  var result = try runProgram(
    URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"], in: directory, environment: environment)
  result.output = result.output.replacingOccurrences(of: "\r\n", with: "\n")
  return result
}

/// The characters of `text` other than white space and the dashes of a table's rule, sorted: what wrapping
/// must keep.
private func content(_ text: String) -> [Character] {
  text.split(separator: "\n").filter { !$0.allSatisfy { $0 == "-" || $0 == " " } }.joined()
    .filter { !$0.isWhitespace }.sorted()
}

@Suite("Terminal width")
struct TerminalWidthTests {
  @Test("At 80 columns, search, stats, rank and list fit the terminal and lose no text", arguments: [
    ["search"], ["search", "twitter"], ["stats"], ["rank"], ["list", "municipalities"],
  ])
  func eighty(arguments: [String]) throws {
    let catalogue = try referenceCatalogue()
    let terminal = try casebookOnTerminal(arguments, columns: 80, in: catalogue.root)
    #expect(terminal.status == 0, "\(terminal)")
    let piped = try casebook(arguments, in: catalogue.root)
    for line in terminal.output.split(separator: "\n") { #expect(line.count <= 80, "\(arguments): \(line)") }
    #expect(content(terminal.output) == content(piped.output), "\(terminal.output)")
  }

  @Test("At 200 columns nothing needs to wrap: the output is what a pipe gets")
  func twoHundred() throws {
    let catalogue = try referenceCatalogue()
    for arguments in [["search", "twitter"], ["rank"], ["stats"]] {
      let terminal = try casebookOnTerminal(arguments, columns: 200, in: catalogue.root)
      #expect(terminal.output == (try casebook(arguments, in: catalogue.root)).output, "\(arguments)")
    }
  }

  @Test("COLUMNS sets the width for a pipe too; the search table at 80 wraps its rows")
  func columnsVariable() throws {
    let catalogue = try referenceCatalogue()
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["COLUMNS"] = "80"
    let piped = try runProgram(casebookExecutable, ["search", "twitter"], in: catalogue.root, environment: environment)
    let terminal = try casebookOnTerminal(["search", "twitter"], columns: 80, in: catalogue.root)
    #expect(piped.output == terminal.output)
    // The widest search result no longer fits on one line at 80 columns: its row takes several.
    #expect(piped.output.split(separator: "\n").count > (try casebook(["search", "twitter"], in: catalogue.root)).output
      .split(separator: "\n").count)
  }
}
