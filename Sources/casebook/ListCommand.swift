import ArgumentParser
import CasebookCore
import CasebookText

extension ListSubject: ExpressibleByArgument {}

/// `casebook list`: the municipalities, use categories, channels or tags of the catalogue, with counts.
struct ListCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "list", abstract: Speech.text(ToolHelpText.list), discussion: Speech.text(ToolHelpText.listDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: Speech.help(ToolHelpText.listSubject))
  var subject: ListSubject

  @OptionGroup var revision: RevisionOption

  @Option(help: Speech.help(ToolHelpText.listFormat))
  var format: ListFormat = .table

  func run() throws {
    let loaded = try CLI.perform { () throws(QueryError) in
      try QuerySession.searchIndex(directory: global.directory, revision: revision.rev)
    }
    CLI.warnSkipped(loaded.index.invalidFiles)
    let listing = loaded.index.listing(subject)
    Terminal.write(ListingRenderer.render(listing, format: format, language: Speech.language))
  }
}
