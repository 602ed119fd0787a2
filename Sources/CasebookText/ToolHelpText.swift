/// The help of the catalogue tools: fetch, list, migrate, rules, site, status, generate-manual and `--catalogue`.
/// Discussions are paragraphs without line breaks, so the help wraps them to the terminal's width.
public enum ToolHelpText: String, MessageEntry {
  case catalogue = "help.catalogue"
  case formatTextJSON = "help.format-text-json"

  case fetch = "help.fetch"
  case fetchDiscussion = "help.fetch.discussion"
  case fetchNames = "help.fetch.names"
  case fetchList = "help.fetch.list"
  case fetchTimeout = "help.fetch.timeout"
  case fetchMaxTime = "help.fetch.max-time"
  case fetchMaxSize = "help.fetch.max-fetch-size"
  case fetchMaxObjects = "help.fetch.max-fetch-objects"
  case fetchFormat = "help.fetch.format"

  case list = "help.list"
  case listDiscussion = "help.list.discussion"
  case listSubject = "help.list.subject"
  case listFormat = "help.list.format"

  case manual = "help.generate-manual"

  case migrate = "help.migrate"
  case migrateDiscussion = "help.migrate.discussion"
  case migratePaths = "help.migrate.paths"
  case migrateCheck = "help.migrate.check"

  case rules = "help.rules"
  case rulesDiscussion = "help.rules.discussion"

  case site = "help.site"
  case siteDiscussion = "help.site.discussion"
  case siteOutput = "help.site.output"
  case siteBaseURL = "help.site.base-url"
  case siteEditURL = "help.site.edit-url"
  case siteTitle = "help.site.title"

  case status = "help.status"
  case statusDiscussion = "help.status.discussion"

  public var texts: Texts {
    switch self {
    case .catalogue:
      Texts(
        en: "Read this catalogue: local, a peer of schema/peers.yaml fetched with `casebook fetch`, or all (repeat for "
          + "more; default: local only).",
        nl: "Lees deze catalogus: local (de eigen catalogus), een peercatalogus uit schema/peers.yaml die met "
          + "`casebook fetch` is opgehaald, of all (alle) (herhaal voor meer; standaard: alleen local).")
    case .formatTextJSON: Texts(en: "Output format: text or json.", nl: "Uitvoervorm: text of json.")

    case .fetch:
      Texts(
        en: "Fetch the peer catalogues listed in schema/peers.yaml, to read them with --catalogue.",
        nl: "Haal de peercatalogi uit schema/peers.yaml op, om ze met --catalogue te lezen.")
    case .fetchDiscussion:
      Texts(
        en: "Each peer's branch is fetched through git (https://, ssh://, git://, file:// or a local path) into "
          + "refs/casebook/peers/NAME: never into your branches, remote-tracking branches or working tree. Only what "
          + "is new is transferred. Afterwards search, show, stats, export and rank read the peers offline with "
          + "--catalogue NAME or --catalogue all. On a terminal a progress line per peer is shown on standard error. "
          + "A peer that fails (unreachable, too slow, too large, refused) is reported and the others go on; what was "
          + "fetched from it before is still read. Credentials come from the ssh agent and git's credential helpers; "
          + "casebook stores none.\n\n"
          + "Exit status: 0 every peer fetched, 1 a peer failed or the peer list has errors, 64 bad usage.",
        nl: "De branch van elke peercatalogus wordt met git opgehaald (https://, ssh://, git://, file:// of een lokaal "
          + "pad) naar refs/casebook/peers/NAAM: nooit naar uw branches, remote-tracking branches of werkmap. Alleen "
          + "wat nieuw is, wordt binnengehaald. Daarna lezen search, show, stats, export en rank de peercatalogi "
          + "offline met --catalogue NAAM of --catalogue all. Op een terminal verschijnt per peercatalogus een "
          + "voortgangsregel op de standaardfoutuitvoer. Een peercatalogus die mislukt (onbereikbaar, te traag, te "
          + "groot, geweigerd), wordt gemeld en de andere gaan door; wat er eerder van is opgehaald, wordt nog steeds "
          + "gelezen. Inloggegevens komen van de ssh-agent en de credential helpers van git; casebook bewaart er "
          + "geen.\n\n"
          + "Afsluitcode: 0 elke peercatalogus opgehaald, 1 een peercatalogus mislukt of de lijst met peercatalogi "
          + "heeft fouten, 64 verkeerd gebruik.")
    case .fetchNames:
      Texts(
        en: "Peers to fetch (default: every peer of schema/peers.yaml).",
        nl: "Op te halen peercatalogi (standaard: elke peercatalogus uit schema/peers.yaml).")
    case .fetchList:
      Texts(
        en: "Fetch nothing: list each peer's fetched commit, its date and its records.",
        nl: "Haal niets op: toon per peercatalogus de opgehaalde commit, de datum en de records.")
    case .fetchTimeout:
      Texts(
        en: "Give a peer up after it sent nothing for this many seconds.",
        nl: "Geef een peercatalogus op als die zoveel seconden niets heeft gestuurd.")
    case .fetchMaxTime:
      Texts(en: "Give a peer up after this many seconds in all.", nl: "Geef een peercatalogus op na zoveel seconden in totaal.")
    case .fetchMaxSize:
      Texts(
        en: "Stop a peer that sends more than this many bytes (K, M, G allowed; default 1G).",
        nl: "Stop bij een peercatalogus die meer dan zoveel bytes stuurt (K, M, G mag; standaard 1G).")
    case .fetchMaxObjects:
      Texts(
        en: "Stop a peer whose pack holds more objects.",
        nl: "Stop bij een peercatalogus waarvan het pakket meer objecten bevat.")
    case .fetchFormat: Texts(en: "Output format of --list: table or json.", nl: "Uitvoervorm van --list: table of json.")

    case .list:
      Texts(
        en: "List the catalogue's municipalities, use categories, channels or tags, with counts.",
        nl: "Toon de gemeenten, gebruikscategorieën, kanalen of tags van de catalogus, met aantallen.")
    case .listDiscussion:
      Texts(
        en: "Counts are of valid case studies and policies; files that fail validation are skipped with a warning. "
          + "Municipalities are listed by id, use categories in the catalogue's order (also those without a case "
          + "study), channels and tags most used first. The values are what the filters of `casebook search` take.",
        nl: "De aantallen tellen geldige casussen en beleid; bestanden die de controle niet doorstaan, worden met een "
          + "waarschuwing overgeslagen. Gemeenten staan op id, gebruikscategorieën in de volgorde van de catalogus "
          + "(ook die zonder casus), kanalen en tags de meest gebruikte eerst. De waarden zijn wat de filters van "
          + "`casebook search` aannemen.")
    case .listSubject:
      Texts(
        en: "What to list: municipalities, categories, channels or tags.",
        nl: "Wat te tonen: municipalities (gemeenten), categories (gebruikscategorieën), channels (kanalen) of tags.")
    case .listFormat: Texts(en: "Output format: table, json, csv or markdown.", nl: "Uitvoervorm: table, json, csv of markdown.")

    case .manual:
      Texts(
        en: "Write the casebook(1) man page (roff) to standard output.",
        nl: "Schrijf de man-pagina casebook(1) (roff) naar de standaarduitvoer.")

    case .migrate:
      Texts(
        en: "Bring files written for an older schema version up to date, changing only what must change.",
        nl: "Werk bestanden bij die voor een oudere schemaversie geschreven zijn, en verander alleen wat moet.")
    case .migrateDiscussion:
      Texts(
        en: "Applies the steps of schema/versions.yaml to every file (or the files and folders named) that says, or "
          + "is read as, an older schema_version, and sets schema_version to the current version. Comments, key "
          + "order, quoting and blank lines stay as they are. A file whose result would not validate is reported and "
          + "left alone. Nothing is committed: check the changes, then use `casebook submit`.\n\n"
          + "Exit status: 0 done (or nothing to do), 1 with --check when something would change or when a file "
          + "could not be migrated, 64 bad usage.",
        nl: "Past de stappen van schema/versions.yaml toe op elk bestand (of de genoemde bestanden en mappen) dat een "
          + "oudere schema_version noemt of zo gelezen wordt, en zet schema_version op de huidige versie. "
          + "Opmerkingen, de volgorde van de velden, aanhalingstekens en lege regels blijven zoals ze zijn. Een "
          + "bestand dat na de migratie de controle niet zou doorstaan, wordt gemeld en niet aangeraakt. Er wordt "
          + "niets gecommit: bekijk de wijzigingen en gebruik dan `casebook submit`.\n\n"
          + "Afsluitcode: 0 klaar (of niets te doen), 1 met --check als er iets zou veranderen of als een bestand "
          + "niet gemigreerd kon worden, 64 verkeerd gebruik.")
    case .migratePaths:
      Texts(
        en: "Files or folders to migrate (default: the whole catalogue).",
        nl: "Te migreren bestanden of mappen (standaard: de hele catalogus).")
    case .migrateCheck:
      Texts(
        en: "Only report what would change (for CI); write nothing.",
        nl: "Meld alleen wat er zou veranderen (voor CI); schrijf niets.")

    case .rules:
      Texts(
        en: "List every rule with its default and configured severity and what it checks.",
        nl: "Toon elke regel met zijn standaard- en ingestelde ernst en wat hij controleert.")
    case .rulesDiscussion:
      Texts(
        en: "The configured severity comes from schema/rules.yaml, where stewards set a rule to error, warning or off "
          + "for the whole catalogue or for some paths, with a reason. Rules that guard trust, readability and the "
          + "layout cannot be configured; the list says why.",
        nl: "De ingestelde ernst komt uit schema/rules.yaml, waarin catalogusbeheerders een regel op error, warning "
          + "of off zetten, voor de hele catalogus of voor sommige paden, met een reden. Regels die het vertrouwen, "
          + "de leesbaarheid en de indeling bewaken, zijn niet instelbaar; de lijst zegt waarom.")

    case .site:
      Texts(
        en: "Write the catalogue as a static web site (search, a page per case and municipality, coverage, policies).",
        nl: "Schrijf de catalogus als statische website (zoeken, een pagina per casus en gemeente, dekking, beleid).")
    case .siteDiscussion:
      Texts(
        en: "The site works opened straight from disk (double-click index.html) and from any web server, also under "
          + "a sub-path; it fetches nothing from elsewhere. Every page is in Dutch (nl/) and English (en/). The same "
          + "revision always gives the same bytes, and only files whose content changed are written again, so a "
          + "rebuild after one change rewrites only the pages that show it. DIR is created when missing; a folder "
          + "with other files in it (no .casebook-site file) is refused. Files that fail validation are left out "
          + "with one warning line.\n\n"
          + "Exit status: 0 site written, 1 the catalogue or the folder cannot be read or written, 64 bad usage "
          + "(bad option, unknown revision, a folder that casebook did not write).",
        nl: "De site werkt rechtstreeks vanaf de schijf (dubbelklik op index.html) en vanaf elke webserver, ook onder "
          + "een subpad; hij haalt niets van elders op. Elke pagina is er in het Nederlands (nl/) en het Engels "
          + "(en/). Dezelfde revisie geeft altijd dezelfde bytes, en alleen bestanden waarvan de inhoud veranderde, "
          + "worden opnieuw geschreven: na één wijziging worden dus alleen de pagina's herschreven die haar tonen. "
          + "MAP wordt gemaakt als die ontbreekt; een map met andere bestanden erin (zonder .casebook-site) wordt "
          + "geweigerd. Bestanden die de controle niet doorstaan, worden weggelaten, met één waarschuwingsregel.\n\n"
          + "Afsluitcode: 0 site geschreven, 1 de catalogus of de map kan niet gelezen of geschreven worden, 64 "
          + "verkeerd gebruik (verkeerde optie, onbekende revisie, een map die casebook niet geschreven heeft).")
    case .siteOutput: Texts(en: "The folder to write the site to.", nl: "De map waarin de site geschreven wordt.")
    case .siteBaseURL:
      Texts(
        en: "The address the site is published at, for canonical links and sitemap.xml.",
        nl: "Het adres waarop de site gepubliceerd wordt, voor canonieke links en sitemap.xml.")
    case .siteEditURL:
      Texts(
        en: "A link to edit a case at its git host, with {{path}} for the file, e.g. "
          + "https://github.com/ORG/REPO/edit/main/{{path}}.",
        nl: "Een link om een casus bij de git-host te bewerken, met {{path}} voor het bestand, bijv. "
          + "https://github.com/ORG/REPO/edit/main/{{path}}.")
    case .siteTitle:
      Texts(
        en: "The site's title (default: a title in each language).",
        nl: "De titel van de site (standaard: een titel in elke taal).")

    case .status:
      Texts(
        en: "Show your municipalities' files: new, changed, submitted on which branch, and whether they pass.",
        nl: "Toon de bestanden van uw gemeenten: nieuw, gewijzigd, op welke branch ingediend, en of ze in orde zijn.")
    case .statusDiscussion:
      Texts(
        en: "You are who git config says (user.name and user.email); your municipalities are those whose "
          + "municipality.yaml lists your e-mail address under maintainers, in the catalogue or in your folder. For "
          + "each, the files that differ from the catalogue (HEAD) or are on a local submission/ branch are listed: "
          + "new, changed or deleted; whether they pass validation; and on which submission branch they are, whether "
          + "that branch was sent (a remote-tracking branch of the same name) and whether it is merged.\n\n"
          + "Exit status: 0 (also when files have errors: the CHECK column says so), 1 the repository cannot be read "
          + "or git does not know who you are.",
        nl: "U bent wie git config zegt (user.name en user.email); uw gemeenten zijn die waarvan municipality.yaml uw "
          + "e-mailadres onder maintainers noemt, in de catalogus of in uw map. Per gemeente worden de bestanden "
          + "getoond die verschillen van de catalogus (HEAD) of op een lokale submission/-branch staan: nieuw, "
          + "gewijzigd of verwijderd; of ze de controle doorstaan; en op welke indieningsbranch ze staan, of die "
          + "branch verstuurd is (een remote-tracking branch met dezelfde naam) en of hij is samengevoegd.\n\n"
          + "Afsluitcode: 0 (ook als bestanden fouten hebben: de kolom CONTROLE zegt dat), 1 de repository is niet "
          + "te lezen of git weet niet wie u bent.")
    }
  }
}

/// The names of the tools' option values in help and usage lines that ``ValueNameText`` does not have.
public enum ToolValueNameText: String, MessageEntry {
  case seconds = "value.seconds"
  case template = "value.template"
  case text = "value.text"

  public var texts: Texts {
    switch self {
    case .seconds: Texts(en: "SECONDS", nl: "SECONDEN")
    case .template: Texts(en: "TEMPLATE", nl: "SJABLOON")
    case .text: Texts(en: "TEXT", nl: "TEKST")
    }
  }
}

/// What the tools say when they run: fetch's usage errors, migrate's and site's results.
public enum ToolText: String, MessageEntry {
  case fetchSecondsAboveZero = "command.fetch.seconds-above-zero"
  case fetchObjectsAboveZero = "command.fetch.objects-above-zero"
  case fetchSizeInvalid = "command.fetch.size-invalid"
  case fetchListWithNames = "command.fetch.list-with-names"

  case migrated = "command.migrate.migrated"
  case wouldMigrate = "command.migrate.would-migrate"
  case migrateChanged = "command.migrate.changed"
  case migrateWouldChange = "command.migrate.would-change"
  case migrateNotMigrated = "command.migrate.not-migrated"

  case siteWritten = "command.site.written"

  public var texts: Texts {
    switch self {
    case .fetchSecondsAboveZero:
      Texts(
        en: "--timeout and --max-time take a number of seconds above 0",
        nl: "--timeout en --max-time verwachten een aantal seconden groter dan 0")
    case .fetchObjectsAboveZero:
      Texts(en: "--max-fetch-objects takes a number above 0", nl: "--max-fetch-objects verwacht een getal groter dan 0")
    case .fetchSizeInvalid:
      Texts(
        en: "{1} is not a valid --max-fetch-size: give a number of bytes, such as 500M",
        nl: "{1} is geen geldige --max-fetch-size: geef een aantal bytes, zoals 500M")
    case .fetchListWithNames:
      Texts(en: "--list lists every peer: leave out the names", nl: "--list toont elke peercatalogus: laat de namen weg")

    case .migrated: Texts(en: "migrated {1} (version {2} → {3})", nl: "{1} gemigreerd (versie {2} → {3})")
    case .wouldMigrate: Texts(en: "would migrate {1} (version {2} → {3})", nl: "{1} te migreren (versie {2} → {3})")
    // {1} is "N files checked".
    case .migrateChanged: Texts(en: "{1}: {2} changed", nl: "{1}: {2} gewijzigd")
    case .migrateWouldChange: Texts(en: "{1}: {2} would change", nl: "{1}: {2} te wijzigen")
    case .migrateNotMigrated: Texts(en: "{1}, {2} could not be migrated", nl: "{1}, {2} niet te migreren")

    case .siteWritten:
      Texts(
        en: "Wrote {1} of {2} files to {3} ({4} unchanged, {5} removed)",
        nl: "{1} van {2} bestanden geschreven naar {3} ({4} ongewijzigd, {5} verwijderd)")
    }
  }
}

/// The fixed words of the man page (`casebook generate-manual`); roff markup is filled in at the placeholders.
public enum ManualText: String, MessageEntry {
  case title = "manual.title"
  case command = "manual.command"
  case options = "manual.options"
  case everyCommand = "manual.every-command"
  case exitStatus = "manual.exit-status"
  case language = "manual.environment.language"
  case columns = "manual.environment.columns"
  case noColor = "manual.environment.no-color"

  public var texts: Texts {
    switch self {
    case .title: Texts(en: "casebook manual", nl: "handleiding bij casebook")
    case .command: Texts(en: "command", nl: "opdracht")
    case .options: Texts(en: "options", nl: "opties")
    case .everyCommand:
      Texts(
        en: "Every command takes {1} to work on another repository, and {2}.",
        nl: "Elke opdracht kent {1} om in een andere repository te werken, en {2}.")
    case .exitStatus:
      Texts(
        en: "Exit status: 0 success, 1 findings or a refusal, 64 bad usage.",
        nl: "Afsluitcode: 0 gelukt, 1 bevindingen of een weigering, 64 verkeerd gebruik.")
    case .language: Texts(en: "The language of messages (Dutch or English).", nl: "De taal van de meldingen (Nederlands of Engels).")
    case .columns:
      Texts(
        en: "The width of tables when standard output is not a terminal.",
        nl: "De breedte van tabellen als de standaarduitvoer geen terminal is.")
    case .noColor: Texts(en: "No colour, even on a terminal.", nl: "Geen kleur, ook niet op een terminal.")
    }
  }
}
