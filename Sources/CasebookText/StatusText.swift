/// `casebook status`: an officer's own municipalities and where their files stand.
public enum StatusText: String, MessageEntry {
  case heading = "status.heading"
  case noMunicipality = "status.no-municipality"
  case municipality = "status.municipality"
  case municipalityNew = "status.municipality.new"
  case nothingToDo = "status.nothing-to-do"
  case unchanged = "status.unchanged"
  case folderErrors = "status.folder-errors"
  case columnFile = "status.column.file"
  case columnState = "status.column.state"
  case columnCheck = "status.column.check"
  case columnSubmitted = "status.column.submitted"
  case stateNew = "status.state.new"
  case stateChanged = "status.state.changed"
  case stateDeleted = "status.state.deleted"
  case stateUnchanged = "status.state.unchanged"
  case checkPasses = "status.check.passes"
  case checkErrors = "status.check.errors"
  case checkWarnings = "status.check.warnings"
  case checkNone = "status.check.none"
  case notSubmitted = "status.not-submitted"
  case onBranch = "status.on-branch"
  case copyChanged = "status.copy-changed"
  case pushNotSent = "status.push.not-sent"
  case pushSent = "status.push.sent"
  case pushNewCommits = "status.push.new-commits"
  case pushRemoteAhead = "status.push.remote-ahead"
  case pushDiverged = "status.push.diverged"
  case merged = "status.merged"
  case nextSubmit = "status.next.submit"
  case nextFix = "status.next.fix"

  public var texts: Texts {
    switch self {
    case .heading: Texts(en: "{1} <{2}>, on branch {3}", nl: "{1} <{2}>, op branch {3}")
    case .noMunicipality:
      Texts(
        en: "{1} is not among the maintainers of any municipality in this catalogue. A municipality's "
          + "municipality.yaml lists who maintains it; for a new municipality, start with "
          + "`casebook new municipality --municipality cc/name --title \"Name\"`.",
        nl: "{1} staat bij geen enkele gemeente in deze catalogus onder maintainers. Het bestand "
          + "municipality.yaml van een gemeente noemt wie haar bijhoudt; begin voor een nieuwe gemeente met "
          + "`casebook new municipality --municipality land/naam --title \"Naam\"`.")
    case .municipality: Texts(en: "{1} ({2})", nl: "{1} ({2})")
    case .municipalityNew: Texts(en: "{1} ({2}), new to the catalogue", nl: "{1} ({2}), nieuw in de catalogus")
    case .nothingToDo:
      Texts(
        en: "Everything is in the catalogue as it is in your folder.",
        nl: "Alles staat in de catalogus zoals het in je map staat.")
    case .unchanged:
      Texts(en: "Files in the catalogue as they are in your folder: {1}", nl: "Bestanden in de catalogus zoals ze in je map staan: {1}")
    case .folderErrors:
      Texts(
        en: "The folder itself has problems: `casebook validate {1}` shows them.",
        nl: "De map zelf heeft problemen: `casebook validate {1}` toont ze.")
    case .columnFile: Texts(en: "FILE", nl: "BESTAND")
    case .columnState: Texts(en: "STATE", nl: "STAAT")
    case .columnCheck: Texts(en: "CHECK", nl: "CONTROLE")
    case .columnSubmitted: Texts(en: "SUBMITTED", nl: "INGEDIEND")
    case .stateNew: Texts(en: "new", nl: "nieuw")
    case .stateChanged: Texts(en: "changed", nl: "gewijzigd")
    case .stateDeleted: Texts(en: "deleted", nl: "verwijderd")
    case .stateUnchanged: Texts(en: "in the catalogue", nl: "in de catalogus")
    case .checkPasses: Texts(en: "passes", nl: "in orde")
    case .checkErrors: Texts(en: "errors: {1}", nl: "fouten: {1}")
    case .checkWarnings: Texts(en: "passes, warnings: {1}", nl: "in orde, waarschuwingen: {1}")
    case .checkNone: Texts(en: "-", nl: "-")
    case .notSubmitted: Texts(en: "not yet", nl: "nog niet")
    case .onBranch: Texts(en: "{1} ({2})", nl: "{1} ({2})")
    case .copyChanged:
      Texts(en: "{1} ({2}; your copy changed since)", nl: "{1} ({2}; je kopie is sindsdien gewijzigd)")
    case .pushNotSent: Texts(en: "not sent", nl: "niet verstuurd")
    case .pushSent: Texts(en: "sent", nl: "verstuurd")
    case .pushNewCommits: Texts(en: "new commits not sent", nl: "nieuwe commits niet verstuurd")
    case .pushRemoteAhead: Texts(en: "the remote has more", nl: "de server heeft meer")
    case .pushDiverged: Texts(en: "differs from what was sent", nl: "wijkt af van wat verstuurd is")
    case .merged: Texts(en: "merged", nl: "samengevoegd")
    case .nextSubmit:
      Texts(
        en: "Submit a new or changed file (again) with: casebook submit FILE -m \"What you add or change\" --branch",
        nl: "Dien een nieuw of gewijzigd bestand (opnieuw) in met: casebook submit BESTAND -m \"Wat je toevoegt of "
          + "wijzigt\" --branch")
    case .nextFix:
      Texts(
        en: "A file with errors cannot be submitted: `casebook validate FILE` shows what to fix.",
        nl: "Een bestand met fouten kan niet worden ingediend: `casebook validate BESTAND` toont wat je moet herstellen.")
    }
  }
}
