import CasebookText
import CasebookSchema
import CasebookYAML
import Foundation
import Testing

func catalogueFixture(_ name: String) throws -> Node {
  let url = try #require(Bundle.module.url(forResource: "Fixtures/catalogue/\(name)", withExtension: nil))
  return try JSONParser.parse(Array(Data(contentsOf: url)))
}

/// A copy of `node` with the field at `key` of the root object replaced (or added).
func replacing(_ key: String, with value: Node, in node: Node) -> Node {
  var entries = node.entries ?? []
  if let index = entries.firstIndex(where: { $0.key == key }) {
    entries[index].value = value
  } else {
    entries.append(Node.Entry(key: key, keyLocation: value.location, value: value))
  }
  return Node(.mapping(entries), at: node.location)
}

@Suite("A catalogue case study")
struct CatalogueTests {
  @Test("the sample case study is valid")
  func sampleIsValid() throws {
    let schema = try JSONSchema(catalogueFixture("case-study.schema.json"))
    let document = try catalogueFixture("case-study.json")
    #expect(schema.validate(document).isEmpty)
    #expect(schema.isValid(document))
  }

  @Test("typical editing mistakes get one clear message each")
  func editingMistakes() throws {
    let schema = try JSONSchema(catalogueFixture("case-study.schema.json"))
    var document = try catalogueFixture("case-study.json")
    document = replacing("categories", with: try JSONParser.parse(#"["press", "tourismus"]"#), in: document)
    document = replacing("published", with: Node(.string("2024-02-30")), in: document)
    document = replacing("titel", with: Node(.string("x")), in: document)
    document = replacing("media", with: try JSONParser.parse(#"[{"kind": "video", "url": "https://v.example/1"}]"#),
      in: document)
    let found = schema.validate(document)
    // In document order; `titel` was appended at the end.
    #expect(found.map { $0.message.text(.en) } == [
      "`tourismus` is not allowed here; did you mean `tourism`? Use one of: citizen-participation, "
        + "crisis-communication, recruiting, tourism, culture, press, service, youth, transparency, events",
      "`2024-02-30` is not a valid date (YYYY-MM-DD)",
      "missing required field `duration`",
      "unknown field `titel`; did you mean `title`?",
    ])
    #expect(found.map(\.pointer) == ["/categories/1", "/published", "/media/0", "/titel"])
  }

  @Test("one compiled schema validates from many threads at once")
  func concurrentUse() async throws {
    let schema = try JSONSchema(catalogueFixture("case-study.schema.json"))
    let valid = try catalogueFixture("case-study.json")
    let invalid = replacing("contact", with: Node(.string("presse@")), in: valid)
    let expected = schema.validate(invalid)
    #expect(expected.count == 1)
    let results = await withTaskGroup(of: Bool.self) { group in
      for task in 0..<16 {
        group.addTask {
          (0..<50).allSatisfy { _ in
            task % 2 == 0 ? schema.isValid(valid) : schema.validate(invalid) == expected
          }
        }
      }
      return await group.reduce(into: [Bool]()) { $0.append($1) }
    }
    #expect(results == Array(repeating: true, count: 16))
  }
}
