import ArgumentParser
import CasebookCore
import CasebookText

extension StatusFormat: ExpressibleByArgument {}

/// `casebook status`: the municipalities you maintain and where each of their files stands.
struct StatusCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "status", abstract: Speech.text(ToolHelpText.status),
      discussion: Speech.text(ToolHelpText.statusDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: Speech.help(ToolHelpText.formatTextJSON))
  var format: StatusFormat = .text

  func run() throws {
    let status = try CLI.perform { () throws(CatalogueError) in try OfficerStatus.load(directory: global.directory) }
    Terminal.write(StatusRenderer.render(status, format: format, language: Speech.language))
  }
}
