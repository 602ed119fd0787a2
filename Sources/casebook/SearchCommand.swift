import ArgumentParser
import CasebookCore
import CasebookText

/// `casebook search`: find case studies (and policies) by words and filters.
struct SearchCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "search", abstract: Speech.text(AdvisorHelpText.search),
      discussion: Speech.text(AdvisorHelpText.searchDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @OptionGroup var selection: SearchSelectionOptions

  @Option(help: Speech.help(AdvisorHelpText.searchKind))
  var kind: SearchKindOption = .caseStudy

  @OptionGroup var revision: RevisionOption

  @Flag(help: Speech.help(AdvisorHelpText.searchFacets))
  var facets = false

  @Option(help: Speech.help(AdvisorHelpText.searchLimit))
  var limit = 20

  @Option(help: Speech.help(HelpText.format))
  var format: ListFormat = .table

  func validate() throws {
    if limit < 0 { throw CLI.usageError(CommandText.limitNegative) }
    if facets && format == .csv { throw CLI.usageError(CommandText.facetsWithCSV) }
  }

  func run() throws {
    let query = SearchQuery(
      words: selection.queryWords, kinds: kind.kinds, filters: selection.filters,
      limit: limit == 0 ? nil : limit, facets: facets)
    let loaded = try CLI.perform { () throws(QueryError) in
      try QuerySession.searchIndex(directory: global.directory, revision: revision.rev)
    }
    CLI.warnSkipped(loaded.index.invalidFiles)
    let results = try CLI.perform { () throws(QueryError) in try loaded.index.search(query) }
    Terminal.write(
      SearchRenderer.render(results, format: format, language: Speech.language, color: Terminal.stdoutIsColorTerminal))
    if format == .csv, let hint = results.hint { Terminal.warn(Speech.text(hint)) }
  }
}
