import ArgumentParser
import CasebookCore
import CasebookText

extension ListFormat: ExpressibleByArgument {}

/// Kinds of records `search` looks through.
enum SearchKindOption: String, ExpressibleByArgument, CaseIterable {
  case caseStudy = "case"
  case policy
  case all

  var kinds: Set<RecordKind> {
    switch self {
    case .caseStudy: [.caseStudy]
    case .policy: [.policy]
    case .all: [.caseStudy, .policy]
    }
  }
}

/// The words and filters of `search`, shared with `export`: one definition, so both select records alike.
struct SearchSelectionOptions: ParsableArguments {
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

  /// The search words, parsed.
  var queryWords: [QueryWord] { QueryWord.parse(words) }

  /// The filters as the core takes them.
  var filters: SearchFilters {
    SearchFilters(
      categories: categories, countries: countries, municipalities: municipalities, channels: channels,
      years: years, languages: languages, tags: tags)
  }

  /// True when neither words nor filters are given.
  var isEmpty: Bool { words.isEmpty && filters == SearchFilters() }
}

/// `--rev`, shared by the advisors' commands.
struct RevisionOption: ParsableArguments {
  @Option(
    help: Speech.help(HelpText.rev, value: .revision))
  var rev: String?
}

extension CLI {
  /// Prints the warning about files skipped because they fail validation, if any.
  static func warnSkipped(_ files: [String]) {
    if let warning = SkippedFiles.warning(files) { Terminal.warn(Speech.text(warning)) }
  }
}
