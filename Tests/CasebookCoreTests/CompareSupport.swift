import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// The text of a fixture under `Fixtures/compare`.
func compareFixture(_ name: String) throws -> String {
  let url = try #require(Bundle.module.url(forResource: "Fixtures/compare/\(name)", withExtension: nil))
  return try String(contentsOf: url, encoding: .utf8)
}

/// A working tree with the real `schema/` plus `files` (paths from the root), and, when asked, the reference
/// catalogue's `cases/`.
func catalogue(_ files: [String: String], referenceCases: Bool = false) throws -> TemporaryCatalogue {
  let catalogue = try TemporaryCatalogue()
  if referenceCases {
    for (path, text) in try TemporaryCatalogue.files(under: "cases") { try catalogue.write(path, text) }
  }
  for (path, text) in files { try catalogue.write(path, text) }
  return catalogue
}

/// A municipality profile and a policy at `cases/<id>/`.
func municipality(_ id: String, name: String, policy: String?) -> [String: String] {
  let country = String(id.prefix(2)).uppercased()
  var files = ["cases/\(id)/municipality.yaml": Sample.municipality(name: name, country: country)]
  if let policy { files["cases/\(id)/policy.yaml"] = policy }
  return files
}

/// A minimal valid policy with `body` (YAML at the top level) added.
func policy(_ body: String) -> String {
  "title: Sociale-mediabeleid\nstatus: draft\nlanguage: nl\n" + body
}

/// The league table of a catalogue folder, scored with its own model or the model file `model` (from the root).
func rank(_ catalogue: TemporaryCatalogue, model: String? = nil) throws -> RankReport {
  try Comparer.rank(ScoreRequest(directory: catalogue.root, modelPath: model))
}
