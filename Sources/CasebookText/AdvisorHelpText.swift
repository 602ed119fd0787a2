/// The help of the advisors' commands: compare, rank, search, show, stats and export.
public enum AdvisorHelpText: String, MessageEntry {
  case compare = "help.compare"
  case compareDiscussion = "help.compare.discussion"
  case compareMunicipality = "help.compare.municipality"
  case compareWith = "help.compare.with"
  case compareRev = "help.compare.rev"

  case rank = "help.rank"
  case rankDiscussion = "help.rank.discussion"
  case rankRev = "help.rank.rev"

  case search = "help.search"
  case searchDiscussion = "help.search.discussion"
  case searchWords = "help.search.words"
  case searchCategory = "help.search.category"
  case searchCountry = "help.search.country"
  case searchMunicipality = "help.search.municipality"
  case searchChannel = "help.search.channel"
  case searchYear = "help.search.year"
  case searchLanguage = "help.search.language"
  case searchTag = "help.search.tag"
  case searchKind = "help.search.kind"
  case searchFacets = "help.search.facets"
  case searchLimit = "help.search.limit"

  case show = "help.show"
  case showDiscussion = "help.show.discussion"
  case showID = "help.show.id"
  case showHistory = "help.show.history"

  case stats = "help.stats"
  case statsDiscussion = "help.stats.discussion"
  case statsBy = "help.stats.by"
  case statsKind = "help.stats.kind"

  case export = "help.export"
  case exportDiscussion = "help.export.discussion"
  case exportKind = "help.export.kind"

  public var texts: Texts {
    switch self {
    case .compare:
      Texts(
        en: "Compare a municipality's social-media policy with the best-practice model.",
        nl: "Vergelijk het socialemediabeleid van een gemeente met het model van goede praktijk.")
    case .compareDiscussion:
      Texts(
        en: "MUNICIPALITY is cc/slug (nl/voorbeeldstad), the folder name, or the name, when it names one "
          + "municipality. Each criterion is met, partial, missing or not applicable, with the fields read and what "
          + "was found, a recommendation, and peers: municipalities whose policy meets it and cases that show it in "
          + "practice.\n\n"
          + "Scores (0-100, per pillar and overall) weigh met as 1, partial as 0.5 and missing as 0; criteria that "
          + "do not apply are left out. The report is in the language of --lang or of your locale; without either, "
          + "in the policy's language (Dutch for nl, English otherwise).\n\n"
          + "Exit status: 0 report written, 1 no usable policy or model in the catalogue, 64 bad usage (unknown or "
          + "ambiguous municipality, an invalid --model file).",
        nl: "GEMEENTE is land/map (nl/voorbeeldstad), de mapnaam of de naam, als die één gemeente aanwijst. Elk "
          + "criterium is gehaald, deels gehaald, niet gehaald of niet van toepassing, met de gelezen velden en wat "
          + "daarin stond, een aanbeveling, en voorbeelden: gemeenten waarvan het beleid het criterium haalt en "
          + "casussen die het in de praktijk laten zien.\n\n"
          + "Scores (0-100, per pijler en in totaal) tellen gehaald als 1, deels als 0,5 en niet gehaald als 0; "
          + "criteria die niet van toepassing zijn, tellen niet mee. Het rapport is in de taal van --lang of van uw "
          + "taalinstelling; zonder die twee in de taal van het beleid (Nederlands voor nl, anders Engels).\n\n"
          + "Afsluitcode: 0 rapport geschreven, 1 geen bruikbaar beleid of model in de catalogus, 64 verkeerd gebruik "
          + "(onbekende of meerduidige gemeente, een ongeldig --model-bestand).")
    case .compareMunicipality:
      Texts(en: "The municipality: cc/slug, folder name or name.", nl: "De gemeente: land/map, mapnaam of naam.")
    case .compareWith: Texts(en: "Put another municipality beside it.", nl: "Zet er een andere gemeente naast.")
    case .compareRev:
      Texts(en: "Compare as of a revision, read from git objects.", nl: "Vergelijk zoals in een revisie, gelezen uit de git-objecten.")

    case .rank:
      Texts(
        en: "Rank every municipality with a policy by its best-practice score.",
        nl: "Rangschik elke gemeente met een beleid op haar score voor goede praktijk.")
    case .rankDiscussion:
      Texts(
        en: "Overall and per-pillar scores (0-100), best first; equal scores share a rank and are sorted by name. "
          + "Policies with errors are left out and named on standard error.\n\n"
          + "Exit status: 0 table written, 1 no usable model in the catalogue, 64 bad usage.",
        nl: "Totaalscore en score per pijler (0-100), de beste eerst; gelijke scores delen een plaats en staan op "
          + "naam. Beleid met fouten wordt weggelaten en op de standaardfoutuitvoer genoemd.\n\n"
          + "Afsluitcode: 0 tabel geschreven, 1 geen bruikbaar model in de catalogus, 64 verkeerd gebruik.")
    case .rankRev:
      Texts(en: "Rank as of a revision, read from git objects.", nl: "Rangschik zoals in een revisie, gelezen uit de git-objecten.")

    case .search:
      Texts(
        en: "Find case studies (and policies) by use category, place, channel, year and words.",
        nl: "Zoek casussen (en beleid) op gebruikscategorie, plaats, kanaal, jaar en woorden.")
    case .searchDiscussion:
      Texts(
        en: "Words are matched case- and accent-insensitively in title, summary, outcomes, lessons and tags and "
          + "ranked with BM25; records with more of the words come first; `partici*` matches every word that starts "
          + "with `partici`. Without words, every record that passes the filters is listed, newest first.\n\n"
          + "Filters can be repeated: values of the same filter are alternatives (--category report --category "
          + "service: either), different filters must all hold (--category report --country nl: both). --category "
          + "takes an id, a Dutch or English label or an alias (inspraak, Participatie and consultation all mean "
          + "participate). --municipality takes cc/slug, the folder name or the municipality's name.\n\n"
          + "Files that fail validation are skipped with a warning. Exit status: 0 (also when nothing matches: a "
          + "line says which filter to drop), 64 bad usage (unknown category, municipality or country, bad year).",
        nl: "Woorden worden gezocht zonder op hoofdletters en accenten te letten, in titel, samenvatting, resultaten, "
          + "lessen en tags, en gerangschikt met BM25; records met meer van de woorden komen eerst; `partici*` vindt "
          + "elk woord dat met `partici` begint. Zonder woorden wordt elk record getoond dat door de filters komt, "
          + "het nieuwste eerst.\n\n"
          + "Filters mogen herhaald worden: waarden van hetzelfde filter zijn alternatieven (--category report "
          + "--category service: een van beide), verschillende filters moeten allemaal gelden (--category report "
          + "--country nl: beide). --category neemt een id, een Nederlandse of Engelse naam of een alias (inspraak, "
          + "Participatie en consultation betekenen allemaal participate). --municipality neemt land/map, de mapnaam "
          + "of de naam van de gemeente.\n\n"
          + "Bestanden die de controle niet doorstaan, worden met een waarschuwing overgeslagen. Afsluitcode: 0 (ook "
          + "als niets past: een regel zegt welk filter u kunt weglaten), 64 verkeerd gebruik (onbekende categorie, "
          + "gemeente of land, verkeerd jaar).")
    case .searchWords:
      Texts(
        en: "Words to search for; end a word with * to match words that start with it.",
        nl: "Woorden om te zoeken; eindig een woord op * om woorden te vinden die ermee beginnen.")
    case .searchCategory: Texts(en: "Use category (id, label or alias).", nl: "Gebruikscategorie (id, naam of alias).")
    case .searchCountry: Texts(en: "Country code, e.g. nl or NL.", nl: "Landcode, bijv. nl of NL.")
    case .searchMunicipality:
      Texts(en: "Municipality: cc/slug, folder name or name.", nl: "Gemeente: land/map, mapnaam of naam.")
    case .searchChannel: Texts(en: "Channel, e.g. twitter.", nl: "Kanaal, bijv. twitter.")
    case .searchYear:
      Texts(en: "Year or range: 2010, 2010..2012, 2010.., ..2012.", nl: "Jaar of reeks: 2010, 2010..2012, 2010.., ..2012.")
    case .searchLanguage: Texts(en: "Language code, e.g. nl or en.", nl: "Taalcode, bijv. nl of en.")
    case .searchTag: Texts(en: "Tag.", nl: "Tag.")
    case .searchKind:
      Texts(en: "What to search: case, policy or all.", nl: "Waarin te zoeken: case (casussen), policy (beleid) of all (alles).")
    case .searchFacets:
      Texts(
        en: "Count results per category, country, channel and year.",
        nl: "Tel de resultaten per categorie, land, kanaal en jaar.")
    case .searchLimit: Texts(en: "Show at most N results (0: all).", nl: "Toon hoogstens N resultaten (0: alle).")

    case .show:
      Texts(
        en: "Show a case study, policy or municipality with who submitted and changed it.",
        nl: "Toon een casus, beleid of gemeente, met wie het indiende en wijzigde.")
    case .showDiscussion:
      Texts(
        en: "ID is the path without cases/ and .yaml: gb/brighton-and-hove/2010-snow-4x4-drivers for a case study, "
          + "nl/voorbeeldstad/policy for a policy, nl/voorbeeldstad for a municipality; a path to the file works "
          + "too. Provenance comes from git history: who first submitted the file, who changed it last, how many "
          + "commits touched it (--history lists them). In a working tree, history is read from HEAD and the output "
          + "says when the file has uncommitted changes.\n\n"
          + "Exit status: 0 shown, 1 the file has validation errors, 64 unknown id (the nearest ids are suggested).",
        nl: "ID is het pad zonder cases/ en .yaml: gb/brighton-and-hove/2010-snow-4x4-drivers voor een casus, "
          + "nl/voorbeeldstad/policy voor een beleid, nl/voorbeeldstad voor een gemeente; een pad naar het bestand "
          + "werkt ook. De herkomst komt uit de git-geschiedenis: wie het bestand als eerste indiende, wie het het "
          + "laatst wijzigde en hoeveel commits het raakten (--history toont ze). In een werkmap wordt de "
          + "geschiedenis uit HEAD gelezen en zegt de uitvoer het als het bestand niet-gecommitte wijzigingen heeft."
          + "\n\n"
          + "Afsluitcode: 0 getoond, 1 het bestand heeft validatiefouten, 64 onbekende id (de dichtstbijzijnde ids "
          + "worden voorgesteld).")
    case .showID: Texts(en: "The record's id or file.", nl: "De id of het bestand van het record.")
    case .showHistory: Texts(en: "List every commit that changed the file.", nl: "Toon elke commit die het bestand wijzigde.")

    case .stats:
      Texts(
        en: "Count case studies per use category and country (or year): the gap map.",
        nl: "Tel casussen per gebruikscategorie en land (of jaar): de kaart van de gaten.")
    case .statsDiscussion:
      Texts(
        en: "Each cell counts the case studies (or, with --kind policy, the policies) in a use category for a "
          + "country or year; a record with two categories counts in both rows, the `all` row counts each record "
          + "once. Empty cells are the uses nobody has shared yet; they show as · in the table and Markdown forms "
          + "and as 0 in csv and json. Also counts municipalities, policies and case studies. Files that fail "
          + "validation are skipped with a warning.",
        nl: "Elke cel telt de casussen (of, met --kind policy, de beleidsstukken) in een gebruikscategorie voor een "
          + "land of jaar; een record met twee categorieën telt in beide rijen, de rij `all` telt elk record één "
          + "keer. Lege cellen zijn de toepassingen die nog niemand gedeeld heeft; ze staan als · in de tabel en in "
          + "Markdown en als 0 in csv en json. Telt ook gemeenten, beleid en casussen. Bestanden die de controle niet "
          + "doorstaan, worden met een waarschuwing overgeslagen.")
    case .statsBy: Texts(en: "Columns of the matrix: country or year.", nl: "Kolommen van de tabel: country (land) of year (jaar).")
    case .statsKind: Texts(en: "What to count: case or policy.", nl: "Wat te tellen: case (casussen) of policy (beleid).")

    case .export:
      Texts(
        en: "Write every valid case study, policy or municipality as CSV, JSON or NDJSON.",
        nl: "Schrijf elke geldige casus, elk geldig beleid of elke geldige gemeente als CSV, JSON of NDJSON.")
    case .exportDiscussion:
      Texts(
        en: "Each record becomes one flat row or object. Columns are stable: id, path and place first, then every "
          + "field in the order of its JSON Schema — nested objects as dotted paths (owner.role), lists of objects "
          + "as one list per field (sources.url) — then fields the schema does not name, sorted. In csv, lists are "
          + "joined with \"; \"; the file is UTF-8 with a byte-order mark so that spreadsheets keep accents. Files "
          + "that fail validation are skipped with a warning.",
        nl: "Elk record wordt één platte rij of één object. De kolommen liggen vast: id, pad en plaats eerst, dan "
          + "elk veld in de volgorde van het JSON Schema — geneste objecten als paden met punten (owner.role), "
          + "lijsten van objecten als één lijst per veld (sources.url) — en dan velden die het schema niet noemt, "
          + "gesorteerd. In csv worden lijsten samengevoegd met \"; \"; het bestand is UTF-8 met een "
          + "bytevolgordemarkering, zodat spreadsheets accenten houden. Bestanden die de controle niet doorstaan, "
          + "worden met een waarschuwing overgeslagen.")
    case .exportKind:
      Texts(
        en: "What to export: case, policy or municipality.",
        nl: "Wat te exporteren: case (casussen), policy (beleid) of municipality (gemeenten).")
    }
  }
}
