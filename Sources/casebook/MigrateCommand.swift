import ArgumentParser
import CasebookCore

/// `casebook migrate`: bring files written for an older schema version to the current one, in place.
struct MigrateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "migrate",
    abstract: "Bring files written for an older schema version up to date, changing only what must change.",
    discussion: """
      Applies the steps of schema/versions.yaml to every file (or the files and folders named) that says, or \
      is read as, an older schema_version, and sets schema_version to the current version. Comments, key \
      order, quoting and blank lines stay as they are. A file whose result would not validate is reported and \
      left alone. Nothing is committed: check the changes, then use `casebook submit`. \
      Exit status: 0 done (or nothing to do), 1 with --check when something would change or when a file \
      could not be migrated, 64 bad usage.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "Files or folders to migrate (default: the whole catalogue).")
  var paths: [String] = []

  @Flag(help: "Only report what would change (for CI); write nothing.")
  var check = false

  @OptionGroup(title: "Limits") var limits: LimitOptions

  func run() throws {
    let limits = try limits.resolved()
    let request = MigrationRequest(directory: global.directory, paths: paths, checkOnly: check, limits: limits.yaml)
    let outcome = try CLI.perform { () throws(CatalogueError) in try Migrator.run(request) }
    var output = ""
    for change in outcome.changes {
      output += "\(check ? "would migrate" : "migrated") \(change.path) (version \(change.from) → \(outcome.current))\n"
      for line in change.lines { output += "    " + line + "\n" }
    }
    for problem in outcome.problems {
      output += "\(problem.file):\(problem.line):\(problem.column): error: [\(problem.rule)] \(problem.message)\n"
    }
    let verb = check ? "would change" : "changed"
    output += "\(outcome.files) \(outcome.files == 1 ? "file" : "files") checked: \(outcome.changes.count) \(verb)"
    output += outcome.problems.isEmpty ? "\n" : ", \(Set(outcome.problems.map(\.file)).count) could not be migrated\n"
    Terminal.write(output)
    if !outcome.problems.isEmpty || (check && !outcome.changes.isEmpty) { throw ExitCode(1) }
  }
}
