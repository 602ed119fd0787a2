/// Did-you-mean and "what is valid" for values typed on the command line.
public enum SuggestText: String, MessageEntry {
  case unknownCountry = "suggest.unknown-country"
  case unknownCountryMeant = "suggest.unknown-country.meant"
  case unknownCountryDidYouMean = "suggest.unknown-country.did-you-mean"
  case unknownLanguage = "suggest.unknown-language"
  case unknownLanguageNone = "suggest.unknown-language.none"
  case noRecordHas = "suggest.no-record-has"
  case noRecordHasDidYouMean = "suggest.no-record-has.did-you-mean"
  case unknownCommand = "suggest.unknown-command"
  case unknownCommandDidYouMean = "suggest.unknown-command.did-you-mean"

  public var texts: Texts {
    switch self {
    case .unknownCountry:
      Texts(
        en: "{1} is not an ISO 3166-1 country code: use two letters such as nl, be or gb ({2})",
        nl: "{1} is geen ISO 3166-1-landcode: gebruik twee letters zoals nl, be of gb ({2})")
    case .unknownCountryMeant:
      Texts(
        en: "{1} is not an ISO 3166-1 country code: did you mean {2}? ({3})",
        nl: "{1} is geen ISO 3166-1-landcode: bedoel je {2}? ({3})")
    case .unknownCountryDidYouMean:
      Texts(
        en: "{1} is not an ISO 3166-1 country code (did you mean {2}?): use two letters such as nl, be or gb ({3})",
        nl: "{1} is geen ISO 3166-1-landcode (bedoel je {2}?): gebruik twee letters zoals nl, be of gb ({3})")
    case .unknownLanguage:
      Texts(
        en: "no case study or policy in this catalogue is written in {1}: use one of {2}",
        nl: "geen casus of beleid in deze catalogus is geschreven in {1}: gebruik een van {2}")
    case .unknownLanguageNone:
      Texts(
        en: "no case study or policy in this catalogue is written in {1}, nor in any other language yet",
        nl: "geen casus of beleid in deze catalogus is geschreven in {1}, en ook nog in geen andere taal")
    case .noRecordHas:
      Texts(en: "no record has {1} {2} ({3})", nl: "geen enkel stuk heeft {1} {2} ({3})")
    case .noRecordHasDidYouMean:
      Texts(en: "no record has {1} {2} (did you mean {3}? {4})", nl: "geen enkel stuk heeft {1} {2} (bedoel je {3}? {4})")
    case .unknownCommand:
      Texts(
        en: "{1} is not a casebook command: `casebook --help` lists them",
        nl: "{1} is geen opdracht van casebook: `casebook --help` toont ze allemaal")
    case .unknownCommandDidYouMean:
      Texts(
        en: "{1} is not a casebook command (did you mean {2}?): `casebook --help` lists them",
        nl: "{1} is geen opdracht van casebook (bedoel je {2}?): `casebook --help` toont ze allemaal")
    }
  }
}
