import ArgumentParser
import CasebookCore
import CasebookText
import Foundation

extension ScaffoldKind: ExpressibleByArgument {}

/// `casebook new`: a file to fill in, with every field and short guidance in Dutch and English.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Write a new case, policy or municipality profile to fill in.",
    discussion: """
      The file has every field with a short explanation in Dutch and English. Text starting with TODO is a
      placeholder: `casebook validate` reports each one until it is replaced. An existing file is never
      overwritten. A case's file name is its year and its title: cases/<cc>/<municipality>/<year>-<title>.yaml.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "What to write: case, policy or municipality.")
  var kind: ScaffoldKind

  @Option(
    help: ArgumentHelp("The municipality's country code and folder, e.g. nl/voorbeeldstad.", valueName: "CC/NAME"))
  var municipality: String

  @Option(help: "The title (a case needs one; for a municipality, its name).")
  var title: String?

  @Option(help: "The year of the case (default: this year).")
  var year: Int?

  func run() throws {
    let request = ScaffoldRequest(
      directory: global.directory, kind: kind, municipality: municipality, title: title, year: year)
    let result = try CLI.perform { () throws(CatalogueError) in try Scaffold.write(request) }
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
    let shown = result.absolutePath == here + "/" + result.path ? result.path : result.absolutePath
    let what = kind == .caseStudy ? "case" : kind.rawValue
    let summary = (title.map { "Add \(what): \($0)" } ?? "Add \(what) for \(municipality)")
      .replacingOccurrences(of: "\"", with: "'")
    let language = CLI.language
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
