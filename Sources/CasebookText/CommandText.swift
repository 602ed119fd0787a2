/// What the commands write around their results: error and warning lines, usage errors of their own, and the
/// messages of `init`, `new` and `submit`.
public enum CommandText: String, MessageEntry {
  case error = "command.error"
  case warning = "command.warning"
  case skipped = "command.skipped"
  case skippedOne = "command.skipped-one"
  case andMore = "command.and-more"
  case rankLeftOut = "command.rank-left-out"
  case limitNegative = "command.limit-negative"
  case facetsWithCSV = "command.facets-with-csv"
  case revWithChanged = "command.rev-with-changed"
  case actorNeedsChanged = "command.actor-needs-changed"
  case actorNotEmail = "command.actor-not-email"

  case initCreated = "command.init.created"
  case initCommitted = "command.init.committed"
  case initFile = "command.init.file"
  case initPurpose = "command.init.purpose"
  case initSchema = "command.init.schema"
  case initReadme = "command.init.readme"
  case initEditor = "command.init.editor"
  case initGitHub = "command.init.github"
  case initOwners = "command.init.owners"
  case initGitLab = "command.init.gitlab"
  case initHook = "command.init.hook"
  case initNotCommitted = "command.init.not-committed"
  case initNoRelease = "command.init.no-release"
  case initNext = "command.init.next"

  case newSummaryTitled = "command.new.summary-titled"
  case newSummary = "command.new.summary"
  case kindCase = "command.kind.case"
  case kindPolicy = "command.kind.policy"
  case kindMunicipality = "command.kind.municipality"

  case submitNothing = "command.submit.nothing"

  public var texts: Texts {
    switch self {
    case .error: Texts(en: "error: {1}", nl: "fout: {1}")
    case .warning: Texts(en: "warning: {1}", nl: "waarschuwing: {1}")
    case .skipped:
      Texts(
        en: "skipped {1} files that fail validation: {2} (run `casebook validate` for details)",
        nl: "{1} bestanden overgeslagen die de controle niet doorstaan: {2} (`casebook validate` toont waarom)")
    case .skippedOne:
      Texts(
        en: "skipped {1} file that fails validation: {2} (run `casebook validate` for details)",
        nl: "{1} bestand overgeslagen dat de controle niet doorstaat: {2} (`casebook validate` toont waarom)")
    case .andMore: Texts(en: "{1} and {2} more", nl: "{1} en nog {2}")
    case .rankLeftOut:
      Texts(
        en: "{1} has errors and is left out: run {2}",
        nl: "{1} bevat fouten en is weggelaten: voer {2} uit")
    case .limitNegative: Texts(en: "--limit must be 0 (all) or more", nl: "--limit moet 0 (alle) of meer zijn")
    case .facetsWithCSV:
      Texts(
        en: "--facets cannot be combined with --format csv: use json, markdown or table",
        nl: "--facets gaat niet samen met --format csv: gebruik json, markdown of table")
    case .revWithChanged:
      Texts(
        en: "--rev and --changed cannot be combined: --changed already names its revisions",
        nl: "--rev en --changed gaan niet samen: --changed noemt zijn revisies al")
    case .actorNeedsChanged:
      Texts(
        en: "--actor needs --changed BASE..HEAD: it says who pushes the commits of that range",
        nl: "--actor heeft --changed BASIS..HEAD nodig: het zegt wie de commits van dat bereik pusht")
    case .actorNotEmail:
      Texts(
        en: "--actor takes the pusher's e-mail address, such as name@example.org, not {1}",
        nl: "--actor verwacht het e-mailadres van wie pusht, zoals naam@example.org, niet {1}")

    case .initCreated: Texts(en: "Created a casebook catalogue in {1}", nl: "Casebook-catalogus gemaakt in {1}")
    case .initCommitted:
      Texts(
        en: "Created a casebook catalogue in {1} (branch {2}, commit {3} “{4}”)",
        nl: "Casebook-catalogus gemaakt in {1} (branch {2}, commit {3} “{4}”)")
    case .initFile: Texts(en: "File", nl: "Bestand")
    case .initPurpose: Texts(en: "What it is for", nl: "Waarvoor het dient")
    case .initSchema:
      Texts(en: "schemas, use categories, stewards ({1})", nl: "schema's, gebruikscategorieën, catalogusbeheerders ({1})")
    case .initReadme:
      Texts(en: "how to add a case, in Dutch and English", nl: "hoe u een casus toevoegt, in het Nederlands en Engels")
    case .initEditor: Texts(en: "editor help for the YAML files", nl: "hulp in de editor bij de YAML-bestanden")
    case .initGitHub: Texts(en: "checks every pull request (GitHub)", nl: "controleert elk pull request (GitHub)")
    case .initOwners:
      Texts(
        en: "stewards must approve changes outside cases/ (GitHub branch protection)",
        nl: "catalogusbeheerders moeten wijzigingen buiten cases/ goedkeuren (branchbeveiliging van GitHub)")
    case .initGitLab: Texts(en: "checks every merge request (GitLab)", nl: "controleert elk merge request (GitLab)")
    case .initHook:
      Texts(
        en: "the same check on your own git server (see the comments in it)",
        nl: "dezelfde controle op uw eigen git-server (zie de uitleg erin)")
    case .initNotCommitted:
      Texts(
        en: "The files are not committed: check them, then `git add -A && git commit`.",
        nl: "De bestanden zijn niet gecommit: controleer ze, en dan `git add -A && git commit`.")
    case .initNoRelease:
      Texts(
        en: "The CI jobs do not know which casebook release to build yet: run init again with --force "
          + "--casebook-archive URL --casebook-sha256 HEX, or set both in the two CI files.",
        nl: "De CI-taken weten nog niet welke casebook-uitgave ze moeten bouwen: voer init opnieuw uit met --force "
          + "--casebook-archive URL --casebook-sha256 HEX, of vul beide in de twee CI-bestanden in.")
    case .initNext:
      Texts(
        en: "Next: add a municipality with `casebook new municipality --municipality nl/your-town`, or push the "
          + "catalogue to your git server and give contributors its address.",
        nl: "Volgende stap: voeg een gemeente toe met `casebook new municipality --municipality nl/uw-gemeente`, "
          + "of push de catalogus naar uw git-server en geef bijdragers het adres.")
    case .newSummaryTitled: Texts(en: "Add {1}: {2}", nl: "{1} toevoegen: {2}")
    case .newSummary: Texts(en: "Add {1} for {2}", nl: "{1} toevoegen voor {2}")
    case .kindCase: Texts(en: "case", nl: "casus")
    case .kindPolicy: Texts(en: "policy", nl: "beleid")
    case .kindMunicipality: Texts(en: "municipality", nl: "gemeente")

    case .submitNothing:
      Texts(
        en: "Nothing was committed: fix the problems above, then run the same command again.",
        nl: "Er is niets gecommit: los de problemen hierboven op en voer dezelfde opdracht opnieuw uit.")
    }
  }
}

/// The fixed words of the command-line parser's help screens and usage errors, which casebook puts in the
/// reader's language (the parser itself writes them in English).
public enum ParserText: String, MessageEntry {
  case overview = "parser.overview"
  case usage = "parser.usage"
  case arguments = "parser.arguments"
  case options = "parser.options"
  case subcommands = "parser.subcommands"
  case values = "parser.values"
  case defaultValue = "parser.default"
  case showVersion = "parser.show-version"
  case showHelp = "parser.show-help"
  case seeHelp = "parser.see-help"
  case seeMore = "parser.see-more"
  case errorPrefix = "parser.error-prefix"
  case missingArgument = "parser.missing-argument"
  case unknownOption = "parser.unknown-option"
  case unknownOptionDidYouMean = "parser.unknown-option-did-you-mean"
  case unexpectedArgument = "parser.unexpected-argument"
  case unexpectedArguments = "parser.unexpected-arguments"
  case missingValue = "parser.missing-value"
  case invalidValue = "parser.invalid-value"
  case missingSubcommand = "parser.missing-subcommand"
  case noValueExpected = "parser.no-value-expected"
  case provideOneOf = "parser.provide-one-of"
  case helpLine = "parser.help-line"
  case usageLine = "parser.usage-line"

  public var texts: Texts {
    switch self {
    case .overview: Texts(en: "OVERVIEW:", nl: "OVERZICHT:")
    case .usage: Texts(en: "USAGE:", nl: "GEBRUIK:")
    case .arguments: Texts(en: "ARGUMENTS:", nl: "ARGUMENTEN:")
    case .options: Texts(en: "OPTIONS:", nl: "OPTIES:")
    case .subcommands: Texts(en: "SUBCOMMANDS:", nl: "OPDRACHTEN:")
    case .values: Texts(en: "(values:", nl: "(keuze:")
    case .defaultValue: Texts(en: "default:", nl: "standaard:")
    case .showVersion: Texts(en: "Show the version.", nl: "Toon de versie.")
    case .showHelp: Texts(en: "Show help information.", nl: "Toon deze hulp.")
    case .seeHelp: Texts(en: "See '{1}' for detailed help.", nl: "Zie '{1}' voor uitgebreide hulp.")
    case .seeMore: Texts(en: "See '{1}' for more information.", nl: "Zie '{1}' voor meer uitleg.")
    case .errorPrefix: Texts(en: "Error: {1}", nl: "Fout: {1}")
    case .missingArgument: Texts(en: "Missing expected argument {1}", nl: "Het argument {1} ontbreekt")
    case .unknownOption: Texts(en: "Unknown option {1}", nl: "Onbekende optie {1}")
    case .unknownOptionDidYouMean: Texts(en: "Unknown option {1}. Did you mean {2}?", nl: "Onbekende optie {1}. Bedoelt u {2}?")
    case .unexpectedArgument: Texts(en: "Unexpected argument {1}", nl: "Onverwacht argument {1}")
    case .unexpectedArguments: Texts(en: "{1} unexpected arguments: {2}", nl: "{1} onverwachte argumenten: {2}")
    case .missingValue: Texts(en: "Missing value for {1}", nl: "Er ontbreekt een waarde voor {1}")
    case .invalidValue: Texts(en: "The value {1} is invalid for {2}", nl: "De waarde {1} is ongeldig voor {2}")
    case .missingSubcommand: Texts(en: "Missing required subcommand.", nl: "Er ontbreekt een opdracht.")
    case .noValueExpected:
      Texts(
        en: "The option {1} does not take any value, but {2} was specified.",
        nl: "De optie {1} neemt geen waarde, maar {2} is meegegeven.")
    case .provideOneOf: Texts(en: "Please provide one of {1}.", nl: "Kies een van {1}.")
    case .helpLine: Texts(en: "Help:", nl: "Hulp:")
    case .usageLine: Texts(en: "Usage:", nl: "Gebruik:")
    }
  }
}
