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
      GuardCommand.self, RulesCommand.self, MigrateCommand.self, SiteCommand.self,
      FetchCommand.self, ListCommand.self, StatusCommand.self, ManualCommand.self,
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
      try CommandNames.checkSubcommand(Array(CommandLine.arguments.dropFirst()))
      var command = try parseAsRoot(SubmitCommand.allowingBareBranchFlag(Array(CommandLine.arguments.dropFirst())))
      let progress = ProgressLine.forTerminal(language: Speech.language)
      defer { progress?.finish() }
      try ProgressLine.$active.withValue(progress) {
        try WorkProgress.$current.withValue(progress?.progress()) {
          try TerminalLayout.$width.withValue(Terminal.width) { try command.run() }
        }
      }
      preparation.wait()
    } catch {
      preparation.wait()
      // The argument parser's own messages repeat what was typed, which may hold control characters: they
      // go through the same last pass as everything else casebook writes. Its fixed words are put in the
      // reader's language; in Dutch a little narrower, as the Dutch words are a little longer.
      let code = exitCode(for: error)
      let columns = Speech.language == .en ? nil : Terminal.helpWidth - 2
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
  static let current = CasebookTool.version
}

/// The names of the subcommands, for a did-you-mean when one is mistyped.
enum CommandNames {
  /// Throws a usage error naming the nearest subcommand when the first word that is not an option names none
  /// (`casebook serach`); the argument parser itself would only say "Unexpected argument".
  static func checkSubcommand(_ arguments: [String]) throws {
    // The shell completion scripts call back with `---completion`; leave those calls to the argument parser.
    guard !arguments.contains(where: { $0.hasPrefix("---") }) else { return }
    let takesValue: Set<String> = ["-C", "--lang", "--generate-completion-script"]
    var index = 0
    while index < arguments.count, arguments[index].hasPrefix("-") {
      if arguments[index] == "--" { return }
      index += takesValue.contains(arguments[index]) ? 2 : 1
    }
    guard index < arguments.count else { return }
    let word = arguments[index]
    let names = Casebook.configuration.subcommands.map { $0.configuration.commandName ?? "" } + ["help"]
    guard !names.contains(word) else { return }
    let suggestions = NearestNames.suggestions(for: word, among: names, limit: 2)
    let message =
      suggestions.isEmpty
      ? Message(SuggestText.unknownCommand, .code(word))
      : Message(SuggestText.unknownCommandDidYouMean, .code(word), .any(suggestions.map { .code($0) }))
    Terminal.warn("error: " + message.text(Speech.language))
    throw ExitCode(64)
  }
}
