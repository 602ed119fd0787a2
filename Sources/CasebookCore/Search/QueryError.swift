import CasebookText

/// Why `search`, `show`, `stats` or `export` could not answer: a value on the command line that means nothing
/// in this catalogue (exit 64), or a failure to read the catalogue.
public enum QueryError: Error, Sendable, Equatable {
  /// The repository, revision or files could not be read.
  case catalogue(CatalogueError)
  /// `--category` names no use category; `valid` lists `id (label)` for every category.
  case unknownCategory(String, suggestions: [String], valid: [String])
  /// `--municipality` names no municipality of the catalogue.
  case unknownMunicipality(String, suggestions: [String])
  /// `--country` is not an ISO 3166-1 alpha-2 code; `meant` is the code it stands for when it is a known
  /// stand-in (`uk` for `gb`), `suggestions` are the catalogue's countries it is close to.
  case unknownCountry(String, meant: String? = nil, suggestions: [String] = [])
  /// `--language` names no language that a record of the catalogue is written in; `valid` lists those.
  case unknownLanguage(String, valid: [String])
  /// `--year` is not `YYYY` or `YYYY..YYYY`.
  case badYear(String)
  /// `show` was given an id that names no record of the catalogue.
  case unknownRecord(String, suggestions: [String])
  /// `show` was given a record whose file has validation errors.
  case invalidRecord(path: String, errors: Int)

  /// True when the command line was at fault (exit code 64).
  public var isUsageError: Bool {
    switch self {
    case .catalogue(let error): error.isUsageError
    case .invalidRecord: false
    default: true
    }
  }

  /// What happened and what to do, in either language.
  public var message: Message {
    switch self {
    case .catalogue(let error):
      return error.message
    case .unknownCategory(let name, let suggestions, let valid):
      let list = MessageArgument.text(valid.joined(separator: ", "))
      return suggestions.isEmpty
        ? Message(QueryErrorText.unknownCategory, .code(name), list)
        : Message(QueryErrorText.unknownCategoryDidYouMean, .code(name), list, Self.alternatives(suggestions))
    case .unknownMunicipality(let name, let suggestions):
      return suggestions.isEmpty
        ? Message(QueryErrorText.unknownMunicipality, .code(name))
        : Message(QueryErrorText.unknownMunicipalityDidYouMean, .code(name), Self.alternatives(suggestions))
    case .unknownCountry(let code, let meant, let suggestions):
      let list = Message(ListText.seeList, "municipalities")
      if let meant { return Message(SuggestText.unknownCountryMeant, .code(code), .code(meant), .message(list)) }
      guard !suggestions.isEmpty else { return Message(SuggestText.unknownCountry, .code(code), .message(list)) }
      return Message(SuggestText.unknownCountryDidYouMean, .code(code), .any(suggestions.map { .code($0) }), .message(list))
    case .unknownLanguage(let code, let valid):
      guard !valid.isEmpty else { return Message(SuggestText.unknownLanguageNone, .code(code)) }
      return Message(SuggestText.unknownLanguage, .code(code), .any(valid.map { .code($0) }))
    case .badYear(let text):
      return Message(QueryErrorText.badYear, .code(text))
    case .unknownRecord(let id, let suggestions):
      return suggestions.isEmpty
        ? Message(QueryErrorText.unknownRecord, .code(id))
        : Message(QueryErrorText.unknownRecordDidYouMean, .code(id), Self.alternatives(suggestions))
    case .invalidRecord(let path, let errors):
      return Message(
        count: errors, one: QueryErrorText.invalidRecordOne, other: QueryErrorText.invalidRecord, .code(path),
        .code("casebook validate \(path)"))
    }
  }

  private static func alternatives(_ suggestions: [String]) -> MessageArgument {
    .any(suggestions.map { .code($0) })
  }
}

extension QueryError: CustomStringConvertible {
  /// The message in English, for logs and tests.
  public var description: String { message.text(.en) }
}

/// Kinds of records the advisors' commands list.
public enum RecordKind: String, Sendable, Hashable, CaseIterable {
  /// A case study.
  case caseStudy = "case"
  /// A social-media policy.
  case policy
  /// A municipality profile.
  case municipality
}
