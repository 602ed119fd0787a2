import ArgumentParser
import CasebookCore
import CasebookText
import Foundation

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
  var message: String?

  @Option(help: Speech.help(HelpText.submitBranch, value: .name))
  var branch: String?

  @Flag(help: Speech.help(HelpText.submitAmend))
  var amend = false

  @Option(help: Speech.help(HelpText.submitFormat))
  var format: DiagnosticFormat = .text

  func validate() throws {
    if message == nil && !amend { throw ValidationError(Speech.text(HelpText.submitMessageMissing)) }
  }

  func run() throws {
    let newBranch = branch == Self.defaultBranchMarker ? "" : branch
    var request = SubmitRequest(
      directory: global.directory, paths: paths, message: message ?? "", newBranch: newBranch)
    request.lockWait = Environment.submitWait
    request.amend = amend
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
      Terminal.write(Self.describe(result, language: Speech.language))
    }
  }

  /// What was committed, where, and what to do next, in `language`.
  static func describe(_ result: SubmitResult, language: Language) -> String {
    func say(_ entry: OfficerText, _ arguments: MessageArgument...) -> String {
      Message(entry, arguments: arguments).text(language) + "\n"
    }
    let author = MessageArgument.text("\(result.author.name) <\(result.author.email)>")
    let commit = MessageArgument.text(result.commit.shortHex)
    let branch = MessageArgument.code(result.branch)
    var text: String
    if let amended = result.amended {
      text = say(.amended, .text(amended.shortHex), branch, commit, author)
    } else if result.addedToExistingBranch {
      text = say(.committedExisting, commit, branch, author, .number(result.commitsOfItsOwn))
    } else if result.createdBranch {
      text = say(.committedNewBranch, commit, branch, author)
    } else {
      text = say(.committed, commit, branch, author)
    }
    for file in result.files { text += "  \(file)\n" }
    for profile in result.addedProfiles { text += say(.profileAdded, .code(profile)) }
    let otherBranch = result.createdBranch || result.addedToExistingBranch
    if otherBranch, let current = result.currentBranch {
      text += say(.workingTreeKept, .code(current))
    }
    let onOwnBranch = otherBranch || result.branch.hasPrefix("submission/") || result.amended != nil
    if onOwnBranch && result.branchWasMerged && result.amended == nil { text += say(.mergedBefore) }
    if result.amended != nil, !result.pushedAs.isEmpty {
      text += say(.nextForcePush, branch) + "  git push --force-with-lease origin \(result.branch)\n"
    } else if result.addedToExistingBranch && !result.pushedAs.isEmpty {
      text += say(.nextExistingBranch, branch) + "  git push origin \(result.branch)\n"
    } else if onOwnBranch {
      text += say(.nextNewBranch) + "  git push -u origin \(result.branch)\n"
    } else {
      text += say(.nextCurrentBranch)
    }
    if onOwnBranch { text += say(.afterReview, branch) }
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
