/// Why a YAML file cannot be read, and what to do (`yaml.*` findings). The words of libyaml itself stay
/// English and are quoted at the end, as an argument.
public enum YAMLErrorText: String, MessageEntry {
  case tooLarge = "yaml.too-large"
  case unsupportedEncoding = "yaml.unsupported-encoding"
  case invalidUTF8 = "yaml.invalid-utf8"
  case controlCharacter = "yaml.control-character"
  case tab = "yaml.tab"
  case tooManyTabs = "yaml.too-many-tabs"
  case byteOrderMark = "yaml.byte-order-mark"
  case lineSeparator = "yaml.line-separator"
  case oldVersion = "yaml.version-old"
  case otherVersion = "yaml.version-other"
  case anchorName = "yaml.anchor"
  case keyTooLong = "yaml.key-too-long"
  case colonInFlow = "yaml.colon-in-flow"
  case colonWithoutKey = "yaml.colon-without-key"
  case empty = "yaml.empty"
  case multipleDocuments = "yaml.multiple-documents"
  case unknownTag = "yaml.unknown-tag"
  case tagMismatch = "yaml.tag-mismatch"
  case numberOutOfRange = "yaml.number-range"
  case duplicateKey = "yaml.duplicate-key"
  case nonStringKey = "yaml.non-string-key"
  case nonStringKeyNamed = "yaml.non-string-key-named"
  case undefinedAlias = "yaml.undefined-alias"
  case tooManyAliases = "yaml.too-many-aliases"
  case tooManyNodes = "yaml.too-many-nodes"
  case tooDeep = "yaml.too-deep"
  case library = "yaml.internal"
  case unknownDirective = "yaml.unknown-directive"
  case unknownEncoding = "yaml.unknown-encoding"

  public var texts: Texts {
    switch self {
    case .tooLarge:
      Texts(
        en: "the file has {1} bytes, more than the limit of {2}; split it into smaller files",
        nl: "het bestand heeft {1} bytes, meer dan de grens van {2}; verdeel het over kleinere bestanden")
    case .unsupportedEncoding:
      Texts(
        en: "the file is encoded as {1}, which is not supported; save it as UTF-8",
        nl: "het bestand is gecodeerd als {1} en dat wordt niet ondersteund; sla het op als UTF-8")
    case .unknownEncoding:
      Texts(en: "an unknown encoding", nl: "een onbekende codering")
    case .invalidUTF8:
      Texts(
        en: "the file is not valid UTF-8 here; save the file with UTF-8 encoding or retype this character",
        nl: "het bestand is hier geen geldige UTF-8; sla het bestand op met UTF-8-codering of typ dit teken opnieuw")
    case .controlCharacter:
      Texts(
        en: "the file contains the control character {1}, which YAML does not allow; delete it",
        nl: "het bestand bevat het stuurteken {1}, dat YAML niet toestaat; verwijder het")
    case .tab:
      Texts(
        en: "a tab is used for indentation here; indent with spaces, not tabs",
        nl: "hier wordt met een tab ingesprongen; spring in met spaties, niet met tabs")
    case .tooManyTabs:
      Texts(
        en: "more than {1} tabs after `-`, `?` or `:` or on blank lines in one file; replace the tabs with spaces",
        nl: "meer dan {1} tabs na `-`, `?` of `:` of op lege regels in één bestand; vervang de tabs door spaties")
    case .byteOrderMark:
      Texts(
        en: "an invisible byte order mark (U+FEFF) is in the middle of the file; delete it (it often comes with "
          + "pasted text or files joined together)",
        nl: "midden in het bestand staat een onzichtbare bytevolgordemarkering (U+FEFF); verwijder die (ze komt "
          + "vaak mee met geplakte tekst of samengevoegde bestanden)")
    case .lineSeparator:
      Texts(
        en: "the file contains {1}, which YAML 1.2 reads as text but the YAML library as a line break, so the "
          + "value would not be read as written; replace it with a normal line break or a space",
        nl: "het bestand bevat {1}; YAML 1.2 leest dat als tekst, maar de YAML-bibliotheek als regeleinde, dus de "
          + "waarde zou niet gelezen worden zoals ze er staat; vervang het door een gewoon regeleinde of een spatie")
    case .oldVersion:
      Texts(
        en: "`%YAML {1}` asks for YAML {1}, which casebook does not read: it reads YAML 1.2, where only `true` and "
          + "`false` are yes/no values and `yes`, `no`, `on`, `off` and times such as `1:20` are text; remove the "
          + "`%YAML` line and write `true` or `false` where you mean yes or no",
        nl: "`%YAML {1}` vraagt om YAML {1}, en dat leest casebook niet: het leest YAML 1.2, waarin alleen `true` en "
          + "`false` ja/nee-waarden zijn en `yes`, `no`, `on`, `off` en tijden zoals `1:20` tekst zijn; verwijder "
          + "de regel `%YAML` en schrijf `true` of `false` waar u ja of nee bedoelt")
    case .otherVersion:
      Texts(
        en: "`%YAML {1}` asks for a YAML version casebook does not read; it reads YAML 1.2 only: remove the "
          + "`%YAML` line or write `%YAML 1.2`",
        nl: "`%YAML {1}` vraagt om een YAML-versie die casebook niet leest; het leest alleen YAML 1.2: verwijder "
          + "de regel `%YAML` of schrijf `%YAML 1.2`")
    case .anchorName:
      Texts(
        en: "the anchor or alias name {1} would be read differently by different YAML readers; use only letters, "
          + "digits, `-` and `_` in names, and put a space before a `:` that follows an alias",
        nl: "de anker- of aliasnaam {1} zou door verschillende YAML-lezers verschillend gelezen worden; gebruik "
          + "alleen letters, cijfers, `-` en `_` in namen, en zet een spatie voor een `:` na een alias")
    case .keyTooLong:
      Texts(
        en: "this key is {1} characters long; a key written as `key: value` may have at most 1024 characters, so "
          + "shorten it or write it as `? key` on one line and `: value` on the next",
        nl: "deze sleutel is {1} tekens lang; een sleutel in de vorm `sleutel: waarde` mag hoogstens 1024 tekens "
          + "hebben, dus maak hem korter of schrijf `? sleutel` op één regel en `: waarde` op de volgende")
    case .colonInFlow:
      Texts(
        en: "inside `[...]` or `{{...}}`, write `key: value` with the `:` right after its key on the same line and "
          + "a space after it; quote text that contains `:`",
        nl: "schrijf binnen `[...]` of `{{...}}` `sleutel: waarde`, met de `:` direct na de sleutel op dezelfde "
          + "regel en een spatie erna; zet tekst met een `:` tussen aanhalingstekens")
    case .colonWithoutKey:
      Texts(
        en: "a key is missing before this `:`; write `key: value`, or quote text that starts with `:`",
        nl: "voor deze `:` ontbreekt een sleutel; schrijf `sleutel: waarde`, of zet tekst die met `:` begint "
          + "tussen aanhalingstekens")
    case .empty:
      Texts(
        en: "the file has no content; expected a YAML document such as lines of `key: value`",
        nl: "het bestand is leeg; verwacht werd een YAML-document, zoals regels `sleutel: waarde`")
    case .multipleDocuments:
      Texts(
        en: "a second YAML document starts here, but a file must hold exactly one; remove the `---` or `...` line "
          + "and what follows it, or move it to its own file",
        nl: "hier begint een tweede YAML-document, maar een bestand mag er precies één bevatten; verwijder de "
          + "regel `---` of `...` en wat erop volgt, of zet dat in een eigen bestand")
    case .unknownTag:
      Texts(
        en: "the tag {1} is not supported; remove it (allowed tags: !!str, !!int, !!float, !!bool, !!null, !!seq, "
          + "!!map)",
        nl: "de tag {1} wordt niet ondersteund; verwijder hem (toegestane tags: !!str, !!int, !!float, !!bool, "
          + "!!null, !!seq, !!map)")
    case .tagMismatch:
      Texts(
        en: "the tag {1} does not fit {2}; remove the tag or change the value",
        nl: "de tag {1} past niet bij {2}; verwijder de tag of verander de waarde")
    case .numberOutOfRange:
      Texts(
        en: "the number {1} is too large; quote it if it is text",
        nl: "het getal {1} is te groot; zet het tussen aanhalingstekens als het tekst is")
    case .duplicateKey:
      Texts(
        en: "the key {1} appears twice in this mapping (first on line {2}); remove or rename one",
        nl: "de sleutel {1} komt twee keer voor in deze groep (eerst op regel {2}); verwijder of hernoem er één")
    case .nonStringKey:
      Texts(
        en: "this key is {1}, but keys must be text; quote the key",
        nl: "deze sleutel is {1}, maar sleutels moeten tekst zijn; zet de sleutel tussen aanhalingstekens")
    case .nonStringKeyNamed:
      Texts(
        en: "the key {1} is read as {2}, but keys must be text; quote the key, as in \"{3}\"",
        nl: "de sleutel {1} wordt gelezen als {2}, maar sleutels moeten tekst zijn; zet de sleutel tussen "
          + "aanhalingstekens, zoals \"{3}\"")
    case .undefinedAlias:
      Texts(
        en: "the alias `*{1}` refers to no anchor `&{1}` defined before it; define the anchor first",
        nl: "de alias `*{1}` verwijst naar geen anker `&{1}` dat ervoor staat; definieer eerst het anker")
    case .tooManyAliases:
      Texts(
        en: "more than {1} aliases (`*name`) in one file; write the values out instead",
        nl: "meer dan {1} aliassen (`*naam`) in één bestand; schrijf de waarden liever uit")
    case .tooManyNodes:
      Texts(
        en: "the file has more than {1} values (counting every copy an alias makes); simplify or split it",
        nl: "het bestand heeft meer dan {1} waarden (elke kopie die een alias maakt telt mee); vereenvoudig of "
          + "verdeel het")
    case .tooDeep:
      Texts(
        en: "values are nested more than {1} levels deep here; flatten the structure",
        nl: "waarden zijn hier meer dan {1} niveaus diep genest; maak de structuur platter")
    case .library:
      Texts(en: "the YAML library failed in {1}: {2}", nl: "de YAML-bibliotheek faalde in {1}: {2}")
    case .unknownDirective:
      Texts(
        en: "the directive {1} is unknown to YAML 1.2 and is ignored; remove the line",
        nl: "de aanwijzing {1} is onbekend in YAML 1.2 en wordt genegeerd; verwijder de regel")
    }
  }
}

/// What kind of value YAML read where it did not fit, and what a tag expects, for `yaml.*` messages.
public enum YAMLValueText: String, MessageEntry {
  case null = "yaml.kind.null"
  case boolean = "yaml.kind.boolean"
  case integer = "yaml.kind.integer"
  case number = "yaml.kind.number"
  case text = "yaml.kind.text"
  case list = "yaml.kind.list"
  case mapping = "yaml.kind.mapping"
  case singleValue = "yaml.kind.single-value"
  case trueOrFalse = "yaml.kind.true-or-false"
  case valueWhichIsNot = "yaml.kind.value-which-is-not"

  public var texts: Texts {
    switch self {
    case .null: Texts(en: "null", nl: "null (leeg)")
    case .boolean: Texts(en: "a yes/no value", nl: "een ja/nee-waarde")
    case .integer: Texts(en: "an integer", nl: "een geheel getal")
    case .number: Texts(en: "a number", nl: "een getal")
    case .text: Texts(en: "text", nl: "tekst")
    case .list: Texts(en: "a list", nl: "een lijst")
    case .mapping: Texts(en: "a mapping", nl: "een groep velden")
    case .singleValue: Texts(en: "a single value", nl: "een enkele waarde")
    case .trueOrFalse: Texts(en: "`true` or `false`", nl: "`true` of `false`")
    case .valueWhichIsNot: Texts(en: "{1}, which is not {2}", nl: "{1}, en dat is niet {2}")
    }
  }
}
