import Testing

@testable import CasebookText

@Suite("Message catalogue")
struct MessageCatalogueTests {
  @Test("Every entry has a Dutch and an English text, with the same placeholders in both")
  func everyEntryInBothLanguages() {
    let entries = MessageCatalogue.everyEntry
    #expect(!entries.isEmpty)
    for (key, texts) in entries {
      #expect(!texts.en.trimmingWhitespace.isEmpty, "\(key) has no English text")
      #expect(!texts.nl.trimmingWhitespace.isEmpty, "\(key) has no Dutch text")
      #expect(
        MessageCatalogue.placeholders(in: texts.en) == MessageCatalogue.placeholders(in: texts.nl),
        "\(key) uses different placeholders in Dutch and English")
      let used = MessageCatalogue.placeholders(in: texts.en)
      if let highest = used.max() {
        #expect(used == Set(1...highest), "\(key) skips a placeholder number: \(used.sorted())")
      }
    }
  }

  @Test("Keys are unique across the whole catalogue and every key is found again")
  func uniqueKeys() {
    var seen: Set<String> = []
    for (key, texts) in MessageCatalogue.everyEntry {
      #expect(seen.insert(key).inserted, "the key \(key) appears twice")
      #expect(MessageCatalogue.texts(forKey: key) == texts)
    }
  }

  @Test("Placeholders are filled in the language's order, nested messages and lists in the same language")
  func filling() {
    let message = Message(CommonText.andMore, .all(["a", "b", "c"]), 4)
    #expect(message.text(.en) == "a, b and c and 4 more")
    #expect(message.text(.nl) == "a, b en c en nog 4")
    let nested = Message(CommonText.andMore, .message(Message(CommonText.yes)), .any(["x", "y"]))
    #expect(nested.text(.nl) == "ja en nog x of y")
    #expect(MessageTemplate.fill("{{1}} {2} {1}", arguments: ["one"], language: .en) == "{1} {2} one")
  }

  @Test("A message rebuilt from a cached key reads the same; an unknown key is refused")
  func rebuiltFromKey() {
    let original = Message(CommonText.andMore, .code("schema.enum"), .number(12_000))
    let rebuilt = Message(key: original.key, arguments: original.arguments)
    #expect(rebuilt == original)
    #expect(rebuilt?.text(.en) == "`schema.enum` and 12,000 more")
    #expect(rebuilt?.text(.nl) == "`schema.enum` en nog 12.000")
    #expect(Message(key: "no.such.key", arguments: []) == nil)
  }

  @Test("Numbers are written as each language writes them")
  func numbers() {
    #expect(NumberWords.integer(2500, .nl) == "2500")
    #expect(NumberWords.integer(2500, .en) == "2,500")
    #expect(NumberWords.integer(1_234_567, .nl) == "1.234.567")
    #expect(NumberWords.integer(-1_000, .en) == "-1,000")
    #expect(NumberWords.decimal(52.25, .nl) == "52,3")
    #expect(NumberWords.decimal(0.5, .en) == "0.5")
    #expect(NumberWords.decimal(100, .nl) == "100")
  }

  @Test(
    "The language comes from LC_ALL, LC_MESSAGES, LANG in that order, then the catalogue's default",
    arguments: [
      (["LANG": "nl_NL.UTF-8"], nil, Language.nl),
      (["LANG": "nl_BE.UTF-8", "LC_ALL": "en_GB.UTF-8"], nil, .en),
      (["LC_MESSAGES": "nl_BE", "LANG": "en_US.UTF-8"], nil, .nl),
      (["LC_ALL": "", "LANG": "nl_NL"], nil, .nl),
      (["LANG": "C.UTF-8"], Language.nl, .nl),
      (["LC_ALL": "POSIX", "LANG": "nl_NL"], Language.en, .en),
      ([:], Language.nl, .nl),
      ([:], nil, .en),
      (["LANG": "de_DE.UTF-8"], Language.nl, .nl),
    ] as [([String: String], Language?, Language)])
  func preferredLanguage(environment: [String: String], catalogueDefault: Language?, expected: Language) {
    #expect(Language.preferred(environment: environment, catalogueDefault: catalogueDefault) == expected)
  }
}

extension String {
  fileprivate var trimmingWhitespace: Substring {
    self.drop { $0.isWhitespace }
  }
}
