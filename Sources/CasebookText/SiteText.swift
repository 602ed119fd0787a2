/// The words of `casebook site`: every label, heading and sentence of the site's pages and of its search
/// script, in English and Dutch. The script's words reach it through a generated data file, so that the
/// browser shows exactly these texts.
public enum SiteText: String, MessageEntry {
  // Frame and navigation.
  case skipToContent = "site.skip-to-content"
  case navLabel = "site.nav.label"
  case navSearch = "site.nav.search"
  case navCategories = "site.nav.categories"
  case navCoverage = "site.nav.coverage"
  case navPolicies = "site.nav.policies"
  case navContribute = "site.nav.contribute"
  case otherLanguage = "site.other-language"
  case footer = "site.footer"
  case footerPlain = "site.footer-plain"
  case defaultTitle = "site.default-title"
  case breadcrumbs = "site.breadcrumbs"
  case chooseLanguage = "site.choose-language"

  // Search page.
  case searchHeading = "site.search.heading"
  case searchIntro = "site.search.intro"
  case searchLabel = "site.search.label"
  case searchButton = "site.search.button"
  case searchHint = "site.search.hint"
  case filters = "site.search.filters"
  case clearFilters = "site.search.clear-filters"
  case results = "site.search.results"
  case resultCount = "site.search.result-count"
  case resultCountOne = "site.search.result-count-one"
  case resultsShown = "site.search.results-shown"
  case noResults = "site.search.no-results"
  case dropFilter = "site.search.drop-filter"
  case loading = "site.search.loading"
  case loadFailed = "site.search.load-failed"
  case showMore = "site.search.show-more"
  case showMoreValues = "site.search.show-more-values"
  case unknownCategory = "site.search.unknown-category"
  case badYear = "site.search.bad-year"
  case noScript = "site.search.no-script"
  case yearFrom = "site.search.year-from"
  case yearTo = "site.search.year-to"
  case applyYears = "site.search.apply-years"
  case browse = "site.browse"
  case browseByCategory = "site.browse.by-category"
  case browseByCountry = "site.browse.by-country"
  case browseByYear = "site.browse.by-year"
  case allMunicipalities = "site.browse.all-municipalities"

  // Facets and fields.
  case category = "site.field.category"
  case categories = "site.field.categories"
  case country = "site.field.country"
  case municipality = "site.field.municipality"
  case channel = "site.field.channel"
  case channels = "site.field.channels"
  case year = "site.field.year"
  case date = "site.field.date"
  case kind = "site.field.kind"
  case language = "site.field.language"
  case tag = "site.field.tag"
  case catalogue = "site.field.catalogue"
  case catalogueLocal = "site.catalogue.local"
  case tags = "site.field.tags"
  case kindCase = "site.kind.case"
  case kindPolicy = "site.kind.policy"
  case summary = "site.field.summary"
  case outcomes = "site.field.outcomes"
  case lessons = "site.field.lessons"
  case sources = "site.field.sources"
  case contact = "site.field.contact"
  case file = "site.field.file"
  case region = "site.field.region"
  case population = "site.field.population"
  case website = "site.field.website"
  case languages = "site.field.languages"
  case status = "site.field.status"
  case adopted = "site.field.adopted"
  case goals = "site.field.goals"
  case fictional = "site.fictional"
  case notKnown = "site.not-known"

  // Case page.
  case provenance = "site.case.provenance"
  case firstSubmitted = "site.case.first-submitted"
  case lastChanged = "site.case.last-changed"
  case commitCount = "site.case.commit-count"
  case notCommitted = "site.case.not-committed"
  case modifiedSinceCommit = "site.case.modified"
  case relatedCases = "site.case.related"
  case editThisCase = "site.case.edit"
  case recordInLanguage = "site.case.record-language"

  // Municipality pages.
  case municipalities = "site.municipalities"
  case municipalitiesIn = "site.municipalities-in"
  case profile = "site.municipality.profile"
  case casesOf = "site.municipality.cases"
  case noCases = "site.municipality.no-cases"
  case policy = "site.municipality.policy"
  case noPolicy = "site.municipality.no-policy"
  case noPeerPolicy = "site.municipality.no-peer-policy"
  case invalidPolicy = "site.municipality.invalid-policy"
  case comparison = "site.municipality.comparison"
  case caseCount = "site.case-count"
  case caseCountOne = "site.case-count-one"
  case casesFrom = "site.cases-from"

  // Categories, coverage, policies.
  case categoriesHeading = "site.categories.heading"
  case categoriesIntro = "site.categories.intro"
  case alsoCalled = "site.categories.also-called"
  case casesInCategory = "site.categories.cases"
  case searchInCategory = "site.categories.search"
  case coverageHeading = "site.coverage.heading"
  case coverageIntro = "site.coverage.intro"
  case coverageCaption = "site.coverage.caption"
  case coverageCell = "site.coverage.cell"
  case wanted = "site.coverage.wanted"
  case wantedCell = "site.coverage.wanted-cell"
  case total = "site.coverage.total"
  case policiesHeading = "site.policies.heading"
  case policiesIntro = "site.policies.intro"
  case noPolicies = "site.policies.none"
  case sortBy = "site.policies.sort-by"

  // Contribute.
  case contributeHeading = "site.contribute.heading"
  case contributeIntro = "site.contribute.intro"
  case contributeWebHeading = "site.contribute.web.heading"
  case contributeWeb1 = "site.contribute.web.1"
  case contributeWeb2 = "site.contribute.web.2"
  case contributeWeb3 = "site.contribute.web.3"
  case contributeWeb4 = "site.contribute.web.4"
  case contributeWeb5 = "site.contribute.web.5"
  case contributeToolHeading = "site.contribute.tool.heading"
  case contributeTool1 = "site.contribute.tool.1"
  case contributeTool2 = "site.contribute.tool.2"
  case contributeTool3 = "site.contribute.tool.3"
  case contributeTool4 = "site.contribute.tool.4"
  case contributeTool5 = "site.contribute.tool.5"
  case contributeTemplateHeading = "site.contribute.template.heading"
  case contributeTemplateIntro = "site.contribute.template.intro"
  case contributeRulesHeading = "site.contribute.rules.heading"
  case contributeRule1 = "site.contribute.rule.1"
  case contributeRule2 = "site.contribute.rule.2"
  case contributeRule3 = "site.contribute.rule.3"
  case contributeRule4 = "site.contribute.rule.4"
  case contributeRule5 = "site.contribute.rule.5"
  case contributeRule6 = "site.contribute.rule.6"
  case contributeRule7 = "site.contribute.rule.7"
  case contributeWantedHeading = "site.contribute.wanted.heading"
  case contributeWantedIntro = "site.contribute.wanted.intro"

  public var texts: Texts {
    switch self {
    case .skipToContent: Texts(en: "Skip to content", nl: "Naar de inhoud")
    case .navLabel: Texts(en: "Main", nl: "Hoofdmenu")
    case .navSearch: Texts(en: "Search", nl: "Zoeken")
    case .navCategories: Texts(en: "Use categories", nl: "Gebruiksdoelen")
    case .navCoverage: Texts(en: "Coverage", nl: "Dekking")
    case .navPolicies: Texts(en: "Policies", nl: "Beleid")
    case .navContribute: Texts(en: "Contribute", nl: "Bijdragen")
    case .otherLanguage: Texts(en: "Nederlands", nl: "English")
    case .footer: Texts(en: "Made with casebook from {1}.", nl: "Gemaakt met casebook uit {1}.")
    case .footerPlain: Texts(en: "Made with casebook.", nl: "Gemaakt met casebook.")
    case .defaultTitle:
      Texts(en: "Social media in local government", nl: "Sociale media in gemeenten")
    case .breadcrumbs: Texts(en: "You are here", nl: "U bent hier")
    case .chooseLanguage: Texts(en: "Choose a language", nl: "Kies een taal")
    case .searchHeading: Texts(en: "Search the catalogue", nl: "Zoeken in de catalogus")
    case .searchIntro:
      Texts(
        en: "{1} case studies and {2} policies from {3} municipalities, searched as `casebook search` does.",
        nl: "{1} casussen en {2} beleidsstukken van {3} gemeenten, doorzocht zoals `casebook search` dat doet.")
    case .searchLabel: Texts(en: "Search words", nl: "Zoekwoorden")
    case .searchButton: Texts(en: "Search", nl: "Zoeken")
    case .searchHint:
      Texts(
        en: "Case and accents do not matter; end a word with * to find every word that starts with it (partici*).",
        nl: "Hoofdletters en accenten maken niet uit; eindig een woord met * om elk woord te vinden dat ermee begint (partici*).")
    case .filters: Texts(en: "Filters", nl: "Filters")
    case .clearFilters: Texts(en: "Clear all filters", nl: "Alle filters wissen")
    case .results: Texts(en: "Results", nl: "Resultaten")
    case .resultCount: Texts(en: "{1} results", nl: "{1} resultaten")
    case .resultCountOne: Texts(en: "1 result", nl: "1 resultaat")
    case .resultsShown: Texts(en: "showing the first {1}", nl: "de eerste {1} worden getoond")
    case .noResults: Texts(en: "Nothing matches.", nl: "Niets gevonden.")
    case .dropFilter:
      Texts(en: "Without the filter {1} there are {2} results.", nl: "Zonder het filter {1} zijn er {2} resultaten.")
    case .loading: Texts(en: "Loading the search index…", nl: "De zoekindex wordt geladen…")
    case .loadFailed:
      Texts(
        en: "The search index could not be loaded. Browse the lists below instead.",
        nl: "De zoekindex kon niet worden geladen. Gebruik de lijsten hieronder.")
    case .showMore: Texts(en: "Show more results", nl: "Meer resultaten tonen")
    case .showMoreValues: Texts(en: "Show all {1} values", nl: "Alle {1} waarden tonen")
    case .unknownCategory:
      Texts(en: "There is no use category `{1}`; it is left out.", nl: "Er is geen gebruiksdoel `{1}`; het wordt genegeerd.")
    case .badYear:
      Texts(
        en: "`{1}` is not a year or a range of years such as 2010..2012; it is left out.",
        nl: "`{1}` is geen jaar of reeks jaren zoals 2010..2012; het wordt genegeerd.")
    case .noScript:
      Texts(
        en: "Searching needs JavaScript. Every case can also be reached through the lists below.",
        nl: "Zoeken vraagt JavaScript. Elke casus is ook te vinden via de lijsten hieronder.")
    case .yearFrom: Texts(en: "From", nl: "Van")
    case .yearTo: Texts(en: "To", nl: "Tot en met")
    case .applyYears: Texts(en: "Apply years", nl: "Jaren toepassen")
    case .browse: Texts(en: "Browse", nl: "Bladeren")
    case .browseByCategory: Texts(en: "By use category", nl: "Per gebruiksdoel")
    case .browseByCountry: Texts(en: "By country", nl: "Per land")
    case .browseByYear: Texts(en: "By year", nl: "Per jaar")
    case .allMunicipalities: Texts(en: "All municipalities", nl: "Alle gemeenten")
    case .category: Texts(en: "Use category", nl: "Gebruiksdoel")
    case .categories: Texts(en: "Use categories", nl: "Gebruiksdoelen")
    case .country: Texts(en: "Country", nl: "Land")
    case .municipality: Texts(en: "Municipality", nl: "Gemeente")
    case .channel: Texts(en: "Channel", nl: "Kanaal")
    case .channels: Texts(en: "Channels", nl: "Kanalen")
    case .year: Texts(en: "Year", nl: "Jaar")
    case .date: Texts(en: "Date", nl: "Datum")
    case .kind: Texts(en: "Kind", nl: "Soort")
    case .language: Texts(en: "Language", nl: "Taal")
    case .tag: Texts(en: "Tag", nl: "Trefwoord")
    case .catalogue: Texts(en: "Catalogue", nl: "Catalogus")
    case .catalogueLocal: Texts(en: "this catalogue", nl: "deze catalogus")
    case .tags: Texts(en: "Tags", nl: "Trefwoorden")
    case .kindCase: Texts(en: "Case study", nl: "Casus")
    case .kindPolicy: Texts(en: "Policy", nl: "Beleid")
    case .summary: Texts(en: "Summary", nl: "Samenvatting")
    case .outcomes: Texts(en: "Outcomes", nl: "Resultaten")
    case .lessons: Texts(en: "Lessons", nl: "Lessen")
    case .sources: Texts(en: "Sources", nl: "Bronnen")
    case .contact: Texts(en: "Contact", nl: "Contact")
    case .file: Texts(en: "File", nl: "Bestand")
    case .region: Texts(en: "Region", nl: "Regio")
    case .population: Texts(en: "Population", nl: "Inwoners")
    case .website: Texts(en: "Website", nl: "Website")
    case .languages: Texts(en: "Languages", nl: "Talen")
    case .status: Texts(en: "Status", nl: "Status")
    case .adopted: Texts(en: "Adopted", nl: "Vastgesteld")
    case .goals: Texts(en: "Goals", nl: "Doelen")
    case .fictional:
      Texts(en: "An invented example municipality.", nl: "Een verzonnen voorbeeldgemeente.")
    case .notKnown: Texts(en: "not known", nl: "onbekend")
    case .provenance: Texts(en: "Where this comes from", nl: "Herkomst")
    case .firstSubmitted:
      Texts(en: "First submitted by {1} on {2} (commit {3}).", nl: "Voor het eerst ingestuurd door {1} op {2} (commit {3}).")
    case .lastChanged:
      Texts(en: "Last changed by {1} on {2} (commit {3}).", nl: "Laatst gewijzigd door {1} op {2} (commit {3}).")
    case .commitCount:
      Texts(en: "{1} commits changed this file.", nl: "{1} commits wijzigden dit bestand.")
    case .notCommitted:
      Texts(en: "This file is not committed yet.", nl: "Dit bestand is nog niet vastgelegd (commit).")
    case .modifiedSinceCommit:
      Texts(
        en: "This page shows changes to the file that are not committed yet.",
        nl: "Deze pagina toont wijzigingen in het bestand die nog niet zijn vastgelegd (commit).")
    case .relatedCases: Texts(en: "Related case studies", nl: "Verwante casussen")
    case .editThisCase: Texts(en: "Edit this case study", nl: "Deze casus bewerken")
    case .recordInLanguage: Texts(en: "Written in: {1}", nl: "Geschreven in: {1}")
    case .municipalities: Texts(en: "Municipalities", nl: "Gemeenten")
    case .municipalitiesIn: Texts(en: "Municipalities in {1}", nl: "Gemeenten in {1}")
    case .profile: Texts(en: "Profile", nl: "Profiel")
    case .casesOf: Texts(en: "Case studies", nl: "Casussen")
    case .noCases:
      Texts(en: "No case studies of this municipality yet.", nl: "Nog geen casussen van deze gemeente.")
    case .policy: Texts(en: "Social-media policy", nl: "Sociale-mediabeleid")
    case .noPolicy:
      Texts(
        en: "No policy in the catalogue yet. Add one with `casebook new policy --municipality {1}`.",
        nl: "Nog geen beleid in de catalogus. Voeg het toe met `casebook new policy --municipality {1}`.")
    case .noPeerPolicy:
      Texts(
        en: "The catalogue {1} has no policy of this municipality.",
        nl: "De catalogus {1} heeft geen beleid van deze gemeente.")
    case .invalidPolicy:
      Texts(
        en: "The policy file has errors and is left out: run `casebook validate {1}`.",
        nl: "Het beleidsbestand bevat fouten en is weggelaten: voer `casebook validate {1}` uit.")
    case .comparison: Texts(en: "Compared with best practice", nl: "Vergeleken met goede praktijk")
    case .caseCount: Texts(en: "{1} case studies", nl: "{1} casussen")
    case .caseCountOne: Texts(en: "1 case study", nl: "1 casus")
    case .casesFrom: Texts(en: "Case studies from {1}", nl: "Casussen uit {1}")
    case .categoriesHeading: Texts(en: "Use categories", nl: "Gebruiksdoelen")
    case .categoriesIntro:
      Texts(
        en: "The seven uses of social media by councils, after Andy Gibson's Local by Social (2010).",
        nl: "De zeven manieren waarop gemeenten sociale media gebruiken, naar Andy Gibsons Local by Social (2010).")
    case .alsoCalled: Texts(en: "Also called: {1}", nl: "Ook wel: {1}")
    case .casesInCategory: Texts(en: "Case studies in this category", nl: "Casussen met dit gebruiksdoel")
    case .searchInCategory: Texts(en: "Search within this category", nl: "Zoeken binnen dit gebruiksdoel")
    case .coverageHeading: Texts(en: "Coverage", nl: "Dekking")
    case .coverageIntro:
      Texts(
        en: "Case studies per use category and country. Each number links to its search; an empty cell is wanted: share a case that fills it.",
        nl: "Casussen per gebruiksdoel en land. Elk getal linkt naar de zoekopdracht; een leeg vak is gezocht: deel een casus die het vult.")
    case .coverageCaption:
      Texts(en: "Case studies by use category and country", nl: "Casussen per gebruiksdoel en land")
    case .coverageCell: Texts(en: "{1} in {2}: {3}", nl: "{1} in {2}: {3}")
    case .wanted: Texts(en: "wanted", nl: "gezocht")
    case .wantedCell: Texts(en: "{1} in {2}: none yet, wanted", nl: "{1} in {2}: nog geen, gezocht")
    case .total: Texts(en: "Total", nl: "Totaal")
    case .policiesHeading: Texts(en: "Policies compared", nl: "Beleid vergeleken")
    case .policiesIntro:
      Texts(
        en: "Every municipality with a valid policy, scored against the best-practice model. Sort the table by any column with the buttons in its header.",
        nl: "Elke gemeente met geldig beleid, gescoord tegen het model van goede praktijk. Sorteer de tabel op elke kolom met de knoppen in de kop.")
    case .noPolicies: Texts(en: "No policies in the catalogue yet.", nl: "Nog geen beleid in de catalogus.")
    case .sortBy: Texts(en: "Sort by {1}", nl: "Sorteren op {1}")
    case .contributeHeading: Texts(en: "Contribute a case study", nl: "Een casus bijdragen")
    case .contributeIntro:
      Texts(
        en: "You do not need to be a developer. A case study is one small text file; the catalogue checks it for you before it is accepted.",
        nl: "U hoeft geen programmeur te zijn. Een casus is één klein tekstbestand; de catalogus controleert het voor u voordat het wordt opgenomen.")
    case .contributeWebHeading: Texts(en: "In the web browser", nl: "In de webbrowser")
    case .contributeWeb1:
      Texts(
        en: "Open the catalogue's repository on its git host (GitHub or GitLab) and sign in.",
        nl: "Open de repository van de catalogus bij de git-host (GitHub of GitLab) en log in.")
    case .contributeWeb2:
      Texts(
        en: "Go to the folder of your municipality under cases/ (for example cases/nl/your-town/). Is it not there? Ask the catalogue's stewards to add your municipality.",
        nl: "Ga naar de map van uw gemeente onder cases/ (bijvoorbeeld cases/nl/uw-gemeente/). Staat die er niet? Vraag de beheerders van de catalogus uw gemeente toe te voegen.")
    case .contributeWeb3:
      Texts(
        en: "Choose “Add file” → “Create new file”, name it after the year and a few words (2025-reports-via-whatsapp.yaml), and paste the template below.",
        nl: "Kies „Add file” → „Create new file”, geef het een naam met het jaar en een paar woorden (2025-meldingen-via-whatsapp.yaml) en plak het sjabloon hieronder erin.")
    case .contributeWeb4:
      Texts(
        en: "Replace every text that starts with TODO, in your own language; remove the # in front of optional fields you use.",
        nl: "Vervang elke tekst die met TODO begint, in uw eigen taal; haal het # weg voor optionele velden die u gebruikt.")
    case .contributeWeb5:
      Texts(
        en: "Choose “Propose changes” and open a pull request (GitHub) or merge request (GitLab). The check runs by itself and says, with line numbers, what to fix.",
        nl: "Kies „Propose changes” en open een pull request (GitHub) of merge request (GitLab). De controle draait vanzelf en zegt, met regelnummers, wat er moet worden verbeterd.")
    case .contributeToolHeading: Texts(en: "With casebook on your computer", nl: "Met casebook op uw computer")
    case .contributeTool1:
      Texts(en: "Get the catalogue once: git clone followed by its address.", nl: "Haal de catalogus eenmalig op: git clone gevolgd door het adres.")
    case .contributeTool2:
      Texts(
        en: "Create the file: casebook new case --municipality nl/your-town --title \"Short title\".",
        nl: "Maak het bestand: casebook new case --municipality nl/uw-gemeente --title \"Korte titel\".")
    case .contributeTool3:
      Texts(
        en: "Fill it in: replace every text that starts with TODO.",
        nl: "Vul het in: vervang elke tekst die met TODO begint.")
    case .contributeTool4:
      Texts(
        en: "Check it: casebook validate cases/nl/your-town. Every message names the line and says what to do.",
        nl: "Controleer het: casebook validate cases/nl/uw-gemeente. Elke melding noemt de regel en zegt wat u moet doen.")
    case .contributeTool5:
      Texts(
        en: "Send it: casebook submit <file> -m \"Add case\" --branch, then push the branch and open a pull request.",
        nl: "Stuur het in: casebook submit <bestand> -m \"Casus toevoegen\" --branch, push daarna de branch en open een pull request.")
    case .contributeTemplateHeading: Texts(en: "The case template", nl: "Het sjabloon voor een casus")
    case .contributeTemplateIntro:
      Texts(
        en: "Every field, with a short explanation in Dutch and English. `casebook new case` fills in the year and title for you.",
        nl: "Alle velden, met korte uitleg in het Nederlands en Engels. `casebook new case` vult het jaar en de titel voor u in.")
    case .contributeRulesHeading: Texts(en: "What a submission must pass", nl: "Waar een inzending aan moet voldoen")
    case .contributeRule1:
      Texts(
        en: "The file is valid YAML and matches the case schema: every required field, known values only.",
        nl: "Het bestand is geldige YAML en past in het schema voor casussen: alle verplichte velden, alleen bekende waarden.")
    case .contributeRule2:
      Texts(
        en: "It lies in cases/<country code>/<municipality>/, and the municipality has a municipality.yaml.",
        nl: "Het staat in cases/<landcode>/<gemeente>/ en de gemeente heeft een municipality.yaml.")
    case .contributeRule3:
      Texts(
        en: "Its use categories are among the seven (a did-you-mean helps with typing errors).",
        nl: "De gebruiksdoelen horen bij de zeven (een suggestie helpt bij tikfouten).")
    case .contributeRule4:
      Texts(en: "No text starting with TODO is left.", nl: "Er staat geen tekst meer die met TODO begint.")
    case .contributeRule5:
      Texts(
        en: "Its title is not already used by another case study.", nl: "De titel is nog niet gebruikt door een andere casus.")
    case .contributeRule6:
      Texts(
        en: "Only the maintainers listed in the municipality's municipality.yaml may change its folder.",
        nl: "Alleen de beheerders in de municipality.yaml van de gemeente mogen de map wijzigen.")
    case .contributeRule7:
      Texts(
        en: "No links, submodules, binary files or files over 1 MiB.",
        nl: "Geen koppelingen (symlinks), submodules, binaire bestanden of bestanden groter dan 1 MiB.")
    case .contributeWantedHeading: Texts(en: "Wanted", nl: "Gezocht")
    case .contributeWantedIntro:
      Texts(
        en: "These use categories have no case study from these countries yet:",
        nl: "Voor deze gebruiksdoelen is er nog geen casus uit deze landen:")
    }
  }
}

/// Why `casebook site` could not write the site, and what to do.
public enum SiteErrorText: String, MessageEntry {
  case notASite = "site-error.not-a-site"
  case unsafePath = "site-error.unsafe-path"
  case unwritable = "site-error.unwritable"
  case symbolicLink = "site-error.symbolic-link"
  case fileNotFolder = "site-error.file-not-folder"
  case linkOrFile = "site-error.link-or-file"
  case badBaseURL = "site-error.bad-base-url"
  case badEditURL = "site-error.bad-edit-url"
  case emptyTitle = "site-error.empty-title"
  case unsafeName = "site-error.unsafe-name"
  case modelMissing = "site-error.model-missing"
  case modelInvalid = "site-error.model-invalid"
  case sourceWorkingTree = "site.source.working-tree"
  case sourceCommit = "site.source.commit"
  case sourceThisSite = "site.source.this-site"

  public var texts: Texts {
    switch self {
    case .notASite:
      Texts(
        en: "{1} is not empty and was not written by `casebook site` (it has no .casebook-site file): choose an "
          + "empty or new folder with --output, or empty this one yourself",
        nl: "{1} is niet leeg en is niet door `casebook site` geschreven (er staat geen .casebook-site in): kies een "
          + "lege of nieuwe map met --output, of maak deze zelf leeg")
    case .unsafePath: Texts(en: "refusing to write {1}: {2}", nl: "{1} wordt niet geschreven: {2}")
    case .unwritable: Texts(en: "cannot write {1}: {2}", nl: "{1} kan niet geschreven worden: {2}")
    case .symbolicLink:
      Texts(
        en: "it is a symbolic link; give the folder itself",
        nl: "het is een symbolische koppeling; geef de map zelf")
    case .fileNotFolder: Texts(en: "it is a file, not a folder", nl: "het is een bestand, geen map")
    case .linkOrFile:
      Texts(
        en: "it is a symbolic link or a file where a folder belongs",
        nl: "het is een symbolische koppeling of een bestand waar een map hoort")
    case .badBaseURL:
      Texts(
        en: "--base-url must be an http or https address, such as https://example.org/casebook/",
        nl: "--base-url moet een http- of https-adres zijn, zoals https://example.org/casebook/")
    case .badEditURL:
      Texts(
        en: "--edit-url must be an http or https address with {path} in it, such as "
          + "https://github.com/ORG/REPO/edit/main/{path}",
        nl: "--edit-url moet een http- of https-adres met {path} erin zijn, zoals "
          + "https://github.com/ORG/REPO/edit/main/{path}")
    case .emptyTitle: Texts(en: "--title must not be empty", nl: "--title mag niet leeg zijn")
    case .modelMissing:
      Texts(
        en: "{1} is missing: policies are listed but not compared",
        nl: "{1} ontbreekt: het beleid wordt getoond maar niet vergeleken")
    case .modelInvalid:
      Texts(
        en: "{1} has errors (run {2}): policies are not compared",
        nl: "{1} bevat fouten (voer {2} uit): het beleid wordt niet vergeleken")
    case .sourceWorkingTree:
      Texts(
        en: "the catalogue's files as they are now (not yet committed)",
        nl: "de bestanden van de catalogus zoals ze nu zijn (nog niet vastgelegd)")
    case .sourceCommit: Texts(en: "version {1}", nl: "versie {1}")
    case .sourceThisSite: Texts(en: "as on this site", nl: "zoals op deze site")
    case .unsafeName:
      Texts(
        en: "a page's path may hold only letters, digits, '.', '_' and '-'",
        nl: "het pad van een pagina mag alleen letters, cijfers, '.', '_' en '-' bevatten")
    }
  }
}
