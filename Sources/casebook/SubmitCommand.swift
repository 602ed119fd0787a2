import ArgumentParser
import CasebookCore
import Foundation

/// `casebook submit`: validate files and commit exactly those files, on the current branch or a new one.
struct SubmitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "submit",
    abstract: "Check files and, if they pass, commit exactly those files.",
    discussion: """
      The files are checked with the whole catalogue as context. Only when they pass are they committed —
      exactly these files, whatever else is staged — with the name and e-mail address from git config.
      With --branch, the commit starts a new branch at HEAD (default name submission/<cc>/<municipality>/<slug>)
      and your current branch, index and files stay as they are: push that branch and open a pull request.
      Exit status: 0 committed, 1 not committed (the files have errors, or the repository was busy), 64 bad usage.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The files to submit (a folder stands for the files in it).")
  var paths: [String]

  @Option(name: .shortAndLong, help: "The commit message: what you add or change.")
  var message: String

  @Option(
    help: ArgumentHelp(
      "Commit on a new branch; --branch alone names it submission/<cc>/<municipality>/<slug>.", valueName: "NAME"))
  var branch: String?

  @Option(help: "Output format of the problems found: text, json, github or junit.")
  var format: DiagnosticFormat = .text

  func run() throws {
    let newBranch = branch == Self.defaultBranchMarker ? "" : branch
    var request = SubmitRequest(directory: global.directory, paths: paths, message: message, newBranch: newBranch)
    request.lockWait = Environment.submitWait
    let outcome = try CLI.perform { () throws(CatalogueError) in try Submission.run(request) }
    switch outcome {
    case .rejected(let report):
      Terminal.write(DiagnosticRenderer.render(report, format: format, color: Terminal.stdoutIsColorTerminal))
      Terminal.warn("Nothing was committed: fix the problems above, then run the same command again.")
      throw ExitCode(1)
    case .committed(let result):
      if !result.report.diagnostics.isEmpty {
        Terminal.write(DiagnosticRenderer.render(result.report, format: format, color: Terminal.stdoutIsColorTerminal))
      }
      Terminal.write(Self.describe(result))
    }
  }

  static func describe(_ result: SubmitResult) -> String {
    let count = result.files.count == 1 ? "1 file" : "\(result.files.count) files"
    let author = "\(result.author.name) <\(result.author.email)>"
    var text = result.createdBranch
      ? "Committed \(result.commit.shortHex) on the new branch \(result.branch) (\(count), as \(author)):\n"
      : "Committed \(result.commit.shortHex) on \(result.branch) (\(count), as \(author)):\n"
    for file in result.files { text += "  \(file)\n" }
    if result.createdBranch {
      if let current = result.currentBranch {
        text += "Your branch \(current), the index and your files are as they were.\n"
      }
      text += """
        Next: send the branch, then open a pull request (GitHub) or merge request (GitLab) for it:
          git push -u origin \(result.branch)

        """
    } else {
      text += "Next: send it with `git push` (or open a pull request, if the catalogue asks for those).\n"
    }
    return text
  }

  /// Stands for "the default name" after a bare `--branch`; `:` cannot occur in a branch name.
  static let defaultBranchMarker = ":default:"

  /// Lets `--branch` stand alone: when no name follows it (the end, another option, or a file to submit),
  /// it is given ``defaultBranchMarker``, which stands for the default name.
  static func allowingBareBranchFlag(_ arguments: [String]) -> [String] {
    guard let command = arguments.firstIndex(of: "submit") else { return arguments }
    var result = arguments
    var index = command + 1
    while index < result.count, result[index] != "--" {
      if result[index] == "--branch" {
        let next = index + 1 < result.count ? result[index + 1] : nil
        if next.map(looksLikeFileOrOption) ?? true { result[index] = "--branch=" + defaultBranchMarker }
      }
      index += 1
    }
    return result
  }

  private static func looksLikeFileOrOption(_ text: String) -> Bool {
    text.hasPrefix("-") || text.hasSuffix(".yaml") || text.hasSuffix(".yml") || text.hasPrefix("cases/")
      || text.hasPrefix("schema/") || FileManager.default.fileExists(atPath: text)
  }
}
