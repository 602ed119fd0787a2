
/// What the server's guard says about a push (`push.*` and the guard's `access.*` findings), and the words of
/// `casebook guard pre-receive`, which git shows to the pusher as `remote: …` lines.
public enum GuardText: String, MessageEntry {
  case mergeTakes = "guard.merge-takes"
  case pushedResult = "guard.pushed-result"
  case dropsCommit = "guard.drops-commit"
  case rewriting = "guard.rewriting"
  case deleting = "guard.deleting"
  case noStewards = "guard.no-stewards"
  case lookAlike = "guard.look-alike"
  case lookAlikeNamed = "guard.look-alike-named"
  case unsafePath = "guard.unsafe-path"
  case noProtectedBranch = "guard.no-protected-branch"
  case proposal = "guard.proposal"
  case namespace = "guard.namespace"
  case refName = "guard.ref-name"
  case tag = "guard.tag"
  case deleteProtected = "guard.delete-protected"
  case force = "guard.force"
  case firstPush = "guard.first-push"
  case notACommit = "guard.not-a-commit"
  case tooManyRefs = "guard.too-many-refs"
  case grafts = "guard.grafts"
  case refNew = "guard.ref-new"
  case refDeleted = "guard.ref-deleted"
  case refUpdated = "guard.ref-updated"
  case refused = "guard.refused"
  case accepted = "guard.accepted"
  case noVariable = "guard.no-variable"
  case variableUnset = "guard.variable-unset"
  case conflictingVariables = "guard.conflicting-variables"
  case unknownName = "guard.unknown-name"
  case ambiguousName = "guard.ambiguous-name"
  case malformedActorsLine = "guard.malformed-actors-line"
  case unreadableActors = "guard.unreadable-actors"
  case malformedInput = "guard.malformed-input"
  case protectedBranchSetting = "guard.protected-branch-setting"
  case proposalRefsSetting = "guard.proposal-refs-setting"
  case numberSetting = "guard.number-setting"
  case inputTooLarge = "guard.input-too-large"
  case pushRefusedBecause = "guard.push-refused-because"
  case checking = "guard.checking"
  case reference = "guard.reference"
  case references = "guard.references"
  case newCommit = "guard.new-commit"
  case newCommits = "guard.new-commits"
  case verdict = "guard.verdict"
  case verdictWithCommits = "guard.verdict-with-commits"
  case atTip = "guard.at-tip"
  case pushRefused = "guard.push-refused"
  case helpGuard = "guard.help"
  case helpPreReceive = "guard.help.pre-receive"
  case helpPreReceiveDiscussion = "guard.help.pre-receive.discussion"

  public var texts: Texts {
    switch self {
    case .mergeTakes:
      Texts(
        en: "{1} (a merge that takes the version of parent {2}, which the base has since changed: merge the current "
          + "base instead)",
        nl: "{1} (een merge die de versie van ouder {2} neemt, die de basis sindsdien veranderd heeft: merge in "
          + "plaats daarvan de huidige basis)")
    case .pushedResult: Texts(en: "the pushed result, {1},", nl: "het gepushte resultaat, {1},")
    case .dropsCommit: Texts(en: "{1} {2} drops its commit {3}, {4}", nl: "{1} {2} laat de commit {3} vallen, {4}")
    case .rewriting: Texts(en: "rewriting", nl: "herschrijven van")
    case .deleting: Texts(en: "deleting", nl: "verwijderen van")
    case .noStewards:
      Texts(
        en: "{1} leaves schema/stewards.yaml without any steward, so nobody could change schema/ any more: keep at "
          + "least one e-mail address under stewards",
        nl: "{1} laat schema/stewards.yaml zonder catalogusbeheerder achter, zodat niemand schema/ nog kan "
          + "wijzigen: houd minstens één e-mailadres onder stewards")
    case .lookAlike:
      Texts(
        en: "{1}: the municipality {2} can be mistaken for {3} (“{4}”); a municipality whose name or folder looks "
          + "like another's is added only by a steward: ask {5}",
        nl: "{1}: de gemeente {2} is te verwarren met {3} (“{4}”); een gemeente waarvan de naam of map op die van "
          + "een andere lijkt, wordt alleen door een catalogusbeheerder toegevoegd: vraag het aan {5}")
    case .lookAlikeNamed:
      Texts(
        en: "{1}: the municipality {2} (named “{6}”) can be mistaken for {3} (“{4}”); a municipality whose name or "
          + "folder looks like another's is added only by a steward: ask {5}",
        nl: "{1}: de gemeente {2} (met de naam “{6}”) is te verwarren met {3} (“{4}”); een gemeente waarvan de naam "
          + "of map op die van een andere lijkt, wordt alleen door een catalogusbeheerder toegevoegd: vraag het aan "
          + "{5}")
    case .unsafePath:
      Texts(
        en: "its path has the part {1}, which git, terminals or file systems treat specially (an empty name, `.`, "
          + "`..`, a name git reads as `.git`, a backslash, a control character or bytes that are not UTF-8); "
          + "rename it",
        nl: "het pad heeft het deel {1}, dat git, terminals of bestandssystemen bijzonder behandelen (een lege "
          + "naam, `.`, `..`, een naam die git als `.git` leest, een backslash, een stuurteken of bytes die geen "
          + "UTF-8 zijn); hernoem het")
    case .noProtectedBranch:
      Texts(
        en: "the catalogue's branch {1} does not exist on the server yet: push it first, on its own (it is checked "
          + "against the stewards it lists)",
        nl: "de branch {1} van de catalogus bestaat nog niet op de server: push die eerst, apart (ze wordt "
          + "gecontroleerd tegen de catalogusbeheerders die erin staan)")
    case .proposal: Texts(en: "a proposal under {1}", nl: "een voorstel onder {1}")
    case .namespace:
      Texts(
        en: "only branches (refs/heads/) and tags (refs/tags/) may be pushed; other references, such as replace "
          + "references, are the stewards' ({1}); it is pushed by {2}",
        nl: "alleen branches (refs/heads/) en tags (refs/tags/) mogen gepusht worden; andere referenties, zoals "
          + "replace-referenties, zijn voor de catalogusbeheerders ({1}); {2} pusht het")
    case .refName:
      Texts(
        en: "{1} can be mistaken for the catalogue's branch {2} (or for HEAD): such names are the stewards' ({3}); "
          + "choose another name",
        nl: "{1} is te verwarren met de branch {2} van de catalogus (of met HEAD): zulke namen zijn voor de "
          + "catalogusbeheerders ({3}); kies een andere naam")
    case .tag:
      Texts(
        en: "tags mark the catalogue's releases: only the stewards create, move or delete them ({1}); it is pushed "
          + "by {2}",
        nl: "tags markeren de uitgaven van de catalogus: alleen de catalogusbeheerders maken, verplaatsen of "
          + "verwijderen ze ({1}); {2} pusht het")
    case .deleteProtected:
      Texts(
        en: "{1} is the catalogue's branch and is never deleted (whoever pushed it next would set the rules); a "
          + "steward may rewrite it with a force push ({2})",
        nl: "{1} is de branch van de catalogus en wordt nooit verwijderd (wie haar daarna pusht, zou de regels "
          + "bepalen); een catalogusbeheerder mag haar herschrijven met een force push ({2})")
    case .force:
      Texts(
        en: "the push rewrites the history of {1} ({2} is not an ancestor of {3}), which would drop accepted work: "
          + "fetch, merge or rebase onto {1} and push again; only the stewards may rewrite it ({4})",
        nl: "de push herschrijft de geschiedenis van {1} ({2} is geen voorouder van {3}), waardoor aanvaard werk "
          + "zou verdwijnen: fetch, merge of rebase op {1} en push opnieuw; alleen de catalogusbeheerders mogen "
          + "haar herschrijven ({4})")
    case .firstPush:
      Texts(
        en: "the first push of {1} (commit {2}) must come from one of the stewards it lists ({3}); it is pushed by "
          + "{4}: add yourself to schema/stewards.yaml (casebook init --steward) or let a steward push it",
        nl: "de eerste push van {1} (commit {2}) moet komen van een van de catalogusbeheerders die erin staan "
          + "({3}); {4} pusht het: zet uzelf in schema/stewards.yaml (casebook init --steward) of laat een "
          + "catalogusbeheerder pushen")
    case .notACommit:
      Texts(
        en: "{1} would point at {2}, which is not a commit (branches hold commits; tags point at commits)",
        nl: "{1} zou wijzen naar {2}, en dat is geen commit (branches bevatten commits; tags wijzen naar commits)")
    case .tooManyRefs:
      Texts(
        en: "the push updates {1} references, more than the {2} one push may (git config casebook.maxRefs): push "
          + "them in smaller groups",
        nl: "de push wijzigt {1} referenties, meer dan de {2} die één push mag (git config casebook.maxRefs): push "
          + "ze in kleinere groepen")
    case .grafts:
      Texts(
        en: "the server repository has {1}, with which git shows commits with other parents than they have: "
          + "casebook does not judge pushes there; the administrator should remove it",
        nl: "de repository op de server heeft {1}, waarmee git commits met andere ouders toont dan ze hebben: "
          + "casebook beoordeelt daar geen pushes; de beheerder moet het verwijderen")
    case .refNew: Texts(en: "{1}: new, at {2}", nl: "{1}: nieuw, op {2}")
    case .refDeleted: Texts(en: "{1}: deleted (was {2})", nl: "{1}: verwijderd (was {2})")
    case .refUpdated: Texts(en: "{1}: {2}..{3}", nl: "{1}: {2}..{3}")
    case .refused: Texts(en: "refused", nl: "geweigerd")
    case .accepted: Texts(en: "accepted", nl: "aanvaard")
    case .noVariable:
      Texts(
        en: "cannot tell who is pushing: the server set none of {1}; name the variable your server sets with `git "
          + "config casebook.pusherVariable NAME` in the repository",
        nl: "onbekend wie er pusht: de server zette geen van {1}; noem de variabele die uw server zet met `git "
          + "config casebook.pusherVariable NAAM` in de repository")
    case .variableUnset:
      Texts(
        en: "cannot tell who is pushing: the server did not set {1} (git config casebook.pusherVariable)",
        nl: "onbekend wie er pusht: de server zette {1} niet (git config casebook.pusherVariable)")
    case .conflictingVariables:
      Texts(
        en: "cannot tell who is pushing: {1} and {2} name different people; name the variable your server sets "
          + "with `git config casebook.pusherVariable NAME`",
        nl: "onbekend wie er pusht: {1} en {2} noemen verschillende mensen; noem de variabele die uw server zet met "
          + "`git config casebook.pusherVariable NAAM`")
    case .unknownName:
      Texts(
        en: "no e-mail address is known for '{1}' (from {2}): ask the administrator to add the line '{1} "
          + "name@example.org' to {3} on the server",
        nl: "er is geen e-mailadres bekend voor '{1}' (uit {2}): vraag de beheerder de regel '{1} naam@example.org' "
          + "toe te voegen aan {3} op de server")
    case .ambiguousName:
      Texts(
        en: "'{1}' has different e-mail addresses on lines {2} of {3}: keep one",
        nl: "'{1}' heeft verschillende e-mailadressen op de regels {2} van {3}: houd er één")
    case .malformedActorsLine:
      Texts(
        en: "line {1} of {2} is not `name e-mail`: fix it (one name and one address per line)",
        nl: "regel {1} van {2} is niet `naam e-mail`: verbeter die (één naam en één adres per regel)")
    case .unreadableActors:
      Texts(en: "cannot read {1}: check its permissions", nl: "{1} is niet leesbaar: controleer de rechten")
    case .malformedInput:
      Texts(
        en: "line {1} of the hook's input is not `<old-id> <new-id> <reference>`: the hook must be run by git as "
          + "pre-receive",
        nl: "regel {1} van de invoer van de hook is niet `<oude-id> <nieuwe-id> <referentie>`: de hook moet door "
          + "git als pre-receive gestart worden")
    case .protectedBranchSetting:
      Texts(
        en: "git config casebook.protectedBranch is {1}, which is not a branch name: set it to the catalogue's "
          + "branch, such as main",
        nl: "git config casebook.protectedBranch is {1}, en dat is geen branchnaam: zet het op de branch van de "
          + "catalogus, zoals main")
    case .proposalRefsSetting:
      Texts(
        en: "git config casebook.proposalRefs names {1}: list prefixes of host-managed references outside "
          + "refs/heads/ and refs/tags/, such as refs/pull/",
        nl: "git config casebook.proposalRefs noemt {1}: geef voorvoegsels van referenties die de host beheert, "
          + "buiten refs/heads/ en refs/tags/, zoals refs/pull/")
    case .numberSetting:
      Texts(
        en: "git config {1} is {2}: give a whole number above 0",
        nl: "git config {1} is {2}: geef een geheel getal boven 0")
    case .inputTooLarge:
      Texts(
        en: "the hook's input is larger than {1} bytes: push fewer references at once",
        nl: "de invoer van de hook is groter dan {1} bytes: push minder referenties tegelijk")
    case .pushRefusedBecause: Texts(en: "casebook: push refused: {1}", nl: "casebook: push geweigerd: {1}")
    case .checking: Texts(en: "casebook: checking {1} pushed by {2} ({3})", nl: "casebook: controle van {1} gepusht door {2} ({3})")
    case .reference: Texts(en: "{1} reference", nl: "{1} referentie")
    case .references: Texts(en: "{1} references", nl: "{1} referenties")
    case .newCommit: Texts(en: "{1} new commit", nl: "{1} nieuwe commit")
    case .newCommits: Texts(en: "{1} new commits", nl: "{1} nieuwe commits")
    case .verdict: Texts(en: "casebook: {1}: {2}", nl: "casebook: {1}: {2}")
    case .verdictWithCommits: Texts(en: "casebook: {1}, {2}: {3}", nl: "casebook: {1}, {2}: {3}")
    case .atTip: Texts(en: "{1} (at {2})", nl: "{1} (bij {2})")
    case .helpGuard:
      Texts(
        en: "Guard a catalogue server: check pushes before git accepts them.",
        nl: "Bewaak een catalogusserver: controleer pushes voordat git ze aanvaardt.")
    case .helpPreReceive:
      Texts(
        en: "Check a push as git's pre-receive hook: reads `<old> <new> <ref>` lines on standard input.",
        nl: "Controleer een push als pre-receive-hook van git: leest regels `<oud> <nieuw> <ref>` van de "
          + "standaardinvoer.")
    case .helpPreReceiveDiscussion:
      Texts(
        en: "Run by hooks/pre-receive in the server's bare repository. The pusher is read from the variable the server "
          + "sets (see SECURITY.md), settings from `git config casebook.*` in the repository. Exit status: 0 the push "
          + "is accepted, 1 it is refused.",
        nl: "Gestart door hooks/pre-receive in de kale repository op de server. Wie pusht, wordt gelezen uit de "
          + "variabele die de server zet (zie SECURITY.md), de instellingen uit `git config casebook.*` in de "
          + "repository. Afsluitcode: 0 de push is aanvaard, 1 hij is geweigerd.")
    case .pushRefused:
      Texts(
        en: "casebook: push refused; fix the problems above and push again (nothing was changed on the server)",
        nl: "casebook: push geweigerd; los de problemen hierboven op en push opnieuw (er is niets veranderd op de "
          + "server)")
    }
  }
}
