import ArgumentParser
import Foundation
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
    var report = try CLI.perform { () throws(CompareError) in
      try Comparer.compare(municipality, with: other, request: request)
    }
    report.date = ReportDate.today()
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
      report = try CLI.perform { () throws(CompareError) in try Comparer.rank(request, cases: false) }
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

/// The day a report is made, as `2026-12-07` in the local time zone; with `SOURCE_DATE_EPOCH` set (seconds since
/// 1970, the reproducible-builds convention), that day in UTC, so that the same catalogue gives the same page.
enum ReportDate {
  static func today(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    var calendar = Calendar(identifier: .gregorian)
    var date = Date()
    if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) {
      date = Date(timeIntervalSince1970: TimeInterval(epoch))
      calendar.timeZone = TimeZone(identifier: "UTC")!
    }
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    let pad = { (value: Int?) in (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
    return "\(parts.year ?? 1970)-\(pad(parts.month))-\(pad(parts.day))"
  }
}
