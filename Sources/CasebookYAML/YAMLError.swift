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
  /// More tabs used as separation (after `-`, `?`, `:` or on blank lines) than one file may have (`yaml.tab`).
  case tooManyTabs(limit: Int, at: SourceLocation)
  /// A byte order mark (U+FEFF) after the start of the file (`yaml.byte-order-mark`).
  case byteOrderMark(at: SourceLocation)
  /// NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR, which libyaml and YAML 1.2 read differently
  /// (`yaml.line-separator`).
  case lineSeparator(UInt32, at: SourceLocation)
  /// A `%YAML` directive for a version other than 1.2 (`yaml.version`).
  case unsupportedVersion(String, at: SourceLocation)
  /// An anchor or alias name that YAML 1.2 reads as longer than libyaml does, as in `&an:chor` (`yaml.anchor`).
  case anchorName(String, at: SourceLocation)
  /// An implicit key longer than YAML's 1024-character limit (`yaml.key-too-long`).
  case keyTooLong(characters: Int, at: SourceLocation)
  /// A `:` libyaml cannot place: with no key before it, on a line after its key inside `{...}`/`[...]`, or
  /// with no space after it inside brackets (`yaml.syntax`).
  case unexpectedColon(inFlow: Bool, at: SourceLocation)
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
    case .tab, .tooManyTabs: "yaml.tab"
    case .byteOrderMark: "yaml.byte-order-mark"
    case .lineSeparator: "yaml.line-separator"
    case .unsupportedVersion: "yaml.version"
    case .anchorName: "yaml.anchor"
    case .keyTooLong: "yaml.key-too-long"
    case .unexpectedColon: "yaml.syntax"
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
    case .tooManyTabs(_, let at), .byteOrderMark(let at), .lineSeparator(_, let at), .unsupportedVersion(_, let at),
      .anchorName(_, let at), .keyTooLong(_, let at), .unexpectedColon(_, let at):
      at
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
    case .tooManyTabs(let limit, _):
      "more than \(limit) tabs after `-`, `?` or `:` or on blank lines in one file; replace the tabs with spaces"
    case .byteOrderMark:
      "an invisible byte order mark (U+FEFF) is in the middle of the file; delete it (it often comes with "
        + "pasted text or files joined together)"
    case .lineSeparator(let scalar, _):
      "the file contains \(Self.describe(scalar)), which YAML 1.2 reads as text but the YAML library as a line "
        + "break, so the value would not be read as written; replace it with a normal line break or a space"
    case .unsupportedVersion(let version, _) where version == "1.1" || version == "1.0":
      "`%YAML \(version)` asks for YAML \(version), which casebook does not read: it reads YAML 1.2, where only "
        + "`true` and `false` are yes/no values and `yes`, `no`, `on`, `off` and times such as `1:20` are text; "
        + "remove the `%YAML` line and write `true` or `false` where you mean yes or no"
    case .unsupportedVersion(let version, _):
      "`%YAML \(Self.excerpt(version))` asks for a YAML version casebook does not read; it reads YAML 1.2 only: "
        + "remove the `%YAML` line or write `%YAML 1.2`"
    case .anchorName(let name, _):
      "the anchor or alias name `\(Self.excerpt(name))` would be read differently by different YAML readers; "
        + "use only letters, digits, `-` and `_` in names, and put a space before a `:` that follows an alias"
    case .keyTooLong(let characters, _):
      "this key is \(characters) characters long; a key written as `key: value` may have at most 1024 "
        + "characters, so shorten it or write it as `? key` on one line and `: value` on the next"
    case .unexpectedColon(let inFlow, _):
      inFlow
        ? "inside `[...]` or `{...}`, write `key: value` with the `:` right after its key on the same line and "
          + "a space after it; quote text that contains `:`"
        : "a key is missing before this `:`; write `key: value`, or quote text that starts with `:`"
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
