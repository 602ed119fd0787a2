import ArgumentParser
import CasebookCore

extension StatusFormat: ExpressibleByArgument {}

/// `casebook status`: the municipalities you maintain and where each of their files stands.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show your municipalities' files: new, changed, submitted on which branch, and whether they pass.",
    discussion: """
      You are who git config says (user.name and user.email); your municipalities are those whose \
      municipality.yaml lists your e-mail address under maintainers, in the catalogue or in your folder. For \
      each, the files that differ from the catalogue (HEAD) or are on a local submission/ branch are listed: \
      new, changed or deleted; whether they pass validation; and on which submission branch they are, whether \
      that branch was sent (a remote-tracking branch of the same name) and whether it is merged. Exit status: \
      0 (also when files have errors: the CHECK column says so), 1 the repository cannot be read or git does \
      not know who you are.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Option(help: "Output format: text or json.")
  var format: StatusFormat = .text

  func run() throws {
    let status = try CLI.perform { () throws(CatalogueError) in try OfficerStatus.load(directory: global.directory) }
    Terminal.write(StatusRenderer.render(status, format: format, language: Speech.language))
  }
}
