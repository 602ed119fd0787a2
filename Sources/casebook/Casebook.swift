import ArgumentParser
import CasebookCore
import CasebookText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `casebook`: exchange social-media case studies and policies between municipalities through git.
@main
struct Casebook: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
    commandName: "casebook",
    abstract: Speech.text(HelpText.casebook),
    version: CasebookVersion.current,
    subcommands: [
      ValidateCommand.self, InitCommand.self, NewCommand.self, SubmitCommand.self, CompareCommand.self,
      RankCommand.self, SearchCommand.self, ShowCommand.self, StatsCommand.self, ExportCommand.self,
      GuardCommand.self,
    ]
  )
  }

  @OptionGroup var global: GlobalOptions

  /// ``ParsableCommand/main(_:)`` spelled out, so that the process waits for the git library's background
  /// start before it exits (help, version and usage errors exit without opening a repository).
  static func main() {
    // Every command but --help and --version opens a repository: start the git library meanwhile.
    let preparation = Workspace.prepareInBackground()
    do {
      var command = try parseAsRoot(SubmitCommand.allowingBareBranchFlag(Array(CommandLine.arguments.dropFirst())))
      try command.run()
      preparation.wait()
    } catch {
      preparation.wait()
      // The argument parser's own messages repeat what was typed, which may hold control characters: they
      // go through the same last pass as everything else casebook writes. Its fixed words are put in the
      // reader's language; in Dutch a little narrower, as the Dutch words are a little longer.
      let code = exitCode(for: error)
      let columns = Speech.language == .en ? nil : Terminal.width - 2
      let message = ParserWords.translate(fullMessage(for: error, columns: columns), to: Speech.language)
      if !message.isEmpty {
        if code == .success { Terminal.write(message + "\n") } else { Terminal.warn(message) }
      }
      Glibc.exit(code.rawValue)
    }
  }
}

/// The tool's version.
enum CasebookVersion {
  static let current = "0.1.0"
}
