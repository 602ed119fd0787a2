import ArgumentParser
import CasebookText

/// Options every command accepts, before or after the subcommand's name.
struct GlobalOptions: ParsableArguments {
  @Option(name: .customShort("C"), help: Speech.help(HelpText.directory, value: .directory))
  var directory: String?

  /// Read by ``Speech`` from the raw arguments before parsing; declared here so that the parser accepts it,
  /// checks its value and lists it in every command's help.
  @Option(name: .customLong("lang"), help: Speech.help(HelpText.lang, value: .language))
  var language: Language?
}
