/// What an officer reads when submitting, correcting and checking their own files (`submit`, `status`).
public enum OfficerText: String, MessageEntry {
  case amendNoBranch = "officer.amend.no-branch"
  case amendNothing = "officer.amend.nothing"
  case amendMerged = "officer.amend.merged"
  case amendMerge = "officer.amend.merge-commit"
  case amendNeedsFiles = "officer.amend.needs-change"
  case mainBranch = "officer.main-branch"
  case committed = "officer.committed"
  case committedNewBranch = "officer.committed.new-branch"
  case committedExisting = "officer.committed.existing-branch"
  case amended = "officer.amended"
  case profileAdded = "officer.profile-added"
  case workingTreeKept = "officer.working-tree-kept"
  case nextNewBranch = "officer.next.new-branch"
  case nextExistingBranch = "officer.next.existing-branch"
  case nextForcePush = "officer.next.force-push"
  case nextCurrentBranch = "officer.next.current-branch"
  case afterReview = "officer.after-review"
  case mergedBefore = "officer.merged-before"
  case newWrote = "officer.new.wrote"
  case newProfileMissing = "officer.new.profile-missing"
  case newNext = "officer.new.next"
  case newProfileNext = "officer.new.profile-next"
  case newCheck = "officer.new.check"
  case newProfileComesAlong = "officer.new.profile-comes-along"

  public var texts: Texts {
    switch self {
    case .amendNoBranch:
      Texts(
        en: "there is no branch {1} to amend: submit without --amend to start it",
        nl: "er is geen branch {1} om aan te passen: dien in zonder --amend om hem te beginnen")
    case .amendNothing:
      Texts(
        en: "the branch {1} has no commit yet, so there is nothing to amend: submit without --amend",
        nl: "de branch {1} heeft nog geen commit, dus er is niets aan te passen: dien in zonder --amend")
    case .amendMerged:
      Texts(
        en: "the last commit {1} of {2} is on the main branch already (it was merged), so it cannot be replaced: "
          + "submit without --amend to add a commit with the correction",
        nl: "de laatste commit {1} van {2} staat al op de hoofdbranch (hij is samengevoegd), dus hij kan niet meer "
          + "vervangen worden: dien in zonder --amend om een commit met de correctie toe te voegen")
    case .amendMerge:
      Texts(
        en: "the last commit {1} of {2} is a merge, which casebook does not replace: submit without --amend to add "
          + "a commit with the correction",
        nl: "de laatste commit {1} van {2} is een samenvoeging, die casebook niet vervangt: dien in zonder --amend "
          + "om een commit met de correctie toe te voegen")
    case .amendNeedsFiles:
      Texts(
        en: "the files and the message are as the last commit {1} has them: there is nothing to amend",
        nl: "de bestanden en de beschrijving zijn zoals de laatste commit {1} ze heeft: er is niets aan te passen")
    case .mainBranch:
      Texts(
        en: "{1} is the catalogue's main branch: a submission goes on a branch of its own (--branch alone names "
          + "one) and reaches {1} through a pull request or merge request",
        nl: "{1} is de hoofdbranch van de catalogus: een inzending komt op een eigen branch (--branch zonder naam "
          + "kiest er een) en komt via een pull request of merge request op {1}")
    case .committed:
      Texts(en: "Committed {1} on {2} as {3}:", nl: "Commit {1} staat op {2}, gemaakt door {3}:")
    case .committedNewBranch:
      Texts(en: "Committed {1} on the new branch {2} as {3}:", nl: "Commit {1} staat op de nieuwe branch {2}, gemaakt door {3}:")
    case .committedExisting:
      Texts(
        en: "Added commit {1} to the branch {2} as {3} (the branch now has {4} commits of its own):",
        nl: "Commit {1} is toegevoegd aan de branch {2}, gemaakt door {3} (de branch heeft nu {4} eigen commits):")
    case .amended:
      Texts(
        en: "Replaced commit {1} on {2} by {3}, as {4}:",
        nl: "Commit {1} op {2} is vervangen door {3}, gemaakt door {4}:")
    case .profileAdded:
      Texts(
        en: "{1} came along: a municipality's first submission brings its profile with it.",
        nl: "{1} is meegestuurd: de eerste inzending van een gemeente neemt haar profiel mee.")
    case .workingTreeKept:
      Texts(
        en: "Your branch {1}, the index and your files are as they were. Your copies stay in your folder; on {1}, "
          + "git lists new ones as untracked (`??`): that is expected, they are safe in the commit.",
        nl: "Je branch {1}, de index en je bestanden zijn zoals ze waren. Je eigen kopieën blijven in je map; op "
          + "{1} toont git nieuwe bestanden als niet gevolgd (`??`): dat hoort zo, ze staan veilig in de commit.")
    case .nextNewBranch:
      Texts(
        en: "Next: send the branch, then open a pull request (GitHub) or merge request (GitLab) for it:",
        nl: "Volgende stap: verstuur de branch en open er een pull request (GitHub) of merge request (GitLab) voor:")
    case .nextExistingBranch:
      Texts(
        en: "Next: send the new commit; an open pull request or merge request for {1} shows it at once:",
        nl: "Volgende stap: verstuur de nieuwe commit; een open pull request of merge request voor {1} toont hem meteen:")
    case .nextForcePush:
      Texts(
        en: "Next: {1} was sent before, so send the replacement with --force-with-lease (it refuses if someone "
          + "else changed the branch meanwhile):",
        nl: "Volgende stap: {1} is al eerder verstuurd, dus verstuur de vervanging met --force-with-lease (dat "
          + "weigert als iemand anders de branch intussen veranderde):")
    case .nextCurrentBranch:
      Texts(
        en: "Next: send it with `git push` (or open a pull request, if the catalogue asks for those).",
        nl: "Volgende stap: verstuur hem met `git push` (of open een pull request, als de catalogus daarom vraagt).")
    case .afterReview:
      Texts(
        en: "Changes asked for after review? Edit the file and run the same command again: it adds a commit to {1}. "
          + "With --amend it replaces the last commit instead, as long as that is not merged.",
        nl: "Wijzigingen gevraagd na beoordeling? Pas het bestand aan en voer dezelfde opdracht nog eens uit: dat "
          + "voegt een commit toe aan {1}. Met --amend vervangt hij de laatste commit, zolang die niet is samengevoegd.")
    case .mergedBefore:
      Texts(
        en: "The branch's earlier commits are on the main branch already: open a new pull request or merge request "
          + "for this one.",
        nl: "De eerdere commits van de branch staan al op de hoofdbranch: open een nieuwe pull request of merge "
          + "request voor deze.")
    case .newWrote: Texts(en: "Wrote {1}", nl: "{1} is geschreven")
    case .newProfileMissing:
      Texts(
        en: "{1} is new to the catalogue: write its profile too, with your e-mail address under maintainers:\n"
          + "  casebook new municipality --municipality {1} --title \"Name of the municipality\"\n"
          + "`casebook submit` sends the profile along with this file.",
        nl: "{1} is nieuw in de catalogus: schrijf ook het profiel, met je e-mailadres onder maintainers:\n"
          + "  casebook new municipality --municipality {1} --title \"Naam van de gemeente\"\n"
          + "`casebook submit` stuurt het profiel mee met dit bestand.")
    case .newNext:
      Texts(
        en: "Next: replace every text that starts with TODO (an editor with the YAML extension explains each "
          + "field), then check the file and submit it on a branch of its own:",
        nl: "Volgende stap: vervang elke tekst die met TODO begint (een editor met de YAML-extensie legt elk veld "
          + "uit), controleer dan het bestand en dien het in op een eigen branch:")
    case .newProfileNext:
      Texts(
        en: "A new municipality's profile goes in with its first case or policy: when you submit that file, "
          + "`casebook submit` sends the profile along. No case written yet? Start one with:\n"
          + "  casebook new case --municipality {1} --title \"What you did\"",
        nl: "Het profiel van een nieuwe gemeente gaat mee met haar eerste casus of beleid: als je dat bestand "
          + "indient, stuurt `casebook submit` het profiel mee. Nog geen casus geschreven? Begin er een met:\n"
          + "  casebook new case --municipality {1} --title \"Wat je deed\"")
    case .newCheck:
      Texts(
        en: "Next: replace every text that starts with TODO (an editor with the YAML extension explains each "
          + "field), then check the file:",
        nl: "Volgende stap: vervang elke tekst die met TODO begint (een editor met de YAML-extensie legt elk veld "
          + "uit) en controleer dan het bestand:")
    case .newProfileComesAlong:
      Texts(
        en: "{1} is new to the catalogue: its profile {2} goes along when you submit this file.",
        nl: "{1} is nieuw in de catalogus: het profiel {2} gaat mee als je dit bestand indient.")
    }
  }
}
