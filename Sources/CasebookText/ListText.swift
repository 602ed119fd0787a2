/// `casebook list`: what the catalogue has, with counts; and the hints that point there.
public enum ListText: String, MessageEntry {
  case columnID = "list.column.id"
  case columnName = "list.column.name"
  case columnCountry = "list.column.country"
  case columnLabel = "list.column.label"
  case columnChannel = "list.column.channel"
  case columnTag = "list.column.tag"
  case columnCases = "list.column.cases"
  case columnPolicies = "list.column.policies"
  case summaryMunicipalities = "list.summary.municipalities"
  case summaryCategories = "list.summary.categories"
  case summaryChannels = "list.summary.channels"
  case summaryTags = "list.summary.tags"
  case emptyChannels = "list.empty.channels"
  case emptyTags = "list.empty.tags"
  case emptyMunicipalities = "list.empty.municipalities"
  case seeList = "list.see"
  case subjectHelp = "list.help.subject"

  public var texts: Texts {
    switch self {
    case .columnID: Texts(en: "ID", nl: "ID")
    case .columnName: Texts(en: "NAME", nl: "NAAM")
    case .columnCountry: Texts(en: "COUNTRY", nl: "LAND")
    case .columnLabel: Texts(en: "LABEL", nl: "OMSCHRIJVING")
    case .columnChannel: Texts(en: "CHANNEL", nl: "KANAAL")
    case .columnTag: Texts(en: "TAG", nl: "TREFWOORD")
    case .columnCases: Texts(en: "CASES", nl: "CASUSSEN")
    case .columnPolicies: Texts(en: "POLICIES", nl: "BELEID")
    case .summaryMunicipalities:
      Texts(en: "municipalities: {1}, with a policy: {2}", nl: "gemeenten: {1}, met beleid: {2}")
    case .summaryCategories:
      Texts(en: "use categories: {1}, without a case study yet: {2}", nl: "gebruikscategorieën: {1}, nog zonder casus: {2}")
    case .summaryChannels: Texts(en: "channels: {1}", nl: "kanalen: {1}")
    case .summaryTags: Texts(en: "tags: {1}", nl: "trefwoorden: {1}")
    case .emptyChannels: Texts(en: "no case study or policy names a channel yet", nl: "nog geen casus of beleid noemt een kanaal")
    case .emptyTags: Texts(en: "no case study or policy has tags yet", nl: "nog geen casus of beleid heeft trefwoorden")
    case .emptyMunicipalities:
      Texts(en: "the catalogue has no municipalities yet", nl: "de catalogus heeft nog geen gemeenten")
    case .seeList: Texts(en: "`casebook list {1}` lists them", nl: "`casebook list {1}` toont ze allemaal")
    case .subjectHelp:
      Texts(
        en: "What to list: municipalities, categories, channels or tags.",
        nl: "Wat te tonen: municipalities (gemeenten), categories (categorieën), channels (kanalen) of tags (trefwoorden).")
    }
  }
}
