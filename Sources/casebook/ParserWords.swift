import CasebookText

/// The argument parser writes its help screens and usage errors in English, with fixed words around casebook's
/// own texts (`OVERVIEW:`, `(default: …)`, `Missing expected argument …`). In Dutch these words are replaced
/// from the message catalogue, line by line; names of options, values and files stay as they are.
enum ParserWords {
  /// `text` with the parser's words in `language`.
  static func translate(_ text: String, to language: Language) -> String {
    guard language != .en else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { translateLine(String($0), language) }
      .joined(separator: "\n")
  }

  private static func say(_ entry: ParserText, _ arguments: MessageArgument..., in language: Language) -> String {
    Message(entry, arguments: arguments).text(language)
  }

  private static func translateLine(_ line: String, _ language: Language) -> String {
    let indent = String(line.prefix { $0 == " " })
    var rest = String(line.dropFirst(indent.count))
    for (english, entry) in [
      ("OVERVIEW:", ParserText.overview), ("USAGE:", .usage), ("Usage:", .usageLine), ("Help:", .helpLine),
    ] where rest.hasPrefix(english + " ") {
      rest = say(entry, in: language) + rest.dropFirst(english.count)
    }
    for (english, entry) in [("ARGUMENTS:", ParserText.arguments), ("OPTIONS:", .options), ("SUBCOMMANDS:", .subcommands)]
    where rest == english {
      rest = say(entry, in: language)
    }
    if let match = rest.wholeMatch(of: /See '(.+)' for detailed help\./) {
      rest = say(.seeHelp, .text(String(match.1)), in: language)
    } else if let match = rest.wholeMatch(of: /See '(.+)' for more information\./) {
      rest = say(.seeMore, .text(String(match.1)), in: language)
    } else if let match = rest.wholeMatch(of: /Error: (.*)/) {
      rest = say(.errorPrefix, .text(error(String(match.1), language)), in: language)
    }
    rest = rest.replacing("(values:", with: say(.values, in: language))
      .replacing("default:", with: say(.defaultValue, in: language))
      .replacing("Show the version.", with: say(.showVersion, in: language))
      .replacing("Show help information.", with: say(.showHelp, in: language))
    return indent + rest
  }

  /// The parser's usage errors that a reader meets: missing and unknown arguments, options and values.
  private static func error(_ text: String, _ language: Language) -> String {
    let quoted = { (value: Substring) in MessageArgument.text("'" + value + "'") }
    if let match = text.wholeMatch(of: /Missing expected argument '(.+)'/) {
      return say(.missingArgument, quoted(match.1), in: language)
    }
    if let match = text.wholeMatch(of: /Unknown option '(.+)'\. Did you mean '(.+)'\?/) {
      return say(.unknownOptionDidYouMean, quoted(match.1), quoted(match.2), in: language)
    }
    if let match = text.wholeMatch(of: /Unknown option '(.+)'/) {
      return say(.unknownOption, quoted(match.1), in: language)
    }
    if let match = text.wholeMatch(of: /Unexpected argument '(.+)'/) {
      return say(.unexpectedArgument, quoted(match.1), in: language)
    }
    if let match = text.wholeMatch(of: /(\d+) unexpected arguments: (.+)/) {
      return say(.unexpectedArguments, .text(String(match.1)), .text(String(match.2)), in: language)
    }
    if let match = text.wholeMatch(of: /Missing value for '(.+)'/) {
      return say(.missingValue, quoted(match.1), in: language)
    }
    if let match = text.wholeMatch(of: /The value '(.*)' is invalid for '(.+)'\. Please provide one of (.+)\./) {
      let values = String(match.3).replacing(" or ", with: language == .nl ? " of " : " or ")
      return say(.invalidValue, quoted(match.1), quoted(match.2), in: language) + ". "
        + say(.provideOneOf, .text(values), in: language)
    }
    if let match = text.wholeMatch(of: /The value '(.*)' is invalid for '(.+)'(.*)/) {
      return say(.invalidValue, quoted(match.1), quoted(match.2), in: language) + match.3
    }
    if let match = text.wholeMatch(of: /The option '(.+)' does not take any value, but '(.*)' was specified\./) {
      return say(.noValueExpected, quoted(match.1), quoted(match.2), in: language)
    }
    if text == "Missing required subcommand." { return say(.missingSubcommand, in: language) }
    return text
  }
}
