import CasebookText
import CasebookCore
import Testing

private let directory = MunicipalityDirectory(entries: [
  (id: "nl/den-bosch", name: "'s-Hertogenbosch"),
  (id: "gb/brighton-and-hove", name: "Brighton & Hove"),
  (id: "be/testergem", name: "Testergem"),
  (id: "nl/bergen", name: "Bergen (NH)"),
  (id: "no/bergen", name: "Bergen"),
  (id: "be/liege", name: "Liège"),
])

@Suite("Finding a municipality by what a user types")
struct MunicipalityDirectoryTests {
  @Test(
    "cc/slug, the folder name or the name, ignoring case and accents",
    arguments: [
      ("be/testergem", "be/testergem"), ("BE/Testergem", "be/testergem"), ("testergem", "be/testergem"),
      ("den-bosch", "nl/den-bosch"), ("'s-hertogenbosch", "nl/den-bosch"), ("Brighton and Hove", "gb/brighton-and-hove"),
      ("brighton & hove", "gb/brighton-and-hove"), ("liege", "be/liege"), ("LIÈGE", "be/liege"), ("no/bergen", "no/bergen"),
    ])
  func resolves(text: String, id: String) throws {
    #expect(try directory.resolve(text) == id)
  }

  @Test("A name two municipalities share is ambiguous and lists both")
  func ambiguous() {
    #expect {
      try directory.resolve("bergen")
    } throws: { error in
      guard case CompareError.ambiguousMunicipality(_, let matches) = error else { return false }
      return matches == ["`nl/bergen` (Bergen (NH))", "`no/bergen` (Bergen)"] && (error as? CompareError)?.isUsageError == true
    }
  }

  @Test("An unknown name is a usage error with a did-you-mean")
  func unknown() {
    #expect {
      try directory.resolve("testergm")
    } throws: { error in
      guard let error = error as? CompareError, case .unknownMunicipality(_, let suggestions) = error else { return false }
      return suggestions.first == "`be/testergem` (Testergem)" && error.isUsageError && error.message.text(.en).contains("did you mean")
    }
  }
}
