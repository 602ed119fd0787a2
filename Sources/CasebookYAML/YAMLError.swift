import CasebookText

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
  /// A standard tag on a value it cannot describe, such as `!!int abc` or `!!map` on a list (`yaml.tag`);
  /// `found` says what the value is (and, for a scalar, what the tag wanted).
  case tagMismatch(tag: String, found: Message, at: SourceLocation)
  /// A plain number too large for a 64-bit float, such as `1e400` (`yaml.number-range`).
  case numberOutOfRange(String, at: SourceLocation)
  /// A key that already appeared in the same mapping at `first` (`yaml.duplicate-key`).
  case duplicateKey(String, first: SourceLocation, at: SourceLocation)
  /// A key that is not text: `kind` says what it is, `text` is its scalar text if any (`yaml.non-string-key`).
  case nonStringKey(text: String, kind: Message, at: SourceLocation)
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

  /// What happened and what to do, for a municipal editor, in either language.
  public var message: Message {
    switch self {
    case .tooLarge(let byteCount, let limit):
      Message(YAMLErrorText.tooLarge, .text(String(byteCount)), .text(String(limit)))
    case .unsupportedEncoding(let encoding):
      Message(YAMLErrorText.unsupportedEncoding, .text(encoding))
    case .invalidUTF8:
      Message(YAMLErrorText.invalidUTF8)
    case .controlCharacter(let scalar, _):
      Message(YAMLErrorText.controlCharacter, .text(Self.describe(scalar)))
    case .tab:
      Message(YAMLErrorText.tab)
    case .tooManyTabs(let limit, _):
      Message(YAMLErrorText.tooManyTabs, .text(String(limit)))
    case .byteOrderMark:
      Message(YAMLErrorText.byteOrderMark)
    case .lineSeparator(let scalar, _):
      Message(YAMLErrorText.lineSeparator, .text(Self.describe(scalar)))
    case .unsupportedVersion(let version, _) where version == "1.1" || version == "1.0":
      Message(YAMLErrorText.oldVersion, .text(version))
    case .unsupportedVersion(let version, _):
      Message(YAMLErrorText.otherVersion, .text(Self.excerpt(version)))
    case .anchorName(let name, _):
      Message(YAMLErrorText.anchorName, .code(Self.excerpt(name)))
    case .keyTooLong(let characters, _):
      Message(YAMLErrorText.keyTooLong, .text(String(characters)))
    case .unexpectedColon(let inFlow, _):
      Message(inFlow ? YAMLErrorText.colonInFlow : YAMLErrorText.colonWithoutKey)
    case .empty:
      Message(YAMLErrorText.empty)
    case .multipleDocuments:
      Message(YAMLErrorText.multipleDocuments)
    case .syntax(let problem, let context, let contextLocation, _):
      SyntaxHint.message(problem: problem, context: context, contextLocation: contextLocation)
    case .unknownTag(let tag, _):
      Message(YAMLErrorText.unknownTag, .code(Self.excerpt(Self.shortTag(tag))))
    case .tagMismatch(let tag, let found, _):
      Message(YAMLErrorText.tagMismatch, .code(Self.shortTag(tag)), .message(found))
    case .numberOutOfRange(let text, _):
      Message(YAMLErrorText.numberOutOfRange, .code(Self.excerpt(text)))
    case .duplicateKey(let key, let first, _):
      Message(YAMLErrorText.duplicateKey, .code(Self.excerpt(key)), .text(String(first.line)))
    case .nonStringKey(let text, let kind, _):
      text.isEmpty
        ? Message(YAMLErrorText.nonStringKey, .message(kind))
        : Message(YAMLErrorText.nonStringKeyNamed, .code(Self.excerpt(text)), .message(kind), .text(Self.excerpt(text)))
    case .undefinedAlias(let name, _):
      Message(YAMLErrorText.undefinedAlias, .text(name))
    case .tooManyAliases(let limit, _):
      Message(YAMLErrorText.tooManyAliases, .text(String(limit)))
    case .tooManyNodes(let limit, _):
      Message(YAMLErrorText.tooManyNodes, .text(String(limit)))
    case .tooDeep(let limit, _):
      Message(YAMLErrorText.tooDeep, .text(String(limit)))
    case .libyaml(let function, let problem):
      Message(YAMLErrorText.library, .text(function), .text(problem))
    }
  }

  /// `line:column: message [rule]`.
  public var description: String { "\(location): \(message.text(.en)) [\(rule)]" }

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
