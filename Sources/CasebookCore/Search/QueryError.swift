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

  /// What happened and what to do.
  public var message: String {
    switch self {
    case .catalogue(let error):
      return error.message
    case .unknownCategory(let name, let suggestions, let valid):
      return "`\(name)` is not a use category\(Self.didYouMean(suggestions)); use an id, a Dutch or English label "
        + "or an alias of one of: " + valid.joined(separator: ", ") + " (`casebook list categories` counts their cases)"
    case .unknownMunicipality(let name, let suggestions):
      return "no municipality `\(name)` in this catalogue\(Self.didYouMean(suggestions)); "
        + "give cc/slug (e.g. nl/voorbeeldstad), the folder name or the name (`casebook list municipalities` lists them)"
    case .unknownCountry(let code, let meant, let suggestions):
      let list = Message(ListText.seeList, "municipalities")
      if let meant {
        return Message(SuggestText.unknownCountryMeant, .code(code), .code(meant), .message(list)).text(.en)
      }
      guard !suggestions.isEmpty else { return Message(SuggestText.unknownCountry, .code(code), .message(list)).text(.en) }
      return Message(
        SuggestText.unknownCountryDidYouMean, .code(code), .any(suggestions.map { .code($0) }), .message(list)
      ).text(.en)
    case .unknownLanguage(let code, let valid):
      guard !valid.isEmpty else { return Message(SuggestText.unknownLanguageNone, .code(code)).text(.en) }
      return Message(SuggestText.unknownLanguage, .code(code), .any(valid.map { .code($0) })).text(.en)
    case .badYear(let text):
      return "`\(text)` is not a year or a range of years: write 2010, 2010..2012, 2010.. or ..2012"
    case .unknownRecord(let id, let suggestions):
      let hint =
        suggestions.isEmpty
        ? "; ids look like gb/brighton-and-hove/2010-snow-4x4-drivers (`casebook search` lists them)"
        : Self.didYouMean(suggestions)
      return "no case study, policy or municipality `\(id)` in this catalogue\(hint)"
    case .invalidRecord(let path, let errors):
      return "`\(path)` has \(errors) validation error\(errors == 1 ? "" : "s"), so it cannot be shown: "
        + "run `casebook validate \(path)` to see them"
    }
  }

  private static func didYouMean(_ suggestions: [String]) -> String {
    suggestions.isEmpty ? "" : " (did you mean " + suggestions.map { "`\($0)`" }.joined(separator: " or ") + "?)"
  }
}

extension QueryError: CustomStringConvertible {
  /// The message.
  public var description: String { message }
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
