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
  @Argument(help: Speech.help(AdvisorHelpText.searchWords))
  var words: [String] = []

  @Option(name: .customLong("category"), help: Speech.help(AdvisorHelpText.searchCategory, value: .name))
  var categories: [String] = []

  @Option(name: .customLong("country"), help: Speech.help(AdvisorHelpText.searchCountry, value: .country))
  var countries: [String] = []

  @Option(
    name: .customLong("municipality"),
    help: Speech.help(AdvisorHelpText.searchMunicipality, value: .name))
  var municipalities: [String] = []

  @Option(name: .customLong("channel"), help: Speech.help(AdvisorHelpText.searchChannel, value: .name))
  var channels: [String] = []

  @Option(name: .customLong("year"), help: Speech.help(AdvisorHelpText.searchYear, value: .years))
  var years: [String] = []

  @Option(name: .customLong("language"), help: Speech.help(AdvisorHelpText.searchLanguage, value: .code))
  var languages: [String] = []

  @Option(name: .customLong("tag"), help: Speech.help(AdvisorHelpText.searchTag, value: .tag))
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
