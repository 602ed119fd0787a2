import ArgumentParser
import CasebookCore

extension DiagnosticFormat: ExpressibleByArgument {}

/// `casebook validate`: check catalogue files against the schemas and the catalogue rules.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check catalogue files against the schemas and the catalogue rules.",
    discussion: """
      Without arguments, checks the whole catalogue in the working tree (HEAD in a bare repository).
      Exit status: 0 no errors, 1 errors (or warnings with --strict), 64 bad usage.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "Files or folders to check (default: the whole catalogue).")
  var paths: [String] = []

  @Option(help: ArgumentHelp("Check the tree of a revision, read from git objects.", valueName: "REV"))
  var rev: String?

  @Option(
    help: ArgumentHelp(
      "Check only the files added or modified in BASE..HEAD, against BASE's schemas.", valueName: "BASE..HEAD"))
  var changed: String?

  @Option(
    help: ArgumentHelp(
      "With --changed: the e-mail address of who pushes the range (in CI, the authenticated pusher); every "
        + "commit is then checked for who may change which files.", valueName: "EMAIL"))
  var actor: String?

  @Option(help: "Output format: text, json, github, junit or sarif.")
  var format: DiagnosticFormat = .text

  @Flag(help: "Fail on warnings too.")
  var strict = false

  @OptionGroup(title: "Limits") var limits: LimitOptions

  func validate() throws {
    if rev != nil && changed != nil {
      throw ValidationError("--rev and --changed cannot be combined: --changed already names its revisions")
    }
    if let actor {
      guard changed != nil else {
        throw ValidationError("--actor needs --changed BASE..HEAD: it says who pushes the commits of that range")
      }
      guard actor.contains("@"), !actor.contains(where: \.isWhitespace) else {
        throw ValidationError("--actor takes the pusher's e-mail address, such as name@example.org, not '\(actor)'")
      }
    }
  }

  func run() throws {
    let limits = try limits.resolved()
    var request = ValidationRequest(
      directory: global.directory, paths: paths, revision: rev, changedRange: changed, actor: actor,
      objectDirectories: Environment.quarantineFolders, limits: limits.yaml, maxFiles: limits.maxFiles)
    request.keepsRecords = false
    let report = try CLI.perform { () throws(CatalogueError) in try CatalogueValidator.run(request) }
    Terminal.write(DiagnosticRenderer.render(report, format: format, color: Terminal.stdoutIsColorTerminal))
    if report.errors > 0 || (strict && report.warnings > 0) {
      throw ExitCode(1)
    }
  }
}
