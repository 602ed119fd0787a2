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
    let arguments = Array(CommandLine.arguments.dropFirst())
    // The version needs neither the parser's command tree nor the git library; answer it at once, as git does.
    if arguments == ["--version"] {
      Terminal.write(CasebookVersion.current + "\n")
      return
    }
    // Every command opens a repository: start the git library meanwhile. Help and usage without a command do
    // not, and the library's start (it loads the system's certificates) is most of their time.
    let preparation = CommandNames.firstWord(in: arguments) == nil ? nil : Workspace.prepareInBackground()
    do {
      try CommandNames.checkSubcommand(arguments)
      var command = try parseAsRoot(SubmitCommand.allowingBareBranchFlag(arguments))
      let progress = ProgressLine.forTerminal(language: Speech.language)
      defer { progress?.finish() }
      try ProgressLine.$active.withValue(progress) {
        try WorkProgress.$current.withValue(progress?.progress()) {
          try TerminalLayout.$width.withValue(Terminal.width) { try command.run() }
        }
      }
      preparation?.wait()
    } catch {
      preparation?.wait()
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
  /// The first word that is neither an option nor an option's value: the subcommand, or what stands for it;
  /// nil when there is none (`casebook --help`) or it comes after `--`.
  static func firstWord(in arguments: [String]) -> String? {
    let takesValue: Set<String> = ["-C", "--lang", "--generate-completion-script"]
    var index = 0
    while index < arguments.count, arguments[index].hasPrefix("-") {
      if arguments[index] == "--" { return nil }
      index += takesValue.contains(arguments[index]) ? 2 : 1
    }
    return index < arguments.count ? arguments[index] : nil
  }

  /// Throws a usage error naming the nearest subcommand when the first word that is not an option names none
  /// (`casebook serach`); the argument parser itself would only say "Unexpected argument".
  static func checkSubcommand(_ arguments: [String]) throws {
    // The shell completion scripts call back with `---completion`; leave those calls to the argument parser.
    guard !arguments.contains(where: { $0.hasPrefix("---") }), let word = firstWord(in: arguments) else { return }
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
