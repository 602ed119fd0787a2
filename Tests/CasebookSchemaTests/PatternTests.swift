import CasebookSchema
import CasebookYAML
import Testing

/// Whether `text` satisfies `{"pattern": pattern}`.
func patternAccepts(_ pattern: String, _ text: String) throws -> Bool {
  let schema = try JSONSchema(Node(.mapping([
    Node.Entry(key: "pattern", keyLocation: .start, value: Node(.string(pattern)))
  ])))
  return schema.isValid(Node(.string(text)))
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
    ("^(?:a|b)*c$", "ababc", true), ("^(?<year>\\d{4})$", "2024", true), ("^a*?b$", "aab", true),
    ("^\\t$", "\t", true), ("^[\\b]$", "\u{8}", true), ("^\\cJ$", "\n", true), ("^\\0$", "\u{0}", true),
  ])
  func matches(pattern: String, text: String, expected: Bool) throws {
    #expect(try patternAccepts(pattern, text) == expected)
  }

  @Test("patterns that backtracking engines take exponential time on finish quickly")
  func noCatastrophicBacktracking() throws {
    let text = Node(.string(String(repeating: "a", count: 20_000) + "!"))
    let schemas = try ["^(a+)+$", "^(a|aa)*$", "^(a*)*b$"].map { pattern in
      try JSONSchema(JSONParser.parse(#"{"pattern": "\#(pattern)"}"#))
    }
    var results: [Bool] = []
    let elapsed = ContinuousClock().measure {
      results = schemas.map { $0.isValid(text) }
    }
    #expect(results == [false, false, false])
    #expect(elapsed < .seconds(10))
  }

  @Test("invalid patterns are rejected with a reason", arguments: [
    ("^(abc]", "missing `)`"), ("[z-a]", "out of order"), ("a**", "nothing to repeat"), ("(?i)a", "inline flags"),
    ("\\p{Klingon}", "not a supported Unicode property"), ("(a)\\1", "backreferences"), ("a{3,1}", "wrong order"),
    ("[abc", "missing its closing `]`"), ("\\", "lone `\\`"), ("a)", "unmatched `)`"),
  ])
  func invalid(pattern: String, reason: String) {
    #expect {
      try patternAccepts(pattern, "")
    } throws: { error in
      guard case .invalidSchema(let message, let pointer, _) = error as? SchemaError else { return false }
      #expect(message.contains(reason), "\(message)")
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
