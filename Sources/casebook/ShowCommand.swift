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

  @OptionGroup var catalogue: CatalogueOption

  @Flag(help: Speech.help(AdvisorHelpText.showHistory))
  var history = false

  @Option(help: Speech.help(HelpText.format))
  var format: ShowFormat = .text

  func run() throws {
    let detail: RecordDetail
    if catalogue.isFederated || id.contains(":") {
      detail = try CLI.perform { () throws(FederationError) in
        try FederatedShow.detail(id, directory: global.directory, revision: revision.rev, names: catalogue.names)
      }
    } else {
      detail = try CLI.perform { () throws(QueryError) in
        try QuerySession.open(directory: global.directory, revision: revision.rev).recordDetail(id)
      }
    }
    Terminal.write(
      RecordRenderer.render(
        detail, format: format, history: history, language: Speech.language, color: Terminal.stdoutIsColorTerminal))
  }
}
