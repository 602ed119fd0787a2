import ArgumentParser
import CasebookCore
import CasebookData

extension ExportFileError: CommandLineReportable {}

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

/// Formats `export` writes: text to standard output, or a file.
enum ExportFormatOption: String, ExpressibleByArgument, CaseIterable {
  case csv
  case json
  case ndjson
  case xlsx
  case sqlite

  /// The text format, for those written to standard output.
  var text: ExportFormat? {
    switch self {
    case .csv: .csv
    case .json: .json
    case .ndjson: .ndjson
    case .xlsx, .sqlite: nil
    }
  }
}

/// `casebook export`: the catalogue, flattened, for spreadsheets, search engines and data tools.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write valid case studies, policies or municipalities as CSV, JSON, NDJSON or xlsx, or the whole catalogue as SQLite.",
    discussion: """
      Each record becomes one flat row or object, with every field in full. Columns are stable: id, path and \
      place first, then every field in the order of its JSON Schema — nested objects as dotted paths \
      (owner.role), lists of objects as one list per field (sources.url) — then fields the schema does not \
      name, sorted. In csv and xlsx, lists are joined with "; "; csv is UTF-8 with a byte-order mark so that \
      spreadsheets keep accents. Files that fail validation are skipped with a warning.

      Words and filters select records exactly as `casebook search` does (without them: every record).

      --format xlsx and --format sqlite write the file named by --output. The SQLite database holds the whole \
      catalogue (municipalities, cases, policies, categories, join tables, scores, full-text search over the \
      cases) and comes with a metadata file for Datasette (--metadata, default NAME.metadata.json beside it). \
      An existing file is replaced only when casebook wrote it, or with --force; nothing is written through a \
      symbolic link, and a file is renamed into place only when complete.

      Exit status: 0 written (also when nothing matches: a line says which filter to drop), 1 not written, \
      64 bad usage.
      """
  )

  @OptionGroup var global: GlobalOptions

  @OptionGroup var selection: SearchSelectionOptions

  @Option(help: "What to export: case, policy or municipality (default: case).")
  var kind: ExportKindOption?

  @OptionGroup var revision: RevisionOption

  @Option(help: "Output format: csv, json, ndjson, xlsx or sqlite.")
  var format: ExportFormatOption = .csv

  @Option(help: ArgumentHelp("The file to write (xlsx and sqlite).", valueName: "FILE"))
  var output: String?

  @Option(help: ArgumentHelp("Where to write Datasette's metadata (sqlite; default: NAME.metadata.json beside FILE).", valueName: "FILE"))
  var metadata: String?

  @Option(help: ArgumentHelp("The licence of the catalogue's content, for Datasette's metadata (sqlite).", valueName: "NAME"))
  var license: String?

  @Option(name: .customLong("license-url"), help: ArgumentHelp("Where that licence can be read (sqlite).", valueName: "URL"))
  var licenseURL: String?

  @Flag(help: "Replace an existing file even when casebook did not write it.")
  var force = false

  func validate() throws {
    if format.text != nil {
      if output != nil {
        throw ValidationError("--output is for --format xlsx and sqlite; csv, json and ndjson go to standard output (add > FILE)")
      }
    } else if output == nil {
      throw ValidationError("--format \(format.rawValue) writes a file: add --output FILE")
    }
    if format == .sqlite {
      if kind != nil || !selection.isEmpty {
        throw ValidationError("the SQLite export holds the whole catalogue: leave out --kind, words and filters, and filter in Datasette")
      }
    } else if metadata != nil || license != nil || licenseURL != nil {
      throw ValidationError("--metadata, --license and --license-url are for --format sqlite")
    }
  }

  func run() throws {
    let session = try CLI.perform { () throws(QueryError) in
      try QuerySession.open(directory: global.directory, revision: revision.rev)
    }
    if format == .sqlite, let output {
      let dataset = try CLI.perform { () throws(QueryError) in try session.dataset() }
      CLI.warnSkipped(dataset.catalogue.invalidFiles)
      if let problem = dataset.scoresUnavailable {
        Terminal.warn("warning: the database has no scores: \(problem.message)")
      }
      try CLI.perform { () throws(ExportFileError) in
        try ExportWriter.writeDatabase(
          dataset, to: output, metadata: metadata ?? ExportWriter.defaultMetadataPath(for: output),
          options: DatasetteOptions(license: license, licenseURL: licenseURL), force: force)
      }
      return
    }
    let export = try CLI.perform { () throws(QueryError) in
      try session.export(kind: (kind ?? .caseStudy).kind, words: selection.queryWords, filters: selection.filters)
    }
    CLI.warnSkipped(export.invalidFiles)
    if let text = format.text {
      Terminal.write(export.table.render(text))
    } else if let output {
      try CLI.perform { () throws(ExportFileError) in
        try ExportWriter.writeWorkbook(export.table, to: output, force: force)
      }
    }
    if let hint = export.hint { Terminal.warn(hint) }
  }
}
