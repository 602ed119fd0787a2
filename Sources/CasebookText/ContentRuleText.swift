/// Catalogue rules about content that an editor expects to be checked: periods and years, yes/no values.
public enum ContentRuleText: String, MessageEntry {
  case periodOrder = "content.period-order"
  case periodYearOutside = "content.period-year.outside"
  case periodYearNotStart = "content.period-year.not-start"
  case yesNoWord = "content.yes-no-word"

  public var texts: Texts {
    switch self {
    case .periodOrder:
      Texts(
        en: "the period ends ({1}) before it starts ({2}): check `start` and `end`",
        nl: "de periode eindigt ({1}) voordat ze begint ({2}): controleer `start` en `end`")
    case .periodYearOutside:
      Texts(
        en: "`year: {1}` is outside the period {2}–{3}: `year` is the year the case started ({4})",
        nl: "`year: {1}` valt buiten de periode {2}–{3}: `year` is het jaar waarin de casus begon ({4})")
    case .periodYearNotStart:
      Texts(
        en: "`year: {1}` is not the year the period starts ({2}): `year` is the year the case started",
        nl: "`year: {1}` is niet het jaar waarin de periode begint ({2}): `year` is het jaar waarin de casus begon")
    case .yesNoWord:
      Texts(
        en: "{1} means {2} here: write `{3}` (a yes/no field takes only true or false)",
        nl: "{1} betekent hier {2}: schrijf `{3}` (een ja/nee-veld kent alleen true en false)")
    }
  }
}
