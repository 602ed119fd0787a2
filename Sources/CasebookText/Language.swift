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
    fromEnvironment(environment) ?? catalogueDefault ?? .en
  }

  /// The language the locale variables ask for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and
  /// not empty decides; nil when it names neither Dutch nor English (`C`, `POSIX`, `de_DE`…) or none is set.
  public static func fromEnvironment(_ environment: [String: String]) -> Language? {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return Language(code: value)
    }
    return nil
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

/// The language of one run and what decided it.
public struct LanguageChoice: Sendable, Hashable {
  /// What decided the language, strongest first.
  public enum Source: Sendable, Hashable {
    /// `--lang` on the command line.
    case option
    /// `LC_ALL`, `LC_MESSAGES` or `LANG`.
    case environment
    /// The catalogue's `default_language`.
    case catalogue
    /// Nothing said anything: English.
    case fallback
  }

  /// The language.
  public let language: Language
  /// What decided it.
  public let source: Source

  /// Creates a choice.
  public init(_ language: Language, _ source: Source) {
    self.language = language
    self.source = source
  }

  /// `--lang` wins over the locale variables, which win over the catalogue's default, which wins over English.
  /// `catalogueDefault` is asked only when neither of the first two decides (reading it opens the repository).
  public static func resolve(
    option: Language?, environment: [String: String], catalogueDefault: () -> Language?
  ) -> LanguageChoice {
    if let option { return LanguageChoice(option, .option) }
    if let language = Language.fromEnvironment(environment) { return LanguageChoice(language, .environment) }
    if let language = catalogueDefault() { return LanguageChoice(language, .catalogue) }
    return LanguageChoice(.en, .fallback)
  }

  /// True when the reader asked for this language (`--lang` or the locale), rather than it being a default.
  public var isAskedFor: Bool { source == .option || source == .environment }
}
