/// Why a schema's `pattern` is not a regular expression casebook can use (inside `schema.invalid`).
public enum RegexText: String, MessageEntry {
  case tooLarge = "regex.too-large"
  case unmatchedParenthesis = "regex.unmatched-parenthesis"
  case nestedTooDeeply = "regex.nested-too-deeply"
  case unknownGroup = "regex.unknown-group"
  case nothingToRepeat = "regex.nothing-to-repeat"
  case groupNotClosed = "regex.group-not-closed"
  case groupNameCharacter = "regex.group-name-character"
  case groupNameNotClosed = "regex.group-name-not-closed"
  case repetitionOrder = "regex.repetition-order"
  case notAQuantifier = "regex.not-a-quantifier"
  case repetitionTooLarge = "regex.repetition-too-large"
  case loneBackslash = "regex.lone-backslash"
  case controlLetter = "regex.control-letter"
  case octal = "regex.octal"
  case backreference = "regex.backreference"
  case hexTwo = "regex.hex-two"
  case invalidEscape = "regex.invalid-escape"
  case aboveMaximum = "regex.above-maximum"
  case braceDigits = "regex.brace-digits"
  case hexFour = "regex.hex-four"
  case propertyBrace = "regex.property-brace"
  case propertyNotClosed = "regex.property-not-closed"
  case unknownProperty = "regex.unknown-property"
  case classNotClosed = "regex.class-not-closed"
  case classEscapeInRange = "regex.class-escape-in-range"
  case rangeOrder = "regex.range-order"

  public var texts: Texts {
    switch self {
    case .tooLarge:
      Texts(
        en: "the pattern is too large once its repetitions are expanded",
        nl: "het patroon wordt te groot als de herhalingen uitgeschreven worden")
    case .unmatchedParenthesis:
      Texts(en: "unmatched `)` at position {1}", nl: "`)` zonder bijbehorende `(` op positie {1}")
    case .nestedTooDeeply: Texts(en: "groups are nested too deeply", nl: "groepen zijn te diep genest")
    case .unknownGroup:
      Texts(
        en: "`(?` at position {1} starts an unknown group (inline flags such as `(?i)` are not part of ECMA-262)",
        nl: "`(?` op positie {1} begint een onbekende groep (vlaggen zoals `(?i)` horen niet bij ECMA-262)")
    case .nothingToRepeat:
      Texts(en: "{1} at position {2} has nothing to repeat", nl: "{1} op positie {2} heeft niets om te herhalen")
    case .groupNotClosed:
      Texts(
        en: "the group opened before position {1} is missing `)`",
        nl: "de groep die voor positie {1} begint, mist `)`")
    case .groupNameCharacter:
      Texts(en: "invalid character {1} in a group name", nl: "ongeldig teken {1} in een groepsnaam")
    case .groupNameNotClosed:
      Texts(en: "a group name is missing its closing `>`", nl: "een groepsnaam mist de afsluitende `>`")
    case .repetitionOrder:
      Texts(
        en: "the repetition {1} has its numbers in the wrong order",
        nl: "de herhaling {1} heeft haar getallen in de verkeerde volgorde")
    case .notAQuantifier:
      Texts(en: "this is not a repetition such as `{{2,5}}`", nl: "dit is geen herhaling zoals `{{2,5}}`")
    case .repetitionTooLarge:
      Texts(
        en: "repetition counts above {1} are not supported",
        nl: "herhalingen van meer dan {1} keer worden niet ondersteund")
    case .loneBackslash:
      Texts(en: "the pattern ends with a lone `\\`", nl: "het patroon eindigt op een losse `\\`")
    case .controlLetter: Texts(en: "`\\c` must be followed by a letter", nl: "na `\\c` moet een letter komen")
    case .octal:
      Texts(en: "octal escapes such as {1} are not allowed", nl: "octale escapes zoals {1} zijn niet toegestaan")
    case .backreference:
      Texts(
        en: "backreferences ({1} at position {2}) are not supported",
        nl: "terugverwijzingen ({1} op positie {2}) worden niet ondersteund")
    case .hexTwo: Texts(en: "`\\x` needs two hexadecimal digits", nl: "na `\\x` moeten twee hexadecimale cijfers komen")
    case .invalidEscape:
      Texts(en: "{1} at position {2} is not a valid escape", nl: "{1} op positie {2} is geen geldige escape")
    case .aboveMaximum: Texts(en: "`\\u{{…}}` is above U+10FFFF", nl: "`\\u{{…}}` ligt boven U+10FFFF")
    case .braceDigits:
      Texts(
        en: "`\\u{{` needs hexadecimal digits and `}}`",
        nl: "na `\\u{{` moeten hexadecimale cijfers en `}}` komen")
    case .hexFour: Texts(en: "`\\u` needs four hexadecimal digits", nl: "na `\\u` moeten vier hexadecimale cijfers komen")
    case .propertyBrace:
      Texts(en: "`\\p` must be followed by `{{Property}}`", nl: "na `\\p` moet `{{Eigenschap}}` komen")
    case .propertyNotClosed:
      Texts(en: "`\\p{{` is missing its closing `}}`", nl: "`\\p{{` mist de afsluitende `}}`")
    case .unknownProperty:
      Texts(en: "{1} is not a supported Unicode property", nl: "{1} is geen ondersteunde Unicode-eigenschap")
    case .classNotClosed:
      Texts(
        en: "a character class `[` is missing its closing `]`",
        nl: "een tekenklasse `[` mist de afsluitende `]`")
    case .classEscapeInRange:
      Texts(
        en: "a class escape such as `\\d` cannot be the end of a range",
        nl: "een klasse-escape zoals `\\d` kan niet het einde van een bereik zijn")
    case .rangeOrder:
      Texts(
        en: "the range in a character class is out of order",
        nl: "het bereik in een tekenklasse staat in de verkeerde volgorde")
    }
  }
}
