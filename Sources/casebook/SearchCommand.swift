import ArgumentParser
import CasebookCore

/// `casebook search`: find case studies (and policies) by words and filters.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Find case studies (and policies) by use category, place, channel, year and words.",
    discussion: """
      Words are matched case- and accent-insensitively in title, summary, outcomes, lessons and tags and ranked \
      with BM25; records with more of the words come first; `partici*` matches every word that starts with \
      `partici`. Without words, every record that passes the filters is listed, newest first.

      Filters can be repeated: values of the same filter are alternatives (--category report --category service: \
      either), different filters must all hold (--category report --country nl: both). \
      --category takes an id, a Dutch or English label or an alias (inspraak, Participatie and consultation all \
      mean participate). --municipality takes cc/slug, the folder name or the municipality's name.

      Files that fail validation are skipped with a warning. Exit status: 0 (also when nothing matches: a line \
      says which filter to drop), 64 bad usage (unknown category, municipality or country, bad year).
      """
  )

  @OptionGroup var global: GlobalOptions

  @OptionGroup var selection: SearchSelectionOptions

  @Option(help: "What to search: case, policy or all.")
  var kind: SearchKindOption = .caseStudy

  @OptionGroup var revision: RevisionOption

  @OptionGroup var catalogue: CatalogueOption

  @Flag(help: "Count results per category, country, channel and year.")
  var facets = false

  @Option(help: "Show at most N results (0: all).")
  var limit = 20

  @Option(help: "Output format: table, json, csv or markdown.")
  var format: ListFormat = .table

  func validate() throws {
    if limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
    if facets && format == .csv {
      throw ValidationError("--facets cannot be combined with --format csv: use json, markdown or table")
    }
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
    Terminal.write(SearchRenderer.render(results, format: format, color: Terminal.stdoutIsColorTerminal))
    if format == .csv, let hint = results.hint { Terminal.warn(hint) }
  }
}
