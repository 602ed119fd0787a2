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
  /// Runs a query and turns a ``QueryError`` into a message and the right exit code (64 for bad usage).
  static func query<T>(_ work: () throws(QueryError) -> T) throws -> T {
    do {
      return try work()
    } catch {
      Terminal.warn("error: \(error.message)")
      throw ExitCode(error.isUsageError ? 64 : 1)
    }
  }

  /// Prints the warning about files skipped because they fail validation, if any.
  static func warnSkipped(_ files: [String]) {
    if let warning = SkippedFiles.warning(files) { Terminal.warn(warning) }
  }
}
