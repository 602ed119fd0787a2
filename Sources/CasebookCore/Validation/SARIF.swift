import CasebookText

/// The tool's name, version and home, as reports about it name it.
public enum CasebookTool {
  /// The command's name.
  public static let name = "casebook"
  /// The release version (`casebook --version`).
  public static let version = "0.1.0"
  /// Where people read about casebook.
  public static let informationURI = "https://casebook.example.org/"
}

/// SARIF 2.1.0 output (`validate --format sarif`), in the shape GitHub code scanning accepts: one run, the
/// tool with every rule and its description, results with rule id and index, level, message and a
/// repository-relative location with line and column.
enum SARIFRenderer {
  static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

  static func render(_ report: ValidationReport, language: Language = .en) -> String {
    var rules = RuleID.allCases.map(\.rawValue)
    var ruleIndex: [String: Int] = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
    // A rule this registry does not list (a newer schema keyword) still gets an entry, so every result has one.
    for diagnostic in report.diagnostics where ruleIndex[diagnostic.rule] == nil {
      ruleIndex[diagnostic.rule] = rules.count
      rules.append(diagnostic.rule)
    }
    let document: JSONValue = .object([
      ("$schema", .string(schemaURI)),
      ("version", .string("2.1.0")),
      (
        "runs",
        .array([
          .object([
            (
              "tool",
              .object([
                (
                  "driver",
                  .object([
                    ("name", .string(CasebookTool.name)),
                    ("version", .string(CasebookTool.version)),
                    ("semanticVersion", .string(CasebookTool.version)),
                    ("informationUri", .string(CasebookTool.informationURI)),
                    ("rules", .array(rules.map { rule($0, language) })),
                  ])
                )
              ])
            ),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(report.diagnostics.map { result($0, index: ruleIndex[$0.rule]!, language) })),
          ])
        ])
      ),
    ])
    return document.text(pretty: true) + "\n"
  }

  private static func rule(_ id: String, _ language: Language) -> JSONValue {
    let known = RuleID(rawValue: id)
    let summary = RuleID.summary(of: id, language)
    let full: String
    switch known?.configurability {
    case .configurable: full = Message(SARIFText.configurable, .text(summary)).text(language)
    case .fixed(let reason): full = Message(SARIFText.fixed, .text(summary), .text(reason.text(language))).text(language)
    case nil: full = Message(SARIFText.schemaKeyword, .code(String(id.split(separator: ".").last ?? ""))).text(language)
    }
    let level = level(known?.defaultSeverity ?? .error)
    return .object([
      ("id", .string(id)),
      ("name", .string(name(of: id))),
      ("shortDescription", .object([("text", .string(summary))])),
      ("fullDescription", .object([("text", .string(full))])),
      ("defaultConfiguration", .object([("level", .string(level))])),
      ("properties", .object([("tags", .array([.string(String(id.prefix { $0 != "." }))]))])),
    ])
  }

  private static func result(_ diagnostic: Diagnostic, index: Int, _ language: Language) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("ruleId", .string(diagnostic.rule)),
      ("ruleIndex", .int(index)),
      ("level", .string(level(diagnostic.severity))),
      ("message", .object([("text", .string(diagnostic.message.text(language)))])),
      (
        "locations",
        .array([
          .object([
            (
              "physicalLocation",
              .object([
                ("artifactLocation", .object([("uri", .string(uri(diagnostic.file))), ("uriBaseId", .string("%SRCROOT%"))])),
                ("region", .object([("startLine", .int(max(1, diagnostic.line))), ("startColumn", .int(max(1, diagnostic.column)))])),
              ])
            )
          ])
        ])
      ),
    ]
    var properties: [(String, JSONValue)] = [("default-severity", .string(diagnostic.unconfiguredSeverity.rawValue))]
    if !diagnostic.pointer.isEmpty { properties.append(("pointer", .string(diagnostic.pointer))) }
    members.append(("properties", .object(properties)))
    return .object(members)
  }

  private static func level(_ severity: Severity) -> String {
    severity == .error ? "error" : "warning"
  }

  /// `catalog.missing-municipality` → `CatalogMissingMunicipality`: SARIF's name is an identifier-like word.
  private static func name(of id: String) -> String {
    id.split(whereSeparator: { $0 == "." || $0 == "-" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  /// A repository-relative URI reference: every byte outside RFC 3986's unreserved characters and `/` is
  /// percent-encoded, so spaces and non-ASCII names stay valid.
  static func uri(_ path: String) -> String {
    var output = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        output.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        output += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return output
  }
}
