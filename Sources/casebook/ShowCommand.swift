import ArgumentParser
import CasebookCore
import CasebookText

extension ShowFormat: ExpressibleByArgument {}

/// `casebook show`: one case study, policy or municipality, for reading, with its history.
struct ShowCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "show", abstract: Speech.text(AdvisorHelpText.show),
      discussion: Speech.text(AdvisorHelpText.showDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: Speech.help(AdvisorHelpText.showID))
  var id: String

  @OptionGroup var revision: RevisionOption

  @Flag(help: Speech.help(AdvisorHelpText.showHistory))
  var history = false

  @Option(help: Speech.help(HelpText.format))
  var format: ShowFormat = .text

  func run() throws {
    let detail = try CLI.perform { () throws(QueryError) in
      try QuerySession.open(directory: global.directory, revision: revision.rev).recordDetail(id)
    }
    Terminal.write(
      RecordRenderer.render(
        detail, format: format, history: history, language: Speech.language, color: Terminal.stdoutIsColorTerminal))
  }
}
