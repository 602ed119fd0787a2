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

  @Argument(help: "Words to search for; end a word with * to match words that start with it.")
  var words: [String] = []

  @Option(name: .customLong("category"), help: ArgumentHelp("Use category (id, label or alias).", valueName: "NAME"))
  var categories: [String] = []

  @Option(name: .customLong("country"), help: ArgumentHelp("Country code, e.g. nl or NL.", valueName: "CC"))
  var countries: [String] = []

  @Option(
    name: .customLong("municipality"),
    help: ArgumentHelp("Municipality: cc/slug, folder name or name.", valueName: "NAME"))
  var municipalities: [String] = []

  @Option(name: .customLong("channel"), help: ArgumentHelp("Channel, e.g. twitter.", valueName: "NAME"))
  var channels: [String] = []

  @Option(name: .customLong("year"), help: ArgumentHelp("Year or range: 2010, 2010..2012, 2010.., ..2012.", valueName: "YEARS"))
  var years: [String] = []

  @Option(name: .customLong("language"), help: ArgumentHelp("Language code, e.g. nl or en.", valueName: "CODE"))
  var languages: [String] = []

  @Option(name: .customLong("tag"), help: ArgumentHelp("Tag.", valueName: "TAG"))
  var tags: [String] = []

  @Option(help: "What to search: case, policy or all.")
  var kind: SearchKindOption = .caseStudy

  @OptionGroup var revision: RevisionOption

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
      words: QueryWord.parse(words), kinds: kind.kinds,
      filters: SearchFilters(
        categories: categories, countries: countries, municipalities: municipalities, channels: channels,
        years: years, languages: languages, tags: tags),
      limit: limit == 0 ? nil : limit, facets: facets)
    let loaded = try CLI.perform { () throws(QueryError) in
      try QuerySession.searchIndex(directory: global.directory, revision: revision.rev)
    }
    CLI.warnSkipped(loaded.index.invalidFiles)
    let results = try CLI.perform { () throws(QueryError) in try loaded.index.search(query) }
    Terminal.write(SearchRenderer.render(results, format: format, color: Terminal.stdoutIsColorTerminal))
    if format == .csv, let hint = results.hint { Terminal.warn(hint) }
  }
}
