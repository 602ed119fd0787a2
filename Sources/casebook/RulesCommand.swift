import ArgumentParser
import CasebookCore
import CasebookText
import Foundation

extension RuleListing.Format: ExpressibleByArgument {}

/// `casebook rules`: every rule id with its default and configured severity and a one-line description.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List every rule with its default and configured severity and what it checks.",
    discussion: """
      The configured severity comes from schema/rules.yaml, where stewards set a rule to error, warning or off \
      for the whole catalogue or for some paths, with a reason. Rules that guard trust, readability and the \
      layout cannot be configured; the list says why.
      """
  )

  @OptionGroup var global: GlobalOptions

  @OptionGroup var revision: RevisionOption

  @Option(help: "Output format: text or json.")
  var format: RuleListing.Format = .text

  func run() throws {
    let rules = try CLI.perform { () throws(CatalogueError) in
      try RuleListing.rules(directory: global.directory, revision: revision.rev)
    }
    Terminal.write(RuleListing.render(rules, format: format, language: Speech.language))
  }
}
