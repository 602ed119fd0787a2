import ArgumentParser
import CasebookCore
import CasebookText
import Foundation

/// The language of this run. The argument parser builds help texts and usage errors before any command runs,
/// so the language is chosen first, from the raw arguments and the environment: `--lang`, then `LC_ALL`,
/// `LC_MESSAGES` and `LANG`, then the catalogue's `default_language` (the catalogue of `-C DIR`, or of the
/// current folder), then English. The `--lang` option that the parser then reads is the same one.
enum Speech {
  /// The choice, made once on first use.
  static let choice: LanguageChoice = {
    let scan = ArgumentScan(Array(CommandLine.arguments.dropFirst()))
    return LanguageChoice.resolve(
      option: scan.language, environment: ProcessInfo.processInfo.environment,
      catalogueDefault: { CatalogueLanguage.defaultLanguage(directory: scan.directory) })
  }()

  /// The language to speak.
  static var language: Language { choice.language }

  /// A catalogue entry in the language of this run.
  static func text<Entry: MessageEntry>(_ entry: Entry, _ arguments: MessageArgument...) -> String {
    Message(entry, arguments: arguments).text(language)
  }

  /// A message in the language of this run.
  static func text(_ message: Message) -> String {
    message.text(language)
  }

  /// Help for an option or argument, with its value name in the language of this run.
  static func help<Entry: MessageEntry>(_ entry: Entry, value: ValueNameText? = nil) -> ArgumentHelp {
    ArgumentHelp(text(entry), valueName: value.map { text($0) })
  }
}

/// What the raw arguments say before they are parsed: `--lang` and `-C`, wherever they stand before `--`.
struct ArgumentScan {
  var language: Language?
  var directory: String?

  init(_ arguments: [String]) {
    var index = 0
    while index < arguments.count, arguments[index] != "--" {
      let argument = arguments[index]
      let next = index + 1 < arguments.count ? arguments[index + 1] : nil
      if argument == "--lang", let next {
        language = Language(code: next)
        index += 1
      } else if argument.hasPrefix("--lang=") {
        language = Language(code: String(argument.dropFirst("--lang=".count)))
      } else if argument == "-C", let next {
        directory = next
        index += 1
      } else if argument.hasPrefix("-C"), argument.count > 2 {
        directory = String(argument.dropFirst(2))
      }
      index += 1
    }
  }
}

extension Language: ExpressibleByArgument {
  /// `nl`, `en`, and the other spellings ``Language/init(code:)`` knows (`NL`, `nl_BE`, `dutch`…).
  public init?(argument: String) {
    self.init(code: argument)
  }

  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
