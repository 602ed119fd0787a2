import CasebookTestSupport
import Foundation
import Testing

@Suite("casebook new")
struct NewCommandTests {
  @Test("Prints the new file's path and the next step, and never overwrites")
  func writesScaffold() throws {
    let catalogue = try TemporaryCatalogue()
    let sandbox = try Sandbox(identity: (name: "Ann Officer", email: "ann@testdorp.example"))
    let arguments = ["new", "case", "--municipality", "nl/testdorp", "--title", "Wijkapp voor meldingen", "--year", "2021"]
    let result = try sandbox.casebook(arguments, in: catalogue.root)
    #expect(result.status == 0, "\(result)")
    let path = "cases/nl/testdorp/2021-wijkapp-voor-meldingen.yaml"
    #expect(result.output.contains("Wrote \(path)"))
    #expect(result.output.contains("casebook submit \(path)"))
    #expect(result.output.contains("casebook new municipality --municipality nl/testdorp"))
    let text = try String(contentsOfFile: catalogue.root + "/" + path, encoding: .utf8)
    #expect(text.contains("email: ann@testdorp.example"))
    let validation = try sandbox.casebook(["validate", path], in: catalogue.root)
    #expect(validation.status == 1)
    #expect(validation.output.contains("[catalog.placeholder]"))
    let again = try sandbox.casebook(arguments, in: catalogue.root)
    #expect(again.status == 1)
    #expect(again.errors.contains("exists already"))
    #expect(try String(contentsOfFile: catalogue.root + "/" + path, encoding: .utf8) == text)
  }

  @Test(
    "Bad usage exits with 64",
    arguments: [
      ["new", "case", "--municipality", "nl/testdorp"], ["new", "memo", "--municipality", "nl/testdorp"],
      ["new", "policy", "--municipality", "Testdorp"],
    ])
  func usage(arguments: [String]) throws {
    let catalogue = try TemporaryCatalogue()
    let sandbox = try Sandbox()
    #expect(try sandbox.casebook(arguments, in: catalogue.root).status == 64)
  }
}

@Suite("casebook validate --actor")
struct GuardedValidateCommandTests {
  @Test(
    "--actor needs --changed and an e-mail address",
    arguments: [["validate", "--actor", "a@example.org"], ["validate", "--changed", "HEAD..HEAD", "--actor", "ann"]])
  func usage(arguments: [String]) throws {
    let catalogue = try TemporaryCatalogue()
    let result = try Sandbox().casebook(arguments, in: catalogue.root)
    #expect(result.status == 64)
    #expect(result.errors.contains("--actor"))
  }

  @Test("A rejection shows as a GitHub annotation on the file")
  func githubFormat() throws {
    let catalogue = try TemporaryCatalogue()
    let base = try catalogue.commit(["cases/nl/testdorp/municipality.yaml": Sample.municipality()], message: "Add Testdorp")
    try catalogue.commit(["cases/nl/testdorp/2021-a.yaml": Sample.caseStudy()], message: "A case")
    let result = try Sandbox().casebook(
      ["validate", "--changed", "\(base.hex)..HEAD", "--actor", "eve@elders.example", "--format", "github"],
      in: catalogue.root)
    #expect(result.status == 1)
    #expect(result.output.contains("::error file=cases/nl/testdorp/2021-a.yaml,line=1,col=1,title=access.municipality::"))
    #expect(result.output.contains("1 file checked in 1 commit"))
  }
}
