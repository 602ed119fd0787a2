import ArgumentParser
import CasebookCore
import CasebookText

extension ListSubject: ExpressibleByArgument {}

/// `casebook list`: the municipalities, use categories, channels or tags of the catalogue, with counts.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the catalogue's municipalities, use categories, channels or tags, with counts.",
    discussion: """
      Counts are of valid case studies and policies; files that fail validation are skipped with a warning. \
      Municipalities are listed by id, use categories in the catalogue's order (also those without a case \
      study), channels and tags most used first. The values are what the filters of `casebook search` take.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "What to list: municipalities, categories, channels or tags.")
  var subject: ListSubject

  @OptionGroup var revision: RevisionOption

  @Option(help: "Output format: table, json, csv or markdown.")
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
