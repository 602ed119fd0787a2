import Foundation
import Testing

@testable import CasebookText

/// The catalogue covers what people read: every field name a report or `show` puts in words, and a real Dutch
/// text for every English sentence.
@Suite("Catalogue coverage")
struct CatalogueCoverageTests {
  static let schemaFolder = UntranslatedTextTests.packageRoot.appendingPathComponent("schema")

  @Test("Every policy field the reference model reads has a name for people, in Dutch and English")
  func modelFieldsHaveNames() throws {
    let model = try String(contentsOf: Self.schemaFolder.appendingPathComponent("best-practice.yaml"), encoding: .utf8)
    let paths = Set(model.matches(of: #/path: ([a-z_.]+)/#).map { String($0.1) })
    #expect(paths.count > 20)
    let missing = paths.filter { MessageCatalogue.texts(forKey: "field." + $0) == nil }.sorted()
    #expect(missing.isEmpty, "add these to PolicyFieldText: \(missing)")
  }

  @Test("Every value the policy schema lists for a field has words for people, in Dutch and English")
  func policyValuesHaveLabels() throws {
    let data = try Data(contentsOf: Self.schemaFolder.appendingPathComponent("policy.schema.json"))
    let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    var values: [(field: String, value: String)] = []
    // The field a list of values belongs to is the nearest property name above it (past `items`).
    func walk(_ node: Any, field: String) {
      if let object = node as? [String: Any] {
        for value in object["enum"] as? [Any] ?? [] {
          if let value = value as? String { values.append((field, value)) }
        }
        for (key, child) in object {
          walk(child, field: key == "items" ? field : key)
        }
      } else if let array = node as? [Any] {
        array.forEach { walk($0, field: field) }
      }
    }
    walk(schema, field: "")
    #expect(values.count > 50)
    let missing = values.filter { PolicyValueText.label($0.value, field: $0.field) == nil }
      .map { "\($0.field): \($0.value)" }
    #expect(missing.isEmpty, "add these to PolicyValueText: \(missing)")
    #expect(PolicyValueText.fieldsWithFixedValues == Set(values.map(\.field)))
  }

  @Test("Free text that equals a code of the schema's lists is shown as written, not as that code's words")
  func freeTextIsNotACode() {
    #expect(PolicyValueText.label("daily", field: "listening.frequency")?.text(.en) == "every day")
    #expect(PolicyValueText.label("daily", field: "listening.tool") == nil)
    #expect(PolicyValueText.label("none", field: "contact.name") == nil)
  }

  @Test("Every field of case studies, policies and municipality profiles has a label for show, in both languages")
  func schemaKeysHaveLabels() throws {
    var keys: Set<String> = []
    func walk(_ node: Any) {
      if let object = node as? [String: Any] {
        if let properties = object["properties"] as? [String: Any] {
          keys.formUnion(properties.keys)
          properties.values.forEach(walk)
        }
        for key in ["items", "additionalProperties", "$defs", "allOf", "anyOf", "oneOf", "then", "else"] {
          if let value = object[key] {
            if let map = value as? [String: Any], key == "$defs" { map.values.forEach(walk) } else { walk(value) }
          }
        }
      } else if let list = node as? [Any] {
        list.forEach(walk)
      }
    }
    for kind in ["case", "policy", "municipality"] {
      let data = try Data(contentsOf: Self.schemaFolder.appendingPathComponent("\(kind).schema.json"))
      walk(try JSONSerialization.jsonObject(with: data))
    }
    #expect(keys.count > 100)
    let missing = keys.filter { MessageCatalogue.texts(forKey: "key." + $0) == nil }.sorted()
    #expect(missing.isEmpty, "add these to FieldKeyText: \(missing)")
  }

  /// English words that a Dutch sentence does not have: a Dutch text equal to an English one that holds them
  /// was copied, not translated.
  static let englishWords: Set<String> = ["the", "and", "is", "are", "of", "to", "with", "for", "not", "this", "it"]

  @Test("No Dutch text is an English sentence copied over")
  func dutchIsTranslated() {
    for (key, texts) in MessageCatalogue.everyEntry where texts.nl == texts.en {
      let words = Set(texts.en.lowercased().split { !$0.isLetter }.map(String.init))
      #expect(words.isDisjoint(with: Self.englishWords), "\(key) has the same English words in Dutch: \(texts.nl)")
    }
  }
}
