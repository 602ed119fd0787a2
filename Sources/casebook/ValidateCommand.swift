import ArgumentParser
import CasebookCore
import CasebookText

extension DiagnosticFormat: ExpressibleByArgument {}

/// `casebook validate`: check catalogue files against the schemas and the catalogue rules.
struct ValidateCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "validate", abstract: Speech.text(HelpText.validate),
      discussion: Speech.text(HelpText.validateDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: Speech.help(HelpText.validatePaths))
  var paths: [String] = []

  @Option(help: Speech.help(HelpText.validateRev, value: .revision))
  var rev: String?

  @Option(help: Speech.help(HelpText.validateChanged, value: .range))
  var changed: String?

  @Option(help: Speech.help(HelpText.validateActor, value: .email))
  var actor: String?

  @Option(help: Speech.help(HelpText.format))
  var format: DiagnosticFormat = .text

  @Flag(help: Speech.help(HelpText.validateStrict))
  var strict = false

  @OptionGroup(title: Speech.text(HelpText.limitsTitle)) var limits: LimitOptions

  func validate() throws {
    if rev != nil && changed != nil { throw CLI.usageError(CommandText.revWithChanged) }
    if let actor {
      guard changed != nil else { throw CLI.usageError(CommandText.actorNeedsChanged) }
      guard actor.contains("@"), !actor.contains(where: \.isWhitespace) else {
        throw CLI.usageError(CommandText.actorNotEmail, .text("'\(actor)'"))
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
    Terminal.write(
      DiagnosticRenderer.render(
        report, format: format, language: Speech.language, color: Terminal.stdoutIsColorTerminal))
    if report.errors > 0 || (strict && report.warnings > 0) {
      throw ExitCode(1)
    }
  }
}
