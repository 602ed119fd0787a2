/// One-line descriptions of the catalogue, repository and access rules (`casebook rules`, SARIF), and the
/// words `casebook rules` uses. The key of a rule's description is `rule.` followed by its rule id.
public enum CatalogueRuleText: String, MessageEntry {
  case layout = "rule.catalog.layout"
  case nesting = "rule.catalog.nesting"
  case countryFolder = "rule.catalog.country-folder"
  case slug = "rule.catalog.slug"
  case fileExtension = "rule.catalog.extension"
  case unknownFile = "rule.catalog.unknown-file"
  case symlink = "rule.catalog.symlink"
  case submodule = "rule.catalog.submodule"
  case notAFile = "rule.catalog.not-a-file"
  case schemaMissing = "rule.catalog.schema-missing"
  case schemaUnavailable = "rule.catalog.schema-unavailable"
  case tooManyProblems = "rule.catalog.too-many-problems"
  case placeholder = "rule.catalog.placeholder"
  case controlCharacter = "rule.catalog.control-character"
  case countryMismatch = "rule.catalog.country-mismatch"
  case categoryAlias = "rule.catalog.category-alias"
  case unknownCategory = "rule.catalog.unknown-category"
  case dateYear = "rule.catalog.date-year"
  case policyDates = "rule.catalog.policy-dates"
  case periodOrder = "rule.catalog.period-order"
  case periodYear = "rule.catalog.period-year"
  case periodStartYear = "rule.catalog.period-start-year"
  case taxonomyName = "rule.catalog.taxonomy-name"
  case missingMunicipality = "rule.catalog.missing-municipality"
  case duplicateTitle = "rule.catalog.duplicate-title"
  case caseLanguage = "rule.catalog.case-language"
  case modelShape = "rule.catalog.model-shape"
  case modelDuplicateID = "rule.catalog.model-duplicate-id"
  case modelUnknownPillar = "rule.catalog.model-unknown-pillar"
  case modelUnusedPillar = "rule.catalog.model-unused-pillar"
  case modelWeight = "rule.catalog.model-weight"
  case modelPath = "rule.catalog.model-path"
  case modelValue = "rule.catalog.model-value"
  case modelCategory = "rule.catalog.model-category"
  case modelCount = "rule.catalog.model-count"
  case schemaVersionOld = "rule.catalog.schema-version-old"
  case schemaVersionUnknown = "rule.catalog.schema-version-unknown"
  case schemaVersions = "rule.catalog.schema-versions"
  case migrationConflict = "rule.catalog.migration-conflict"
  case deprecatedField = "rule.catalog.deprecated-field"
  case ruleConfig = "rule.catalog.rule-config"
  case peerDuplicate = "rule.catalog.peer-duplicate"
  case peerCredentials = "rule.catalog.peer-credentials"
  case peerBranch = "rule.catalog.peer-branch"
  case gitSymlink = "rule.git.symlink"
  case gitSubmodule = "rule.git.submodule"
  case gitNotAFile = "rule.git.not-a-file"
  case gitLayout = "rule.git.layout"
  case gitTooLarge = "rule.git.too-large"
  case gitBinary = "rule.git.binary"
  case gitUnreadable = "rule.git.unreadable"
  case accessMunicipality = "rule.access.municipality"
  case accessNewMunicipality = "rule.access.new-municipality"
  case accessSteward = "rule.access.steward"
  case accessLookAlike = "rule.access.look-alike"
  case accessFirstPush = "rule.access.first-push"
  case accessNoStewards = "rule.access.no-stewards"
  case gitUnsafePath = "rule.git.unsafe-path"
  case fixedUnreadable = "rules.fixed.unreadable"
  case fixedTrust = "rules.fixed.trust"
  case fixedLayout = "rules.fixed.layout"
  case fixedSchema = "rules.fixed.schema"
  case fixedStewardFile = "rules.fixed.steward-file"
  case fixedVersion = "rules.fixed.version"
  case fixedBound = "rules.fixed.bound"
  case columnRule = "rules.column.rule"
  case columnDefault = "rules.column.default"
  case columnConfigured = "rules.column.configured"
  case columnDescription = "rules.column.description"
  case notConfigurable = "rules.not-configurable"
  case inPaths = "rules.in-paths"
  case summary = "rules.summary"

  public var texts: Texts {
    switch self {
    case .layout: Texts(en: "A file under cases/ is outside the folder layout.", nl: "Een bestand onder cases/ staat buiten de mappenindeling.")
    case .nesting: Texts(en: "A municipality folder holds a folder.", nl: "Een gemeentemap bevat een map.")
    case .countryFolder:
      Texts(en: "A country folder is not a lower-case ISO 3166-1 code.", nl: "Een landmap is geen ISO 3166-1-code in kleine letters.")
    case .slug:
      Texts(en: "A folder or file name is not lower-case words with dashes.", nl: "Een map- of bestandsnaam is niet in kleine letters met streepjes.")
    case .fileExtension: Texts(en: "A file ends in .yml instead of .yaml.", nl: "Een bestand eindigt op .yml in plaats van .yaml.")
    case .unknownFile:
      Texts(en: "A municipality folder holds a file that is not YAML.", nl: "Een gemeentemap bevat een bestand dat geen YAML is.")
    case .symlink: Texts(en: "The catalogue holds a symbolic link.", nl: "De catalogus bevat een symbolische koppeling.")
    case .submodule: Texts(en: "The catalogue holds a submodule.", nl: "De catalogus bevat een submodule.")
    case .notAFile: Texts(en: "The catalogue holds something that is not a plain file.", nl: "De catalogus bevat iets dat geen gewoon bestand is.")
    case .schemaMissing: Texts(en: "A required schema file is missing.", nl: "Een verplicht schemabestand ontbreekt.")
    case .schemaUnavailable:
      Texts(en: "A schema could not be used, so a file was checked only in part.", nl: "Een schema was niet bruikbaar, dus een bestand is maar deels gecontroleerd.")
    case .tooManyProblems:
      Texts(en: "More problems than are shown; fix the first ones.", nl: "Meer problemen dan getoond; los eerst de eerste op.")
    case .placeholder: Texts(en: "A TODO placeholder is left in the file.", nl: "Er staat nog een TODO-tekst in het bestand.")
    case .controlCharacter:
      Texts(en: "Text holds a control character.", nl: "Tekst bevat een stuurteken.")
    case .countryMismatch:
      Texts(en: "The profile's country differs from its country folder.", nl: "Het land in het profiel verschilt van de landmap.")
    case .categoryAlias:
      Texts(en: "A use category is named by an alias instead of its id.", nl: "Een gebruikscategorie staat er met een alias in plaats van haar id.")
    case .unknownCategory: Texts(en: "A use category does not exist.", nl: "Een gebruikscategorie bestaat niet.")
    case .dateYear: Texts(en: "A case's date and year disagree.", nl: "Datum en jaar van een casus spreken elkaar tegen.")
    case .periodOrder:
      Texts(en: "A case's period ends before it starts.", nl: "De periode van een casus eindigt voordat ze begint.")
    case .periodYear:
      Texts(en: "A case's year lies outside its period.", nl: "Het jaar van een casus valt buiten de periode.")
    case .periodStartYear:
      Texts(
        en: "A case's year is not the first year of its period.",
        nl: "Het jaar van een casus is niet het eerste jaar van de periode.")
    case .policyDates:
      Texts(en: "A policy's adoption and review dates are out of order.", nl: "De vaststellings- en evaluatiedata van een beleid staan niet op volgorde.")
    case .taxonomyName:
      Texts(en: "A category id or alias names two categories.", nl: "Een categorie-id of alias hoort bij twee categorieën.")
    case .missingMunicipality:
      Texts(en: "A municipality folder has no municipality.yaml.", nl: "Een gemeentemap heeft geen municipality.yaml.")
    case .duplicateTitle:
      Texts(en: "Two cases of one municipality have the same title.", nl: "Twee casussen van één gemeente hebben dezelfde titel.")
    case .caseLanguage:
      Texts(en: "A case's language is not among its municipality's languages.", nl: "De taal van een casus staat niet bij de talen van de gemeente.")
    case .modelShape: Texts(en: "The best-practice model cannot be read.", nl: "Het goede-praktijkmodel is niet leesbaar.")
    case .modelDuplicateID:
      Texts(en: "A pillar or criterion id is used twice in the model.", nl: "Een pijler- of criterium-id komt twee keer voor in het model.")
    case .modelUnknownPillar:
      Texts(en: "A criterion names a pillar the model does not have.", nl: "Een criterium noemt een pijler die het model niet heeft.")
    case .modelUnusedPillar: Texts(en: "A pillar of the model has no criteria.", nl: "Een pijler van het model heeft geen criteria.")
    case .modelWeight: Texts(en: "A criterion's weight is not above 0.", nl: "Het gewicht van een criterium is niet groter dan 0.")
    case .modelPath:
      Texts(en: "A model check reads a field the policy schema does not have.", nl: "Een modelcontrole leest een veld dat het beleidsschema niet heeft.")
    case .modelValue:
      Texts(en: "A model check uses a value its field cannot hold.", nl: "Een modelcontrole gebruikt een waarde die het veld niet kan hebben.")
    case .modelCategory: Texts(en: "The model names a use category that does not exist.", nl: "Het model noemt een gebruikscategorie die niet bestaat.")
    case .modelCount: Texts(en: "A model check can never pass.", nl: "Een modelcontrole kan nooit slagen.")
    case .schemaVersionOld:
      Texts(en: "The file was written for an older schema version: run casebook migrate.", nl: "Het bestand is voor een oudere schemaversie geschreven: voer casebook migrate uit.")
    case .schemaVersionUnknown:
      Texts(en: "The file names a schema version this catalogue does not read.", nl: "Het bestand noemt een schemaversie die deze catalogus niet leest.")
    case .schemaVersions:
      Texts(en: "schema/versions.yaml declares versions or steps that cannot work.", nl: "schema/versions.yaml beschrijft versies of stappen die niet kunnen werken.")
    case .migrationConflict:
      Texts(en: "An older file cannot be brought to the current schema version.", nl: "Een ouder bestand kan niet naar de huidige schemaversie worden gebracht.")
    case .deprecatedField:
      Texts(en: "The file uses a field the schema marks as deprecated.", nl: "Het bestand gebruikt een veld dat het schema als verouderd markeert.")
    case .peerDuplicate:
      Texts(en: "Two peer catalogues share a name.", nl: "Twee andere catalogi hebben dezelfde naam.")
    case .peerCredentials:
      Texts(
        en: "A peer's address holds a password or token.",
        nl: "Het adres van een andere catalogus bevat een wachtwoord of token.")
    case .peerBranch:
      Texts(en: "A peer's branch is not a valid branch name.", nl: "De branch van een andere catalogus is geen geldige branchnaam.")
    case .ruleConfig:
      Texts(en: "schema/rules.yaml configures a rule that is unknown or not configurable.", nl: "schema/rules.yaml stelt een regel in die onbekend of niet instelbaar is.")
    case .gitSymlink: Texts(en: "A commit adds a symbolic link.", nl: "Een commit voegt een symbolische koppeling toe.")
    case .gitSubmodule: Texts(en: "A commit adds a submodule.", nl: "Een commit voegt een submodule toe.")
    case .gitNotAFile: Texts(en: "A commit adds something that is not a plain file.", nl: "Een commit voegt iets toe dat geen gewoon bestand is.")
    case .gitLayout: Texts(en: "A commit adds a file outside the catalogue layout.", nl: "Een commit voegt een bestand toe buiten de catalogusindeling.")
    case .gitTooLarge: Texts(en: "A commit adds a file over the size limit.", nl: "Een commit voegt een bestand toe dat groter is dan de limiet.")
    case .gitBinary:
      Texts(en: "A commit adds a binary or non-UTF-8 file under cases/ or schema/.", nl: "Een commit voegt een binair of niet-UTF-8-bestand toe onder cases/ of schema/.")
    case .gitUnreadable: Texts(en: "A file cannot be read from the repository.", nl: "Een bestand is niet te lezen uit de repository.")
    case .accessMunicipality:
      Texts(en: "Someone who is not a maintainer changes a municipality folder.", nl: "Iemand die geen beheerder is wijzigt een gemeentemap.")
    case .accessNewMunicipality:
      Texts(en: "A new municipality folder does not list who adds it.", nl: "Een nieuwe gemeentemap noemt niet wie haar toevoegt.")
    case .accessSteward:
      Texts(en: "Someone who is not a steward changes schema/ or files outside cases/.", nl: "Iemand die geen beheerder van de catalogus is wijzigt schema/ of bestanden buiten cases/.")
    case .accessLookAlike:
      Texts(en: "A new municipality looks like an existing one; only a steward may add it.", nl: "Een nieuwe gemeente lijkt op een bestaande; alleen een beheerder mag haar toevoegen.")
    case .accessFirstPush:
      Texts(en: "The first push of the default branch does not come from a steward it lists.", nl: "De eerste push van de hoofdtak komt niet van een beheerder die erin staat.")
    case .accessNoStewards:
      Texts(en: "A change leaves schema/stewards.yaml without stewards.", nl: "Een wijziging laat schema/stewards.yaml zonder beheerders achter.")
    case .gitUnsafePath:
      Texts(en: "A path has a part git, terminals or file systems treat specially.", nl: "Een pad heeft een deel dat git, terminals of bestandssystemen bijzonder behandelen.")
    case .fixedUnreadable:
      Texts(en: "the file cannot be read, so nothing else can be checked", nl: "het bestand is niet te lezen, dus niets anders is te controleren")
    case .fixedTrust:
      Texts(en: "it guards the repository and who may change what", nl: "deze regel bewaakt de repository en wie wat mag wijzigen")
    case .fixedLayout:
      Texts(en: "a file outside the layout has no kind and no owner", nl: "een bestand buiten de indeling heeft geen soort en geen eigenaar")
    case .fixedSchema:
      Texts(en: "change the schema itself instead", nl: "pas in plaats daarvan het schema zelf aan")
    case .fixedStewardFile:
      Texts(en: "it checks a stewards' file: fix the file instead", nl: "deze regel controleert een bestand van de beheerders: verbeter dat bestand")
    case .fixedVersion:
      Texts(en: "the file cannot be read at the current schema version", nl: "het bestand is niet te lezen in de huidige schemaversie")
    case .fixedBound: Texts(en: "it is a limit, not a finding", nl: "dit is een grens, geen bevinding")
    case .columnRule: Texts(en: "RULE", nl: "REGEL")
    case .columnDefault: Texts(en: "DEFAULT", nl: "STANDAARD")
    case .columnConfigured: Texts(en: "CONFIGURED", nl: "INGESTELD")
    case .columnDescription: Texts(en: "DESCRIPTION", nl: "OMSCHRIJVING")
    case .notConfigurable: Texts(en: "not configurable: {1}", nl: "niet instelbaar: {1}")
    case .inPaths: Texts(en: "{1} in {2}", nl: "{1} in {2}")
    case .summary:
      Texts(en: "{1} rules; {2} configurable in schema/rules.yaml", nl: "{1} regels; {2} instelbaar in schema/rules.yaml")
    }
  }
}
