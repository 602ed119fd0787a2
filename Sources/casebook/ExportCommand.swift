import ArgumentParser
import CasebookCore

extension ExportFormat: ExpressibleByArgument {}

/// Kinds of records `export` writes.
enum ExportKindOption: String, ExpressibleByArgument, CaseIterable {
  case caseStudy = "case"
  case policy
  case municipality

  var kind: RecordKind {
    switch self {
    case .caseStudy: .caseStudy
    case .policy: .policy
    case .municipality: .municipality
    }
  }
}

/// `casebook export`: the whole catalogue, flattened, for spreadsheets and search engines.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write every valid case study, policy or municipality as CSV, JSON or NDJSON.",
    discussion: """
      Each record becomes one flat row or object. Columns are stable: id, path and place first, then every \
      field in the order of its JSON Schema — nested objects as dotted paths (owner.role), lists of objects as \
      one list per field (sources.url) — then fields the schema does not name, sorted. In csv, lists are joined \
      with "; "; the file is UTF-8 with a byte-order mark so that spreadsheets keep accents. Files that fail \
      validation are skipped with a warning.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Option(help: "What to export: case, policy or municipality.")
  var kind: ExportKindOption = .caseStudy

  @OptionGroup var revision: RevisionOption

  @Option(help: "Output format: csv, json or ndjson.")
  var format: ExportFormat = .csv

  func run() throws {
    let export = try CLI.perform { () throws(QueryError) in
      try QuerySession.open(directory: global.directory, revision: revision.rev).export(kind: kind.kind)
    }
    CLI.warnSkipped(export.invalidFiles)
    Terminal.write(export.table.render(format))
  }
}
