import ArgumentParser
import CasebookCore
import CasebookText

/// `casebook init`: a new catalogue repository, ready for contributors, CI and a git server.
struct InitCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "init", abstract: Speech.text(HelpText.initCommand), discussion: Speech.text(HelpText.initDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: Speech.help(HelpText.initDirectory))
  var directory: String?

  @Option(
    name: .customLong("steward"),
    help: Speech.help(HelpText.initSteward, value: .email))
  var stewards: [String] = []

  @Flag(help: Speech.help(HelpText.initForce))
  var force = false

  @Flag(name: .customLong("no-commit"), help: Speech.help(HelpText.initNoCommit))
  var noCommit = false

  @Option(
    name: .customLong("casebook-archive"),
    help: Speech.help(HelpText.initArchive, value: .url))
  var casebookArchive: String?

  @Option(
    name: .customLong("casebook-sha256"),
    help: Speech.help(HelpText.initSHA256, value: .hex))
  var casebookSHA256: String?

  @Option(
    name: .customLong("ci-image"),
    help: Speech.help(HelpText.initImage, value: .image))
  var ciImage: String = CIPins.defaultImage

  func run() throws {
    var folder = directory ?? "."
    if let base = global.directory, !folder.hasPrefix("/") { folder = base + "/" + folder }
    let ci = CIPins(image: ciImage, archive: casebookArchive, sha256: casebookSHA256?.lowercased())
    let request = InitRequest(
      directory: folder, stewards: stewards, force: force, commit: !noCommit, ci: ci, language: Speech.language)
    let result = try CLI.perform { () throws(CatalogueError) in try CatalogueInitializer.run(request) }
    var text =
      result.commit.map {
        Speech.text(
          CommandText.initCommitted, .text(result.directory), .text(result.branch), .text($0.shortHex),
          .text(result.commitMessage))
      } ?? Speech.text(CommandText.initCreated, .text(result.directory))
    text += ".\n"
    text += Table(
      columns: [Speech.text(CommandText.initFile), Speech.text(CommandText.initPurpose)],
      rows: [
        ["schema/", Speech.text(CommandText.initSchema, .text(result.stewards.joined(separator: ", ")))],
        ["README.md, cases/README.md", Speech.text(CommandText.initReadme)],
        [".vscode/settings.json", Speech.text(CommandText.initEditor)],
        [".github/workflows/casebook.yml", Speech.text(CommandText.initGitHub)],
        [".github/CODEOWNERS", Speech.text(CommandText.initOwners)],
        [".gitlab-ci.yml", Speech.text(CommandText.initGitLab)],
        ["hooks/pre-receive", Speech.text(CommandText.initHook)],
      ]
    ).aligned()
    if result.commit == nil { text += Speech.text(CommandText.initNotCommitted) + "\n" }
    if casebookArchive == nil || casebookSHA256 == nil { text += Speech.text(CommandText.initNoRelease) + "\n" }
    text += Speech.text(CommandText.initNext) + "\n"
    Terminal.write(text)
  }
}
