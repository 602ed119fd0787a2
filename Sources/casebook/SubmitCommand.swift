import ArgumentParser
import CasebookCore
import Foundation
import CasebookText

/// `casebook submit`: validate files and commit exactly those files, on the current branch or a new one.
struct SubmitCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "submit", abstract: Speech.text(HelpText.submit), discussion: Speech.text(HelpText.submitDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: Speech.help(HelpText.submitPaths))
  var paths: [String]

  @Option(name: .shortAndLong, help: Speech.help(HelpText.submitMessage))
  var message: String

  @Option(
    help: Speech.help(HelpText.submitBranch, value: .name))
  var branch: String?

  @Option(help: Speech.help(HelpText.submitFormat))
  var format: DiagnosticFormat = .text

  func run() throws {
    let newBranch = branch == Self.defaultBranchMarker ? "" : branch
    var request = SubmitRequest(directory: global.directory, paths: paths, message: message, newBranch: newBranch)
    request.lockWait = Environment.submitWait
    let outcome = try CLI.perform { () throws(CatalogueError) in try Submission.run(request) }
    switch outcome {
    case .rejected(let report):
      Terminal.write(
        DiagnosticRenderer.render(
          report, format: format, language: Speech.language, color: Terminal.stdoutIsColorTerminal))
      Terminal.warn(Speech.text(CommandText.submitNothing))
      throw ExitCode(1)
    case .committed(let result):
      if !result.report.diagnostics.isEmpty {
        Terminal.write(
          DiagnosticRenderer.render(
            result.report, format: format, language: Speech.language, color: Terminal.stdoutIsColorTerminal))
      }
      Terminal.write(Self.describe(result))
    }
  }

  static func describe(_ result: SubmitResult) -> String {
    let count = MessageArgument.message(
      Message(count: result.files.count, one: CommandText.oneFile, other: CommandText.files))
    let author = MessageArgument.text("\(result.author.name) <\(result.author.email)>")
    var text =
      Speech.text(
        result.createdBranch ? CommandText.submitCommittedNewBranch : CommandText.submitCommitted,
        .text(result.commit.shortHex), .text(result.branch), count, author) + "\n"
    for file in result.files { text += "  \(file)\n" }
    if result.createdBranch {
      if let current = result.currentBranch { text += Speech.text(CommandText.submitUnchanged, .text(current)) + "\n" }
      text += Speech.text(CommandText.submitNextBranch) + "\n"
      text += "  git push -u origin \(result.branch)\n"
    } else {
      text += Speech.text(CommandText.submitNextPush) + "\n"
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
