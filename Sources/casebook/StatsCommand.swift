import ArgumentParser
import CasebookCore
import CasebookText

extension CoverageDimension: ExpressibleByArgument {}

/// Kinds of records `stats` can count.
enum StatsKindOption: String, ExpressibleByArgument, CaseIterable {
  case caseStudy = "case"
  case policy

  var kind: RecordKind { self == .policy ? .policy : .caseStudy }
}

/// `casebook stats`: the coverage matrix of use categories by country or year.
struct StatsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "stats", abstract: Speech.text(AdvisorHelpText.stats),
      discussion: Speech.text(AdvisorHelpText.statsDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: Speech.help(AdvisorHelpText.statsBy))
  var by: CoverageDimension = .country

  @Option(help: Speech.help(AdvisorHelpText.statsKind))
  var kind: StatsKindOption = .caseStudy

  @OptionGroup var revision: RevisionOption

  @OptionGroup var catalogue: CatalogueOption

  @Option(help: Speech.help(HelpText.format))
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
          coverage, format: format, language: Speech.language, color: Terminal.stdoutIsColorTerminal))
      return
    }
    let loaded = try CLI.perform { () throws(QueryError) in
      try QuerySession.searchIndex(directory: global.directory, revision: revision.rev)
    }
    CLI.warnSkipped(loaded.index.invalidFiles)
    let stats = loaded.index.coverage(by: by, kind: kind.kind)
    Terminal.write(
      CoverageRenderer.render(stats, format: format, language: Speech.language, color: Terminal.stdoutIsColorTerminal))
  }
}
