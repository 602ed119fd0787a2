import CasebookCore
import CasebookTestSupport
import Foundation

/// The reference catalogue (schema/ and cases/ of this repository) with one more case whose text is long and
/// full of what spreadsheets and databases get wrong: accents, quotes, commas, semicolons and line breaks.
enum ExportFixture {
  static let longCaseID = "be/testergem/2021-ideeen-voor-het-dorpsplein"

  /// The long case's summary: 2,900 characters, within the schema's 3,000.
  static let longSummary: String = {
    let sentence = "Inwoners gaven ideeën voor het café-plein, \"samen\" en in de wijk; één idee per bericht, ook 's avonds. "
    var text = ""
    while text.count + sentence.count <= 2_900 { text += sentence }
    return text + String(repeating: "é", count: 2_900 - text.count)
  }()

  /// A lesson with a line break and a tab inside it (a carriage return is refused by validation).
  static let lessonWithBreaks = "Eerst luisteren,\ndan pas antwoorden;\tniet andersom."

  static var longCase: String {
    func quoted(_ text: String) -> String {
      "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
        .replacingOccurrences(of: "\t", with: "\\t") + "\""
    }
    return """
      title: Ideeën voor het dorpsplein via Facebook
      summary: \(quoted(longSummary))
      year: 2021
      categories: [participate]
      channels: [facebook]
      language: nl
      outcomes:
        - Meer dan honderd ideeën, ook van jongeren.
      lessons:
        - \(quoted(lessonWithBreaks))
      sources:
        - title: Verslag
          url: https://www.testergem.example/dorpsplein
      contact:
        role: Dienst communicatie
      tags: [inspraak, dorpsplein]
      """
  }

  /// A committed catalogue with the reference cases and the long case.
  static func catalogue() throws -> TemporaryCatalogue {
    let catalogue = try TemporaryCatalogue()
    var files: [String: String?] = try TemporaryCatalogue.files(under: "cases").mapValues { Optional($0) }
    files["cases/\(longCaseID).yaml"] = longCase
    try catalogue.commit(files, message: "Add the reference catalogue and a long case")
    return catalogue
  }

  /// A folder for output files, removed by the caller.
  static func outputFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.resolvingSymlinksInPath().path
  }

  /// Names in `folder` that look like casebook's temporary files.
  static func leftovers(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".casebook-") }
  }
}
