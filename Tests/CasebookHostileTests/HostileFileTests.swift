import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// A hostile file and the answer `casebook validate` must give.
struct HostileFile: CustomTestStringConvertible, Sendable {
  /// The file name in the municipality folder.
  var name: String
  /// The rule and location of the error expected first; nil when the file is valid.
  var expected: (rule: String, line: Int, column: Int)?
  /// Makes the content: the fixture of the same name, unless generated.
  var content: @Sendable () throws -> [UInt8]

  var testDescription: String { name }

  init(_ name: String, _ rule: String?, _ line: Int = 1, _ column: Int = 1, content: (@Sendable () -> [UInt8])? = nil) {
    self.name = name
    expected = rule.map { ($0, line, column) }
    self.content = content ?? { try fixture(name) }
  }
}

/// The bytes of `Fixtures/hostile/<name>`.
func fixture(_ name: String) throws -> [UInt8] {
  let url = try #require(Bundle.module.url(forResource: "Fixtures/hostile/" + name, withExtension: nil))
  return Array(try Data(contentsOf: url))
}

/// `count` opening brackets, then as many closing ones: nesting far beyond any limit in 2·count bytes.
private func nested(_ open: String, _ close: String, count: Int) -> [UInt8] {
  Array("title: ".utf8) + Array(repeating: Array(open.utf8), count: count).joined()
    + Array(repeating: Array(close.utf8), count: count).joined() + [10]
}

let hostileFiles: [HostileFile] = [
  HostileFile("malformed.yaml", "yaml.syntax", 3, 5),
  HostileFile("alias-bomb.yaml", "yaml.too-many-nodes", 6, 8),
  HostileFile("alias-flood.yaml", "yaml.too-many-aliases", 2, 408),
  HostileFile("undefined-alias.yaml", "yaml.undefined-alias", 1, 8),
  // The top-level mapping is the first level, so the 64th bracket (after the 7 columns of `title: `) is
  // one level beyond the default limit of 64; in block style, the mapping on line 65.
  HostileFile("nesting-100000-lists.yaml", "yaml.too-deep", 1, 7 + 64) { nested("[", "]", count: 100_000) },
  HostileFile("nesting-100000-mappings.yaml", "yaml.too-deep", 1, 8 + 63 * 4) { nested("{a: ", "}", count: 100_000) },
  HostileFile("nesting-block.yaml", "yaml.too-deep", 65, 129) {
    Array((0..<700).map { String(repeating: "  ", count: $0) + "a:\n" }.joined().utf8)
  },
  HostileFile("fifty-megabytes.yaml", "yaml.too-large") {
    Array("title: ".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 50 << 20) + [10]
  },
  HostileFile("invalid-utf8.yaml", "yaml.invalid-utf8", 1, 11),
  HostileFile("utf16.yaml", "yaml.invalid-utf8"),
  HostileFile("nul-byte.yaml", "yaml.control-character", 1, 12),
  HostileFile("bom.yaml", nil),
  HostileFile("crlf.yaml", nil),
  HostileFile("tabs.yaml", "yaml.tab", 3, 1),
  HostileFile("duplicate-keys.yaml", "yaml.duplicate-key", 3, 1),
  HostileFile("enormous-number.yaml", "yaml.number-range", 2, 7),
  HostileFile("enormous-integer.yaml", "schema.maximum", 2, 7),
  HostileFile("non-string-keys.yaml", "yaml.non-string-key", 2, 1),
  HostileFile("several-documents.yaml", "yaml.multiple-documents", 2, 1),
  HostileFile("empty.yaml", "yaml.empty"),
  HostileFile("only-comments.yaml", "yaml.empty"),
  HostileFile("unknown-tag.yaml", "yaml.tag", 1, 8),
  // Just under the size limit: one scalar of almost a mebibyte, then one unknown field per line.
  HostileFile("long-line.yaml", "schema.maxLength", 1, 8) {
    Array("title: ".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 1_000_000) + [10]
  },
  HostileFile("many-unknown-fields.yaml", "schema.additionalProperties", 1, 1) {
    Array((0..<40_000).map { "f\($0): 1\n" }.joined().utf8)
  },
  // Each unknown category costs did-you-mean edit distances against every name in the taxonomy.
  HostileFile("many-unknown-categories.yaml", "catalog.unknown-category", 2, 5) {
    Array(("categories:\n" + (0..<80_000).map { "  - zq\($0)\n" }.joined()).utf8)
  },
  HostileFile("many-placeholders.yaml", "catalog.placeholder", 1, 8) {
    Array((0..<45_000).map { "todo\($0): TODO\n" }.joined().utf8)
  },
]

@Suite("Hostile files", .serialized)
struct HostileFileTests {
  @Test("Each hostile file is answered with a located diagnostic and the right exit code, within budget",
    arguments: hostileFiles)
  func hostileFile(_ file: HostileFile) throws {
    let catalogue = try hostileCatalogue()
    let path = "\(municipalityFolder)/\(file.name)"
    try catalogue.commit(bytes: try file.content(), at: path)
    for (mode, arguments) in [("working tree", ["validate"]), ("--rev", ["validate", "--rev", "HEAD"])] {
      let run = try guardedRun(arguments, in: catalogue.root)
      report(file.name, mode, run)
      guard let expected = file.expected else {
        #expect(run.status == 0, "\(mode): \(run)")
        #expect(run.output.contains("no problems found"), "\(mode): \(run)")
        continue
      }
      #expect(run.status == 1, "\(mode): \(run)")
      let lines = run.output.split(separator: "\n")
      let located = "\(path):\(expected.line):\(expected.column): error: [\(expected.rule)] "
      #expect(lines.contains { $0.hasPrefix(located) }, "\(mode): expected `\(located)…` in \(run)")
      #expect(lines.allSatisfy { !$0.hasPrefix("cases/") || $0.hasPrefix(path + ":") }, "\(mode): \(run)")
    }
  }
}
