/// One-line descriptions of the rules that read a file: YAML, JSON and JSON Schema (`casebook rules`, SARIF).
/// The key of a rule's description is `rule.` followed by its rule id.
public enum RuleText: String, MessageEntry {
  case yamlTooLarge = "rule.yaml.too-large"
  case yamlInvalidUTF8 = "rule.yaml.invalid-utf8"
  case yamlControlCharacter = "rule.yaml.control-character"
  case yamlTab = "rule.yaml.tab"
  case yamlEmpty = "rule.yaml.empty"
  case yamlMultipleDocuments = "rule.yaml.multiple-documents"
  case yamlSyntax = "rule.yaml.syntax"
  case yamlTag = "rule.yaml.tag"
  case yamlNumberRange = "rule.yaml.number-range"
  case yamlDuplicateKey = "rule.yaml.duplicate-key"
  case yamlNonStringKey = "rule.yaml.non-string-key"
  case yamlUndefinedAlias = "rule.yaml.undefined-alias"
  case yamlTooManyAliases = "rule.yaml.too-many-aliases"
  case yamlTooManyNodes = "rule.yaml.too-many-nodes"
  case yamlTooDeep = "rule.yaml.too-deep"
  case yamlInternal = "rule.yaml.internal"
  case yamlUnknownDirective = "rule.yaml.unknown-directive"
  case yamlVersion = "rule.yaml.version"
  case yamlAnchor = "rule.yaml.anchor"
  case yamlLineSeparator = "rule.yaml.line-separator"
  case yamlByteOrderMark = "rule.yaml.byte-order-mark"
  case yamlKeyTooLong = "rule.yaml.key-too-long"
  case jsonSyntax = "rule.json.syntax"
  case schemaMetaschema = "rule.schema.metaschema"
  case schemaInvalid = "rule.schema.invalid"
  case schemaUnresolvedRef = "rule.schema.unresolved-ref"
  case schemaAdditionalProperties = "rule.schema.additionalProperties"
  case schemaAnyOf = "rule.schema.anyOf"
  case schemaConst = "rule.schema.const"
  case schemaContains = "rule.schema.contains"
  case schemaMinContains = "rule.schema.minContains"
  case schemaMaxContains = "rule.schema.maxContains"
  case schemaDependentRequired = "rule.schema.dependentRequired"
  case schemaDepth = "rule.schema.depth"
  case schemaEnum = "rule.schema.enum"
  case schemaExclusiveMaximum = "rule.schema.exclusiveMaximum"
  case schemaExclusiveMinimum = "rule.schema.exclusiveMinimum"
  case schemaFalse = "rule.schema.false"
  case schemaFormat = "rule.schema.format"
  case schemaItems = "rule.schema.items"
  case schemaMaxItems = "rule.schema.maxItems"
  case schemaMaxLength = "rule.schema.maxLength"
  case schemaMaxProperties = "rule.schema.maxProperties"
  case schemaMaximum = "rule.schema.maximum"
  case schemaMinItems = "rule.schema.minItems"
  case schemaMinLength = "rule.schema.minLength"
  case schemaMinProperties = "rule.schema.minProperties"
  case schemaMinimum = "rule.schema.minimum"
  case schemaMultipleOf = "rule.schema.multipleOf"
  case schemaNot = "rule.schema.not"
  case schemaOneOf = "rule.schema.oneOf"
  case schemaPattern = "rule.schema.pattern"
  case schemaPropertyNames = "rule.schema.propertyNames"
  case schemaRequired = "rule.schema.required"
  case schemaSchema = "rule.schema.schema"
  case schemaType = "rule.schema.type"
  case schemaUnevaluatedItems = "rule.schema.unevaluatedItems"
  case schemaUnevaluatedProperties = "rule.schema.unevaluatedProperties"
  case schemaUniqueItems = "rule.schema.uniqueItems"

  public var texts: Texts {
    switch self {
    case .yamlTooLarge: Texts(en: "The file is larger than the size limit.", nl: "Het bestand is groter dan de limiet.")
    case .yamlInvalidUTF8:
      Texts(en: "The file is not UTF-8 text.", nl: "Het bestand is geen UTF-8-tekst.")
    case .yamlControlCharacter:
      Texts(en: "The file holds a control character YAML does not allow.", nl: "Het bestand bevat een stuurteken dat YAML niet toestaat.")
    case .yamlTab: Texts(en: "A tab is used for indentation.", nl: "Er wordt met een tab ingesprongen.")
    case .yamlEmpty: Texts(en: "The file has no content.", nl: "Het bestand is leeg.")
    case .yamlMultipleDocuments:
      Texts(en: "The file holds more than one YAML document.", nl: "Het bestand bevat meer dan één YAML-document.")
    case .yamlSyntax: Texts(en: "The file is not valid YAML.", nl: "Het bestand is geen geldige YAML.")
    case .yamlTag:
      Texts(en: "A YAML tag is unknown or does not fit its value.", nl: "Een YAML-tag is onbekend of past niet bij de waarde.")
    case .yamlNumberRange: Texts(en: "A number is too large.", nl: "Een getal is te groot.")
    case .yamlDuplicateKey:
      Texts(en: "A key appears twice in one mapping.", nl: "Een sleutel komt twee keer voor in dezelfde mapping.")
    case .yamlNonStringKey: Texts(en: "A key is not text.", nl: "Een sleutel is geen tekst.")
    case .yamlUndefinedAlias:
      Texts(en: "An alias refers to an anchor that is not defined.", nl: "Een alias verwijst naar een anker dat niet bestaat.")
    case .yamlTooManyAliases:
      Texts(en: "The file uses more aliases than allowed.", nl: "Het bestand gebruikt meer aliassen dan toegestaan.")
    case .yamlTooManyNodes:
      Texts(en: "The file holds more values than allowed.", nl: "Het bestand bevat meer waarden dan toegestaan.")
    case .yamlTooDeep:
      Texts(en: "Values are nested deeper than allowed.", nl: "Waarden zijn dieper genest dan toegestaan.")
    case .yamlInternal: Texts(en: "The YAML library failed.", nl: "De YAML-bibliotheek faalde.")
    case .yamlUnknownDirective:
      Texts(en: "An unknown YAML directive is ignored.", nl: "Een onbekende YAML-directive wordt genegeerd.")
    case .yamlVersion:
      Texts(en: "The file asks for a YAML version casebook does not read.", nl: "Het bestand vraagt om een YAML-versie die casebook niet leest.")
    case .yamlAnchor:
      Texts(en: "An anchor or alias name cannot be read as written.", nl: "Een anker- of aliasnaam is niet te lezen zoals geschreven.")
    case .yamlLineSeparator:
      Texts(en: "The file uses a Unicode line or paragraph separator.", nl: "Het bestand gebruikt een Unicode-regel- of alineascheiding.")
    case .yamlByteOrderMark:
      Texts(en: "A byte order mark appears inside the file.", nl: "Er staat een byte-order-mark midden in het bestand.")
    case .yamlKeyTooLong: Texts(en: "A key is longer than YAML allows.", nl: "Een sleutel is langer dan YAML toestaat.")
    case .schemaMetaschema:
      Texts(en: "A schema file breaks the JSON Schema metaschema.", nl: "Een schemabestand voldoet niet aan het JSON Schema-metaschema.")
    case .jsonSyntax: Texts(en: "A schema file is not valid JSON.", nl: "Een schemabestand is geen geldige JSON.")
    case .schemaInvalid:
      Texts(en: "A schema file is not a valid JSON Schema.", nl: "Een schemabestand is geen geldig JSON Schema.")
    case .schemaUnresolvedRef:
      Texts(en: "A schema refers to a schema that cannot be found.", nl: "Een schema verwijst naar een schema dat niet bestaat.")
    case .schemaAdditionalProperties:
      Texts(en: "A field is not allowed here (often a typing error).", nl: "Een veld is hier niet toegestaan (vaak een tikfout).")
    case .schemaAnyOf:
      Texts(en: "The value matches none of the allowed forms.", nl: "De waarde past in geen van de toegestane vormen.")
    case .schemaConst: Texts(en: "The value must be one fixed value.", nl: "De waarde moet één vaste waarde zijn.")
    case .schemaContains:
      Texts(en: "A list lacks an item it must contain.", nl: "Een lijst mist een onderdeel dat erin moet staan.")
    case .schemaMinContains:
      Texts(en: "A list has too few of the required items.", nl: "Een lijst heeft te weinig van de vereiste onderdelen.")
    case .schemaMaxContains:
      Texts(en: "A list has too many of some item.", nl: "Een lijst heeft te veel van een onderdeel.")
    case .schemaDependentRequired:
      Texts(en: "A field needs another field that is missing.", nl: "Een veld vraagt om een ander veld dat ontbreekt.")
    case .schemaDepth:
      Texts(en: "The file is nested too deeply to check.", nl: "Het bestand is te diep genest om te controleren.")
    case .schemaEnum:
      Texts(en: "The value is not one of the allowed values.", nl: "De waarde is niet een van de toegestane waarden.")
    case .schemaExclusiveMaximum:
      Texts(en: "A number is not below its maximum.", nl: "Een getal ligt niet onder het maximum.")
    case .schemaExclusiveMinimum:
      Texts(en: "A number is not above its minimum.", nl: "Een getal ligt niet boven het minimum.")
    case .schemaFalse: Texts(en: "A value is not allowed here at all.", nl: "Een waarde is hier helemaal niet toegestaan.")
    case .schemaFormat:
      Texts(en: "A date, address or link is not written correctly.", nl: "Een datum, adres of link is niet goed geschreven.")
    case .schemaItems: Texts(en: "A list has an item that is not allowed.", nl: "Een lijst heeft een onderdeel dat niet mag.")
    case .schemaMaxItems: Texts(en: "A list has too many items.", nl: "Een lijst heeft te veel onderdelen.")
    case .schemaMaxLength: Texts(en: "A text is too long.", nl: "Een tekst is te lang.")
    case .schemaMaxProperties: Texts(en: "A section has too many fields.", nl: "Een onderdeel heeft te veel velden.")
    case .schemaMaximum: Texts(en: "A number is above its maximum.", nl: "Een getal ligt boven het maximum.")
    case .schemaMinItems: Texts(en: "A list has too few items.", nl: "Een lijst heeft te weinig onderdelen.")
    case .schemaMinLength: Texts(en: "A text is too short.", nl: "Een tekst is te kort.")
    case .schemaMinProperties: Texts(en: "A section has too few fields.", nl: "Een onderdeel heeft te weinig velden.")
    case .schemaMinimum: Texts(en: "A number is below its minimum.", nl: "Een getal ligt onder het minimum.")
    case .schemaMultipleOf:
      Texts(en: "A number is not a multiple of the required step.", nl: "Een getal is geen veelvoud van de vereiste stap.")
    case .schemaNot: Texts(en: "A value has a form that is not allowed.", nl: "Een waarde heeft een vorm die niet mag.")
    case .schemaOneOf:
      Texts(en: "The value must match exactly one of the allowed forms.", nl: "De waarde moet in precies één toegestane vorm passen.")
    case .schemaPattern:
      Texts(en: "A text does not have the required form.", nl: "Een tekst heeft niet de vereiste vorm.")
    case .schemaPropertyNames: Texts(en: "A field name is not allowed.", nl: "Een veldnaam is niet toegestaan.")
    case .schemaRequired: Texts(en: "A required field is missing.", nl: "Een verplicht veld ontbreekt.")
    case .schemaSchema: Texts(en: "The value does not match its schema.", nl: "De waarde past niet bij het schema.")
    case .schemaType:
      Texts(en: "A value has the wrong type (text, number, list…).", nl: "Een waarde heeft het verkeerde soort (tekst, getal, lijst…).")
    case .schemaUnevaluatedItems: Texts(en: "A list has items that are not allowed.", nl: "Een lijst heeft onderdelen die niet mogen.")
    case .schemaUnevaluatedProperties:
      Texts(en: "A field is not allowed here (often a typing error).", nl: "Een veld is hier niet toegestaan (vaak een tikfout).")
    case .schemaUniqueItems: Texts(en: "A list holds the same item twice.", nl: "Een lijst bevat hetzelfde onderdeel twee keer.")
    }
  }
}

/// The rule descriptions of a SARIF log (`validate --format sarif`).
public enum SARIFText: String, MessageEntry {
  case configurable = "sarif.rule.configurable"
  case fixed = "sarif.rule.fixed"
  case schemaKeyword = "sarif.rule.schema-keyword"

  public var texts: Texts {
    switch self {
    case .configurable:
      Texts(
        en: "{1} Stewards may set its severity in schema/rules.yaml.",
        nl: "{1} Beheerders kunnen de ernst instellen in schema/rules.yaml.")
    case .fixed: Texts(en: "{1} Not configurable: {2}.", nl: "{1} Niet instelbaar: {2}.")
    case .schemaKeyword:
      Texts(
        en: "Reported by the schema validator (JSON Schema keyword {1}).",
        nl: "Gemeld door de schemacontrole (JSON Schema-sleutelwoord {1}).")
    }
  }
}
