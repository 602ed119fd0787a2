/// The one message catalogue: every area of user-facing text, in Dutch and English. An area is added by
/// listing its ``MessageEntry`` type in ``areas``; the catalogue's tests walk every entry of every area.
public enum MessageCatalogue {
  /// Every area of the catalogue.
  public static let areas: [any MessageEntry.Type] = [
    CommonText.self,
    RuleText.self,
    SARIFText.self,
    MigrationText.self,
    CatalogueRuleText.self,
    SiteText.self,
    SiteErrorText.self,
    FederationText.self,
    ListText.self,
    SuggestText.self,
    OfficerText.self,
    StatusText.self,
    ProgressText.self,
    ContentRuleText.self,
    YAMLErrorText.self, YAMLValueText.self, YAMLSyntaxText.self,
    SchemaText.self, SchemaTypeText.self, SchemaFormatText.self, SchemaDefinitionText.self, JSONSyntaxText.self,
    RegexText.self,
    CatalogueCheckText.self, ModelCheckText.self, RepositoryCheckText.self, ReadText.self, ValidationReportText.self,
    LimitText.self,
    CatalogueErrorText.self, GitText.self, QueryErrorText.self, CompareErrorText.self, SubmissionText.self,
    HelpText.self, AdvisorHelpText.self, ValueNameText.self, CommandText.self, ParserText.self,
    ListingText.self, RecordText.self, FieldKeyText.self,
    CompareReportText.self, SnapshotText.self, PolicyFieldText.self, ReportDateText.self, PolicyStatusText.self,
    PolicyValueText.self,
    GuardText.self, ExportText.self, DatasetteText.self,
    ToolHelpText.self, ToolValueNameText.self, ToolText.self, ManualText.self,
  ]

  /// Every key with its texts, built once.
  private static let entries: [String: Texts] = {
    var entries: [String: Texts] = [:]
    for area in areas {
      for (key, texts) in allEntries(of: area) { entries[key] = texts }
    }
    return entries
  }()

  /// The texts of a key; nil for a key no area has.
  public static func texts(forKey key: String) -> Texts? {
    entries[key]
  }

  /// Every entry of an area as key and texts.
  public static func allEntries<Area: MessageEntry>(of area: Area.Type) -> [(key: String, texts: Texts)] {
    Area.allCases.map { ($0.rawValue, $0.texts) }
  }

  /// Every entry of every area, in catalogue order; keys may repeat only by mistake, which the tests catch.
  public static var everyEntry: [(key: String, texts: Texts)] {
    areas.flatMap { allEntries(of: $0) }
  }

  /// The placeholder numbers of a text.
  public static func placeholders(in text: String) -> Set<Int> {
    MessageTemplate.placeholders(in: text)
  }
}

/// Words every part of casebook uses.
public enum CommonText: String, MessageEntry {
  case yes = "common.yes"
  case no = "common.no"
  case notSet = "common.not-set"
  case andMore = "common.and-more"
  case language = "common.language"
  case name = "common.name"

  public var texts: Texts {
    switch self {
    case .yes: Texts(en: "yes", nl: "ja")
    case .no: Texts(en: "no", nl: "nee")
    case .notSet: Texts(en: "not filled in", nl: "niet ingevuld")
    case .andMore: Texts(en: "{1} and {2} more", nl: "{1} en nog {2}")
    case .language: Texts(en: "language", nl: "taal")
    // A name that has no translation (a field a steward added, a value as written): shown as it is.
    case .name: Texts(en: "{1}", nl: "{1}")
    }
  }
}
