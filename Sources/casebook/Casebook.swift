import ArgumentParser
import CasebookCore

/// `casebook`: exchange social-media case studies and policies between municipalities through git.
@main
struct Casebook: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "casebook",
    abstract: "Share social-media case studies and policies between municipalities through a git repository.",
    version: CasebookVersion.current,
    subcommands: [
      ValidateCommand.self, InitCommand.self, NewCommand.self, SubmitCommand.self, CompareCommand.self,
      RankCommand.self, SearchCommand.self, ShowCommand.self, StatsCommand.self, ExportCommand.self,
    ]
  )

  @OptionGroup var global: GlobalOptions

  static func main() {
    // Every command but --help and --version opens a repository: start the git library meanwhile.
    Workspace.prepareInBackground()
    main(SubmitCommand.allowingBareBranchFlag(Array(CommandLine.arguments.dropFirst())))
  }
}

/// The tool's version.
enum CasebookVersion {
  static let current = "0.1.0"
}
