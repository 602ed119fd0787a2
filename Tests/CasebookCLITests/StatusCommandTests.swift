import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

private let ann = (name: "Ann Officer", email: "ann@testdorp.example")

/// `casebook status --format json` as a dictionary.
private func status(_ sandbox: Sandbox, _ root: String) throws -> [String: Any] {
  let result = try sandbox.casebook(["status", "--format", "json"], in: root)
  #expect(result.status == 0, "\(result)")
  return try jsonObject(result.output)
}

/// The files of the municipality `id` in a status, by path.
private func files(_ status: [String: Any], _ id: String) -> [String: [String: Any]] {
  let municipalities = status["municipalities"] as? [[String: Any]] ?? []
  let municipality = municipalities.first { $0["id"] as? String == id }
  var files: [String: [String: Any]] = [:]
  for file in municipality?["files"] as? [[String: Any]] ?? [] { files[file["path"] as? String ?? ""] = file }
  return files
}

@Suite("casebook status")
struct StatusCommandTests {
  @Test("Lists the user's municipalities only, with new, changed and deleted files and whether they pass")
  func states() throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.commit(
      [
        "cases/nl/testdorp/municipality.yaml": Sample.municipality(maintainer: "ANN@testdorp.example"),
        "cases/nl/testdorp/2020-oud.yaml": Sample.caseStudy(title: "Een oude casus"),
        "cases/nl/testdorp/2020-weg.yaml": Sample.caseStudy(title: "Een casus die weg gaat"),
        "cases/nl/testdorp/2020-zelfde.yaml": Sample.caseStudy(title: "Een casus die blijft"),
        "cases/nl/anderdorp/municipality.yaml": Sample.municipality(name: "Anderdorp", maintainer: "bob@anderdorp.example"),
        "cases/nl/anderdorp/2020-van-bob.yaml": Sample.caseStudy(title: "Bobs casus"),
      ], message: "Two municipalities")
    let root = catalogue.root
    let sandbox = try Sandbox(identity: ann)
    try catalogue.write("cases/nl/testdorp/2020-oud.yaml", Sample.caseStudy(title: "Een oude casus, herschreven"))
    try catalogue.remove("cases/nl/testdorp/2020-weg.yaml")
    try catalogue.write("cases/nl/testdorp/2021-nieuw.yaml", Sample.caseStudy(categories: ["repport"]))
    try catalogue.write("cases/nl/anderdorp/2021-ook-nieuw.yaml", Sample.caseStudy())

    let result = try status(sandbox, root)
    #expect(result["email"] as? String == ann.email)
    #expect((result["municipalities"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["nl/testdorp"])
    let found = files(result, "nl/testdorp")
    #expect(Set(found.keys) == ["cases/nl/testdorp/2020-oud.yaml", "cases/nl/testdorp/2020-weg.yaml", "cases/nl/testdorp/2021-nieuw.yaml"])
    #expect(found["cases/nl/testdorp/2020-oud.yaml"]?["state"] as? String == "changed")
    #expect(found["cases/nl/testdorp/2020-oud.yaml"]?["errors"] as? Int == 0)
    #expect(found["cases/nl/testdorp/2020-weg.yaml"]?["state"] as? String == "deleted")
    #expect(found["cases/nl/testdorp/2021-nieuw.yaml"]?["state"] as? String == "new")
    #expect(found["cases/nl/testdorp/2021-nieuw.yaml"]?["errors"] as? Int == 1)
    let municipality = (result["municipalities"] as? [[String: Any]])?.first
    #expect(municipality?["unchanged_files"] as? Int == 2)  // the profile and 2020-zelfde

    let text = try sandbox.casebook(["status"], in: root)
    #expect(text.output.contains("Testdorp (nl/testdorp)"), "\(text.output)")
    #expect(text.output.contains("errors: 1"), "\(text.output)")
    #expect(text.output.contains("casebook validate"), "\(text.output)")
    #expect(!text.output.contains("anderdorp"), "\(text.output)")
  }

  @Test("Says on which submission branch a file is, whether that was sent, and when the copy changed since")
  func submissions() throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.commit(["cases/nl/testdorp/municipality.yaml": Sample.municipality(maintainer: ann.email)], message: "Testdorp")
    let root = catalogue.root
    let sandbox = try Sandbox(identity: ann)
    let path = "cases/nl/testdorp/2021-wijkapp.yaml"
    let branch = "submission/nl/testdorp/2021-wijkapp"
    try catalogue.write(path, Sample.caseStudy())
    #expect(try sandbox.casebook(["submit", path, "-m", "Add", "--branch"], in: root).status == 0)
    func submission() throws -> [String: Any]? {
      (files(try status(sandbox, root), "nl/testdorp")[path]?["submissions"] as? [[String: Any]])?.first
    }
    #expect(try submission()?["branch"] as? String == branch)
    #expect(try submission()?["pushed"] as? String == "not-sent")
    #expect(try submission()?["matches_working_tree"] as? Bool == true)

    let origin = root + "-origin.git"
    defer { try? FileManager.default.removeItem(atPath: origin) }
    _ = try sandbox.gitOutput(["init", "-q", "--bare", origin], in: root)
    _ = try sandbox.gitOutput(["remote", "add", "origin", origin], in: root)
    _ = try sandbox.gitOutput(["push", "-q", "origin", branch], in: root)
    #expect(try submission()?["pushed"] as? String == "sent")

    try catalogue.write(path, Sample.caseStudy(title: "Wijkapp, tweede versie"))
    #expect(try submission()?["matches_working_tree"] as? Bool == false)
    #expect(try sandbox.casebook(["submit", path, "-m", "Second", "--branch"], in: root).status == 0)
    #expect(try submission()?["pushed"] as? String == "new-commits")
    #expect(try submission()?["matches_working_tree"] as? Bool == true)
    let dutch = try sandbox.casebook(["status"], in: root, environment: ["LANG": "nl_NL.UTF-8"])
    #expect(dutch.output.contains("nieuwe commits niet verstuurd"), "\(dutch.output)")
  }

  @Test("Someone who maintains nothing is told how municipalities name their maintainers; no identity is an error")
  func nobody() throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.commit(["cases/nl/testdorp/municipality.yaml": Sample.municipality()], message: "Testdorp")
    let result = try Sandbox(identity: ann).casebook(["status"], in: catalogue.root)
    #expect(result.status == 0)
    #expect(result.output.contains("not among the maintainers"), "\(result.output)")
    let anonymous = try Sandbox().casebook(["status"], in: catalogue.root)
    #expect(anonymous.status == 1)
    #expect(anonymous.errors.contains("git config --global user.email"), "\(anonymous.errors)")
  }
}
