/// Why a YAML file could not be read. Every case knows its rule id, location and a message for editors.
/// All of them are errors: the file cannot be used until it is fixed.
public enum YAMLError: Error, Sendable, Equatable {
  /// The input has more bytes than ``YAMLLimits/maxBytes`` (`yaml.too-large`).
  case tooLarge(byteCount: Int, limit: Int)
  /// The input is UTF-16 or UTF-32, named here (`yaml.invalid-utf8`).
  case unsupportedEncoding(String)
  /// A byte sequence that is not UTF-8 starts here (`yaml.invalid-utf8`).
  case invalidUTF8(at: SourceLocation)
  /// A character YAML does not allow, given as its Unicode scalar value (`yaml.control-character`).
  case controlCharacter(UInt32, at: SourceLocation)
  /// A tab where libyaml expects indentation (`yaml.tab`).
  case tab(at: SourceLocation)
  /// The input has no document: it is empty or holds only comments and blank lines (`yaml.empty`).
  case empty
  /// A second document starts here (`yaml.multiple-documents`).
  case multipleDocuments(at: SourceLocation)
  /// Any other error libyaml reports: its problem, its context and where that context started (`yaml.syntax`).
  case syntax(problem: String, context: String?, contextLocation: SourceLocation?, at: SourceLocation)
  /// A tag other than the standard `!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!seq`, `!!map`, `!`
  /// (`yaml.tag`).
  case unknownTag(String, at: SourceLocation)
  /// A standard tag on a value it cannot describe, such as `!!int abc` or `!!map` on a list (`yaml.tag`).
  case tagMismatch(tag: String, value: String, at: SourceLocation)
  /// A plain number too large for a 64-bit float, such as `1e400` (`yaml.number-range`).
  case numberOutOfRange(String, at: SourceLocation)
  /// A key that already appeared in the same mapping at `first` (`yaml.duplicate-key`).
  case duplicateKey(String, first: SourceLocation, at: SourceLocation)
  /// A key that is not text: `kind` says what it is, `text` is its scalar text if any (`yaml.non-string-key`).
  case nonStringKey(text: String, kind: String, at: SourceLocation)
  /// An alias `*name` with no anchor `&name` defined before it (`yaml.undefined-alias`).
  case undefinedAlias(String, at: SourceLocation)
  /// More aliases than ``YAMLLimits/maxAliases`` (`yaml.too-many-aliases`).
  case tooManyAliases(limit: Int, at: SourceLocation)
  /// More nodes than ``YAMLLimits/maxNodes``, counting alias expansions (`yaml.too-many-nodes`).
  case tooManyNodes(limit: Int, at: SourceLocation)
  /// Nesting deeper than ``YAMLLimits/maxDepth`` (`yaml.too-deep`).
  case tooDeep(limit: Int, at: SourceLocation)
  /// libyaml itself failed (for example out of memory) in the named C function (`yaml.internal`).
  case libyaml(function: String, problem: String)
}

extension YAMLError: CustomStringConvertible {
  /// Stable rule id, such as `yaml.syntax` or `yaml.duplicate-key`.
  public var rule: String {
    switch self {
    case .tooLarge: "yaml.too-large"
    case .unsupportedEncoding, .invalidUTF8: "yaml.invalid-utf8"
    case .controlCharacter: "yaml.control-character"
    case .tab: "yaml.tab"
    case .empty: "yaml.empty"
    case .multipleDocuments: "yaml.multiple-documents"
    case .syntax: "yaml.syntax"
    case .unknownTag, .tagMismatch: "yaml.tag"
    case .numberOutOfRange: "yaml.number-range"
    case .duplicateKey: "yaml.duplicate-key"
    case .nonStringKey: "yaml.non-string-key"
    case .undefinedAlias: "yaml.undefined-alias"
    case .tooManyAliases: "yaml.too-many-aliases"
    case .tooManyNodes: "yaml.too-many-nodes"
    case .tooDeep: "yaml.too-deep"
    case .libyaml: "yaml.internal"
    }
  }

  /// Where the problem is; the start of the file for problems of the file as a whole.
  public var location: SourceLocation {
    switch self {
    case .tooLarge, .unsupportedEncoding, .empty, .libyaml: .start
    case .invalidUTF8(let at), .controlCharacter(_, let at), .tab(let at), .multipleDocuments(let at),
      .syntax(_, _, _, let at), .unknownTag(_, let at), .tagMismatch(_, _, let at),
      .numberOutOfRange(_, let at), .duplicateKey(_, _, let at), .nonStringKey(_, _, let at),
      .undefinedAlias(_, let at), .tooManyAliases(_, let at), .tooManyNodes(_, let at), .tooDeep(_, let at):
      at
    }
  }

  /// What happened and what to do, for a municipal editor.
  public var message: String {
    switch self {
    case .tooLarge(let byteCount, let limit):
      "the file has \(byteCount) bytes, more than the limit of \(limit); split it into smaller files"
    case .unsupportedEncoding(let encoding):
      "the file is encoded as \(encoding), which is not supported; save it as UTF-8"
    case .invalidUTF8:
      "the file is not valid UTF-8 here; save the file with UTF-8 encoding or retype this character"
    case .controlCharacter(let scalar, _):
      "the file contains the control character \(Self.describe(scalar)), which YAML does not allow; delete it"
    case .tab:
      "a tab is used for indentation here; indent with spaces, not tabs"
    case .empty:
      "the file has no content; expected a YAML document such as lines of `key: value`"
    case .multipleDocuments:
      "a second YAML document starts here, but a file must hold exactly one; remove the `---` or `...` line "
        + "and what follows it, or move it to its own file"
    case .syntax(let problem, let context, let contextLocation, _):
      SyntaxHint.message(problem: problem, context: context, contextLocation: contextLocation)
    case .unknownTag(let tag, _):
      "the tag `\(Self.excerpt(Self.shortTag(tag)))` is not supported; remove it (allowed tags: !!str, !!int, !!float, "
        + "!!bool, !!null, !!seq, !!map)"
    case .tagMismatch(let tag, let value, _):
      "the tag `\(Self.shortTag(tag))` does not fit \(value); remove the tag or change the value"
    case .numberOutOfRange(let text, _):
      "the number `\(Self.excerpt(text))` is too large; quote it if it is text"
    case .duplicateKey(let key, let first, _):
      "the key `\(Self.excerpt(key))` appears twice in this mapping (first on line \(first.line)); remove or rename one"
    case .nonStringKey(let text, let kind, _):
      text.isEmpty
        ? "this key is \(kind), but keys must be text; quote the key"
        : "the key `\(Self.excerpt(text))` is read as \(kind), but keys must be text; quote the key, as in "
          + "\"\(Self.excerpt(text))\""
    case .undefinedAlias(let name, _):
      "the alias `*\(name)` refers to no anchor `&\(name)` defined before it; define the anchor first"
    case .tooManyAliases(let limit, _):
      "more than \(limit) aliases (`*name`) in one file; write the values out instead"
    case .tooManyNodes(let limit, _):
      "the file has more than \(limit) values (counting every copy an alias makes); simplify or split it"
    case .tooDeep(let limit, _):
      "values are nested more than \(limit) levels deep here; flatten the structure"
    case .libyaml(let function, let problem):
      "the YAML library failed in \(function): \(problem)"
    }
  }

  /// `line:column: message [rule]`.
  public var description: String { "\(location): \(message) [\(rule)]" }

  private static func describe(_ scalar: UInt32) -> String {
    let hex = String(scalar, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    let names = [
      "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR", "SO", "SI",
      "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
    ]
    if scalar < 0x20 { return "\(code) (\(names[Int(scalar)]))" }
    if scalar == 0x7F { return "\(code) (DEL)" }
    return code
  }

  /// At most 40 characters of `text`, so that a huge value does not flood a message.
  static func excerpt(_ text: String) -> String {
    text.count <= 40 ? text : text.prefix(39) + "…"
  }

  /// Shows `tag:yaml.org,2002:x` the way it is usually written, `!!x`.
  static func shortTag(_ tag: String) -> String {
    let prefix = "tag:yaml.org,2002:"
    return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
  }
}
