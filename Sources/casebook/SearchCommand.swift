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

  @OptionGroup var catalogue: CatalogueOption

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
    let results: SearchResults
    if catalogue.isFederated {
      let federated = try CLI.perform { () throws(FederationError) in
        try FederatedIndex.load(directory: global.directory, revision: revision.rev, names: catalogue.names)
      }
      CLI.warnSkipped(federated.localInvalidFiles)
      CLI.warn(federated.warnings)
      results = try CLI.perform { () throws(QueryError) in try federated.search(query) }
    } else {
      let loaded = try CLI.perform { () throws(QueryError) in
        try QuerySession.searchIndex(directory: global.directory, revision: revision.rev)
      }
      CLI.warnSkipped(loaded.index.invalidFiles)
      results = try CLI.perform { () throws(QueryError) in try loaded.index.search(query) }
    }
    Terminal.write(
      SearchRenderer.render(results, format: format, language: Speech.language, color: Terminal.stdoutIsColorTerminal))
    if format == .csv, let hint = results.hint { Terminal.warn(Speech.text(hint)) }
  }
}
