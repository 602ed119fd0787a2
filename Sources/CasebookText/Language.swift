/// A language casebook speaks to people in. Rule ids, field names and file paths stay the same in both.
public enum Language: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Dutch (also for Flemish readers).
  case nl
  /// English.
  case en

  /// The language for a code such as `nl`, `NL`, `nl_BE.UTF-8`, `en-GB` or `dutch`; nil for any other.
  public init?(code: String) {
    let lowered = code.lowercased()
    let primary = lowered.prefix { $0.isLetter }
    switch primary {
    case "nl", "nld", "dut", "dutch", "nederlands", "vlaams": self = .nl
    case "en", "eng", "english", "engels": self = .en
    default: return nil
    }
  }

  /// The language a command speaks when `--lang` is not given: from the locale variables in POSIX order
  /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; the first one that is set and not empty decides), then the
  /// catalogue's own default, then English. `C` and `POSIX` locales say nothing about a language, so they
  /// fall through to the catalogue's default.
  public static func preferred(environment: [String: String], catalogueDefault: Language? = nil) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      if let language = Language(code: value) { return language }
      break
    }
    return catalogueDefault ?? .en
  }

  /// The language's own name, for language switches and help: `Nederlands`, `English`.
  public var ownName: String {
    switch self {
    case .nl: "Nederlands"
    case .en: "English"
    }
  }

  public static func < (lhs: Language, rhs: Language) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
