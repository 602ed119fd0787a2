import ArgumentParser
import CasebookCore
import CasebookText

extension SiteError: CommandLineReportable {}

/// `casebook site`: the catalogue as a static web site.
struct SiteCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "site", abstract: Speech.text(ToolHelpText.site), discussion: Speech.text(ToolHelpText.siteDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @OptionGroup var revision: RevisionOption

  @OptionGroup var catalogue: CatalogueOption

  @Option(name: .customLong("output"), help: Speech.help(ToolHelpText.siteOutput, value: .directory))
  var output = "_site"

  @Option(
    name: .customLong("base-url"),
    help: Speech.help(ToolHelpText.siteBaseURL, value: .url))
  var baseURL: String?

  @Option(
    name: .customLong("edit-url"),
    help: ArgumentHelp(Speech.text(ToolHelpText.siteEditURL), valueName: Speech.text(ToolValueNameText.template)))
  var editURL: String?

  @Option(help: ArgumentHelp(Speech.text(ToolHelpText.siteTitle), valueName: Speech.text(ToolValueNameText.text)))
  var title: String?

  func run() throws {
    var request = SiteRequest(
      directory: global.directory, revision: revision.rev, output: output, baseURL: baseURL, editURL: editURL,
      title: title)
    request.date = ReportDate.today()
    var union: SiteCatalogues?
    if catalogue.isFederated {
      union = try CLI.perform { () throws(FederationError) in
        try SiteCatalogues.load(directory: global.directory, revision: revision.rev, names: catalogue.names)
      }
      CLI.warn(union?.warnings ?? [])
    }
    let result = try CLI.perform { () throws(SiteError) in try SiteBuilder.build(request, union: union) }
    CLI.warnSkipped(result.invalidFiles)
    if let problem = result.modelProblem { Terminal.warn(Speech.text(CommandText.warning, .message(problem))) }
    Terminal.write(
      Speech.text(
        ToolText.siteWritten, .number(result.written), .number(result.files), .text(result.output),
        .number(result.unchanged), .number(result.removed)) + "\n")
  }
}
