import ArgumentParser
import CasebookCore
import CasebookText

/// `casebook migrate`: bring files written for an older schema version to the current one, in place.
struct MigrateCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "migrate", abstract: Speech.text(ToolHelpText.migrate),
      discussion: Speech.text(ToolHelpText.migrateDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: Speech.help(ToolHelpText.migratePaths))
  var paths: [String] = []

  @Flag(help: Speech.help(ToolHelpText.migrateCheck))
  var check = false

  @OptionGroup(title: Speech.text(HelpText.limitsTitle)) var limits: LimitOptions

  func run() throws {
    let limits = try limits.resolved()
    let request = MigrationRequest(directory: global.directory, paths: paths, checkOnly: check, limits: limits.yaml)
    let outcome = try CLI.perform { () throws(CatalogueError) in try Migrator.run(request) }
    var output = ""
    for change in outcome.changes {
      output += Speech.text(
        check ? ToolText.wouldMigrate : ToolText.migrated, .text(change.path), .number(change.from),
        .number(outcome.current)) + "\n"
      for line in change.lines { output += "    " + line + "\n" }
    }
    for problem in outcome.problems {
      output += "\(problem.file):\(problem.line):\(problem.column): error: [\(problem.rule)] \(problem.message.text(Speech.language))\n"
    }
    let checked = Message(count: outcome.files, one: ValidationReportText.fileChecked, other: ValidationReportText.filesChecked)
    var summary = Message(
      check ? ToolText.migrateWouldChange : ToolText.migrateChanged, .message(checked), .number(outcome.changes.count))
    if !outcome.problems.isEmpty {
      summary = Message(ToolText.migrateNotMigrated, .message(summary), .number(Set(outcome.problems.map(\.file)).count))
    }
    output += Speech.text(summary) + "\n"
    Terminal.write(output)
    if !outcome.problems.isEmpty || (check && !outcome.changes.isEmpty) { throw ExitCode(1) }
  }
}
