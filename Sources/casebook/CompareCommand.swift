import ArgumentParser
import CasebookCore

extension ReportFormat: ExpressibleByArgument {}
extension ReportLanguage: ExpressibleByArgument {}

/// `casebook compare`: a municipality's policy against the best-practice model.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare a municipality's social-media policy with the best-practice model.",
    discussion: """
      MUNICIPALITY is cc/slug (nl/voorbeeldstad), the folder name, or the name, when it names one \
      municipality. Each criterion is met, partial, missing or not applicable, with the fields read and what \
      was found, a recommendation, and peers: municipalities whose policy meets it and cases that show it in \
      practice.

      Scores (0-100, per pillar and overall) weigh met as 1, partial as 0.5 and missing as 0; criteria that \
      do not apply are left out. The report is in the policy's language (Dutch for nl, English otherwise) \
      unless --lang says otherwise.

      Exit status: 0 report written, 1 no usable policy or model in the catalogue, 64 bad usage (unknown or \
      ambiguous municipality, an invalid --model file).

      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The municipality: cc/slug, folder name or name.")
  var municipality: String

  @Option(name: .customLong("with"), help: ArgumentHelp("Put another municipality beside it.", valueName: "OTHER"))
  var other: String?

  @Option(help: ArgumentHelp("Use this best-practice model instead of schema/best-practice.yaml (a path relative to -C DIR when given).", valueName: "FILE"))
  var model: String?

  @Option(help: ArgumentHelp("Report language: nl or en (default: the policy's language).", valueName: "nl|en"))
  var lang: ReportLanguage?

  @Option(help: "Output format: text, markdown, json or html.")
  var format: ReportFormat = .text

  @Option(help: ArgumentHelp("Compare as of a revision, read from git objects.", valueName: "REV"))
  var rev: String?

  func validate() throws {
    if format == .csv { throw ValidationError("--format csv is for `casebook rank`; compare writes text, markdown, json or html") }
  }

  func run() throws {
    let request = ScoreRequest(directory: global.directory, modelPath: model, revision: rev)
    let report = try CLI.perform { () throws(CompareError) in
      try Comparer.compare(municipality, with: other, request: request)
    }
    let language = lang ?? ReportLanguage.forPolicy(language: report.subject.policy.language)
    Terminal.write(CompareRenderer.render(report, format: format, language: language))
  }
}

/// `casebook rank`: the league table of every municipality with a policy.
struct RankCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rank",
    abstract: "Rank every municipality with a policy by its best-practice score.",
    discussion: """
      Overall and per-pillar scores (0-100), best first; equal scores share a rank and are sorted by name. \
      Policies with errors are left out and named on standard error.

      Exit status: 0 table written, 1 no usable model in the catalogue, 64 bad usage.

      """
  )

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("Use this best-practice model instead of schema/best-practice.yaml (a path relative to -C DIR when given).", valueName: "FILE"))
  var model: String?

  @Option(help: ArgumentHelp("Report language: nl or en.", valueName: "nl|en"))
  var lang: ReportLanguage = .en

  @Option(help: "Output format: text, markdown, json, html or csv.")
  var format: ReportFormat = .text

  @Option(help: ArgumentHelp("Rank as of a revision, read from git objects.", valueName: "REV"))
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
      Terminal.warn("warning: \(path) has errors and is left out: run `casebook validate \(path)`")
    }
    Terminal.write(RankRenderer.render(report, format: format, language: lang))
  }
}
