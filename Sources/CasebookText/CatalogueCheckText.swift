/// What the catalogue rules beyond the schemas find (`catalog.*`), and the findings about reading files.
public enum CatalogueCheckText: String, MessageEntry {
  case schemaUnavailable = "catalog.schema-unavailable"
  case tooManyProblems = "catalog.too-many-problems"
  case metaschema = "catalog.metaschema"
  case tooLarge = "catalog.too-large"
  case unreadable = "catalog.unreadable"
  case topFolderLink = "catalog.top-folder-link"
  case topFolderFile = "catalog.top-folder-file"
  case symlink = "catalog.symlink"
  case submodule = "catalog.submodule"
  case notAFile = "catalog.not-a-file"
  case schemaMissing = "catalog.schema-missing"
  case countryMismatch = "catalog.country-mismatch"
  case categoryAlias = "catalog.category-alias"
  case unknownCategory = "catalog.unknown-category"
  case unknownCategoryDidYouMean = "catalog.unknown-category-did-you-mean"
  case dateYear = "catalog.date-year"
  case taxonomyName = "catalog.taxonomy-name"
  case placeholder = "catalog.placeholder"
  case controlCharacterInText = "catalog.control-character-text"
  case controlCharacterInKey = "catalog.control-character-key"
  case carriageReturn = "catalog.control.carriage-return"
  case escape = "catalog.control.escape"
  case otherC0 = "catalog.control.c0"
  case otherC1 = "catalog.control.c1"
  case policyDates = "catalog.policy-dates"
  case adoption = "catalog.date.adoption"
  case lastReview = "catalog.date.last-review"
  case nextReview = "catalog.date.next-review"
  case badPathPart = "catalog.layout.bad-part"
  case outsideMunicipality = "catalog.layout.outside-municipality"
  case nesting = "catalog.nesting"
  case folderSlug = "catalog.slug.folder"
  case fileSlug = "catalog.slug.file"
  case extensionYML = "catalog.extension"
  case unknownFile = "catalog.unknown-file"
  case countryLowerCase = "catalog.country-folder.lower-case"
  case countryMistake = "catalog.country-folder.mistake"
  case countryUnknown = "catalog.country-folder.unknown"
  case missingMunicipality = "catalog.missing-municipality"
  case duplicateTitle = "catalog.duplicate-title"
  case caseLanguage = "catalog.case-language"

  public var texts: Texts {
    switch self {
    case .schemaUnavailable:
      Texts(
        en: "the schema {1} could not be used, so this file was checked only in part; fix the schema first",
        nl: "het schema {1} was niet bruikbaar, dus dit bestand is maar deels gecontroleerd; verbeter eerst het schema")
    case .tooManyProblems:
      Texts(
        en: "{1} more problems from here on are not shown; fix the ones above first",
        nl: "nog {1} problemen vanaf hier worden niet getoond; los eerst de problemen hierboven op")
    case .metaschema:
      Texts(
        en: "this schema breaks the JSON Schema 2020-12 metaschema at {1}: {2}",
        nl: "dit schema voldoet niet aan het metaschema van JSON Schema 2020-12 op {1}: {2}")
    case .tooLarge:
      Texts(
        en: "the file is {1} bytes; the limit is {2} bytes: split it or shorten it",
        nl: "het bestand is {1} bytes; de grens is {2} bytes: verdeel het of maak het korter")
    case .unreadable: Texts(en: "the file cannot be read: {1}", nl: "het bestand is niet leesbaar: {1}")
    case .topFolderLink:
      Texts(
        en: "{1} is a symbolic link: the catalogue's folders must be real folders in the repository (casebook never "
          + "follows a link, which could lead outside it); replace the link with the folder",
        nl: "{1} is een symbolische koppeling: de mappen van de catalogus moeten echte mappen in de repository zijn "
          + "(casebook volgt nooit een koppeling, want die kan naar buiten leiden); vervang de koppeling door de map")
    case .topFolderFile:
      Texts(
        en: "{1} must be a folder: move the file away and make {2} a folder",
        nl: "{1} moet een map zijn: verplaats het bestand en maak van {2} een map")
    case .symlink:
      Texts(
        en: "symbolic links are not allowed in the catalogue: replace the link with the file itself",
        nl: "symbolische koppelingen horen niet in de catalogus: vervang de koppeling door het bestand zelf")
    case .submodule:
      Texts(
        en: "submodules are not allowed in the catalogue: remove it and add the files themselves",
        nl: "submodules horen niet in de catalogus: verwijder de submodule en voeg de bestanden zelf toe")
    case .notAFile:
      Texts(en: "only plain files belong in the catalogue", nl: "alleen gewone bestanden horen in de catalogus")
    case .schemaMissing:
      Texts(
        en: "the schema {1} is missing, so {2} files cannot be checked; restore it (a new catalogue gets it from "
          + "`casebook init`)",
        nl: "het schema {1} ontbreekt, dus bestanden van de soort {2} kunnen niet gecontroleerd worden; zet het "
          + "terug (een nieuwe catalogus krijgt het van `casebook init`)")
    case .countryMismatch:
      Texts(
        en: "{1} does not match the folder {2}: use {3} or move the folder to {4}",
        nl: "{1} past niet bij de map {2}: gebruik {3} of verplaats de map naar {4}")
    case .categoryAlias:
      Texts(en: "{1} means the category {2}: write its id {2}", nl: "{1} betekent de categorie {2}: schrijf haar id {2}")
    case .unknownCategory:
      Texts(en: "{1} is not a use category ({2})", nl: "{1} is geen gebruikscategorie ({2})")
    case .unknownCategoryDidYouMean:
      Texts(
        en: "{1} is not a use category ({2}); did you mean {3}?",
        nl: "{1} is geen gebruikscategorie ({2}); bedoelt u {3}?")
    case .dateYear:
      Texts(
        en: "{1} is in {2} but `year` says {3}: make them agree",
        nl: "{1} valt in {2}, maar `year` zegt {3}: laat ze overeenkomen")
    case .taxonomyName:
      Texts(
        en: "{1} already names the category {2}: each id and alias may name one category only",
        nl: "{1} is al de naam van de categorie {2}: elke id en alias mag maar één categorie noemen")
    case .placeholder:
      Texts(
        en: "replace the placeholder text {1} with real content",
        nl: "vervang de voorlopige tekst {1} door echte inhoud")
    case .controlCharacterInText:
      Texts(
        en: "the text {1} holds the control character {2} ({3}), which can take over a terminal that shows it: "
          + "remove it, and write line breaks as real line breaks",
        nl: "de tekst {1} bevat het stuurteken {2} ({3}), dat een terminal kan overnemen die het toont: verwijder "
          + "het, en schrijf regeleinden als echte regeleinden")
    case .controlCharacterInKey:
      Texts(
        en: "the key {1} holds the control character {2} ({3}), which can take over a terminal that shows it: "
          + "remove it, and write line breaks as real line breaks",
        nl: "de sleutel {1} bevat het stuurteken {2} ({3}), dat een terminal kan overnemen die het toont: verwijder "
          + "het, en schrijf regeleinden als echte regeleinden")
    case .carriageReturn: Texts(en: "CR, a carriage return", nl: "CR, een regelterugloop")
    case .escape:
      Texts(en: "ESC, which starts terminal escape sequences", nl: "ESC, waarmee terminalbesturingscodes beginnen")
    case .otherC0: Texts(en: "a C0 control character", nl: "een C0-stuurteken")
    case .otherC1: Texts(en: "a C1 control character", nl: "een C1-stuurteken")
    case .policyDates:
      Texts(en: "the {1} date {2} is before the {3} date {4}", nl: "de datum van {1} ({2}) ligt voor die van {3} ({4})")
    case .adoption: Texts(en: "adoption", nl: "vaststelling")
    case .lastReview: Texts(en: "last review", nl: "laatste evaluatie")
    case .nextReview: Texts(en: "next review", nl: "volgende evaluatie")
    case .badPathPart:
      Texts(en: "the path {1} has an empty, `.` or `..` part", nl: "het pad {1} heeft een leeg deel, of een deel `.` of `..`")
    case .outsideMunicipality:
      Texts(
        en: "files belong in a municipality folder: move {1} to cases/<country>/<municipality>/",
        nl: "bestanden horen in een gemeentemap: verplaats {1} naar cases/<land>/<gemeente>/")
    case .nesting:
      Texts(
        en: "no folders inside a municipality folder: move the file to {1}",
        nl: "geen mappen in een gemeentemap: verplaats het bestand naar {1}")
    case .folderSlug:
      Texts(
        en: "the folder name {1} must be lower-case letters, digits and dashes, for example {2}",
        nl: "de mapnaam {1} mag alleen kleine letters, cijfers en streepjes bevatten, bijvoorbeeld {2}")
    case .fileSlug:
      Texts(
        en: "the file name {1} must be lower-case letters, digits and dashes, for example {2}",
        nl: "de bestandsnaam {1} mag alleen kleine letters, cijfers en streepjes bevatten, bijvoorbeeld {2}")
    case .extensionYML:
      Texts(en: "rename {1} to {2}: the catalogue uses .yaml", nl: "hernoem {1} naar {2}: de catalogus gebruikt .yaml")
    case .unknownFile:
      Texts(
        en: "only .yaml files belong in a municipality folder; {1} is not one (remove it or move it outside cases/)",
        nl: "alleen .yaml-bestanden horen in een gemeentemap; {1} is dat niet (verwijder het of verplaats het "
          + "buiten cases/)")
    case .countryLowerCase:
      Texts(
        en: "country folders are lower case: rename {1} to {2}",
        nl: "landmappen zijn in kleine letters: hernoem {1} naar {2}")
    case .countryMistake:
      Texts(en: "{1} is not an ISO 3166-1 country code; use {2}", nl: "{1} is geen ISO 3166-1-landcode; gebruik {2}")
    case .countryUnknown:
      Texts(
        en: "{1} is not an ISO 3166-1 alpha-2 country code in lower case (such as `nl`, `be`, `gb`)",
        nl: "{1} is geen ISO 3166-1-alpha-2-landcode in kleine letters (zoals `nl`, `be`, `gb`)")
    case .missingMunicipality:
      Texts(
        en: "the folder has no municipality.yaml: add the municipality's profile ({1})",
        nl: "de map heeft geen municipality.yaml: voeg het profiel van de gemeente toe ({1})")
    case .duplicateTitle:
      Texts(
        en: "another case of this municipality has the same title ({1}): give each case its own title",
        nl: "een andere casus van deze gemeente heeft dezelfde titel ({1}): geef elke casus een eigen titel")
    case .caseLanguage:
      Texts(
        en: "the case is in {1}, which is not among the municipality's languages ({2}): check `language` here or "
          + "in municipality.yaml",
        nl: "de casus is in {1}, en die taal staat niet bij de talen van de gemeente ({2}): controleer `language` "
          + "hier of in municipality.yaml")
    }
  }
}

/// Why a file, folder or object could not be read or written: the reasons that follow `cannot read …:`.
public enum ReadText: String, MessageEntry {
  case system = "read.system"
  case symbolicLink = "read.symbolic-link"
  case notRegular = "read.not-regular"
  case leadsOut = "read.leads-out"
  case gone = "read.gone"
  case tooLarge = "read.too-large"
  case linkedFolder = "read.linked-folder"
  case notAFolder = "read.not-a-folder"

  public var texts: Texts {
    switch self {
    // The operating system's own words (strerror), which casebook cannot translate.
    case .system: Texts(en: "{1}", nl: "{1}")
    case .symbolicLink:
      Texts(en: "it is a symbolic link, which is not followed", nl: "het is een symbolische koppeling en die wordt niet gevolgd")
    case .notRegular: Texts(en: "it is not a regular file", nl: "het is geen gewoon bestand")
    case .leadsOut: Texts(en: "it leads out of its folder", nl: "het leidt buiten zijn map")
    case .gone: Texts(en: "it is gone", nl: "het is verdwenen")
    case .tooLarge: Texts(en: "it is {1} bytes; the limit is {2} bytes", nl: "het is {1} bytes; de grens is {2} bytes")
    case .linkedFolder:
      Texts(
        en: "it is a symbolic link, and casebook never writes through a link (it could lead outside the "
          + "repository): replace the link with a real folder",
        nl: "het is een symbolische koppeling, en casebook schrijft nooit via een koppeling (die kan buiten de "
          + "repository leiden): vervang de koppeling door een echte map")
    case .notAFolder: Texts(en: "it is not a folder", nl: "het is geen map")
    }
  }
}
