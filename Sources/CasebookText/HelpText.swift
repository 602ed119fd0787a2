/// The help of every command (`casebook <command> --help`): abstracts, discussions and the help of each option.
/// Discussions are paragraphs without line breaks, so the help wraps them to the terminal's width.
public enum HelpText: String, MessageEntry {
  case casebook = "help.casebook"
  case directory = "help.directory"
  case lang = "help.lang"
  case rev = "help.rev"
  case revisionRead = "help.revision-read"
  case format = "help.format"
  case limitsTitle = "help.limits-title"
  case limit = "help.limit"
  case maxFileSize = "help.max-file-size"
  case maxDepth = "help.max-depth"
  case maxAliases = "help.max-aliases"
  case maxNodes = "help.max-nodes"
  case maxFiles = "help.max-files"
  case model = "help.model"

  case validate = "help.validate"
  case validateDiscussion = "help.validate.discussion"
  case validatePaths = "help.validate.paths"
  case validateRev = "help.validate.rev"
  case validateChanged = "help.validate.changed"
  case validateActor = "help.validate.actor"
  case validateStrict = "help.validate.strict"

  case initCommand = "help.init"
  case initDiscussion = "help.init.discussion"
  case initDirectory = "help.init.directory"
  case initSteward = "help.init.steward"
  case initForce = "help.init.force"
  case initNoCommit = "help.init.no-commit"
  case initArchive = "help.init.archive"
  case initSHA256 = "help.init.sha256"
  case initImage = "help.init.image"

  case new = "help.new"
  case newDiscussion = "help.new.discussion"
  case newKind = "help.new.kind"
  case newMunicipality = "help.new.municipality"
  case newTitle = "help.new.title"
  case newYear = "help.new.year"

  case submit = "help.submit"
  case submitDiscussion = "help.submit.discussion"
  case submitPaths = "help.submit.paths"
  case submitMessage = "help.submit.message"
  case submitBranch = "help.submit.branch"
  case submitFormat = "help.submit.format"
  case submitAmend = "help.submit.amend"
  case submitMessageMissing = "help.submit.message-missing"

  public var texts: Texts {
    switch self {
    case .casebook:
      Texts(
        en: "Share social-media case studies and policies between municipalities through a git repository.",
        nl: "Deel casussen en beleid over sociale media tussen gemeenten via een git-repository.")
    case .directory: Texts(en: "Run as if started in DIR.", nl: "Werk alsof casebook in MAP gestart is.")
    case .lang:
      Texts(
        en: "The language to speak: nl or en (default: from LC_ALL, LC_MESSAGES or LANG, then the catalogue's "
          + "default_language, then English).",
        nl: "De taal: nl of en (standaard: uit LC_ALL, LC_MESSAGES of LANG, dan de default_language van de "
          + "catalogus, dan Engels).")
    case .rev:
      Texts(
        en: "Read the catalogue of a revision from git objects (works in a bare repository).",
        nl: "Lees de catalogus van een revisie uit de git-objecten (werkt ook in een kale repository).")
    case .revisionRead: Texts(en: "{1} as of a revision, read from git objects.", nl: "{1} zoals in een revisie, gelezen uit de git-objecten.")
    case .format: Texts(en: "Output format.", nl: "Uitvoervorm.")
    case .limitsTitle: Texts(en: "Limits", nl: "Grenzen")
    case .limit: Texts(en: "{1} (default {2}; env {3}).", nl: "{1} (standaard {2}; omgevingsvariabele {3}).")
    case .maxFileSize:
      Texts(en: "Largest file accepted, in bytes (K, M, G allowed)", nl: "Grootste bestand dat gelezen wordt, in bytes (K, M, G mag)")
    case .maxDepth:
      Texts(en: "Deepest nesting of lists and mappings in a file", nl: "Diepste nesting van lijsten en groepen in een bestand")
    case .maxAliases: Texts(en: "Most aliases (*name) in a file", nl: "Hoogste aantal aliassen (*naam) in een bestand")
    case .maxNodes:
      Texts(en: "Most values in a file, counting alias copies", nl: "Hoogste aantal waarden in een bestand, kopieën door aliassen meegeteld")
    case .maxFiles: Texts(en: "Most files a revision may list", nl: "Hoogste aantal bestanden in een revisie")
    case .model:
      Texts(
        en: "Use this best-practice model instead of schema/best-practice.yaml (a path relative to -C DIR when given).",
        nl: "Gebruik dit model van goede praktijk in plaats van schema/best-practice.yaml (een pad ten opzichte van "
          + "-C MAP als die er is).")

    case .validate:
      Texts(
        en: "Check catalogue files against the schemas and the catalogue rules.",
        nl: "Controleer catalogusbestanden tegen de schema's en de regels van de catalogus.")
    case .validateDiscussion:
      Texts(
        en: "Without arguments, checks the whole catalogue in the working tree (HEAD in a bare repository).\n\n"
          + "Exit status: 0 no errors, 1 errors (or warnings with --strict), 64 bad usage.",
        nl: "Zonder argumenten wordt de hele catalogus in de werkmap gecontroleerd (HEAD in een kale repository).\n\n"
          + "Afsluitcode: 0 geen fouten, 1 fouten (of waarschuwingen met --strict), 64 verkeerd gebruik.")
    case .validatePaths:
      Texts(
        en: "Files or folders to check (default: the whole catalogue).",
        nl: "Te controleren bestanden of mappen (standaard: de hele catalogus).")
    case .validateRev:
      Texts(
        en: "Check the tree of a revision, read from git objects.",
        nl: "Controleer de boom van een revisie, gelezen uit de git-objecten.")
    case .validateChanged:
      Texts(
        en: "Check only the files added or modified in BASE..HEAD, against BASE's schemas.",
        nl: "Controleer alleen de bestanden die in BASIS..HEAD zijn toegevoegd of gewijzigd, tegen de schema's van BASIS.")
    case .validateActor:
      Texts(
        en: "With --changed: the e-mail address of who pushes the range (in CI, the authenticated pusher); every "
          + "commit is then checked for who may change which files.",
        nl: "Met --changed: het e-mailadres van wie het bereik pusht (in CI: wie zich aanmeldde); elke commit wordt "
          + "dan gecontroleerd op wie welke bestanden mag wijzigen.")
    case .validateStrict: Texts(en: "Fail on warnings too.", nl: "Faal ook bij waarschuwingen.")

    case .initCommand: Texts(en: "Create a new catalogue repository.", nl: "Maak een nieuwe catalogusrepository.")
    case .initDiscussion:
      Texts(
        en: "Writes schema/ (schemas, use categories, stewards), a README for contributors in Dutch and English, "
          + "cases/README.md, editor settings (.vscode/settings.json), a GitHub Actions workflow, a GitLab CI job and "
          + "a pre-receive hook for your own git server, and commits them (on main, or on the branch of the empty "
          + "clone it runs in), so that `casebook validate --changed` has a first base. The stewards are the "
          + "--steward addresses, or your `git config user.email`. The catalogue's default language "
          + "(default_language in schema/stewards.yaml) is the language init speaks.",
        nl: "Schrijft schema/ (schema's, gebruikscategorieën, catalogusbeheerders), een README voor bijdragers in het "
          + "Nederlands en Engels, cases/README.md, editorinstellingen (.vscode/settings.json), een GitHub "
          + "Actions-workflow, een GitLab CI-taak en een pre-receive-hook voor uw eigen git-server, en commit ze "
          + "(op main, of op de branch van de lege kloon waarin het draait), zodat `casebook validate --changed` een "
          + "eerste basis heeft. De catalogusbeheerders zijn de adressen van --steward, of uw `git config "
          + "user.email`. De standaardtaal van de catalogus (default_language in schema/stewards.yaml) is de taal "
          + "waarin init spreekt.")
    case .initDirectory:
      Texts(
        en: "The folder for the catalogue; created when missing (default: the current folder).",
        nl: "De map voor de catalogus; wordt gemaakt als ze ontbreekt (standaard: de huidige map).")
    case .initSteward:
      Texts(
        en: "A steward's e-mail address (repeat for more; default: git config user.email).",
        nl: "Het e-mailadres van een catalogusbeheerder (herhaal voor meer; standaard: git config user.email).")
    case .initForce:
      Texts(
        en: "Write into a folder that already has files (files of the same name are replaced).",
        nl: "Schrijf in een map die al bestanden heeft (bestanden met dezelfde naam worden vervangen).")
    case .initNoCommit:
      Texts(en: "Only write the files; do not commit them.", nl: "Schrijf alleen de bestanden; commit ze niet.")
    case .initArchive:
      Texts(
        en: "The https address of the casebook release's source archive the CI jobs build.",
        nl: "Het https-adres van het bronarchief van de casebook-uitgave die de CI-taken bouwen.")
    case .initSHA256:
      Texts(
        en: "The archive's SHA-256; the CI jobs check it before using the archive.",
        nl: "De SHA-256 van het archief; de CI-taken controleren die voordat ze het archief gebruiken.")
    case .initImage:
      Texts(en: "The Swift image the CI jobs run in, pinned by digest.", nl: "Het Swift-image waarin de CI-taken draaien, vastgelegd met zijn digest.")

    case .new:
      Texts(
        en: "Write a new case, policy or municipality profile to fill in.",
        nl: "Schrijf een nieuwe casus, een nieuw beleid of een nieuw gemeenteprofiel om in te vullen.")
    case .newDiscussion:
      Texts(
        en: "The file has every field with a short explanation in Dutch and English. Text starting with TODO is a "
          + "placeholder: `casebook validate` reports each one until it is replaced. An existing file is never "
          + "overwritten. A case's file name is its year and its title: cases/<cc>/<municipality>/<year>-<title>.yaml.",
        nl: "Het bestand heeft elk veld, met een korte uitleg in het Nederlands en Engels. Tekst die met TODO begint, "
          + "is voorlopig: `casebook validate` meldt elke TODO tot die vervangen is. Een bestaand bestand wordt nooit "
          + "overschreven. De bestandsnaam van een casus is het jaar en de titel: "
          + "cases/<land>/<gemeente>/<jaar>-<titel>.yaml.")
    case .newKind:
      Texts(en: "What to write: case, policy or municipality.", nl: "Wat te schrijven: case (casus), policy (beleid) of municipality (gemeente).")
    case .newMunicipality:
      Texts(
        en: "The municipality's country code and folder, e.g. nl/voorbeeldstad.",
        nl: "De landcode en map van de gemeente, bijv. nl/voorbeeldstad.")
    case .newTitle:
      Texts(
        en: "The title (a case needs one; for a municipality, its name).",
        nl: "De titel (een casus heeft er een nodig; voor een gemeente: haar naam).")
    case .newYear: Texts(en: "The year of the case (default: this year).", nl: "Het jaar van de casus (standaard: dit jaar).")

    case .submit:
      Texts(
        en: "Check files and, if they pass, commit exactly those files.",
        nl: "Controleer bestanden en commit, als ze in orde zijn, precies die bestanden.")
    case .submitDiscussion:
      Texts(
        en: "The files are checked with the whole catalogue as context. Only when they pass are they committed — "
          + "exactly these files, whatever else is staged — with the name and e-mail address from git config.\n\n"
          + "With --branch, the commit starts a new branch at HEAD (default name "
          + "submission/<cc>/<municipality>/<slug>) and your current branch, index and files stay as they are: push "
          + "that branch and open a pull request. After review, edit the file and run the same command again: it adds a "
          + "commit to that branch, or with --amend replaces its last commit (only while that is not merged). A new "
          + "municipality's profile (municipality.yaml) is sent along with its first case or policy.\n\n"
          + "Exit status: 0 committed, 1 not committed (the files have errors, the repository was busy, or the commit "
          + "to amend is merged already), 64 bad usage.",
        nl: "De bestanden worden gecontroleerd met de hele catalogus als context. Alleen als ze in orde zijn, worden "
          + "ze gecommit — precies deze bestanden, wat er verder ook klaarstaat — met de naam en het e-mailadres uit "
          + "git config.\n\n"
          + "Met --branch begint de commit een nieuwe branch bij HEAD (standaardnaam "
          + "submission/<land>/<gemeente>/<naam>) en blijven uw huidige branch, index en bestanden zoals ze zijn: "
          + "push die branch en open een pull request. Na de beoordeling past u het bestand aan en voert u dezelfde "
          + "opdracht opnieuw uit: die voegt een commit aan die branch toe, of vervangt met --amend de laatste commit "
          + "(alleen zolang die niet is samengevoegd). Het profiel van een nieuwe gemeente (municipality.yaml) gaat "
          + "mee met haar eerste casus of beleid.\n\n"
          + "Afsluitcode: 0 gecommit, 1 niet gecommit (de bestanden hebben fouten, de repository was bezet, of de te "
          + "vervangen commit is al samengevoegd), 64 verkeerd gebruik.")
    case .submitPaths:
      Texts(
        en: "The files to submit (a folder stands for the files in it).",
        nl: "De in te dienen bestanden (een map staat voor de bestanden erin).")
    case .submitMessage:
      Texts(
        en: "The commit message: what you add or change (with --amend: kept when left out).",
        nl: "Het commitbericht: wat u toevoegt of verandert (met --amend: behouden als u het weglaat).")
    case .submitAmend:
      Texts(
        en: "Replace the branch's last commit instead of adding one, while it is not merged.",
        nl: "Vervang de laatste commit van de branch in plaats van er een toe te voegen, zolang die niet is "
          + "samengevoegd.")
    case .submitMessageMissing:
      Texts(
        en: "Missing expected argument '--message <message>'",
        nl: "Het verplichte argument '--message <bericht>' ontbreekt")
    case .submitBranch:
      Texts(
        en: "Commit on a new branch; --branch alone names it submission/<cc>/<municipality>/<slug>.",
        nl: "Commit op een nieuwe branch; --branch zonder naam noemt haar submission/<land>/<gemeente>/<naam>.")
    case .submitFormat: Texts(en: "Output format of the problems found.", nl: "Uitvoervorm van de gevonden problemen.")

    }
  }
}

/// The names of option values in help and usage lines (`-C <DIR>`, `--model <FILE>`).
public enum ValueNameText: String, MessageEntry {
  case directory = "value.directory"
  case file = "value.file"
  case email = "value.email"
  case name = "value.name"
  case other = "value.other"
  case municipality = "value.municipality"
  case years = "value.years"
  case code = "value.code"
  case tag = "value.tag"
  case revision = "value.revision"
  case number = "value.number"
  case range = "value.range"
  case url = "value.url"
  case hex = "value.hex"
  case image = "value.image"
  case country = "value.country"
  case language = "value.language"

  public var texts: Texts {
    switch self {
    case .directory: Texts(en: "DIR", nl: "MAP")
    case .file: Texts(en: "FILE", nl: "BESTAND")
    case .email: Texts(en: "EMAIL", nl: "E-MAIL")
    case .name: Texts(en: "NAME", nl: "NAAM")
    case .other: Texts(en: "OTHER", nl: "ANDERE")
    case .municipality: Texts(en: "CC/NAME", nl: "LAND/NAAM")
    case .years: Texts(en: "YEARS", nl: "JAREN")
    case .code: Texts(en: "CODE", nl: "CODE")
    case .tag: Texts(en: "TAG", nl: "TAG")
    case .revision: Texts(en: "REV", nl: "REV")
    case .number: Texts(en: "N", nl: "N")
    case .range: Texts(en: "BASE..HEAD", nl: "BASIS..HEAD")
    case .url: Texts(en: "URL", nl: "URL")
    case .hex: Texts(en: "HEX", nl: "HEX")
    case .image: Texts(en: "IMAGE@sha256:DIGEST", nl: "IMAGE@sha256:DIGEST")
    case .country: Texts(en: "CC", nl: "LAND")
    case .language: Texts(en: "nl|en", nl: "nl|en")
    }
  }
}
