import ArgumentParser
import CasebookCore
import CasebookText

extension ReportFormat: ExpressibleByArgument {}

/// The formats `compare` writes: every report format but CSV, which is for league tables.
enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
  case text, markdown, json, html

  var format: ReportFormat { ReportFormat(rawValue: rawValue)! }
}

/// `casebook compare`: a municipality's policy against the best-practice model.
struct CompareCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "compare", abstract: Speech.text(AdvisorHelpText.compare),
      discussion: Speech.text(AdvisorHelpText.compareDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: Speech.help(AdvisorHelpText.compareMunicipality))
  var municipality: String

  @Option(name: .customLong("with"), help: Speech.help(AdvisorHelpText.compareWith, value: .other))
  var other: String?

  @Option(help: Speech.help(HelpText.model, value: .file))
  var model: String?

  @Option(help: Speech.help(HelpText.format))
  var format: CompareFormat = .text

  @Option(help: Speech.help(AdvisorHelpText.compareRev, value: .revision))
  var rev: String?

  func run() throws {
    let request = ScoreRequest(directory: global.directory, modelPath: model, revision: rev)
    let report = try CLI.perform { () throws(CompareError) in
      try Comparer.compare(municipality, with: other, request: request)
    }
    // A language the reader asked for wins; otherwise the report speaks the policy's language.
    let language =
      Speech.choice.isAskedFor ? Speech.language : Language.forPolicy(language: report.subject.policy.language)
    Terminal.write(CompareRenderer.render(report, format: format.format, language: language))
  }
}

/// `casebook rank`: the league table of every municipality with a policy.
struct RankCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "rank", abstract: Speech.text(AdvisorHelpText.rank),
      discussion: Speech.text(AdvisorHelpText.rankDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @Option(help: Speech.help(HelpText.model, value: .file))
  var model: String?

  @Option(help: Speech.help(HelpText.format))
  var format: ReportFormat = .text

  @Option(help: Speech.help(AdvisorHelpText.rankRev, value: .revision))
  var rev: String?

  @OptionGroup var catalogue: CatalogueOption

  func run() throws {
    let request = ScoreRequest(directory: global.directory, modelPath: model, revision: rev)
    let report: RankReport
    if catalogue.isFederated {
      let ranked = try CLI.perform { () throws(FederationError) in
        try FederatedRank.rank(request, names: catalogue.names)
      }
      CLI.warn(ranked.warnings)
      report = ranked.report
    } else {
      report = try CLI.perform { () throws(CompareError) in try Comparer.rank(request) }
    }
    for path in report.invalidPolicies {
      Terminal.warn(
        Speech.text(
          CommandText.warning,
          .message(Message(CommandText.rankLeftOut, .text(path), .code("casebook validate \(path)")))))
    }
    Terminal.write(RankRenderer.render(report, format: format, language: Speech.language))
  }
}
