import CasebookSchema
import CasebookYAML
import Testing

/// `{"pattern": pattern}`, compiled.
func patternSchema(_ pattern: String) throws -> JSONSchema {
  try JSONSchema(Node(.mapping([Node.Entry(key: "pattern", keyLocation: .start, value: Node(.string(pattern)))])))
}

/// Whether `text` satisfies `{"pattern": pattern}`.
func patternAccepts(_ pattern: String, _ text: String) throws -> Bool {
  try patternSchema(pattern).isValid(Node(.string(text)))
}

@Suite("pattern (ECMA-262, Unicode mode)")
struct PatternTests {
  @Test("matching follows ECMA-262", arguments: [
    ("a+", "xxaayy", true), ("^a+$", "xxaayy", false), ("^$", "", true), ("^abc$", "abc\n", false),
    ("colou?r", "my color", true), ("^(ab|cd)+$", "abcdab", true), ("^(ab|cd)+$", "abca", false),
    ("^[a-z0-9-]+$", "kreis-42", true), ("^[a-z0-9-]+$", "Kreis", false), ("^[^,]*$", "a;b", true),
    ("^[^,]*$", "a,b", false), ("^\\d{4}-\\d{2}$", "2024-05", true), ("^\\d{4}$", "२०२४", false),
    ("^\\w+$", "straße", false), ("^\\s*$", " \t\u{A0}\u{2003}", true), ("^\\S+$", "a b", false),
    ("^a{2,3}$", "aaaa", false), ("^a{2,}$", "aaaaa", true), ("^a{2}$", "aa", true), ("x{,2}", "x{,2}", true),
    ("^.$", "😀", true), ("^..$", "😀", false), ("^.$", "\n", false), ("^\\p{Lu}\\p{Ll}+$", "Émile", true),
    ("^\\p{Letter}+$", "π", true), ("^\\P{L}+$", "123", true), ("^[\\p{L}\\d ]+$", "Ü 7", true),
    ("\\bcat\\b", "a cat!", true), ("\\bcat\\b", "concatenate", false), ("\\Bcat", "concat", true),
    ("^(?=.*\\d)(?=.*[a-z]).{6,}$", "abc123", true), ("^(?=.*\\d)(?=.*[a-z]).{6,}$", "abcdef", false),
    ("^(?!www\\.)", "www.example.org", false), ("(?<=\\$)\\d+", "costs $30", true), ("(?<=\\$)\\d+", "30", false),
    ("(?<!-)\\b\\d+", "-5", false), ("^\\u00e4$", "ä", true), ("^\\u{1F600}$", "😀", true),
    ("^\\ud83d\\ude00$", "😀", true), ("^\\x41$", "A", true), ("^[\\-+]$", "-", true), ("^\\/$", "/", true),
    ("^a\\@b\\:c$", "a@b:c", true),
    ("^(?:a|b)*c$", "ababc", true), ("^(?<year>\\d{4})$", "2024", true), ("^a*?b$", "aab", true),
    ("^\\t$", "\t", true), ("^[\\b]$", "\u{8}", true), ("^\\cJ$", "\n", true), ("^\\0$", "\u{0}", true),
  ])
  func matches(pattern: String, text: String, expected: Bool) throws {
    #expect(try patternAccepts(pattern, text) == expected)
  }

  @Test("patterns that backtracking engines take exponential time on finish quickly")
  func noCatastrophicBacktracking() throws {
    let text = Node(.string(String(repeating: "a", count: 20_000) + "!"))
    // With and without `(?=)`, so that both matchers are covered.
    let patterns = ["^(a+)+$", "^(a|aa)*$", "^(a*)*b$", "(?=)^(a+)+$", "(?=a)(a|aa)*$", "^(?!b)(a*)*b$"]
    let schemas = try patterns.map { pattern in
      try JSONSchema(JSONParser.parse(#"{"pattern": "\#(pattern)"}"#))
    }
    var results: [Bool] = []
    let elapsed = ContinuousClock().measure {
      results = schemas.map { $0.isValid(text) }
    }
    #expect(results == Array(repeating: false, count: patterns.count))
    #expect(elapsed < .seconds(10))
  }

  @Test("invalid patterns are rejected with a reason", arguments: [
    ("^(abc]", "missing `)`"), ("[z-a]", "out of order"), ("a**", "nothing to repeat"), ("(?i)a", "inline flags"),
    ("\\p{Klingon}", "not a supported Unicode property"), ("(a)\\1", "backreferences"), ("a{3,1}", "wrong order"),
    ("[abc", "missing its closing `]`"), ("\\", "lone `\\`"), ("\\q", "not a valid escape"), ("a)", "unmatched `)`"),
  ])
  func invalid(pattern: String, reason: String) {
    #expect {
      try patternAccepts(pattern, "")
    } throws: { error in
      guard case .invalidSchema(let message, let pointer, _) = error as? SchemaError else { return false }
      #expect(message.text(.en).contains(reason), "\(message)")
      return pointer == "/pattern"
    }
  }
}

@Suite("Numbers")
struct NumberTests {
  @Test("multipleOf is exact for decimal steps", arguments: [
    ("0.01", "19.99", true), ("0.01", "0.07", true), ("0.1", "0.3", true), ("0.01", "1.005", false),
    ("0.0001", "0.0075", true), ("0.0001", "0.00751", false), ("0.5", "7", true), ("2", "7.0", false),
    ("2", "8.0", true), ("3", "1000000000.5", false), ("1e-8", "12391239123", true),
    ("0.123456789", "1e308", false), ("7", "-21", true), ("1.1", "3.3", true),
  ])
  func multipleOf(divisor: String, value: String, expected: Bool) throws {
    let schema = try JSONSchema(JSONParser.parse(#"{"multipleOf": \#(divisor)}"#))
    #expect(try schema.isValid(JSONParser.parse(value)) == expected)
  }

  @Test("bounds compare integers and floats exactly", arguments: [
    (#"{"maximum": 9007199254740992}"#, "9007199254740993", false),
    (#"{"maximum": 9007199254740993}"#, "9007199254740992", true),
    (#"{"minimum": 1.5}"#, "1", false), (#"{"exclusiveMaximum": 3}"#, "3.0", false),
    (#"{"exclusiveMinimum": -1}"#, "-0.5", true), (#"{"type": "integer"}"#, "1e3", true),
    (#"{"type": "integer"}"#, "1.5", false), (#"{"const": 1}"#, "1.0", true), (#"{"const": false}"#, "0", false),
    (#"{"enum": [{"a": [1, 2]}]}"#, #"{"a": [1.0, 2]}"#, true),
  ])
  func comparisons(schema: String, value: String, expected: Bool) throws {
    #expect(try JSONSchema(JSONParser.parse(schema)).isValid(JSONParser.parse(value)) == expected)
  }
}

@Suite("pattern engines agree")
struct PatternEngineTests {
  /// Patterns without lookarounds run on a precomputed automaton; an empty lookahead `(?=)` changes nothing
  /// in the language but sends the same pattern to the general matcher. Both must agree on every text.
  @Test("the automaton and the general matcher accept the same texts")
  func automatonMatchesGeneralMatcher() throws {
    let pieces = ["a", "b", "ä", "[ab]", "[^a]", ".", "(a|b)", "a*", "b+", "c?", "^", "$", "(ab)*", "a{1,2}",
      "\\d", "[a-c]+", "(|a)", "(a*)*", "[^\\n]"]
    let alphabet: [Character] = ["a", "b", "c", "ä", "1", "\n"]
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func random(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    var disagreements: [String] = []
    for _ in 0..<300 {
      let pattern = (0..<(1 + random(5))).map { _ in pieces[random(pieces.count)] }.joined()
      let texts = (0..<30).map { _ in String((0..<random(7)).map { _ in alphabet[random(alphabet.count)] }) }
      let automaton = try patternSchema(pattern)
      let general = try patternSchema("(?=)" + pattern)
      for text in texts where automaton.isValid(Node(.string(text))) != general.isValid(Node(.string(text))) {
        disagreements.append("\(pattern) on \(text.debugDescription)")
      }
    }
    #expect(disagreements.isEmpty)
  }
}
