import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

@Suite("YAML directives through casebook validate")
struct YAMLVersionTests {
  @Test("an unknown directive is a warning (the file passes); %YAML 1.1 is an error that says what to do")
  func directives() throws {
    let catalogue = try TemporaryCatalogue()
    try catalogue.write("cases/nl/testdorp/municipality.yaml", Sample.municipality())
    try catalogue.write("cases/nl/testdorp/2020-wijkapp.yaml", "%FOO bar\n---\n" + Sample.caseStudy())
    let warned = try casebook(["-C", catalogue.root, "validate"])
    #expect(warned.status == 0, "\(warned)")
    #expect(warned.output.contains("cases/nl/testdorp/2020-wijkapp.yaml:1:1: warning: [yaml.unknown-directive]"))
    try catalogue.write("cases/nl/testdorp/2020-wijkapp.yaml", "%YAML 1.1\n---\n" + Sample.caseStudy())
    let refused = try casebook(["-C", catalogue.root, "validate"])
    #expect(refused.status == 1)
    #expect(refused.output.contains("cases/nl/testdorp/2020-wijkapp.yaml:1:1: error: [yaml.version]"))
    #expect(refused.output.contains("write `true` or `false`"))
  }
}
