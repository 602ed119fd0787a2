import ArgumentParser
import CasebookCore
import CasebookData
import CasebookText

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

/// A value deliberately never released. The SQLite export's dataset is one: freeing its hundreds of thousands of
/// values one by one took a tenth of a second after the database was written, just before the process ends and the
/// system takes the memory back at once.
private final class KeptUntilExit<Value: Sendable>: Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
  static func keep(_ value: Value) { _ = Unmanaged.passRetained(KeptUntilExit(value)) }
}

/// `casebook export`: the catalogue, flattened, for spreadsheets, search engines and data tools.
struct ExportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "export", abstract: Speech.text(ExportText.abstract), discussion: Speech.text(ExportText.discussion))
  }

  @OptionGroup var global: GlobalOptions

  @OptionGroup var selection: SearchSelectionOptions

  @Option(help: Speech.help(ExportText.kind))
  var kind: ExportKindOption?

  @OptionGroup var revision: RevisionOption

  @OptionGroup var catalogue: CatalogueOption

  @Option(help: Speech.help(HelpText.format))
  var format: ExportFormatOption = .csv

  @Option(help: Speech.help(ExportText.output, value: .file))
  var output: String?

  @Option(help: Speech.help(ExportText.metadata, value: .file))
  var metadata: String?

  @Option(help: Speech.help(ExportText.license, value: .name))
  var license: String?

  @Option(name: .customLong("license-url"), help: Speech.help(ExportText.licenseURL, value: .url))
  var licenseURL: String?

  @Flag(help: Speech.help(ExportText.force))
  var force = false

  func validate() throws {
    if format.text != nil {
      if output != nil {
        throw CLI.usageError(ExportText.outputForFiles)
      }
    } else if output == nil {
      throw CLI.usageError(ExportText.needsOutput, .text(format.rawValue))
    }
    if format == .sqlite {
      if kind != nil || !selection.isEmpty {
        throw CLI.usageError(ExportText.sqliteWhole)
      }
    } else if metadata != nil || license != nil || licenseURL != nil {
      throw CLI.usageError(ExportText.sqliteOnly)
    }
  }

  func run() throws {
    if catalogue.isFederated, format == .sqlite, let output {
      let federated = try CLI.perform { () throws(FederationError) in
        try FederatedExport.dataset(directory: global.directory, revision: revision.rev, names: catalogue.names)
      }
      CLI.warnSkipped(federated.localInvalidFiles)
      CLI.warn(federated.warnings)
      try writeDatabase(federated.dataset, to: output)
      return
    }
    if catalogue.isFederated {
      let federated = try CLI.perform { () throws(FederationError) in
        try FederatedExport.export(
          directory: global.directory, revision: revision.rev, names: catalogue.names, kind: (kind ?? .caseStudy).kind,
          words: selection.queryWords, filters: selection.filters)
      }
      CLI.warnSkipped(federated.localInvalidFiles)
      CLI.warn(federated.warnings)
      try write(federated.table)
      if let hint = federated.hint { Terminal.warn(Speech.text(hint)) }
      return
    }
    let session = try CLI.perform { () throws(QueryError) in
      try QuerySession.open(directory: global.directory, revision: revision.rev)
    }
    if format == .sqlite, let output {
      let dataset = try CLI.perform { () throws(QueryError) in try session.dataset() }
      KeptUntilExit.keep(dataset)
      CLI.warnSkipped(dataset.catalogue.invalidFiles)
      try writeDatabase(dataset, to: output)
      return
    }
    let export = try CLI.perform { () throws(QueryError) in
      try session.export(kind: (kind ?? .caseStudy).kind, words: selection.queryWords, filters: selection.filters)
    }
    CLI.warnSkipped(export.invalidFiles)
    try write(export.table)
    if let hint = export.hint { Terminal.warn(Speech.text(hint)) }
  }

  /// Writes the SQLite database and its Datasette metadata, after a warning when there are no scores.
  private func writeDatabase(_ dataset: CatalogueDataset, to output: String) throws {
    if let problem = dataset.scoresUnavailable {
      Terminal.warn(
        Speech.text(CommandText.warning, .message(Message(ExportText.noScores, .message(problem.message)))))
    }
    try CLI.perform { () throws(ExportFileError) in
      try ExportWriter.writeDatabase(
        dataset, to: output, metadata: metadata ?? ExportWriter.defaultMetadataPath(for: output),
        options: DatasetteOptions(license: license, licenseURL: licenseURL, language: Speech.language), force: force)
    }
  }

  private func write(_ table: ExportTable) throws {
    if let text = format.text {
      Terminal.write(table.render(text))
    } else if let output {
      try CLI.perform { () throws(ExportFileError) in
        try ExportWriter.writeWorkbook(table, to: output, force: force)
      }
    }
  }
}
