import ArgumentParser
import Foundation

/// `casebook generate-manual`: the man page, made from the command definitions (hidden: `make man` runs it).
struct ManualCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate-manual",
    abstract: "Write the casebook(1) man page (roff) to standard output.",
    shouldDisplay: false
  )

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

/// A man page in roff (`man 7 man`) from a command tree.
enum ManPage {
  static func render(_ root: ToolDescription, version: String) -> String {
    var page = """
      .TH CASEBOOK 1 "" "casebook \(escape(version))" "casebook manual"
      .SH NAME
      casebook \\- \(escape(root.abstract ?? ""))
      .SH SYNOPSIS
      .B casebook
      [\\fB\\-C\\fR \\fIDIR\\fR]
      .I command
      [\\fIoptions\\fR]
      .SH DESCRIPTION
      Every command takes \\fB\\-C\\fR \\fIDIR\\fR to work on another repository, and \\fB\\-\\-help\\fR.
      Exit status: 0 success, 1 findings or a refusal, 64 bad usage.
      .SH COMMANDS

      """
    for command in visible(root.subcommands) {
      page += section(command, path: ["casebook"])
    }
    page += """
      .SH ENVIRONMENT
      .TP
      .B LC_ALL, LC_MESSAGES, LANG
      The language of messages (Dutch or English).
      .TP
      .B COLUMNS
      The width of tables when standard output is not a terminal.
      .TP
      .B NO_COLOR
      No colour, even on a terminal.
      .SH SEE ALSO
      .BR git (1)

      """
    return page
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
      if let value = argument.defaultValue, !value.isEmpty { text += "(default: \(escape(value)))\n" }
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
