import ArgumentParser
import CasebookCore

extension ShowFormat: ExpressibleByArgument {}

/// `casebook show`: one case study, policy or municipality, for reading, with its history.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a case study, policy or municipality with who submitted and changed it.",
    discussion: """
      ID is the path without cases/ and .yaml: gb/brighton-and-hove/2010-snow-4x4-drivers for a case study, \
      nl/voorbeeldstad/policy for a policy, nl/voorbeeldstad for a municipality; a path to the file works too. \
      Provenance comes from git history: who first submitted the file, who changed it last, how many commits \
      touched it (--history lists them). In a working tree, history is read from HEAD and the output says when \
      the file has uncommitted changes. \
      Exit status: 0 shown, 1 the file has validation errors, 64 unknown id (the nearest ids are suggested).
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The record's id or file.")
  var id: String

  @OptionGroup var revision: RevisionOption

  @OptionGroup var catalogue: CatalogueOption

  @Flag(help: "List every commit that changed the file.")
  var history = false

  @Option(help: "Output format: text, markdown, json or yaml.")
  var format: ShowFormat = .text

  func run() throws {
    let detail: RecordDetail
    if catalogue.isFederated || id.contains(":") {
      detail = try CLI.perform { () throws(FederationError) in
        try FederatedShow.detail(id, directory: global.directory, revision: revision.rev, names: catalogue.names)
      }
    } else {
      detail = try CLI.perform { () throws(QueryError) in
        try QuerySession.open(directory: global.directory, revision: revision.rev).recordDetail(id)
      }
    }
    Terminal.write(
      RecordRenderer.render(detail, format: format, history: history, color: Terminal.stdoutIsColorTerminal))
  }
}
