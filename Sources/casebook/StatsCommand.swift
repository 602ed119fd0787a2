import ArgumentParser
import CasebookCore

extension CoverageDimension: ExpressibleByArgument {}

/// Kinds of records `stats` can count.
enum StatsKindOption: String, ExpressibleByArgument, CaseIterable {
  case caseStudy = "case"
  case policy

  var kind: RecordKind { self == .policy ? .policy : .caseStudy }
}

/// `casebook stats`: the coverage matrix of use categories by country or year.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Count case studies per use category and country (or year): the gap map.",
    discussion: """
      Each cell counts the case studies (or, with --kind policy, the policies) in a use category for a country \
      or year; a record with two categories counts in both rows, the `all` row counts each record once. Empty \
      cells are the uses nobody has shared yet; they show as · in the table and Markdown forms and as 0 in csv \
      and json. Also counts municipalities, policies and case studies. Files that fail validation are skipped \
      with a warning.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Option(help: "Columns of the matrix: country or year.")
  var by: CoverageDimension = .country

  @Option(help: "What to count: case or policy.")
  var kind: StatsKindOption = .caseStudy

  @OptionGroup var revision: RevisionOption

  @OptionGroup var catalogue: CatalogueOption

  @Option(help: "Output format: table, json, csv or markdown.")
  var format: ListFormat = .table

  func run() throws {
    if catalogue.isFederated {
      let federated = try CLI.perform { () throws(FederationError) in
        try FederatedIndex.load(directory: global.directory, revision: revision.rev, names: catalogue.names)
      }
      CLI.warnSkipped(federated.localInvalidFiles)
      CLI.warn(federated.warnings)
      let coverage = federated.coverage(by: by, kind: kind.kind)
      Terminal.write(
        FederatedCoverageRenderer.render(
          coverage, format: format, language: CLI.language, color: Terminal.stdoutIsColorTerminal))
      return
    }
    let loaded = try CLI.perform { () throws(QueryError) in
      try QuerySession.searchIndex(directory: global.directory, revision: revision.rev)
    }
    CLI.warnSkipped(loaded.index.invalidFiles)
    let stats = loaded.index.coverage(by: by, kind: kind.kind)
    Terminal.write(CoverageRenderer.render(stats, format: format, color: Terminal.stdoutIsColorTerminal))
  }
}
