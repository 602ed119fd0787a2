/// The help of `export` and the messages of its files (xlsx, SQLite and Datasette's metadata).
public enum ExportText: String, MessageEntry {
  case abstract = "export.abstract"
  case discussion = "export.discussion"
  case kind = "export.kind"
  case output = "export.output"
  case metadata = "export.metadata"
  case license = "export.license"
  case licenseURL = "export.license-url"
  case force = "export.force"
  case outputForFiles = "export.output-for-files"
  case needsOutput = "export.needs-output"
  case sqliteWhole = "export.sqlite-whole"
  case sqliteOnly = "export.sqlite-only"
  case noScores = "export.no-scores"
  case noMunicipalities = "export.no-municipalities"
  case symbolicLink = "export.symbolic-link"
  case notAFile = "export.not-a-file"
  case notOurs = "export.not-ours"
  case noFolder = "export.no-folder"
  case unwritable = "export.unwritable"
  case database = "export.database"
  case spreadsheet = "export.spreadsheet"
  case cellTooLong = "export.cell-too-long"
  case emptyArchive = "export.empty-archive"
  case formatWorkbook = "export.format.workbook"
  case formatDatabase = "export.format.database"
  case formatMetadata = "export.format.metadata"

  public var texts: Texts {
    switch self {
    case .abstract:
      Texts(
        en: "Write valid case studies, policies or municipalities as CSV, JSON, NDJSON or xlsx, or the whole catalogue "
          + "as SQLite.",
        nl: "Schrijf geldige casussen, beleid of gemeenten als CSV, JSON, NDJSON of xlsx, of de hele catalogus als "
          + "SQLite.")
    case .discussion:
      Texts(
        en: "Each record becomes one flat row or object, with every field in full. Columns are stable: id, path and "
          + "place first, then every field in the order of its JSON Schema — nested objects as dotted paths "
          + "(owner.role), lists of objects as one list per field (sources.url) — then fields the schema does not "
          + "name, sorted. In csv and xlsx, lists are joined with \"; \"; csv is UTF-8 with a byte-order mark so that "
          + "spreadsheets keep accents. Files that fail validation are skipped with a warning.\n\n"
          + "Words and filters select records exactly as `casebook search` does (without them: every record).\n\n"
          + "--format xlsx and --format sqlite write the file named by --output. The SQLite database holds the whole "
          + "catalogue (municipalities, cases, policies, categories, join tables, scores, full-text search over the "
          + "cases) and comes with a metadata file for Datasette (--metadata, default NAME.metadata.json beside it). "
          + "An existing file is replaced only when casebook wrote it, or with --force; nothing is written through a "
          + "symbolic link, and a file is renamed into place only when complete.\n\n"
          + "Exit status: 0 written (also when nothing matches: a line says which filter to drop), 1 not written, 64 "
          + "bad usage.",
        nl: "Elk record wordt één platte rij of één object, met elk veld volledig. De kolommen liggen vast: id, pad "
          + "en plaats eerst, dan elk veld in de volgorde van het JSON Schema — geneste objecten als paden met "
          + "punten (owner.role), lijsten van objecten als één lijst per veld (sources.url) — en dan velden die het "
          + "schema niet noemt, gesorteerd. In csv en xlsx worden lijsten samengevoegd met \"; \"; csv is UTF-8 met "
          + "een bytevolgordemarkering, zodat spreadsheets accenten houden. Bestanden die de controle niet doorstaan, "
          + "worden met een waarschuwing overgeslagen.\n\n"
          + "Woorden en filters kiezen records precies zoals `casebook search` dat doet (zonder: elk record).\n\n"
          + "--format xlsx en --format sqlite schrijven het bestand dat --output noemt. De SQLite-database bevat de "
          + "hele catalogus (gemeenten, casussen, beleid, categorieën, koppeltabellen, scores, zoeken in de volledige "
          + "tekst van de casussen) en komt met een metadatabestand voor Datasette (--metadata, standaard "
          + "NAAM.metadata.json ernaast). Een bestaand bestand wordt alleen vervangen als casebook het schreef, of met "
          + "--force; er wordt nooit via een symbolische koppeling geschreven, en een bestand wordt pas op zijn plaats "
          + "gezet als het af is.\n\n"
          + "Afsluitcode: 0 geschreven (ook als niets past: een regel zegt welk filter u kunt weglaten), 1 niet "
          + "geschreven, 64 verkeerd gebruik.")
    case .kind:
      Texts(
        en: "What to export: case, policy or municipality (default: case).",
        nl: "Wat te exporteren: case (casussen), policy (beleid) of municipality (gemeenten) (standaard: case).")
    case .output: Texts(en: "The file to write (xlsx and sqlite).", nl: "Het bestand om te schrijven (xlsx en sqlite).")
    case .metadata:
      Texts(
        en: "Where to write Datasette's metadata (sqlite; default: NAME.metadata.json beside FILE).",
        nl: "Waar de metadata voor Datasette komt (sqlite; standaard: NAAM.metadata.json naast BESTAND).")
    case .license:
      Texts(
        en: "The licence of the catalogue's content, for Datasette's metadata (sqlite).",
        nl: "De licentie van de inhoud van de catalogus, voor de metadata van Datasette (sqlite).")
    case .licenseURL: Texts(en: "Where that licence can be read (sqlite).", nl: "Waar die licentie te lezen is (sqlite).")
    case .force:
      Texts(
        en: "Replace an existing file even when casebook did not write it.",
        nl: "Vervang een bestaand bestand, ook als casebook het niet schreef.")
    case .outputForFiles:
      Texts(
        en: "--output is for --format xlsx and sqlite; csv, json and ndjson go to standard output (add > FILE)",
        nl: "--output is voor --format xlsx en sqlite; csv, json en ndjson gaan naar de standaarduitvoer (voeg > "
          + "BESTAND toe)")
    case .needsOutput:
      Texts(en: "--format {1} writes a file: add --output FILE", nl: "--format {1} schrijft een bestand: voeg --output BESTAND toe")
    case .sqliteWhole:
      Texts(
        en: "the SQLite export holds the whole catalogue: leave out --kind, words and filters, and filter in Datasette",
        nl: "de SQLite-export bevat de hele catalogus: laat --kind, woorden en filters weg, en filter in Datasette")
    case .sqliteOnly:
      Texts(
        en: "--metadata, --license and --license-url are for --format sqlite",
        nl: "--metadata, --license en --license-url zijn voor --format sqlite")
    case .noScores: Texts(en: "the database has no scores: {1}", nl: "de database heeft geen scores: {1}")
    case .noMunicipalities: Texts(en: "no municipalities match", nl: "geen gemeenten gevonden")
    case .symbolicLink:
      Texts(
        en: "{1} is a symbolic link; casebook does not write through links: choose another file name, or add "
          + "--force to replace the link itself",
        nl: "{1} is een symbolische koppeling; casebook schrijft niet via koppelingen: kies een andere bestandsnaam, "
          + "of voeg --force toe om de koppeling zelf te vervangen")
    case .notAFile: Texts(en: "{1} is not a file: give the path of a file to write", nl: "{1} is geen bestand: geef het pad van een bestand om te schrijven")
    case .notOurs:
      Texts(
        en: "{1} exists and is not {2} that casebook wrote, so it was left alone: choose another file name, or add "
          + "--force to replace it",
        nl: "{1} bestaat en is geen {2} die casebook schreef, dus het is met rust gelaten: kies een andere "
          + "bestandsnaam, of voeg --force toe om het te vervangen")
    case .noFolder:
      Texts(
        en: "the folder {1} does not exist: create it first, or write somewhere else",
        nl: "de map {1} bestaat niet: maak haar eerst, of schrijf ergens anders")
    case .unwritable: Texts(en: "cannot write {1}: {2}", nl: "{1} kan niet geschreven worden: {2}")
    case .database:
      Texts(en: "cannot write the SQLite database {1}: {2}", nl: "de SQLite-database {1} kan niet geschreven worden: {2}")
    case .spreadsheet: Texts(en: "cannot put the spreadsheet together: {1}", nl: "de spreadsheet kan niet samengesteld worden: {1}")
    case .cellTooLong:
      Texts(
        en: "{1} of {2} has {3} characters, more than the 32,767 a spreadsheet cell holds; nothing is cut short, so "
          + "nothing was written: use --format csv, json or sqlite for this catalogue",
        nl: "{1} van {2} heeft {3} tekens, meer dan de 32.767 die een spreadsheetcel kan bevatten; er wordt niets "
          + "afgekapt, dus er is niets geschreven: gebruik --format csv, json of sqlite voor deze catalogus")
    case .emptyArchive: Texts(en: "the archive is empty", nl: "het archief is leeg")
    case .formatWorkbook: Texts(en: "an xlsx workbook", nl: "een xlsx-werkmap")
    case .formatDatabase: Texts(en: "a SQLite database", nl: "een SQLite-database")
    case .formatMetadata: Texts(en: "Datasette metadata", nl: "Datasette-metadata")
    }
  }
}

/// The descriptions in the metadata file Datasette shows beside the SQLite export.
public enum DatasetteText: String, MessageEntry {
  case title = "datasette.title"
  case description = "datasette.description"
  case cases = "datasette.cases"
  case policies = "datasette.policies"
  case municipalities = "datasette.municipalities"
  case categories = "datasette.categories"
  case channels = "datasette.channels"
  case tags = "datasette.tags"
  case caseCategories = "datasette.case-categories"
  case caseChannels = "datasette.case-channels"
  case caseTags = "datasette.case-tags"
  case policyCategories = "datasette.policy-categories"
  case policyChannels = "datasette.policy-channels"
  case exportInfo = "datasette.export-info"
  case model = "datasette.model"
  case pillars = "datasette.pillars"
  case criteria = "datasette.criteria"
  case pillarScores = "datasette.pillar-scores"
  case criterionScores = "datasette.criterion-scores"

  public var texts: Texts {
    switch self {
    case .title:
      Texts(
        en: "Casebook: social-media case studies and policies of municipalities",
        nl: "Casebook: casussen en socialemediabeleid van gemeenten")
    case .description:
      Texts(
        en: "Case studies and social-media policies that municipalities share through a casebook catalogue, with "
          + "every policy scored against the best-practice model. Read from {1}.",
        nl: "Casussen en socialemediabeleid die gemeenten delen via een casebook-catalogus, met voor elk beleid een "
          + "score tegen het model van goede praktijk. Gelezen uit {1}.")
    case .cases:
      Texts(
        en: "One row per case study: what a municipality did with social media and what came of it. Lists "
          + "(categories, channels, tags, outcomes, lessons) are JSON arrays; search covers {1}.",
        nl: "Eén rij per casus: wat een gemeente met sociale media deed en wat het opleverde. Lijsten (categories, "
          + "channels, tags, outcomes, lessons) zijn JSON-arrays; zoeken gaat over {1}.")
    case .policies:
      Texts(
        en: "One row per social-media policy, with its overall score against the best-practice model.",
        nl: "Eén rij per socialemediabeleid, met de totaalscore tegen het model van goede praktijk.")
    case .municipalities:
      Texts(
        en: "Municipalities with their profile; has_profile is 0 for a folder without a valid municipality.yaml.",
        nl: "Gemeenten met hun profiel; has_profile is 0 voor een map zonder geldige municipality.yaml.")
    case .categories:
      Texts(
        en: "The use categories (after Gibson 2010), with Dutch and English labels.",
        nl: "De gebruikscategorieën (naar Gibson 2010), met Nederlandse en Engelse namen.")
    case .channels: Texts(en: "Channels the cases and policies use.", nl: "Kanalen die de casussen en het beleid gebruiken.")
    case .tags: Texts(en: "Tags of the cases.", nl: "Tags van de casussen.")
    case .caseCategories:
      Texts(en: "Which use categories each case belongs to.", nl: "Bij welke gebruikscategorieën elke casus hoort.")
    case .caseChannels: Texts(en: "Which channels each case used.", nl: "Welke kanalen elke casus gebruikte.")
    case .caseTags: Texts(en: "The tags of each case.", nl: "De tags van elke casus.")
    case .policyCategories:
      Texts(en: "Which use categories each policy targets.", nl: "Op welke gebruikscategorieën elk beleid zich richt.")
    case .policyChannels: Texts(en: "Which channels each policy covers.", nl: "Welke kanalen elk beleid behandelt.")
    case .exportInfo: Texts(en: "Where and how this export was made.", nl: "Waar en hoe deze export gemaakt is.")
    case .model: Texts(en: "{1}, version {2}", nl: "{1}, versie {2}")
    case .pillars:
      Texts(en: "The pillars of the best-practice model ({1}).", nl: "De pijlers van het model van goede praktijk ({1}).")
    case .criteria:
      Texts(
        en: "The criteria of the best-practice model ({1}), with their weight and sources.",
        nl: "De criteria van het model van goede praktijk ({1}), met hun gewicht en bronnen.")
    case .pillarScores:
      Texts(
        en: "Each policy's score per pillar: 100 × earned / possible.",
        nl: "De score van elk beleid per pijler: 100 × behaald / mogelijk.")
    case .criterionScores:
      Texts(
        en: "Each policy against each criterion: met (credit 1), partial (0.5), missing (0) or not-applicable (left "
          + "out).",
        nl: "Elk beleid tegen elk criterium: met (voldaan, waardering 1), partial (gedeeltelijk, 0,5), missing "
          + "(ontbreekt, 0) of not-applicable (niet van toepassing, telt niet mee).")
    }
  }
}
