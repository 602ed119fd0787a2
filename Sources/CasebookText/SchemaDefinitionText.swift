/// Why a steward's schema file cannot be used: its JSON, its keywords, its regular expressions
/// (`json.syntax`, `schema.invalid`, `schema.unresolved-ref`).
public enum SchemaDefinitionText: String, MessageEntry {
  case invalidJSON = "schema-file.invalid-json"
  case invalidSchema = "schema-file.invalid-schema"
  case unresolvableReference = "schema-file.unresolvable-reference"
  case unknownVocabulary = "schema-file.unknown-vocabulary"
  case nestedTooDeeply = "schema-file.nested-too-deeply"
  case notASchema = "schema-file.not-a-schema"
  case schemaNotText = "schema-file.schema-not-text"
  case idNotText = "schema-file.id-not-text"
  case idFragment = "schema-file.id-fragment"
  case anchorName = "schema-file.anchor-name"
  case duplicateIdentifier = "schema-file.duplicate-identifier"
  case malformedPointer = "schema-file.malformed-pointer"
  case cycle = "schema-file.cycle"
  case listOfSchemas = "schema-file.list-of-schemas"
  case objectOfSchemas = "schema-file.object-of-schemas"
  case count = "schema-file.count"
  case number = "schema-file.number"
  case badPattern = "schema-file.bad-pattern"
  case enumList = "schema-file.enum-list"
  case multipleOf = "schema-file.multiple-of"
  case patternText = "schema-file.pattern-text"
  case formatText = "schema-file.format-text"
  case uniqueItemsFlag = "schema-file.unique-items-flag"
  case dependentRequired = "schema-file.dependent-required"
  case patternProperties = "schema-file.pattern-properties"
  case refText = "schema-file.ref-text"
  case dynamicRefText = "schema-file.dynamic-ref-text"
  case typeName = "schema-file.type-name"
  case fieldNames = "schema-file.field-names"
  case fieldNamesFound = "schema-file.field-names-found"
  case fieldNameTwice = "schema-file.field-name-twice"

  public var texts: Texts {
    switch self {
    case .invalidJSON: Texts(en: "invalid JSON: {1}", nl: "ongeldige JSON: {1}")
    case .invalidSchema: Texts(en: "invalid schema at {1}: {2}", nl: "ongeldig schema op {1}: {2}")
    case .unresolvableReference:
      Texts(
        en: "the schema at {1} refers to {2}, which is neither in this schema nor in the registry; add the "
          + "referenced schema or fix the $ref",
        nl: "het schema op {1} verwijst naar {2}, dat niet in dit schema staat en ook niet in het register; voeg "
          + "het schema toe waarnaar verwezen wordt of verbeter de $ref")
    case .unknownVocabulary:
      Texts(
        en: "the metaschema {1} requires the vocabulary {2}, which this validator does not know; use a metaschema "
          + "without it",
        nl: "het metaschema {1} vereist de woordenschat {2}, die deze validator niet kent; gebruik een metaschema "
          + "zonder die woordenschat")
    case .nestedTooDeeply:
      Texts(
        en: "subschemas are nested too deeply (at most {1} levels); simplify the schema",
        nl: "deelschema's zijn te diep genest (hoogstens {1} niveaus); vereenvoudig het schema")
    case .notASchema:
      Texts(
        en: "a schema must be an object or true/false, found {1}",
        nl: "een schema moet een object zijn of true/false; gevonden: {1}")
    case .schemaNotText:
      Texts(
        en: "`$schema` must be text (the URI of a metaschema)",
        nl: "`$schema` moet tekst zijn (de URI van een metaschema)")
    case .idNotText: Texts(en: "`$id` must be text (a URI)", nl: "`$id` moet tekst zijn (een URI)")
    case .idFragment:
      Texts(
        en: "`$id` must not have a fragment ({1}); use `$anchor` to name a subschema",
        nl: "`$id` mag geen fragment hebben ({1}); gebruik `$anchor` om een deelschema een naam te geven")
    case .anchorName:
      Texts(
        en: "{1} must be a name of letters, digits, `-`, `_` and `.`, starting with a letter",
        nl: "{1} moet een naam zijn van letters, cijfers, `-`, `_` en `.`, die met een letter begint")
    case .duplicateIdentifier:
      Texts(
        en: "{1} already identifies the schema at {2}; identifiers must be unique",
        nl: "{1} identificeert al het schema op {2}; identificaties moeten uniek zijn")
    case .malformedPointer:
      Texts(
        en: "{1} has a malformed JSON pointer (`~` must be followed by 0 or 1)",
        nl: "{1} heeft een onjuiste JSON-pointer (na `~` moet 0 of 1 staan)")
    case .cycle:
      Texts(
        en: "this schema refers back to itself (through `$ref` or applicators such as `allOf`) without going into "
          + "a field or item, so checking it would never end; break the cycle",
        nl: "dit schema verwijst naar zichzelf terug (via `$ref` of sleutelwoorden zoals `allOf`) zonder een veld "
          + "of item in te gaan, dus de controle zou nooit eindigen; doorbreek de kringloop")
    case .listOfSchemas:
      Texts(en: "{1} must be a non-empty list of schemas", nl: "{1} moet een niet-lege lijst van schema's zijn")
    case .objectOfSchemas:
      Texts(en: "{1} must be an object whose values are schemas", nl: "{1} moet een object zijn waarvan de waarden schema's zijn")
    case .count: Texts(en: "{1} must be a whole number of zero or more", nl: "{1} moet een geheel getal van nul of meer zijn")
    case .number: Texts(en: "{1} must be a number", nl: "{1} moet een getal zijn")
    case .badPattern:
      Texts(en: "{1} is not a valid regular expression: {2}", nl: "{1} is geen geldige reguliere expressie: {2}")
    case .enumList: Texts(en: "`enum` must be a list of values", nl: "`enum` moet een lijst van waarden zijn")
    case .multipleOf:
      Texts(en: "`multipleOf` must be a number greater than 0", nl: "`multipleOf` moet een getal groter dan 0 zijn")
    case .patternText:
      Texts(en: "`pattern` must be text (a regular expression)", nl: "`pattern` moet tekst zijn (een reguliere expressie)")
    case .formatText: Texts(en: "`format` must be text", nl: "`format` moet tekst zijn")
    case .uniqueItemsFlag: Texts(en: "`uniqueItems` must be true or false", nl: "`uniqueItems` moet true of false zijn")
    case .dependentRequired:
      Texts(
        en: "`dependentRequired` must be an object whose values are lists of field names",
        nl: "`dependentRequired` moet een object zijn waarvan de waarden lijsten van veldnamen zijn")
    case .patternProperties:
      Texts(
        en: "`patternProperties` must be an object whose values are schemas",
        nl: "`patternProperties` moet een object zijn waarvan de waarden schema's zijn")
    case .refText: Texts(en: "`$ref` must be text (a URI reference)", nl: "`$ref` moet tekst zijn (een URI-verwijzing)")
    case .dynamicRefText:
      Texts(en: "`$dynamicRef` must be text (a URI reference)", nl: "`$dynamicRef` moet tekst zijn (een URI-verwijzing)")
    case .typeName:
      Texts(
        en: "`type` must be one of null, boolean, integer, number, string, array, object (or a list of them), found {1}",
        nl: "`type` moet een van null, boolean, integer, number, string, array, object zijn (of een lijst daarvan); "
          + "gevonden: {1}")
    case .fieldNames: Texts(en: "expected a list of field names", nl: "verwacht werd een lijst van veldnamen")
    case .fieldNamesFound:
      Texts(
        en: "expected a list of field names (text), found {1}",
        nl: "verwacht werd een lijst van veldnamen (tekst); gevonden: {1}")
    case .fieldNameTwice: Texts(en: "the field name {1} is listed twice", nl: "de veldnaam {1} staat er twee keer in")
    }
  }
}

/// Why a JSON text cannot be read (`json.syntax`), in a steward's schema file.
public enum JSONSyntaxText: String, MessageEntry {
  case empty = "json.empty"
  case afterEnd = "json.after-end"
  case tooDeep = "json.too-deep"
  case trailingCommaArray = "json.trailing-comma-array"
  case endExpectingName = "json.end-expecting-name"
  case trailingCommaObject = "json.trailing-comma-object"
  case duplicateField = "json.duplicate-field"
  case endExpectingColon = "json.end-expecting-colon"
  case endExpecting = "json.end-expecting"
  case singleQuotes = "json.single-quotes"
  case comments = "json.comments"
  case unexpectedWord = "json.unexpected-word"
  case unexpected = "json.unexpected"
  case endExpectingValue = "json.end-expecting-value"
  case objectNotClosed = "json.object-not-closed"
  case arrayNotClosed = "json.array-not-closed"
  case controlCharacter = "json.control-character"
  case controlLineBreak = "json.control-line-break"
  case controlTab = "json.control-tab"
  case controlReturn = "json.control-return"
  case character = "json.character"
  case stringNotClosed = "json.string-not-closed"
  case endAfterBackslash = "json.end-after-backslash"
  case loneLowSurrogate = "json.lone-low-surrogate"
  case loneHighSurrogate = "json.lone-high-surrogate"
  case unknownEscape = "json.unknown-escape"
  case hexDigits = "json.hex-digits"
  case invalidUTF8Byte = "json.invalid-utf8-byte"
  case invalidUTF8Truncated = "json.invalid-utf8-truncated"
  case invalidUTF8Sequence = "json.invalid-utf8-sequence"
  case minusDigit = "json.minus-digit"
  case leadingZero = "json.leading-zero"
  case decimalDigit = "json.decimal-digit"
  case exponentDigits = "json.exponent-digits"
  case numberTooLarge = "json.number-too-large"
  case aValue = "json.expected.value"
  case aFieldName = "json.expected.field-name"
  case commaAfterItem = "json.expected.comma-after-item"
  case commaAfterValue = "json.expected.comma-after-value"
  case colonAfterName = "json.expected.colon-after-name"

  public var texts: Texts {
    switch self {
    case .empty: Texts(en: "the text is empty; expected a JSON value", nl: "de tekst is leeg; verwacht werd een JSON-waarde")
    case .afterEnd:
      Texts(en: "unexpected {1} after the end of the JSON value", nl: "onverwacht {1} na het einde van de JSON-waarde")
    case .tooDeep:
      Texts(
        en: "arrays and objects are nested more than {1} levels deep",
        nl: "arrays en objecten zijn meer dan {1} niveaus diep genest")
    case .trailingCommaArray:
      Texts(
        en: "a comma must be followed by another item; remove the comma before `]`",
        nl: "na een komma moet nog een item komen; verwijder de komma voor `]`")
    case .endExpectingName:
      Texts(
        en: "unexpected end of the text; expected a field name",
        nl: "onverwacht einde van de tekst; verwacht werd een veldnaam")
    case .trailingCommaObject:
      Texts(
        en: "a comma must be followed by another field; remove the comma before `}}`",
        nl: "na een komma moet nog een veld komen; verwijder de komma voor `}}`")
    case .duplicateField:
      Texts(
        en: "the field {1} appears twice in this object (first at {2}); keep only one",
        nl: "het veld {1} komt twee keer voor in dit object (eerst op {2}); houd er maar één")
    case .endExpectingColon:
      Texts(
        en: "unexpected end of the text; expected `:` after the field name",
        nl: "onverwacht einde van de tekst; verwacht werd `:` na de veldnaam")
    case .endExpecting:
      Texts(en: "unexpected end of the text; expected {1}", nl: "onverwacht einde van de tekst; verwacht werd {1}")
    case .singleQuotes:
      Texts(
        en: "text must be in double quotes (\"...\"), not single quotes",
        nl: "tekst moet tussen dubbele aanhalingstekens staan (\"...\"), niet tussen enkele")
    case .comments: Texts(en: "JSON does not allow comments", nl: "JSON staat geen commentaar toe")
    case .unexpectedWord:
      Texts(
        en: "unexpected {1}; expected {2} (text needs double quotes; `true`, `false` and `null` are lowercase)",
        nl: "onverwacht {1}; verwacht werd {2} (tekst moet tussen dubbele aanhalingstekens; `true`, `false` en "
          + "`null` in kleine letters)")
    case .unexpected: Texts(en: "unexpected {1}; expected {2}", nl: "onverwacht {1}; verwacht werd {2}")
    case .endExpectingValue:
      Texts(en: "unexpected end of the text; expected a value", nl: "onverwacht einde van de tekst; verwacht werd een waarde")
    case .objectNotClosed:
      Texts(
        en: "unexpected end of the text; the object opened at {1} is missing its closing `}}`",
        nl: "onverwacht einde van de tekst; het object dat op {1} begint, mist zijn afsluitende `}}`")
    case .arrayNotClosed:
      Texts(
        en: "unexpected end of the text; the array opened at {1} is missing its closing `]`",
        nl: "onverwacht einde van de tekst; de array die op {1} begint, mist haar afsluitende `]`")
    case .controlCharacter:
      Texts(
        en: "control character {1} is not allowed inside a string",
        nl: "het stuurteken {1} is niet toegestaan in een tekst")
    case .controlLineBreak:
      Texts(
        en: "control character {1} is not allowed inside a string; a string cannot span lines, write \\n instead",
        nl: "het stuurteken {1} is niet toegestaan in een tekst; een tekst kan niet over regels doorlopen, schrijf "
          + "\\n")
    case .controlTab:
      Texts(
        en: "control character {1} is not allowed inside a string; write \\t instead",
        nl: "het stuurteken {1} is niet toegestaan in een tekst; schrijf \\t")
    case .controlReturn:
      Texts(
        en: "control character {1} is not allowed inside a string; write \\r instead",
        nl: "het stuurteken {1} is niet toegestaan in een tekst; schrijf \\r")
    case .character: Texts(en: "character {1}", nl: "teken {1}")
    case .stringNotClosed:
      Texts(
        en: "unexpected end of the text inside a string; a closing `\"` is missing",
        nl: "onverwacht einde van de tekst midden in een tekst; een afsluitende `\"` ontbreekt")
    case .endAfterBackslash:
      Texts(en: "unexpected end of the text after `\\`", nl: "onverwacht einde van de tekst na `\\`")
    case .loneLowSurrogate:
      Texts(
        en: "{1} is a lone low surrogate; it must follow a high surrogate",
        nl: "{1} is een losse lage surrogaat; die moet op een hoge surrogaat volgen")
    case .loneHighSurrogate:
      Texts(
        en: "{1} is a high surrogate without the low surrogate that must follow it",
        nl: "{1} is een hoge surrogaat zonder de lage surrogaat die erop moet volgen")
    case .unknownEscape:
      Texts(
        en: "{1} is not a JSON escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX",
        nl: "{1} is geen JSON-escape; gebruik \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t of \\uXXXX")
    case .hexDigits:
      Texts(en: "`\\u` must be followed by four hexadecimal digits", nl: "na `\\u` moeten vier hexadecimale cijfers komen")
    case .invalidUTF8Byte:
      Texts(
        en: "the text is not valid UTF-8 (byte {1}); save the file as UTF-8",
        nl: "de tekst is geen geldige UTF-8 (byte {1}); sla het bestand op als UTF-8")
    case .invalidUTF8Truncated:
      Texts(
        en: "the text is not valid UTF-8 (truncated character); save the file as UTF-8",
        nl: "de tekst is geen geldige UTF-8 (afgebroken teken); sla het bestand op als UTF-8")
    case .invalidUTF8Sequence:
      Texts(
        en: "the text is not valid UTF-8 (bad byte sequence); save the file as UTF-8",
        nl: "de tekst is geen geldige UTF-8 (foute bytereeks); sla het bestand op als UTF-8")
    case .minusDigit: Texts(en: "`-` must be followed by a digit", nl: "na `-` moet een cijfer komen")
    case .leadingZero:
      Texts(
        en: "numbers must not start with 0 (write `7`, not `07`)",
        nl: "getallen mogen niet met 0 beginnen (schrijf `7`, niet `07`)")
    case .decimalDigit:
      Texts(en: "a decimal point must be followed by a digit", nl: "na een decimale punt moet een cijfer komen")
    case .exponentDigits:
      Texts(en: "an exponent must have digits (write `1e5`)", nl: "een exponent moet cijfers hebben (schrijf `1e5`)")
    case .numberTooLarge:
      Texts(
        en: "the number is too large to be represented; use a smaller number",
        nl: "het getal is te groot om weer te geven; gebruik een kleiner getal")
    case .aValue: Texts(en: "a value", nl: "een waarde")
    case .aFieldName: Texts(en: "a field name in double quotes", nl: "een veldnaam tussen dubbele aanhalingstekens")
    case .commaAfterItem: Texts(en: "`,` or `]` after the item", nl: "`,` of `]` na het item")
    case .commaAfterValue: Texts(en: "`,` or `}}` after the field's value", nl: "`,` of `}}` na de waarde van het veld")
    case .colonAfterName: Texts(en: "`:` after the field name", nl: "`:` na de veldnaam")
    }
  }
}
