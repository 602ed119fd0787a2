
/// What is wrong with a best-practice model (`catalog.model-*`), for the stewards who write it.
public enum ModelCheckText: String, MessageEntry {
  case duplicatePillar = "model.duplicate-pillar"
  case duplicateCriterion = "model.duplicate-criterion"
  case unknownPillar = "model.unknown-pillar"
  case weight = "model.weight"
  case unusedPillar = "model.unused-pillar"
  case countNeverPasses = "model.count-never-passes"
  case noField = "model.no-field"
  case fieldProblem = "model.field-problem"
  case equalsOnList = "model.equals-on-list"
  case includesOnScalar = "model.includes-on-scalar"
  case oneOfOnList = "model.one-of-on-list"
  case notCountable = "model.not-countable"
  case ofOnScalar = "model.of-on-scalar"
  case wrongType = "model.wrong-type"
  case neverValue = "model.never-value"
  case unknownCategory = "model.unknown-category"
  case didYouMean = "model.did-you-mean"
  case notAMapping = "model.not-a-mapping"
  case versionMissing = "model.version-missing"
  case citationMissing = "model.citation-missing"
  case weightMissing = "model.weight-missing"
  case checkMissing = "model.check-missing"
  case checkNotMapping = "model.check-not-mapping"
  case atLeastCount = "model.at-least-count"
  case unknownCheck = "model.unknown-check"
  case checksList = "model.checks-list"
  case pathName = "model.path-name"
  case oneCondition = "model.one-condition"
  case countAtLeastZero = "model.count-at-least-zero"
  case valueKind = "model.value-kind"
  case valuesList = "model.values-list"
  case listMissing = "model.list-missing"
  case textMissing = "model.text-missing"
  case bothLanguages = "model.both-languages"
  case referenceTitleYear = "model.reference-title-year"

  public var texts: Texts {
    switch self {
    case .duplicatePillar:
      Texts(
        en: "the pillar id {1} is used twice: give each pillar its own id",
        nl: "de pijler-id {1} komt twee keer voor: geef elke pijler een eigen id")
    case .duplicateCriterion:
      Texts(
        en: "the criterion id {1} is used twice: give each criterion its own id",
        nl: "de criterium-id {1} komt twee keer voor: geef elk criterium een eigen id")
    case .unknownPillar:
      Texts(en: "{1} is not one of the model's pillars ({2})", nl: "{1} is geen pijler van het model ({2})")
    case .weight:
      Texts(
        en: "the weight must be more than 0; to switch a criterion off, remove it",
        nl: "het gewicht moet groter zijn dan 0; verwijder een criterium om het uit te schakelen")
    case .unusedPillar:
      Texts(
        en: "no criterion belongs to the pillar {1}: add criteria to it or remove the pillar",
        nl: "geen enkel criterium hoort bij de pijler {1}: voeg er criteria aan toe of verwijder de pijler")
    case .countNeverPasses:
      Texts(
        en: "at least {1} of {2} checks can never pass: lower `at-least` or add checks",
        nl: "minstens {1} van {2} controles kan nooit slagen: verlaag `at-least` of voeg controles toe")
    case .noField:
      Texts(
        en: "the policy schema has no field {1}; see schema/README.md for the fields",
        nl: "het beleidsschema heeft geen veld {1}; schema/README.md noemt de velden")
    case .fieldProblem: Texts(en: "{1}: {2}", nl: "{1}: {2}")
    case .equalsOnList:
      Texts(
        en: "the field is a list: use `includes` to look for a value in it",
        nl: "het veld is een lijst: zoek er een waarde in met `includes`")
    case .includesOnScalar:
      Texts(en: "the field is not a list: use `equals` or `one-of`", nl: "het veld is geen lijst: gebruik `equals` of `one-of`")
    case .oneOfOnList:
      Texts(
        en: "the field is a list: use `includes`, or `at-least` with `of`",
        nl: "het veld is een lijst: gebruik `includes`, of `at-least` met `of`")
    case .notCountable:
      Texts(
        en: "the field is neither a list nor a number, so it cannot be counted",
        nl: "het veld is geen lijst en geen getal, dus het kan niet geteld worden")
    case .ofOnScalar:
      Texts(
        en: "`of` counts the items of a list, and this field is not a list",
        nl: "`of` telt de items van een lijst, en dit veld is geen lijst")
    case .wrongType:
      Texts(
        en: "{1} holds {2} values, so a {3} never matches",
        nl: "{1} bevat waarden van het type {2}, dus een waarde van het type {3} past nooit")
    case .neverValue: Texts(en: "{1} is never {2}; it is one of: {3}", nl: "{1} is nooit {2}; het is een van: {3}")
    case .unknownCategory:
      Texts(en: "{1} is not a use-category id ({2})", nl: "{1} is geen id van een gebruikscategorie ({2})")
    case .didYouMean: Texts(en: "{1}; did you mean {2}?", nl: "{1}; bedoelt u {2}?")
    case .notAMapping:
      Texts(
        en: "the model must be a mapping with version, title, pillars and criteria",
        nl: "het model moet een groep velden zijn met version, title, pillars en criteria")
    case .versionMissing:
      Texts(en: "`version` (a whole number) is missing", nl: "`version` (een geheel getal) ontbreekt")
    case .citationMissing: Texts(en: "a source needs a `citation`", nl: "een bron heeft een `citation` nodig")
    case .weightMissing: Texts(en: "`weight` (a number) is missing", nl: "`weight` (een getal) ontbreekt")
    case .checkMissing: Texts(en: "`check` is missing", nl: "`check` ontbreekt")
    case .checkNotMapping:
      Texts(
        en: "a check must be a mapping: a field check (`path` with a condition), all-of, any-of or at-least with checks",
        nl: "een controle moet een groep velden zijn: een veldcontrole (`path` met een voorwaarde), all-of, any-of "
          + "of at-least met checks")
    case .atLeastCount:
      Texts(
        en: "`at-least` with `checks` must be a whole number of at least 1",
        nl: "`at-least` met `checks` moet een geheel getal van minstens 1 zijn")
    case .unknownCheck:
      Texts(
        en: "unknown check: write a field check (`path` with a condition), all-of, any-of or at-least with checks",
        nl: "onbekende controle: schrijf een veldcontrole (`path` met een voorwaarde), all-of, any-of of at-least "
          + "met checks")
    case .checksList: Texts(en: "expected a non-empty list of checks", nl: "verwacht werd een niet-lege lijst van controles")
    case .pathName:
      Texts(
        en: "`path` must be a dotted field name such as `listening.monitoring`",
        nl: "`path` moet een veldnaam met punten zijn, zoals `listening.monitoring`")
    case .oneCondition:
      Texts(
        en: "a field check needs exactly one of {1}; found {2}",
        nl: "een veldcontrole heeft precies één van {1} nodig; gevonden: {2}")
    case .countAtLeastZero: Texts(en: "{1} must be a number of at least 0", nl: "{1} moet een getal van minstens 0 zijn")
    case .valueKind:
      Texts(en: "expected true, false, a number or a text", nl: "verwacht werd true, false, een getal of een tekst")
    case .valuesList: Texts(en: "expected a non-empty list of values", nl: "verwacht werd een niet-lege lijst van waarden")
    case .listMissing: Texts(en: "{1} (a list) is missing", nl: "{1} (een lijst) ontbreekt")
    case .textMissing: Texts(en: "{1} (a text) is missing", nl: "{1} (een tekst) ontbreekt")
    case .referenceTitleYear:
      Texts(en: "a reference needs a `title` and a `year`", nl: "een verwijzing heeft een `title` en een `year` nodig")
    case .bothLanguages:
      Texts(
        en: "{1} needs a Dutch (`nl`) and an English (`en`) text",
        nl: "{1} heeft een Nederlandse (`nl`) en een Engelse (`en`) tekst nodig")
    }
  }
}
