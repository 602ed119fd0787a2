import ArgumentParser
import CasebookCore
import CasebookText
import Foundation

extension ScaffoldKind: ExpressibleByArgument {}

/// `casebook new`: a file to fill in, with every field and short guidance in Dutch and English.
struct NewCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "new", abstract: Speech.text(HelpText.new), discussion: Speech.text(HelpText.newDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: Speech.help(HelpText.newKind))
  var kind: ScaffoldKind

  @Option(help: Speech.help(HelpText.newMunicipality, value: .municipality))
  var municipality: String

  @Option(help: Speech.help(HelpText.newTitle))
  var title: String?

  @Option(help: Speech.help(HelpText.newYear))
  var year: Int?

  func run() throws {
    let request = ScaffoldRequest(
      directory: global.directory, kind: kind, municipality: municipality, title: title, year: year)
    let result = try CLI.perform { () throws(CatalogueError) in try Scaffold.write(request) }
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
    let shown = result.absolutePath == here + "/" + result.path ? result.path : result.absolutePath
    let what = MessageArgument.message(
      Message(
        kind == .caseStudy ? CommandText.kindCase : kind == .policy ? CommandText.kindPolicy : CommandText.kindMunicipality))
    let summary =
      (title.map { Speech.text(CommandText.newSummaryTitled, what, .text($0)) }
      ?? Speech.text(CommandText.newSummary, what, .text(municipality)))
      .replacingOccurrences(of: "\"", with: "'")
    let language = Speech.language
    let id = result.path.split(separator: "/").dropFirst().prefix(2).joined(separator: "/")
    var text = Message(OfficerText.newWrote, .text(shown)).text(language) + "\n"
    let profile = "cases/\(id)/municipality.yaml"
    if result.municipalityProfileMissing {
      text += Message(OfficerText.newProfileMissing, .text(id)).text(language) + "\n"
    } else if kind != .municipality && result.municipalityIsNew {
      text += Message(OfficerText.newProfileComesAlong, .text(id), .code(profile)).text(language) + "\n"
    }
    if kind == .municipality && result.municipalityIsNew {
      // One way for a new municipality: the profile is submitted with its first case or policy.
      text += Message(OfficerText.newCheck).text(language) + "\n  casebook validate \(shown)\n"
      text += Message(OfficerText.newProfileNext, .text(id)).text(language) + "\n"
    } else {
      text += Message(OfficerText.newNext).text(language) + "\n"
      text += """
          casebook validate \(shown)
          casebook submit \(shown) -m "\(summary)" --branch

        """
    }
    Terminal.write(text)
  }
}
