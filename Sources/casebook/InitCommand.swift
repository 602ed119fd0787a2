import ArgumentParser
import CasebookCore

/// `casebook init`: a new catalogue repository, ready for contributors, CI and a git server.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a new catalogue repository.",
    discussion: """
      Writes schema/ (schemas, use categories, stewards), a README for contributors in Dutch and English,
      cases/README.md, editor settings (.vscode/settings.json), a GitHub Actions workflow, a GitLab CI job and a
      pre-receive hook for your own git server, and commits them (on main, or on the branch of the empty clone
      it runs in), so that `casebook validate --changed` has a first base. The stewards are the --steward addresses, or your
      `git config user.email`.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The folder for the catalogue; created when missing (default: the current folder).")
  var directory: String?

  @Option(
    name: .customLong("steward"),
    help: ArgumentHelp(
      "A steward's e-mail address (repeat for more; default: git config user.email).", valueName: "EMAIL"))
  var stewards: [String] = []

  @Flag(help: "Write into a folder that already has files (files of the same name are replaced).")
  var force = false

  @Flag(name: .customLong("no-commit"), help: "Only write the files; do not commit them.")
  var noCommit = false

  @Option(
    name: .customLong("casebook-archive"),
    help: ArgumentHelp("The https address of the casebook release's source archive the CI jobs build.", valueName: "URL"))
  var casebookArchive: String?

  @Option(
    name: .customLong("casebook-sha256"),
    help: ArgumentHelp("The archive's SHA-256; the CI jobs check it before using the archive.", valueName: "HEX"))
  var casebookSHA256: String?

  @Option(
    name: .customLong("ci-image"),
    help: ArgumentHelp("The Swift image the CI jobs run in, pinned by digest.", valueName: "IMAGE@sha256:DIGEST"))
  var ciImage: String = CIPins.defaultImage

  func run() throws {
    var folder = directory ?? "."
    if let base = global.directory, !folder.hasPrefix("/") { folder = base + "/" + folder }
    let ci = CIPins(image: ciImage, archive: casebookArchive, sha256: casebookSHA256?.lowercased())
    let request = InitRequest(directory: folder, stewards: stewards, force: force, commit: !noCommit, ci: ci)
    let result = try CLI.perform { () throws(CatalogueError) in try CatalogueInitializer.run(request) }
    var text = "Created a casebook catalogue in \(result.directory)"
    if let commit = result.commit {
      text += " (branch \(result.branch), commit \(commit.shortHex) “\(CatalogueInitializer.commitMessage)”)"
    }
    text += ".\n"
    text += Table(
      columns: ["File", "What it is for"],
      rows: [
        ["schema/", "schemas, use categories, stewards (\(result.stewards.joined(separator: ", ")))"],
        ["README.md, cases/README.md", "how to add a case, in Dutch and English"],
        [".vscode/settings.json", "editor help for the YAML files"],
        [".github/workflows/casebook.yml", "checks every pull request (GitHub)"],
        [".github/CODEOWNERS", "stewards must approve changes outside cases/ (GitHub branch protection)"],
        [".gitlab-ci.yml", "checks every merge request (GitLab)"],
        ["hooks/pre-receive", "the same check on your own git server (see the comments in it)"],
      ]
    ).aligned()
    if result.commit == nil { text += "The files are not committed: check them, then `git add -A && git commit`.\n" }
    if casebookArchive == nil || casebookSHA256 == nil {
      text += "The CI jobs do not know which casebook release to build yet: run init again with --force "
        + "--casebook-archive URL --casebook-sha256 HEX, or set both in the two CI files.\n"
    }
    text += """
      Next: add a municipality with `casebook new municipality --municipality nl/your-town`, or push the
      catalogue to your git server and give contributors its address.

      """
    Terminal.write(text)
  }
}
