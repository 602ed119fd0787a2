
/// Where a file does not match its JSON Schema, and what to do (`schema.*` findings).
public enum SchemaText: String, MessageEntry {
  case tooDeep = "schema.too-deep"
  case noMatch = "schema.no-match"
  case notAllowedTitled = "schema.not-allowed-titled"
  case fieldNotAllowed = "schema.field-not-allowed"
  case itemNotAllowed = "schema.item-not-allowed"
  case nothingAllowed = "schema.nothing-allowed"
  case type = "schema.type"
  case typeWithHint = "schema.type.with-hint"
  case const = "schema.const"
  case valueNotAllowed = "schema.value-not-allowed"
  case useOneOf = "schema.use-one-of"
  case didYouMeanUseOneOf = "schema.did-you-mean-use-one-of"
  case didYouMeanUseOneOfOrType = "schema.did-you-mean-use-one-of-or-type"
  case minimum = "schema.minimum"
  case exclusiveMinimum = "schema.exclusive-minimum"
  case maximum = "schema.maximum"
  case exclusiveMaximum = "schema.exclusive-maximum"
  case multipleOf = "schema.multiple-of"
  case tooShort = "schema.too-short"
  case tooLong = "schema.too-long"
  case withHint = "schema.with-hint"
  case pattern = "schema.pattern"
  case patternRule = "schema.pattern-rule"
  case minItems = "schema.min-items"
  case maxItems = "schema.max-items"
  case tooManyItems = "schema.too-many-items"
  case containsOne = "schema.contains-one"
  case containsMinOne = "schema.contains-min-one"
  case containsMin = "schema.contains-min"
  case containsMaxOne = "schema.contains-max-one"
  case containsMax = "schema.contains-max"
  case minProperties = "schema.min-properties"
  case maxProperties = "schema.max-properties"
  case required = "schema.required"
  case dependentRequired = "schema.dependent-required"
  case appliesWhenPresent = "schema.applies-when-present"
  case appliesWhen = "schema.applies-when"
  case appliesUnless = "schema.applies-unless"
  case conditionIs = "schema.condition-is"
  case conditionOneOf = "schema.condition-one-of"
  case conditionPresent = "schema.condition-present"
  case unknownFieldDidYouMean = "schema.unknown-field-did-you-mean"
  case unknownFieldNoneAllowed = "schema.unknown-field-none-allowed"
  case unknownFieldUseOneOf = "schema.unknown-field-use-one-of"
  case unknownField = "schema.unknown-field"
  case noFieldsAllowed = "schema.no-fields-allowed"
  case fieldNameNotAllowed = "schema.field-name-not-allowed"
  case unexpectedItem = "schema.unexpected-item"
  case fitsSeveralForms = "schema.fits-several-forms"
  case form = "schema.form"
  case missingOneOf = "schema.missing-one-of"
  case oneOfValues = "schema.one-of-values"
  case asDescribedAt = "schema.as-described-at"
  case notTitled = "schema.not-titled"
  case notAllPresent = "schema.not-all-present"
  case mustNotBe = "schema.must-not-be"
  case matchesForbidden = "schema.matches-forbidden"
  case repeatsItem = "schema.repeats-item"
  case andMoreValues = "schema.and-more-values"
  case otherDialect = "schema.other-dialect"
  case character = "schema.count.character"
  case characters = "schema.count.characters"
  case item = "schema.count.item"
  case items = "schema.count.items"
  case field = "schema.count.field"
  case fields = "schema.count.fields"

  public var texts: Texts {
    switch self {
    case .tooDeep:
      Texts(
        en: "the document is nested too deeply to be checked here; simplify its structure",
        nl: "het document is te diep genest om hier gecontroleerd te worden; vereenvoudig de structuur")
    case .noMatch: Texts(en: "this value does not match the schema at {1}", nl: "deze waarde past niet bij het schema op {1}")
    case .notAllowedTitled: Texts(en: "not allowed here: {1}", nl: "hier niet toegestaan: {1}")
    case .fieldNotAllowed:
      Texts(en: "the field {1} is not allowed here; remove it", nl: "het veld {1} is hier niet toegestaan; verwijder het")
    case .itemNotAllowed:
      Texts(en: "item {1} is not allowed here; remove it", nl: "item {1} is hier niet toegestaan; verwijder het")
    case .nothingAllowed: Texts(en: "no value is allowed here", nl: "hier is geen enkele waarde toegestaan")
    case .type: Texts(en: "expected {1}, found {2}", nl: "verwacht: {1}; gevonden: {2}")
    case .typeWithHint: Texts(en: "expected {1}, found {2}; {3}", nl: "verwacht: {1}; gevonden: {2}; {3}")
    case .const:
      Texts(en: "{1} is not allowed here; it must be {2}", nl: "{1} is hier niet toegestaan; het moet {2} zijn")
    case .valueNotAllowed: Texts(en: "{1} is not allowed here", nl: "{1} is hier niet toegestaan")
    case .useOneOf:
      Texts(en: "{1} is not allowed here; use one of: {2}", nl: "{1} is hier niet toegestaan; gebruik een van: {2}")
    case .didYouMeanUseOneOf:
      Texts(
        en: "{1} is not allowed here; did you mean {2}? Use one of: {3}",
        nl: "{1} is hier niet toegestaan; bedoelt u {2}? Gebruik een van: {3}")
    case .didYouMeanUseOneOfOrType:
      Texts(
        en: "{1} is not allowed here; did you mean {2}? Use one of: {3}, or {4}",
        nl: "{1} is hier niet toegestaan; bedoelt u {2}? Gebruik een van: {3}, of {4}")
    case .minimum: Texts(en: "{1} is too small; the minimum is {2}", nl: "{1} is te klein; het minimum is {2}")
    case .exclusiveMinimum:
      Texts(en: "{1} is too small; it must be greater than {2}", nl: "{1} is te klein; het moet groter zijn dan {2}")
    case .maximum: Texts(en: "{1} is too large; the maximum is {2}", nl: "{1} is te groot; het maximum is {2}")
    case .exclusiveMaximum:
      Texts(en: "{1} is too large; it must be less than {2}", nl: "{1} is te groot; het moet kleiner zijn dan {2}")
    case .multipleOf:
      Texts(
        en: "{1} is not a multiple of {2}; use a multiple of {2}",
        nl: "{1} is geen veelvoud van {2}; gebruik een veelvoud van {2}")
    case .tooShort: Texts(en: "text is too short: {1}, at least {2}", nl: "de tekst is te kort: {1}, minstens {2}")
    case .tooLong: Texts(en: "text is too long: {1}, at most {2}", nl: "de tekst is te lang: {1}, hoogstens {2}")
    // {2} is ` (hint)`, or nothing where the schema gives no hint in the language.
    case .withHint: Texts(en: "{1}{2}", nl: "{1}{2}")
    // {2} is `: description`, or the pattern's rule where the schema gives no description in the language.
    case .pattern: Texts(en: "{1} does not have the expected form{2}", nl: "{1} heeft niet de verwachte vorm{2}")
    case .patternRule:
      Texts(en: " (it must match the pattern {1})", nl: " (het moet passen bij het patroon {1})")
    case .minItems:
      Texts(en: "the list has {1}, but needs at least {2}", nl: "de lijst heeft {1}, maar moet er minstens {2} hebben")
    case .maxItems:
      Texts(en: "the list has {1}, but may have at most {2}", nl: "de lijst heeft {1}, maar mag er hoogstens {2} hebben")
    case .tooManyItems:
      Texts(
        en: "the list has {1}, but may have at most {2}, so remove item {3} and the ones after it",
        nl: "de lijst heeft {1}, maar mag er hoogstens {2} hebben, dus verwijder item {3} en de items erna")
    case .containsOne:
      Texts(en: "the list needs at least one item that is {1}", nl: "de lijst moet minstens één item hebben dat {1} is")
    case .containsMinOne:
      Texts(
        en: "the list needs at least {1} item that is {2}, found {3}",
        nl: "de lijst moet minstens {1} item hebben dat {2} is; gevonden: {3}")
    case .containsMin:
      Texts(
        en: "the list needs at least {1} items that are {2}, found {3}",
        nl: "de lijst moet minstens {1} items hebben die {2} zijn; gevonden: {3}")
    case .containsMaxOne:
      Texts(
        en: "the list may have at most {1} item that is {2}, found {3}",
        nl: "de lijst mag hoogstens {1} item hebben dat {2} is; gevonden: {3}")
    case .containsMax:
      Texts(
        en: "the list may have at most {1} items that are {2}, found {3}",
        nl: "de lijst mag hoogstens {1} items hebben die {2} zijn; gevonden: {3}")
    case .minProperties:
      Texts(
        en: "this group of fields has {1}, but needs at least {2}",
        nl: "deze groep velden heeft {1}, maar moet er minstens {2} hebben")
    case .maxProperties:
      Texts(
        en: "this group of fields has {1}, but may have at most {2}",
        nl: "deze groep velden heeft {1}, maar mag er hoogstens {2} hebben")
    case .required: Texts(en: "missing required field {1}", nl: "het verplichte veld {1} ontbreekt")
    case .dependentRequired:
      Texts(
        en: "missing field {1}, which is required when {2} is present",
        nl: "het veld {1} ontbreekt; het is verplicht als {2} er staat")
    case .appliesWhenPresent:
      Texts(en: "{1} (this applies when {2} is present)", nl: "{1} (dit geldt als {2} er staat)")
    case .appliesWhen: Texts(en: "{1} (this applies when {2})", nl: "{1} (dit geldt als {2})")
    case .appliesUnless: Texts(en: "{1} (this applies unless {2})", nl: "{1} (dit geldt tenzij {2})")
    case .conditionIs: Texts(en: "{1} is {2}", nl: "{1} {2} is")
    case .conditionOneOf: Texts(en: "{1} is one of {2}", nl: "{1} een van {2} is")
    case .conditionPresent: Texts(en: "{1} is present", nl: "{1} er staat")
    case .unknownFieldDidYouMean: Texts(en: "unknown field {1}; did you mean {2}?", nl: "onbekend veld {1}; bedoelt u {2}?")
    case .unknownFieldNoneAllowed:
      Texts(en: "unknown field {1}; no fields are allowed here", nl: "onbekend veld {1}; hier zijn geen velden toegestaan")
    case .unknownFieldUseOneOf:
      Texts(
        en: "unknown field {1}; remove it or use one of: {2}",
        nl: "onbekend veld {1}; verwijder het of gebruik een van: {2}")
    case .unknownField:
      Texts(
        en: "unknown field {1}; remove it or check its spelling",
        nl: "onbekend veld {1}; verwijder het of controleer de spelling")
    case .noFieldsAllowed:
      Texts(
        en: "the field {1} is not allowed; this object must have no fields",
        nl: "het veld {1} is niet toegestaan; deze groep mag geen velden hebben")
    case .fieldNameNotAllowed: Texts(en: "the field name {1} is not allowed: {2}", nl: "de veldnaam {1} is niet toegestaan: {2}")
    case .unexpectedItem:
      Texts(en: "item {1} is not expected here; remove it", nl: "item {1} hoort hier niet; verwijder het")
    case .fitsSeveralForms:
      Texts(
        en: "this value fits more than one of the allowed forms ({1}); change it so that it fits exactly one",
        nl: "deze waarde past bij meer dan één van de toegestane vormen ({1}); verander haar zodat ze bij precies "
          + "één vorm past")
    case .form: Texts(en: "form {1}", nl: "vorm {1}")
    case .missingOneOf: Texts(en: "missing one of the fields {1}; add one", nl: "een van de velden {1} ontbreekt; voeg er een toe")
    case .oneOfValues: Texts(en: "one of {1}", nl: "een van {1}")
    case .asDescribedAt: Texts(en: "as described at {1}", nl: "zoals beschreven op {1}")
    case .notTitled: Texts(en: "this value is not allowed here: {1}", nl: "deze waarde is hier niet toegestaan: {1}")
    case .notAllPresent:
      Texts(en: "the fields {1} must not all be present", nl: "de velden {1} mogen er niet allemaal staan")
    case .mustNotBe: Texts(en: "this value must not be {1}", nl: "deze waarde mag niet {1} zijn")
    case .matchesForbidden:
      Texts(
        en: "this value is not allowed here (it matches the schema at {1}, which it must not)",
        nl: "deze waarde is hier niet toegestaan (ze past bij het schema op {1}, en dat mag niet)")
    case .repeatsItem:
      Texts(
        en: "item {1} repeats item {2} ({3}); each item must be unique",
        nl: "item {1} herhaalt item {2} ({3}); elk item mag maar één keer voorkomen")
    case .andMoreValues: Texts(en: "{1} (and {2} more)", nl: "{1} (en nog {2})")
    case .otherDialect:
      Texts(
        en: "`$schema` names {1}, but schemas here are read as JSON Schema draft 2020-12; change it to {2} and check "
          + "that the schema uses that draft's keywords",
        nl: "`$schema` noemt {1}, maar schema's worden hier gelezen als JSON Schema draft 2020-12; verander het in "
          + "{2} en controleer of het schema de sleutelwoorden van die versie gebruikt")
    case .character: Texts(en: "{1} character", nl: "{1} teken")
    case .characters: Texts(en: "{1} characters", nl: "{1} tekens")
    case .item: Texts(en: "{1} item", nl: "{1} item")
    case .items: Texts(en: "{1} items", nl: "{1} items")
    case .field: Texts(en: "{1} field", nl: "{1} veld")
    case .fields: Texts(en: "{1} fields", nl: "{1} velden")
    }
  }
}

/// The kinds of JSON values, as an editor would say them, and values found (`schema.type` and others).
public enum SchemaTypeText: String, MessageEntry {
  case null = "schema.kind.null"
  case boolean = "schema.kind.boolean"
  case integer = "schema.kind.integer"
  case number = "schema.kind.number"
  case text = "schema.kind.text"
  case list = "schema.kind.list"
  case group = "schema.kind.group"
  case theNumber = "schema.kind.the-number"
  case theText = "schema.kind.the-text"

  public var texts: Texts {
    switch self {
    case .null: Texts(en: "an empty value (null)", nl: "een lege waarde (null)")
    case .boolean: Texts(en: "yes/no (`true` or `false`)", nl: "ja/nee (`true` of `false`)")
    case .integer: Texts(en: "a whole number", nl: "een geheel getal")
    case .number: Texts(en: "a number", nl: "een getal")
    case .text: Texts(en: "text", nl: "tekst")
    case .list: Texts(en: "a list", nl: "een lijst")
    case .group: Texts(en: "a group of fields", nl: "een groep velden")
    case .theNumber: Texts(en: "the number {1}", nl: "het getal {1}")
    case .theText: Texts(en: "the text {1}", nl: "de tekst {1}")
    }
  }
}

/// Values that do not have a `format` (`schema.format`).
public enum SchemaFormatText: String, MessageEntry {
  case date = "schema.format.date"
  case time = "schema.format.time"
  case dateTime = "schema.format.date-time"
  case duration = "schema.format.duration"
  case email = "schema.format.email"
  case hostname = "schema.format.hostname"
  case ipv4 = "schema.format.ipv4"
  case ipv6 = "schema.format.ipv6"
  case uri = "schema.format.uri"
  case uriReference = "schema.format.uri-reference"
  case iri = "schema.format.iri"
  case iriReference = "schema.format.iri-reference"
  case uuid = "schema.format.uuid"
  case jsonPointer = "schema.format.json-pointer"
  case regex = "schema.format.regex"

  public var texts: Texts {
    switch self {
    case .date: Texts(en: "{1} is not a valid date (YYYY-MM-DD)", nl: "{1} is geen geldige datum (JJJJ-MM-DD)")
    case .time:
      Texts(
        en: "{1} is not a valid time (hh:mm:ss with a time zone, e.g. 09:30:00+02:00 or 07:30:00Z)",
        nl: "{1} is geen geldige tijd (uu:mm:ss met een tijdzone, bijv. 09:30:00+02:00 of 07:30:00Z)")
    case .dateTime:
      Texts(
        en: "{1} is not a valid date and time (YYYY-MM-DDThh:mm:ss with a time zone, e.g. 2024-05-01T09:30:00+02:00 "
          + "or 2024-05-01T07:30:00Z)",
        nl: "{1} is geen geldige datum en tijd (JJJJ-MM-DDTuu:mm:ss met een tijdzone, bijv. 2024-05-01T09:30:00+02:00 "
          + "of 2024-05-01T07:30:00Z)")
    case .duration:
      Texts(
        en: "{1} is not a valid duration (such as P1Y2M, P3D, PT1H30M or P2W)",
        nl: "{1} is geen geldige duur (zoals P1Y2M, P3D, PT1H30M of P2W)")
    case .email: Texts(en: "{1} is not a valid e-mail address", nl: "{1} is geen geldig e-mailadres")
    case .hostname:
      Texts(
        en: "{1} is not a valid host name (such as www.example.org)",
        nl: "{1} is geen geldige hostnaam (zoals www.example.org)")
    case .ipv4:
      Texts(
        en: "{1} is not a valid IPv4 address (four numbers 0-255, such as 192.0.2.1)",
        nl: "{1} is geen geldig IPv4-adres (vier getallen van 0 tot 255, zoals 192.0.2.1)")
    case .ipv6: Texts(en: "{1} is not a valid IPv6 address", nl: "{1} is geen geldig IPv6-adres")
    case .uri:
      Texts(
        en: "{1} is not a valid URI; write a full address such as https://example.org/page",
        nl: "{1} is geen geldige URI; schrijf een volledig adres zoals https://example.org/pagina")
    case .uriReference:
      Texts(
        en: "{1} is not a valid URI reference (spaces and some characters must be %-encoded)",
        nl: "{1} is geen geldige URI-verwijzing (spaties en sommige tekens moeten met % gecodeerd zijn)")
    case .iri:
      Texts(
        en: "{1} is not a valid IRI; write a full address such as https://example.org/pagina",
        nl: "{1} is geen geldige IRI; schrijf een volledig adres zoals https://example.org/pagina")
    case .iriReference:
      Texts(
        en: "{1} is not a valid IRI reference (spaces must be %-encoded)",
        nl: "{1} is geen geldige IRI-verwijzing (spaties moeten met % gecodeerd zijn)")
    case .uuid:
      Texts(
        en: "{1} is not a valid UUID (such as 123e4567-e89b-12d3-a456-426614174000)",
        nl: "{1} is geen geldige UUID (zoals 123e4567-e89b-12d3-a456-426614174000)")
    case .jsonPointer:
      Texts(
        en: "{1} is not a valid JSON pointer (such as /sources/0/url)",
        nl: "{1} is geen geldige JSON-pointer (zoals /sources/0/url)")
    case .regex: Texts(en: "{1} is not a valid regular expression", nl: "{1} is geen geldige reguliere expressie")
    }
  }
}
