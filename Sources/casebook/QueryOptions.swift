import ArgumentParser
import CasebookCore

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

/// `--rev`, shared by the advisors' commands.
struct RevisionOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Read the catalogue of a revision from git objects (works in a bare repository).", valueName: "REV"))
  var rev: String?
}

extension CLI {
  /// Prints the warning about files skipped because they fail validation, if any.
  static func warnSkipped(_ files: [String]) {
    if let warning = SkippedFiles.warning(files) { Terminal.warn(warning) }
  }
}
