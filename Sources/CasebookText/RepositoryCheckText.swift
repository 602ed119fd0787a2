
/// What the checks of pushed history find (`git.*` repository hygiene, `access.*` who may change what).
public enum RepositoryCheckText: String, MessageEntry {
  case commitLabel = "history.commit-label"
  case adds = "history.adds"
  case deletes = "history.deletes"
  case changes = "history.changes"
  case problem = "history.problem"
  case whichAdds = "history.which-adds"
  case whichDeletes = "history.which-deletes"
  case whichChanges = "history.which-changes"
  case comparedWithBase = "history.compared-with-base"
  case symlink = "git.symlink"
  case submodule = "git.submodule"
  case notAFile = "git.not-a-file"
  case layout = "git.layout"
  case tooLarge = "git.too-large"
  case nulBytes = "git.binary.nul"
  case notUTF8 = "git.binary.not-utf8"
  case steward = "access.steward"
  case municipality = "access.municipality"
  case newMunicipality = "access.new-municipality"
  case nobody = "access.nobody"
  case andMore = "access.and-more"

  public var texts: Texts {
    switch self {
    case .commitLabel: Texts(en: "commit {1} “{2}”", nl: "commit {1} “{2}”")
    case .adds: Texts(en: "{1} adds this file", nl: "{1} voegt dit bestand toe")
    case .deletes: Texts(en: "{1} deletes this file", nl: "{1} verwijdert dit bestand")
    case .changes: Texts(en: "{1} changes this file", nl: "{1} wijzigt dit bestand")
    case .problem: Texts(en: "{1}: {2}", nl: "{1}: {2}")
    case .whichAdds: Texts(en: "which adds this file", nl: "die dit bestand toevoegt")
    case .whichDeletes: Texts(en: "which deletes this file", nl: "die dit bestand verwijdert")
    case .whichChanges: Texts(en: "which changes this file", nl: "die dit bestand wijzigt")
    case .comparedWithBase: Texts(en: "{1} compared with the base {2}", nl: "{1} ten opzichte van de basis {2}")
    case .symlink:
      Texts(
        en: "symbolic links are not allowed in the catalogue; commit the file itself",
        nl: "symbolische koppelingen horen niet in de catalogus; commit het bestand zelf")
    case .submodule:
      Texts(
        en: "submodules are not allowed in the catalogue; add the files themselves",
        nl: "submodules horen niet in de catalogus; voeg de bestanden zelf toe")
    case .notAFile:
      Texts(en: "only plain files are allowed in the catalogue", nl: "alleen gewone bestanden horen in de catalogus")
    case .layout:
      Texts(en: "it is outside the catalogue's layout ({1})", nl: "het staat buiten de indeling van de catalogus ({1})")
    case .tooLarge:
      Texts(
        en: "it has {1} bytes, more than the limit of {2} per file",
        nl: "het heeft {1} bytes, meer dan de grens van {2} per bestand")
    case .nulBytes:
      Texts(
        en: "it contains NUL bytes (a binary file); the catalogue holds UTF-8 text only",
        nl: "het bevat NUL-bytes (een binair bestand); de catalogus bevat alleen UTF-8-tekst")
    case .notUTF8:
      Texts(
        en: "it is not valid UTF-8 text (a binary file, or text in another encoding); save it as UTF-8",
        nl: "het is geen geldige UTF-8-tekst (een binair bestand, of tekst in een andere codering); sla het op als "
          + "UTF-8")
    case .steward:
      Texts(
        en: "{1}, but only the stewards may change schema/ and the files outside the municipality folders: {2} "
          + "(schema/stewards.yaml at the base); it is pushed by {3}",
        nl: "{1}, maar alleen de catalogusbeheerders mogen schema/ en de bestanden buiten de gemeentemappen "
          + "wijzigen: {2} (schema/stewards.yaml in de basis); {3} pusht het")
    case .municipality:
      Texts(
        en: "{1}, but only the maintainers of {2} may change its folder: {3} (its municipality.yaml at the base); "
          + "it is pushed by {4}",
        nl: "{1}, maar alleen de beheerders van {2} mogen de map wijzigen: {3} (de municipality.yaml in de basis); "
          + "{4} pusht het")
    case .newMunicipality:
      Texts(
        en: "{1} in the new municipality folder {2}, but {3}, who pushes it, is not listed under maintainers in {4}: "
          + "whoever creates a municipality's folder must list themselves as its maintainer",
        nl: "{1} in de nieuwe gemeentemap {2}, maar {3}, die het pusht, staat niet bij de beheerders (maintainers) "
          + "in {4}: wie de map van een gemeente aanmaakt, moet zichzelf als beheerder vermelden")
    case .nobody: Texts(en: "nobody is listed", nl: "er staat niemand vermeld")
    case .andMore: Texts(en: "{1} and {2} more", nl: "{1} en nog {2}")
    }
  }
}
