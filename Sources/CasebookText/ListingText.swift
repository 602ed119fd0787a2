/// The words of `search`, `stats` and `show` around the records: table headers, counts, hints and headings.
public enum ListingText: String, MessageEntry {
  case columnID = "listing.column.id"
  case columnTitle = "listing.column.title"
  case columnMunicipality = "listing.column.municipality"
  case columnYear = "listing.column.year"
  case columnCategories = "listing.column.categories"
  case columnSnippet = "listing.column.snippet"
  case columnCatalogue = "listing.column.catalogue"
  case noResults = "listing.no-results"
  case result = "listing.result"
  case results = "listing.results"
  case showing = "listing.showing"
  case facets = "listing.facets"
  case facetCategory = "listing.facet.category"
  case facetCountry = "listing.facet.country"
  case facetChannel = "listing.facet.channel"
  case facetYear = "listing.facet.year"
  case noCasesMatch = "listing.no-cases-match"
  case noPoliciesMatch = "listing.no-policies-match"
  case nothingMatches = "listing.nothing-matches"
  case noValidCases = "listing.no-valid-cases"
  case noValidPolicies = "listing.no-valid-policies"
  case noValidRecords = "listing.no-valid-records"
  case otherKinds = "listing.other-kinds"
  case withoutWords = "listing.without-words"
  case otherKindsMatch = "listing.other-kinds-match"
  case dropFilter = "listing.drop-filter"
  case noSingleFilter = "listing.no-single-filter"
  case notes = "listing.notes"

  case statsHeadingCountry = "listing.stats.heading-country"
  case statsHeadingYear = "listing.stats.heading-year"
  case statsHeadingPoliciesCountry = "listing.stats.heading-policies-country"
  case statsHeadingPoliciesYear = "listing.stats.heading-policies-year"
  case columnCategory = "listing.column.category"
  case columnLabel = "listing.column.label"
  case columnTotal = "listing.column.total"
  case columnUnknownYear = "listing.column.unknown-year"
  case columnOtherCountry = "listing.column.other-country"
  case allCases = "listing.stats.all-cases"
  case allPolicies = "listing.stats.all-policies"
  case summary = "listing.stats.summary"
  case municipality = "listing.stats.municipality"
  case municipalities = "listing.stats.municipalities"
  case country = "listing.stats.country"
  case countries = "listing.stats.countries"
  case policy = "listing.stats.policy"
  case policies = "listing.stats.policies"
  case caseStudy = "listing.stats.case-study"
  case caseStudies = "listing.stats.case-studies"
  case noCasesFor = "listing.stats.no-cases-for"
  case noPoliciesFor = "listing.stats.no-policies-for"
  case emptyCells = "listing.stats.empty-cells"

  public var texts: Texts {
    switch self {
    case .columnID: Texts(en: "ID", nl: "ID")
    case .columnTitle: Texts(en: "TITLE", nl: "TITEL")
    case .columnMunicipality: Texts(en: "MUNICIPALITY", nl: "GEMEENTE")
    case .columnYear: Texts(en: "YEAR", nl: "JAAR")
    case .columnCategories: Texts(en: "CATEGORIES", nl: "CATEGORIEËN")
    case .columnSnippet: Texts(en: "snippet", nl: "fragment")
    case .columnCatalogue: Texts(en: "CATALOGUE", nl: "CATALOGUS")
    case .noResults: Texts(en: "no results", nl: "geen resultaten")
    case .result: Texts(en: "{1} result", nl: "{1} resultaat")
    case .results: Texts(en: "{1} results", nl: "{1} resultaten")
    case .showing: Texts(en: "showing {1} of {2} (--limit 0 shows all)", nl: "{1} van {2} getoond (--limit 0 toont alles)")
    case .facets: Texts(en: "Facets", nl: "Verdeling")
    case .facetCategory: Texts(en: "category", nl: "categorie")
    case .facetCountry: Texts(en: "country", nl: "land")
    case .facetChannel: Texts(en: "channel", nl: "kanaal")
    case .facetYear: Texts(en: "year", nl: "jaar")
    case .noCasesMatch: Texts(en: "no case studies match", nl: "geen casussen gevonden")
    case .noPoliciesMatch: Texts(en: "no policies match", nl: "geen beleid gevonden")
    case .nothingMatches: Texts(en: "nothing matches", nl: "niets gevonden")
    case .noValidCases: Texts(en: "the catalogue has no valid case studies yet", nl: "de catalogus heeft nog geen geldige casussen")
    case .noValidPolicies: Texts(en: "the catalogue has no valid policies yet", nl: "de catalogus heeft nog geen geldig beleid")
    case .noValidRecords: Texts(en: "the catalogue has no valid records yet", nl: "de catalogus heeft nog geen geldige records")
    case .otherKinds:
      Texts(
        en: "{1}, but it has other records: add --kind all to get {2}",
        nl: "{1}, maar wel andere records: voeg --kind all toe voor {2}")
    case .withoutWords:
      Texts(
        en: "{1} the words {2}; without them the filters give {3}",
        nl: "{1} met de woorden {2}; zonder die woorden geven de filters {3}")
    case .otherKindsMatch:
      Texts(
        en: "{1}, but other kinds of records do: add --kind all to get {2}",
        nl: "{1}, maar andere soorten records wel: voeg --kind all toe voor {2}")
    case .dropFilter: Texts(en: "{1}; drop {2} {3} to get {4}", nl: "{1}; laat {2} {3} weg voor {4}")
    case .noSingleFilter:
      Texts(
        en: "{1}, and dropping any single filter gives none either: use fewer filters or other words",
        nl: "{1}, en één filter weglaten helpt ook niet: gebruik minder filters of andere woorden")
    case .notes: Texts(en: "{1}; {2}", nl: "{1}; {2}")

    case .statsHeadingCountry:
      Texts(
        en: "Case studies by use category and country ({1} = none shared yet)",
        nl: "Casussen per gebruikscategorie en land ({1} = nog niets gedeeld)")
    case .statsHeadingYear:
      Texts(
        en: "Case studies by use category and year ({1} = none shared yet)",
        nl: "Casussen per gebruikscategorie en jaar ({1} = nog niets gedeeld)")
    case .statsHeadingPoliciesCountry:
      Texts(
        en: "Policies by use category and country ({1} = none shared yet)",
        nl: "Beleid per gebruikscategorie en land ({1} = nog niets gedeeld)")
    case .statsHeadingPoliciesYear:
      Texts(
        en: "Policies by use category and year ({1} = none shared yet)",
        nl: "Beleid per gebruikscategorie en jaar ({1} = nog niets gedeeld)")
    case .columnCategory: Texts(en: "category", nl: "categorie")
    case .columnLabel: Texts(en: "label", nl: "naam")
    case .columnTotal: Texts(en: "total", nl: "totaal")
    case .columnUnknownYear: Texts(en: "unknown", nl: "onbekend")
    case .columnOtherCountry: Texts(en: "other", nl: "overig")
    case .allCases: Texts(en: "all case studies", nl: "alle casussen")
    case .allPolicies: Texts(en: "all policies", nl: "alle beleid")
    case .summary: Texts(en: "{1} in {2}, {3}, {4}", nl: "{1} in {2}, {3}, {4}")
    case .municipality: Texts(en: "{1} municipality", nl: "{1} gemeente")
    case .municipalities: Texts(en: "{1} municipalities", nl: "{1} gemeenten")
    case .country: Texts(en: "{1} country", nl: "{1} land")
    case .countries: Texts(en: "{1} countries", nl: "{1} landen")
    case .policy: Texts(en: "{1} policy", nl: "{1} beleid")
    case .policies: Texts(en: "{1} policies", nl: "{1} beleidsstukken")
    case .caseStudy: Texts(en: "{1} case study", nl: "{1} casus")
    case .caseStudies: Texts(en: "{1} case studies", nl: "{1} casussen")
    case .noCasesFor: Texts(en: "No case studies yet for: {1}", nl: "Nog geen casussen voor: {1}")
    case .noPoliciesFor: Texts(en: "No policies yet for: {1}", nl: "Nog geen beleid voor: {1}")
    case .emptyCells: Texts(en: "{1} of {2} cells are empty", nl: "{1} van {2} cellen zijn leeg")
    }
  }
}

/// The words of `show`: what a record is, where it came from, and its history.
public enum RecordText: String, MessageEntry {
  case caseStudy = "record.case-study"
  case policy = "record.policy"
  case municipality = "record.municipality"
  case records = "record.records"
  case noneYet = "record.none-yet"
  case provenance = "record.provenance"
  case history = "record.history"
  case noCommits = "record.no-commits"
  case commitLine = "record.commit-line"
  case firstSubmitted = "record.first-submitted"
  case lastChanged = "record.last-changed"
  case revisions = "record.revisions"
  case modified = "record.modified"
  case uncommitted = "record.uncommitted"

  public var texts: Texts {
    switch self {
    case .caseStudy: Texts(en: "Case study", nl: "Casus")
    case .policy: Texts(en: "Social-media policy", nl: "Socialemediabeleid")
    case .municipality: Texts(en: "Municipality", nl: "Gemeente")
    case .records: Texts(en: "Records", nl: "Records")
    case .noneYet: Texts(en: "none yet", nl: "nog geen")
    case .provenance: Texts(en: "Provenance", nl: "Herkomst")
    case .history: Texts(en: "History", nl: "Geschiedenis")
    case .noCommits: Texts(en: "no commits yet", nl: "nog geen commits")
    case .commitLine: Texts(en: "{1} by {2} <{3}>, commit {4}", nl: "{1} door {2} <{3}>, commit {4}")
    case .firstSubmitted: Texts(en: "First submitted: {1}", nl: "Eerst ingediend: {1}")
    case .lastChanged: Texts(en: "Last changed: {1}", nl: "Laatst gewijzigd: {1}")
    case .revisions: Texts(en: "Revisions: {1}", nl: "Versies: {1}")
    case .modified:
      Texts(
        en: "Working tree: the file has uncommitted changes (shown as on disk)",
        nl: "Werkmap: het bestand heeft niet-gecommitte wijzigingen (getoond zoals op schijf)")
    case .uncommitted:
      Texts(en: "Working tree: the file is not committed yet", nl: "Werkmap: het bestand is nog niet gecommit")
    }
  }
}
