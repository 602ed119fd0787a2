import Foundation
import Testing

/// Every user-facing text lives in the message catalogue (Sources/CasebookText). This scan reads every other
/// source file and fails on a string literal that reads like words for people — two words in a row, or one
/// capitalised word on its own — outside the catalogue. What it flags was either forgotten or belongs to
/// someone else's words (libyaml's, git's), and then it is listed below with the reason.
@Suite("No untranslated text")
struct UntranslatedTextTests {
  /// Literals that look like words but are not casebook's words for people, by file and literal text (the
  /// literal's text with each interpolation written `\(…)`).
  static let allowed: [(file: String, text: String, reason: String)] = [
    // libyaml's problem texts, matched to pick the advice and the YAML 1.2 repairs; libyaml's own words are
    // quoted after the advice, as libyaml wrote them.
    ("CasebookYAML/SyntaxHint.swift", "mapping values are not allowed in this context", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "did not find expected key", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "did not find expected '-' indicator", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "block sequence entries are not allowed in this context", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "did not find expected node content", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "did not find expected ',' or ']'", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "did not find expected ',' or '}'", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "could not find expected ':'", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "found character that cannot start any token", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "found unknown escape character", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "found undefined tag handle", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "found incompatible YAML document", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "did not find expected <document start>", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "did not find expected alphabetic or numeric character", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "found unexpected end of stream", "libyaml's words, matched"),
    ("CasebookYAML/SyntaxHint.swift", "found unexpected document indicator", "libyaml's words, matched"),
    ("CasebookYAML/TabRepair.swift", "block scalar", "libyaml's context, matched"),
    ("CasebookYAML/TabRepair.swift", "found character that cannot start any token", "libyaml's words, matched"),
    ("CasebookYAML/YAML12Difference.swift", "did not find expected key", "libyaml's words, matched"),
    ("CasebookYAML/YAML12Difference.swift", "did not find expected ',' or '}'", "libyaml's words, matched"),
    ("CasebookYAML/YAML12Difference.swift", "did not find expected ',' or ']'", "libyaml's words, matched"),
    ("CasebookYAML/YAML12Difference.swift", "found unexpected ':'", "libyaml's words, matched"),
    ("CasebookYAML/YAML12Difference.swift", "did not find expected node content", "libyaml's words, matched"),
    ("CasebookYAML/LibYAML.swift", "unknown problem", "stands in for libyaml's own problem text, quoted as libyaml's"),
    ("CasebookYAML/LibYAML.swift", "out of memory", "stands in for libyaml's own problem text, quoted as libyaml's"),
    ("CasebookGit/GitError.swift", "no message from libgit2", "stands in for libgit2's own message, quoted as libgit2's"),
    ("CasebookGit/GitError.swift", "failed to parse", "libgit2's words, matched to tell damage from other errors"),
    // Words written into files that are data, in both languages at once or for programs.
    ("CasebookCore/Submission/Scaffold.swift", "TODO taalcode, bijvoorbeeld nl / language code, e.g. en",
      "placeholder in a new file, Dutch and English at once, as the whole template is"),
    ("CasebookCore/Submission/Scaffold.swift", "TODO titel van de casus / title of the case", "bilingual placeholder"),
    ("CasebookCore/Submission/Scaffold.swift", "TODO titel van het beleid / title of the policy", "bilingual placeholder"),
    ("CasebookCore/Submission/Scaffold.swift", "TODO naam van de gemeente / name of the municipality", "bilingual placeholder"),
    ("CasebookCore/Submission/Submission.swift", "HEAD with the submitted files",
      "the revision name of the snapshot submit checks; no command shows it"),
    ("CasebookCore/Search/SearchQuery.swift", "the search words", "never shown: the words have a hint of their own"),
    ("CasebookCore/Snapshot/WorkingTree.swift", "\\(…)max files \\(…)\n", "part of a cache key"),
    ("CasebookGit/Repository+Writing.swift", "the pack was written but has no name", "stands in for libgit2's message"),
    ("CasebookCore/Submission/Scaffold.swift",
      "\n            # name: Voornaam Achternaam / First Last\n            # role: Webcareteam\n            email: \\(…)\n"
        + "            # url: https://www.example.org/contact\n          ",
      "bilingual example in a new file"),
    ("CasebookCore/Submission/Scaffold.swift",
      "\n            name: \\(…)\n            # role: Webcareteam\n            email: \\(…)\n"
        + "            # url: https://www.example.org/contact\n          ",
      "example in a new file"),
    ("casebook/ParserWords.swift", "Show the version.", "the argument parser's words, matched to be replaced"),
    ("casebook/ParserWords.swift", "Show help information.", "the argument parser's words, matched to be replaced"),
    ("casebook/ParserWords.swift", "Missing required subcommand.", "the argument parser's words, matched"),
    ("CasebookGit/Fetch.swift", " (history rewritten)",
      "part of the reflog message of casebook's own peer reference, read with git reflog as git's own are"),
  ]

  /// Files that are data, not code: the generated copies of `schema/`, `templates/` and the metaschema; and
  /// files whose literals are all words matched against input, never shown.
  static let skippedFiles = [
    "CasebookCore/Embedded/", "CasebookSchema/EmbeddedMetaschema.swift",
    // Unicode property names of regular expressions (`\p{Letter}`).
    "CasebookSchema/ScalarSet.swift",
    // YAML's own spellings of null, true, false and infinity.
    "CasebookYAML/ScalarResolver.swift",
    // ISO 3166-1 country codes, and words of municipality names and councils that look-alike checks drop.
    "CasebookCore/Rules/ISOCountry.swift", "CasebookCore/Access/LookAlike.swift",
  ]

  @Test("No string literal outside the catalogue reads like words for people")
  func noUntranslatedLiterals() throws {
    let sources = Self.packageRoot.appendingPathComponent("Sources")
    var found: [String] = []
    var used: Set<String> = []
    for file in try Self.swiftFiles(under: sources) {
      let relative = String(file.path.dropFirst(sources.path.count + 1))
      if relative.hasPrefix("CasebookText/") || Self.skippedFiles.contains(where: relative.hasPrefix) { continue }
      let text = try String(contentsOf: file, encoding: .utf8)
      for literal in SwiftLiterals.strings(in: text)
      where WordsForPeople.appear(in: literal.text) && !WordsForPeople.notForPeople(literal) {
        if let allowance = Self.allowed.first(where: { relative.hasSuffix($0.file) && $0.text == literal.text }) {
          used.insert(allowance.file + "\u{0}" + allowance.text)
          continue
        }
        found.append("\(relative):\(literal.line): \"\(literal.text)\"")
      }
    }
    #expect(
      found.isEmpty,
      "text for people belongs in the message catalogue (Sources/CasebookText), in Dutch and English:\n\(found.joined(separator: "\n"))")
    let stale = Self.allowed.filter { !used.contains($0.file + "\u{0}" + $0.text) }.map { "\($0.file): \($0.text)" }
    #expect(stale.isEmpty, "allowed literals that are no longer in the sources: \(stale)")
  }

  @Test(
    "The scan sees words in plain, interpolated, multi-line and raw literals, and none in code or comments",
    arguments: [
      (#"let a = "no problems found""#, true),
      (#"let a = "\(count) files checked""#, true),
      ("let a = \"\"\"\n  Next: add a case\n  \"\"\"", true),
      (##"let a = #"write "\(x)" down here"#"##, true),
      (#"f("a \(g("inner words here")) b")"#, true),
      (#"throw .invalidArgument("`\(name)` is not an e-mail address")"#, true),
      (#"let a = "<p>No results</p>""#, true),
      (#"let a = "x" // a comment with words"#, false),
      (#"/* "not a literal" */ let b = 1"#, false),
      (#"let a = "Overall""#, true),
      (#"let a = "tag:yaml.org,2002:str""#, false),
      (#"let a = "<p class=\"meta\">""#, false),
      (#"let a = "PRAGMA journal_mode = MEMORY""#, false),
      (#"let a = "\(a) \(b)""#, false),
      (#"let a = "text-anchor end""#, false),
    ] as [(String, Bool)])
  func scanner(source: String, flagged: Bool) {
    let found = SwiftLiterals.strings(in: source).map(\.text).contains(where: WordsForPeople.appear)
    #expect(found == flagged, "\(SwiftLiterals.strings(in: source).map(\.text))")
  }

  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  static func swiftFiles(under folder: URL) throws -> [URL] {
    let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    var files: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
      if url.pathExtension == "swift" { files.append(url) }
    }
    return files.sorted { $0.path < $1.path }
  }
}

/// Whether a literal's text reads like words for people.
enum WordsForPeople {
  /// Words that are not for the people who use casebook: commands they type (`casebook validate …`, `git …`),
  /// style sheets, and messages for programmers (`fatalError`, `precondition`, `@available`) or fault points.
  static func notForPeople(_ literal: SwiftLiterals.Literal) -> Bool {
    let text = literal.text.drop { $0 == " " || $0 == "\n" }
    if text.hasPrefix("casebook ") || text.hasPrefix("git ") { return true }
    if text.contains("{") && text.contains("}") && text.contains(";") { return true }
    let calls = [
      "fatalError(", "precondition(", "preconditionFailure(", "assert(", "assertionFailure(", "FaultInjection.point(",
      "@available(",
    ]
    return calls.contains { literal.context.contains($0) }
  }

  // Made once: a regex literal is compiled each time it is evaluated, and compiling thousands of them while
  // other suites run crashed inside the regex library once (a bad pointer in `Regex.init(_regexString:)`).
  nonisolated(unsafe) static let wholeTag = #/<[^<>]*>/#
  nonisolated(unsafe) static let openedTag = #/<[^<>]*$/#
  nonisolated(unsafe) static let closedTag = #/^[^<>]*>/#
  nonisolated(unsafe) static let capitalisedWord = #/[A-Z][a-z]{2,}/#
  nonisolated(unsafe) static let wordPair = #/[A-Za-z][a-z]+:? [a-z]{2,}/#

  /// Two words of letters next to each other (`no problems`, `Next: add`), or the whole literal one capitalised
  /// word (`Overall`), after markup tags and interpolations are taken out. Code-like text — `tag:yaml.org`,
  /// `text-anchor`, `journal_mode`, SQL keywords in capitals — has no such pair.
  static func appear(in text: String) -> Bool {
    // Markup: whole tags, and a tag a literal opens or closes for the next or the previous one.
    var plain = text.replacing(wholeTag, with: " ").replacing(openedTag, with: " ").replacing(closedTag, with: " ")
    plain = plain.replacing("\\(…)", with: " \u{1} ")
    if plain.wholeMatch(of: capitalisedWord) != nil { return true }
    // A word that is part of a name (`schema.enum`, `text-anchor`, `max_depth`, `~/x`) is not a word for people.
    let joiners = Set("._-/\\@$%~=#0123456789")
    for match in plain.matches(of: wordPair) {
      // Two-letter codes side by side (`ad ae af`) are not words.
      if match.output.split(separator: " ").allSatisfy({ $0.count <= 2 }) { continue }
      let before = match.range.lowerBound == plain.startIndex ? nil : plain[plain.index(before: match.range.lowerBound)]
      let after = match.range.upperBound == plain.endIndex ? nil : plain[match.range.upperBound]
      if let before, before.isLetter || joiners.contains(before) { continue }
      if let after, after.isLetter || joiners.contains(after) { continue }
      return true
    }
    return false
  }
}

/// String literals of Swift source, with their line: plain, multi-line and raw; interpolations become `\(…)`.
/// Comments are skipped; regular-expression literals are not expected to hold quotes.
enum SwiftLiterals {
  struct Literal {
    var text: String
    var line: Int
    /// The source before the literal on its line (at most 60 characters), to tell what the literal is for.
    var context: String = ""
  }

  static func strings(in source: String) -> [Literal] {
    let characters = Array(source.unicodeScalars)
    var literals: [Literal] = []
    var index = 0
    var line = 1
    func at(_ offset: Int) -> Unicode.Scalar? { index + offset < characters.count ? characters[index + offset] : nil }
    while index < characters.count {
      let character = characters[index]
      if character == "\n" { line += 1 }
      if character == "/", at(1) == "/" {
        while index < characters.count, characters[index] != "\n" { index += 1 }
        continue
      }
      if character == "/", at(1) == "*" {
        var depth = 0
        repeat {
          if characters[index] == "\n" { line += 1 }
          if characters[index] == "/", at(1) == "*" { depth += 1; index += 1 }
          else if characters[index] == "*", at(1) == "/" { depth -= 1; index += 1 }
          index += 1
        } while depth > 0 && index < characters.count
        continue
      }
      if character == "#" || character == "\"" {
        var hashes = 0
        while at(hashes) == "#" { hashes += 1 }
        guard at(hashes) == "\"" else {
          index += max(hashes, 1)
          continue
        }
        let start = line
        var lineStart = index
        while lineStart > 0, characters[lineStart - 1] != "\n", index - lineStart < 60 { lineStart -= 1 }
        let context = String(String.UnicodeScalarView(characters[lineStart..<index]))
        var inner: [Literal] = []
        let (text, next, lines) = literal(characters, from: index + hashes, hashes: hashes, inner: &inner)
        literals.append(Literal(text: text, line: start, context: context))
        literals += inner.map { Literal(text: $0.text, line: start, context: context + "\\(") }
        line += lines
        index = next
        continue
      }
      index += 1
    }
    return literals
  }

  /// The literal whose opening quote is at `start`: its text, the index after it, and the line breaks in it.
  private static func literal(
    _ characters: [Unicode.Scalar], from start: Int, hashes: Int, inner: inout [Literal]
  ) -> (text: String, next: Int, lines: Int) {
    let multiline = start + 2 < characters.count && characters[start + 1] == "\"" && characters[start + 2] == "\""
    var index = start + (multiline ? 3 : 1)
    var text = ""
    var lines = 0
    let closing = String(repeating: "\"", count: multiline ? 3 : 1) + String(repeating: "#", count: hashes)
    func closes(at position: Int) -> Bool {
      for (offset, scalar) in closing.unicodeScalars.enumerated() {
        guard position + offset < characters.count, characters[position + offset] == scalar else { return false }
      }
      return true
    }
    while index < characters.count {
      let character = characters[index]
      if closes(at: index) { return (text, index + closing.unicodeScalars.count, lines) }
      if character == "\n" {
        lines += 1
        if !multiline { return (text, index, lines) }
      }
      let escape = "\\" + String(repeating: "#", count: hashes)
      if character == "\\", String(String.UnicodeScalarView(characters[index..<min(characters.count, index + escape.unicodeScalars.count)])) == escape {
        let after = index + escape.unicodeScalars.count
        if after < characters.count, characters[after] == "(" {
          // An interpolation: skip to its closing parenthesis, over nested literals.
          var depth = 0
          var position = after
          while position < characters.count {
            let scalar = characters[position]
            if scalar == "\"" {
              let (innerText, next, innerLines) = literal(characters, from: position, hashes: 0, inner: &inner)
              inner.append(Literal(text: innerText, line: 0))
              lines += innerLines
              position = next
              continue
            }
            if scalar == "(" { depth += 1 }
            if scalar == ")" { depth -= 1 }
            position += 1
            if depth == 0 { break }
          }
          text += hashes == 0 ? "\\(…)" : String(escape) + "(…)"
          index = position
          continue
        }
        if hashes == 0, after < characters.count {
          text.unicodeScalars.append(characters[after] == "n" ? "\n" : characters[after])
          index = after + 1
          continue
        }
      }
      text.unicodeScalars.append(character)
      index += 1
    }
    return (text, index, lines)
  }
}
