/// What `casebook migrate` and the schema-version checks say: versions, deprecated fields, and why a file
/// cannot be brought up to date in place.
public enum MigrationText: String, MessageEntry {
  case versionNewer = "migration.version-newer"
  case versionUnread = "migration.version-unread"
  case olderMarked = "migration.older-marked"
  case olderUnmarked = "migration.older-unmarked"
  case deprecated = "migration.deprecated"
  case deprecatedUse = "migration.deprecated-use"
  case deprecatedDescribed = "migration.deprecated-described"
  case renameBoth = "migration.rename-both"
  case moveTargetExists = "migration.move-target-exists"
  case moveIntoNonMapping = "migration.move-into-non-mapping"
  case unusualLayout = "migration.unusual-layout"
  case listItemSplit = "migration.list-item-split"
  case notBlockEntry = "migration.not-block-entry"
  case notBlockMapping = "migration.not-block-mapping"
  case cannotMoveInPlace = "migration.cannot-move-in-place"
  case cannotAddVersion = "migration.cannot-add-version"
  case afterMigration = "migration.after-migration"
  case failed = "migration.failed"
  case versionNotOlder = "migration.versions.not-older"
  case versionTwice = "migration.versions.twice"
  case stepUnusable = "migration.versions.step-unusable"
  case unmarkedUnknown = "migration.versions.unmarked-unknown"
  case ruleFixed = "rules-config.fixed"
  case ruleUnknown = "rules-config.unknown"
  case ruleUnknownDidYouMean = "rules-config.unknown-did-you-mean"
  case pathNeverMatches = "rules-config.path-never-matches"

  public var texts: Texts {
    switch self {
    case .versionNewer:
      Texts(
        en: "{1} is newer than this catalogue's schema (version {2}, schema/versions.yaml): write the file for "
          + "version {2}, or update schema/ first",
        nl: "{1} is nieuwer dan het schema van deze catalogus (versie {2}, schema/versions.yaml): schrijf het "
          + "bestand voor versie {2}, of werk eerst schema/ bij")
    case .versionUnread:
      Texts(
        en: "{1} is a version this catalogue does not read (it reads {2}): write the file for version {3}",
        nl: "{1} is een versie die deze catalogus niet leest (wel: {2}): schrijf het bestand voor versie {3}")
    case .olderMarked:
      Texts(
        en: "this file was written for version {1} of the catalogue schema; version {2} is current: run {3} to "
          + "bring it up to date",
        nl: "dit bestand is geschreven voor versie {1} van het catalogusschema; versie {2} is de huidige: voer {3} "
          + "uit om het bij te werken")
    case .olderUnmarked:
      Texts(
        en: "this file does not say which schema version it was written for ({4}), so it is read as version {1}; "
          + "version {2} is current: run {3} to bring it up to date",
        nl: "dit bestand zegt niet voor welke schemaversie het geschreven is ({4}), dus het wordt gelezen als versie "
          + "{1}; versie {2} is de huidige: voer {3} uit om het bij te werken")
    case .deprecated:
      Texts(
        en: "{1} is deprecated; `casebook migrate` moves it once the schema's migration steps say where",
        nl: "{1} is verouderd; `casebook migrate` verplaatst het zodra de migratiestappen van het schema zeggen waarheen")
    case .deprecatedUse:
      Texts(
        en: "{1} is deprecated: use {2} instead; `casebook migrate` moves it once the schema's migration steps say "
          + "where",
        nl: "{1} is verouderd: gebruik voortaan {2}; `casebook migrate` verplaatst het zodra de migratiestappen van "
          + "het schema zeggen waarheen")
    case .deprecatedDescribed:
      Texts(
        en: "{1} is deprecated ({2}); `casebook migrate` moves it once the schema's migration steps say where",
        nl: "{1} is verouderd ({2}); `casebook migrate` verplaatst het zodra de migratiestappen van het schema "
          + "zeggen waarheen")
    case .renameBoth:
      Texts(
        en: "both {1} and {2} are here, and {1} is renamed to {2}: keep one of them",
        nl: "{1} en {2} staan hier allebei, en {1} wordt hernoemd tot {2}: houd er een van over")
    case .moveTargetExists:
      Texts(
        en: "{1} is already there, and {2} is moved to it: keep one of them",
        nl: "{1} bestaat al, en {2} wordt daarheen verplaatst: houd er een van over")
    case .moveIntoNonMapping:
      Texts(
        en: "{1} is not a mapping, so {2} cannot move into it",
        nl: "{1} is geen groep velden, dus {2} kan er niet heen verplaatst worden")
    case .unusualLayout:
      Texts(
        en: "this file cannot be migrated in place (its layout is unusual here); edit it by hand as "
          + "schema/versions.yaml describes",
        nl: "dit bestand kan niet ter plekke gemigreerd worden (de opmaak is hier ongewoon); pas het met de hand "
          + "aan zoals schema/versions.yaml beschrijft")
    case .listItemSplit:
      Texts(
        en: "the list item at {1} cannot be split in place",
        nl: "het lijstelement op {1} kan niet ter plekke gesplitst worden")
    case .notBlockEntry:
      Texts(
        en: "{1} is not written as a block mapping entry, so it cannot be moved in place",
        nl: "{1} is niet geschreven als veld op een eigen regel, dus het kan niet ter plekke verplaatst worden")
    case .notBlockMapping:
      Texts(
        en: "{1} is not a block mapping, so nothing can be moved into it",
        nl: "{1} is geen groep velden op eigen regels, dus er kan niets naartoe verplaatst worden")
    case .cannotMoveInPlace:
      Texts(
        en: "{1} cannot be moved in place to {2}",
        nl: "{1} kan niet ter plekke naar {2} verplaatst worden")
    case .cannotAddVersion:
      Texts(
        en: "{1} cannot be added in place: add {2} by hand",
        nl: "{1} kan niet ter plekke toegevoegd worden: voeg {2} met de hand toe")
    case .afterMigration:
      Texts(
        en: "after migration: {1} (the file was left as it is)",
        nl: "na de migratie: {1} (het bestand is gelaten zoals het was)")
    case .failed: Texts(en: "the migration step failed: {1}", nl: "de migratiestap is mislukt: {1}")
    case .versionNotOlder:
      Texts(
        en: "version {1} is not older than the current version {2}",
        nl: "versie {1} is niet ouder dan de huidige versie {2}")
    case .versionTwice:
      Texts(
        en: "version {1} is listed twice: merge its steps into one entry",
        nl: "versie {1} staat er twee keer: voeg de stappen samen in een item")
    case .stepUnusable:
      Texts(
        en: "this step cannot be used: write `rename: /path` with `to: name`, `move: /path` with `to: /other/path` "
          + "(sharing the list parts `*` of the first path, neither inside the other), `values: /path` with `map`, "
          + "or `split: /path` with `value` and `into`, each with `kinds`",
        nl: "deze stap is onbruikbaar: schrijf `rename: /pad` met `to: naam`, `move: /pad` met `to: /ander/pad` "
          + "(met dezelfde lijstdelen `*` als het eerste pad, geen van beide binnen het andere), `values: /pad` met "
          + "`map`, of `split: /pad` met `value` en `into`, elk met `kinds`")
    case .unmarkedUnknown:
      Texts(
        en: "{1} is neither the current version nor one of the older ones listed",
        nl: "{1} is niet de huidige versie en ook geen van de oudere die erbij staan")
    case .ruleFixed:
      Texts(
        en: "{1} cannot be configured: {2}; remove this entry",
        nl: "{1} is niet instelbaar: {2}; verwijder dit item")
    case .ruleUnknown:
      Texts(
        en: "{1} is not a rule id; `casebook rules` lists them",
        nl: "{1} is geen regel-id; `casebook rules` toont ze allemaal")
    case .ruleUnknownDidYouMean:
      Texts(
        en: "{1} is not a rule id (did you mean {2}?); `casebook rules` lists them",
        nl: "{1} is geen regel-id (bedoelt u {2}?); `casebook rules` toont ze allemaal")
    case .pathNeverMatches:
      Texts(
        en: "the path pattern {1} can never match: write it from the repository root without a leading `/`, empty "
          + "parts, `.` or `..`, such as `cases/be/**`",
        nl: "het padpatroon {1} kan nooit passen: schrijf het vanaf de hoofdmap van de repository, zonder `/` aan het "
          + "begin, lege delen, `.` of `..`, bijvoorbeeld `cases/be/**`")
    }
  }
}
