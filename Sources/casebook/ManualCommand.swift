import ArgumentParser
import CasebookText
import Foundation

/// `casebook generate-manual`: the man page, made from the command definitions (hidden: `make man` runs it).
struct ManualCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "generate-manual", abstract: Speech.text(ToolHelpText.manual), shouldDisplay: false)
  }

  func run() throws {
    let command = try ToolDescription.root()
    FileHandle.standardOutput.write(Data(ManPage.render(command, version: CasebookVersion.current).utf8))
  }
}

/// The command tree as the argument parser describes it (`--experimental-dump-help`).
struct ToolDescription: Decodable {
  struct Name: Decodable {
    var kind: String
    var name: String
  }

  struct Argument: Decodable {
    var kind: String
    var names: [Name]?
    var valueName: String?
    var abstract: String?
    var discussion: String?
    var defaultValue: String?
    var isOptional: Bool
    var isRepeating: Bool
    var shouldDisplay: Bool
  }

  var commandName: String
  var abstract: String?
  var discussion: String?
  var shouldDisplay: Bool
  var arguments: [Argument]?
  var subcommands: [ToolDescription]?

  /// The description of `casebook` and every subcommand, from the argument parser itself.
  static func root() throws -> ToolDescription {
    struct Dump: Decodable { var command: ToolDescription }
    var text = ""
    do {
      _ = try Casebook.parseAsRoot(["--experimental-dump-help"])
    } catch {
      text = Casebook.fullMessage(for: error)
    }
    return try JSONDecoder().decode(Dump.self, from: Data(text.utf8)).command
  }
}

/// A man page in roff (`man 7 man`) from a command tree, in the language of this run; the section names stay
/// as man pages have them.
enum ManPage {
  static func render(_ root: ToolDescription, version: String) -> String {
    let directory = "\\fB\\-C\\fR \\fI" + roffText(ValueNameText.directory) + "\\fR"
    var page = """
      .TH CASEBOOK 1 "" "casebook \(escape(version))" "\(roffText(ManualText.title))"
      .SH NAME
      casebook \\- \(escape(root.abstract ?? ""))
      .SH SYNOPSIS
      .B casebook
      [\(directory)]
      .I \(roffText(ManualText.command))
      [\\fI\(roffText(ManualText.options))\\fR]
      .SH DESCRIPTION
      \(roffText(ManualText.everyCommand, roff: directory, "\\fB\\-\\-help\\fR"))
      \(roffText(ManualText.exitStatus))
      .SH COMMANDS

      """
    for command in visible(root.subcommands) {
      page += section(command, path: ["casebook"])
    }
    page += """
      .SH ENVIRONMENT
      .TP
      .B LC_ALL, LC_MESSAGES, LANG
      \(roffText(ManualText.language))
      .TP
      .B COLUMNS
      \(roffText(ManualText.columns))
      .TP
      .B NO_COLOR
      \(roffText(ManualText.noColor))
      .SH SEE ALSO
      .BR git (1)

      """
    return page
  }

  /// A catalogue entry in the language of this run, escaped, with roff markup at its placeholders.
  private static func roffText<Entry: MessageEntry>(_ entry: Entry, roff markup: String...) -> String {
    // Stand-ins that escaping leaves alone, replaced by the markup once the words are escaped.
    let marks = markup.indices.map { "\u{1}\($0)\u{1}" }
    var text = escape(Message(entry, arguments: marks.map { .text($0) }).text(Speech.language))
    for (mark, roff) in zip(marks, markup) { text = text.replacingOccurrences(of: mark, with: roff) }
    return startSafely(text)
  }

  private static func visible(_ commands: [ToolDescription]?) -> [ToolDescription] {
    (commands ?? []).filter(\.shouldDisplay)
  }

  private static func section(_ command: ToolDescription, path: [String]) -> String {
    let words = path + [command.commandName]
    var text = ".SS \(escape(words.joined(separator: " ")))\n"
    text += ".B \(escape(words.joined(separator: " ")))\n" + synopsis(command) + "\n.PP\n"
    if let abstract = command.abstract { text += paragraphs(abstract) }
    if let discussion = command.discussion { text += ".PP\n" + paragraphs(discussion) }
    for argument in command.arguments ?? [] where argument.shouldDisplay && !isStandard(argument) {
      text += ".TP\n" + label(argument) + "\n" + paragraphs(argument.abstract ?? "")
      if let discussion = argument.discussion, !discussion.isEmpty { text += paragraphs(discussion) }
      if let value = argument.defaultValue, !value.isEmpty {
        text += "(" + roffText(ParserText.defaultValue) + " " + escape(value) + ")\n"
      }
    }
    for subcommand in visible(command.subcommands) { text += section(subcommand, path: words) }
    return text
  }

  /// `-C` and `--help` are said once, in DESCRIPTION; `--version` only at the top.
  private static func isStandard(_ argument: ToolDescription.Argument) -> Bool {
    let names = Set((argument.names ?? []).map(\.name))
    return names == ["C"] || names.contains("help") || names.contains("version")
  }

  private static func synopsis(_ command: ToolDescription) -> String {
    var parts: [String] = []
    for argument in command.arguments ?? [] where argument.shouldDisplay && !isStandard(argument) {
      var part = argument.kind == "positional" ? "\\fI\(escape(argument.valueName ?? "value"))\\fR" : label(argument)
      if argument.isRepeating { part += " ..." }
      parts.append(argument.isOptional ? "[" + part + "]" : part)
    }
    return parts.joined(separator: " ")
  }

  private static func label(_ argument: ToolDescription.Argument) -> String {
    guard argument.kind != "positional" else { return "\\fI\(escape(argument.valueName ?? "value"))\\fR" }
    let names = (argument.names ?? []).map { name in
      "\\fB" + (name.kind == "long" ? "\\-\\-" : "\\-") + escape(name.name) + "\\fR"
    }
    let value = argument.kind == "option" ? " \\fI\(escape(argument.valueName ?? "value"))\\fR" : ""
    return names.joined(separator: ", ") + value
  }

  /// Text as roff paragraphs: blank lines separate paragraphs, each line is escaped.
  private static func paragraphs(_ text: String) -> String {
    text.components(separatedBy: "\n\n").map { paragraph in
      paragraph.split(separator: "\n").map { escape(String($0).trimmingCharacters(in: .whitespaces)) }
        .filter { !$0.isEmpty }.map(startSafely).joined(separator: "\n")
    }.filter { !$0.isEmpty }.joined(separator: "\n.PP\n") + "\n"
  }

  /// A line that starts with `.` or `'` would be read as a request: `\&` keeps it text.
  private static func startSafely(_ line: String) -> String {
    line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : line
  }

  /// Backslashes and dashes as roff writes them; characters beyond ASCII as `\[uXXXX]`, so that the page
  /// does not depend on how the formatter reads its input.
  static func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\e"
      case "-": result += "\\-"
      case _ where scalar.value > 127:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
