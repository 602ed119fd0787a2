/// Advice for libyaml's syntax errors (`yaml.syntax`); libyaml's own English words follow in parentheses.
public enum YAMLSyntaxText: String, MessageEntry {
  case withHint = "yaml.syntax.with-hint"
  case plain = "yaml.syntax.plain"
  case contextStarted = "yaml.syntax.context-started"
  case colonNotAllowed = "yaml.syntax.colon-not-allowed"
  case expectedKey = "yaml.syntax.expected-key"
  case expectedDash = "yaml.syntax.expected-dash"
  case dashNotAllowed = "yaml.syntax.dash-not-allowed"
  case valueMissing = "yaml.syntax.value-missing"
  case listNotClosed = "yaml.syntax.list-not-closed"
  case mappingNotClosed = "yaml.syntax.mapping-not-closed"
  case expectedColon = "yaml.syntax.expected-colon"
  case reservedCharacter = "yaml.syntax.reserved-character"
  case unknownEscape = "yaml.syntax.unknown-escape"
  case undefinedTagHandle = "yaml.syntax.undefined-tag-handle"
  case incompatibleVersion = "yaml.syntax.incompatible-version"
  case textAfterEnd = "yaml.syntax.text-after-end"
  case anchorCharacters = "yaml.syntax.anchor-characters"
  case quoteNotClosed = "yaml.syntax.quote-not-closed"
  case endInValue = "yaml.syntax.end-in-value"
  case documentIndicator = "yaml.syntax.document-indicator"

  public var texts: Texts {
    switch self {
    case .withHint: Texts(en: "{1} (libyaml: {2})", nl: "{1} (libyaml: {2})")
    case .plain: Texts(en: "YAML syntax error: {1}", nl: "YAML-syntaxfout: {1}")
    case .contextStarted: Texts(en: "{1} started at {2}", nl: "{1} started at {2}")
    case .colonNotAllowed:
      Texts(
        en: "a `: ` is not allowed here; put text that contains `: ` in quotes, or check the indentation",
        nl: "een `: ` mag hier niet; zet tekst met `: ` tussen aanhalingstekens, of controleer het inspringen")
    case .expectedKey:
      Texts(
        en: "expected a `key: value` line at the indentation of the mapping above; check the indentation",
        nl: "verwacht werd een regel `sleutel: waarde` even ver ingesprongen als de groep erboven; controleer "
          + "het inspringen")
    case .expectedDash:
      Texts(
        en: "expected a `- ` list item at the indentation of the list above; check the indentation",
        nl: "verwacht werd een lijstitem `- ` even ver ingesprongen als de lijst erboven; controleer het inspringen")
    case .dashNotAllowed:
      Texts(
        en: "a `- ` list item is not allowed here; start the list on a new line below its key, indented",
        nl: "een lijstitem `- ` mag hier niet; begin de lijst op een nieuwe regel onder de sleutel, ingesprongen")
    case .valueMissing: Texts(en: "a value is missing here", nl: "hier ontbreekt een waarde")
    case .listNotClosed:
      Texts(
        en: "a `[...]` list is not closed with `]`, or its items are not separated by commas",
        nl: "een lijst `[...]` is niet afgesloten met `]`, of de items staan niet tussen komma's")
    case .mappingNotClosed:
      Texts(
        en: "a `{{...}}` mapping is not closed with `}}`, or its entries are not separated by commas",
        nl: "een groep `{{...}}` is niet afgesloten met `}}`, of de velden staan niet tussen komma's")
    case .expectedColon:
      Texts(
        en: "expected `: ` after this key; a key must fit on one line (at most 1024 characters)",
        nl: "na deze sleutel werd `: ` verwacht; een sleutel moet op één regel passen (hoogstens 1024 tekens)")
    case .reservedCharacter:
      Texts(
        en: "this character cannot start a value (`@` and backquote are reserved); put the value in quotes",
        nl: "met dit teken kan een waarde niet beginnen (`@` en de backquote zijn gereserveerd); zet de waarde "
          + "tussen aanhalingstekens")
    case .unknownEscape:
      Texts(
        en: "unknown escape sequence after a backslash in double-quoted text; write `\\\\` for a backslash or use "
          + "single quotes",
        nl: "onbekende escapereeks na een backslash in tekst tussen dubbele aanhalingstekens; schrijf `\\\\` voor "
          + "een backslash of gebruik enkele aanhalingstekens")
    case .undefinedTagHandle:
      Texts(
        en: "this tag uses an undefined `!handle!`; remove the tag",
        nl: "deze tag gebruikt een niet-gedefinieerde `!handle!`; verwijder de tag")
    case .incompatibleVersion:
      Texts(
        en: "only YAML version 1.x is supported; remove or fix the `%YAML` line",
        nl: "alleen YAML-versie 1.x wordt ondersteund; verwijder of verbeter de regel `%YAML`")
    case .textAfterEnd:
      Texts(
        en: "unexpected text after the end of the document; remove it or check the indentation",
        nl: "onverwachte tekst na het einde van het document; verwijder die of controleer het inspringen")
    case .anchorCharacters:
      Texts(
        en: "an anchor or alias name (after `&` or `*`) may contain only letters, digits, `-` and `_`",
        nl: "een anker- of aliasnaam (na `&` of `*`) mag alleen letters, cijfers, `-` en `_` bevatten")
    case .quoteNotClosed:
      Texts(
        en: "quoted text is not closed; add the closing quote",
        nl: "tekst tussen aanhalingstekens is niet afgesloten; zet het sluitende aanhalingsteken erbij")
    case .endInValue:
      Texts(en: "the file ends in the middle of a value", nl: "het bestand houdt midden in een waarde op")
    case .documentIndicator:
      Texts(
        en: "a line starting with `---` or `...` ends the document inside quoted text; indent it or quote it",
        nl: "een regel die met `---` of `...` begint, beëindigt het document midden in tekst tussen "
          + "aanhalingstekens; spring de regel in of zet hem tussen aanhalingstekens")
    }
  }
}
