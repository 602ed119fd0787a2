import ArgumentParser
import CasebookCore

extension SiteError: CommandLineReportable {}

/// `casebook site`: the catalogue as a static web site.
struct SiteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "site",
    abstract: "Write the catalogue as a static web site (search, a page per case and municipality, coverage, policies).",
    discussion: """
      The site works opened straight from disk (double-click index.html) and from any web server, also under \
      a sub-path; it fetches nothing from elsewhere. Every page is in Dutch (nl/) and English (en/). The same \
      revision always gives the same bytes, and only files whose content changed are written again, so a \
      rebuild after one change rewrites only the pages that show it. DIR is created when missing; a folder \
      with other files in it (no .casebook-site file) is refused. Files that fail validation are left out \
      with one warning line.

      Exit status: 0 site written, 1 the catalogue or the folder cannot be read or written, 64 bad usage \
      (bad option, unknown revision, a folder that casebook did not write).

      """
  )

  @OptionGroup var global: GlobalOptions

  @OptionGroup var revision: RevisionOption

  @Option(name: .customLong("output"), help: ArgumentHelp("The folder to write the site to.", valueName: "DIR"))
  var output = "_site"

  @Option(
    name: .customLong("base-url"),
    help: ArgumentHelp("The address the site is published at, for canonical links and sitemap.xml.", valueName: "URL"))
  var baseURL: String?

  @Option(
    name: .customLong("edit-url"),
    help: ArgumentHelp(
      "A link to edit a case at its git host, with {path} for the file, e.g. https://github.com/ORG/REPO/edit/main/{path}.",
      valueName: "TEMPLATE"))
  var editURL: String?

  @Option(help: ArgumentHelp("The site's title (default: a title in each language).", valueName: "TEXT"))
  var title: String?

  func run() throws {
    let request = SiteRequest(
      directory: global.directory, revision: revision.rev, output: output, baseURL: baseURL, editURL: editURL,
      title: title)
    let result = try CLI.perform { () throws(SiteError) in try SiteBuilder.build(request) }
    CLI.warnSkipped(result.invalidFiles)
    if let problem = result.modelProblem { Terminal.warn("warning: \(problem)") }
    Terminal.write(
      "Wrote \(result.written) of \(result.files) files to \(result.output) (\(result.unchanged) unchanged, "
        + "\(result.removed) removed)\n")
  }
}
