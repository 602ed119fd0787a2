@testable import CasebookCore
import Testing

@Suite("Snippets and query words")
struct SnippetTests {
  @Test("A long text is cut around the passage with the most matched words, marked with ellipses")
  func window() {
    let filler = (1...40).map { "woord\($0)" }.joined(separator: " ")
    let text = filler + " de sneeuw viel en de sneeuwschuivers reden uit. " + filler
    let parts = Snippet.make(text, words: QueryWord.parse(["sneeuw*"]))
    let plain = parts.map(\.text).joined()
    #expect(plain.hasPrefix("…") && plain.hasSuffix("…"))
    #expect(parts.filter(\.highlighted).map(\.text) == ["sneeuw", "sneeuwschuivers"])
    #expect(plain.split(separator: " ").count <= Snippet.length + 2)
  }

  @Test("A short text is kept whole, line breaks collapsed")
  func short() {
    let parts = Snippet.make("Eerste regel\nen  tweede regel.", words: QueryWord.parse(["tweede"]))
    #expect(parts.map(\.text).joined() == "Eerste regel en tweede regel.")
    #expect(parts.filter(\.highlighted).map(\.text) == ["tweede"])
  }

  @Test("Query words are folded; * makes a prefix; duplicates are dropped")
  func queryWords() {
    #expect(
      QueryWord.parse(["Participatie*", "CAFÉ-overleg", "cafe"])
        == [
          QueryWord(text: "participatie", isPrefix: true), QueryWord(text: "cafe", isPrefix: false),
          QueryWord(text: "overleg", isPrefix: false),
        ])
  }

  @Test("Words are runs of letters and digits in any script")
  func words() {
    #expect(SearchText.words("4x4-drivers, Ærø & Zürich: 12 ideeën") == ["4x4", "drivers", "ærø", "zurich", "12", "ideeen"])
  }

  @Test("Years and ranges", arguments: [
    ("2010", 2010, 2010), ("2010..2012", 2010, 2012), ("2010..", 2010, 9999), ("..2012", 0, 2012), (" 2011 ", 2011, 2011),
  ])
  func years(text: String, first: Int, last: Int) throws {
    #expect(try YearRange.parse(text) == YearRange(first: first, last: last))
  }

  @Test("Posting weights survive their one-byte form within 5%", arguments: [0.01, 0.3, 1, 2.75, 9.9, 120] as [Float])
  func weights(weight: Float) {
    let decoded = PostingWeight.decoded[Int(PostingWeight.encode(weight))]
    #expect(abs(decoded - weight) / weight < 0.05)
  }
}
