import ArgumentParser
import CasebookCore
import CasebookText
import Foundation

extension RuleListing.Format: ExpressibleByArgument {}

/// `casebook rules`: every rule id with its default and configured severity and a one-line description.
struct RulesCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "rules", abstract: Speech.text(ToolHelpText.rules), discussion: Speech.text(ToolHelpText.rulesDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @OptionGroup var revision: RevisionOption

  @Option(help: Speech.help(ToolHelpText.formatTextJSON))
  var format: RuleListing.Format = .text

  func run() throws {
    let rules = try CLI.perform { () throws(CatalogueError) in
      try RuleListing.rules(directory: global.directory, revision: revision.rev)
    }
    Terminal.write(RuleListing.render(rules, format: format, language: Speech.language))
  }
}
