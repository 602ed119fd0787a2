/// Why a command could not look at the catalogue at all, and what to do (`error: …`, exit 1 or 64).
public enum CatalogueErrorText: String, MessageEntry {
  case notARepository = "error.not-a-repository"
  case unknownRevision = "error.unknown-revision"
  case emptyRepository = "error.empty-repository"
  case badRange = "error.bad-range"
  case noWorkingTree = "error.no-working-tree"
  case pathOutsideRepository = "error.path-outside-repository"
  case unreadable = "error.unreadable"
  case tooManyFiles = "error.too-many-files"
  case directoryNotEmpty = "error.directory-not-empty"
  case fileExists = "error.file-exists"
  case unwritable = "error.unwritable"
  case detachedHead = "error.detached-head"
  case nothingToSubmit = "error.nothing-to-submit"
  case submitInProgress = "error.submit-in-progress"
  case unknownHolder = "error.unknown-holder"

  public var texts: Texts {
    switch self {
    case .notARepository:
      Texts(
        en: "{1} is not inside a git repository: run the command in a catalogue repository, pass -C DIR, or create "
          + "one with `casebook init`",
        nl: "{1} ligt niet in een git-repository: voer de opdracht uit in een catalogusrepository, geef -C MAP mee, "
          + "of maak er een met `casebook init`")
    case .unknownRevision:
      Texts(
        en: "the revision {1} does not exist in this repository: check the branch or commit name (`git log "
          + "--oneline` lists commits; in CI, fetch enough history, e.g. fetch-depth: 0)",
        nl: "de revisie {1} bestaat niet in deze repository: controleer de naam van de branch of commit (`git log "
          + "--oneline` toont de commits; haal in CI genoeg geschiedenis op, bijv. fetch-depth: 0)")
    case .emptyRepository:
      Texts(
        en: "the repository has no commits yet: commit the catalogue first, or validate the working tree without --rev",
        nl: "de repository heeft nog geen commits: commit eerst de catalogus, of controleer de werkmap zonder --rev")
    case .badRange:
      Texts(
        en: "{1} is not a range: write BASE..HEAD, for example `origin/main..HEAD`",
        nl: "{1} is geen bereik: schrijf BASIS..HEAD, bijvoorbeeld `origin/main..HEAD`")
    case .noWorkingTree:
      Texts(
        en: "this is a bare repository without a working tree: pass --rev REV (for example --rev HEAD)",
        nl: "dit is een kale repository zonder werkmap: geef --rev REV mee (bijvoorbeeld --rev HEAD)")
    case .pathOutsideRepository:
      Texts(
        en: "{1} is outside the repository: give paths inside the catalogue",
        nl: "{1} ligt buiten de repository: geef paden binnen de catalogus")
    case .unreadable: Texts(en: "cannot read {1}: {2}", nl: "{1} is niet leesbaar: {2}")
    case .tooManyFiles:
      Texts(
        en: "the catalogue has more than {1} files, more than this run reads: check that this is the right "
          + "repository and revision, or raise the limit with --max-files (or CASEBOOK_MAX_FILES)",
        nl: "de catalogus heeft meer dan {1} bestanden, meer dan deze opdracht leest: controleer of dit de juiste "
          + "repository en revisie is, of verhoog de grens met --max-files (of CASEBOOK_MAX_FILES)")
    case .directoryNotEmpty:
      Texts(
        en: "{1} is not empty: choose a new or empty folder, or pass --force to add the catalogue's files there "
          + "(files of the same name are replaced)",
        nl: "{1} is niet leeg: kies een nieuwe of lege map, of geef --force mee om de bestanden van de catalogus "
          + "daar toe te voegen (bestanden met dezelfde naam worden vervangen)")
    case .fileExists:
      Texts(
        en: "{1} exists already and is left as it is: edit it, or remove it first to start again",
        nl: "{1} bestaat al en blijft zoals het is: bewerk het, of verwijder het eerst om opnieuw te beginnen")
    case .unwritable: Texts(en: "cannot write {1}: {2}", nl: "{1} kan niet geschreven worden: {2}")
    case .detachedHead:
      Texts(
        en: "HEAD is not on a branch (detached), so there is no branch to commit on: check out a branch (`git "
          + "switch main`) or commit on a new branch with --branch",
        nl: "HEAD staat niet op een branch (losgekoppeld), dus er is geen branch om op te committen: ga naar een "
          + "branch (`git switch main`) of commit op een nieuwe branch met --branch")
    case .nothingToSubmit:
      Texts(
        en: "the files are committed already exactly as they are: there is nothing to submit",
        nl: "de bestanden zijn al precies zo gecommit: er is niets in te dienen")
    case .submitInProgress:
      Texts(
        en: "another `casebook submit` is committing in this repository ({1}): wait until it has finished and run "
          + "the command again. Do not delete {2}: the lock ends by itself when that process ends, and deleting "
          + "the file does not release it",
        nl: "een andere `casebook submit` is aan het committen in deze repository ({1}): wacht tot die klaar is en "
          + "voer de opdracht opnieuw uit. Verwijder {2} niet: de vergrendeling houdt vanzelf op als dat proces "
          + "stopt, en het bestand verwijderen heft haar niet op")
    case .unknownHolder: Texts(en: "it did not say which process", nl: "het zei niet welk proces")
    }
  }
}

/// What went wrong in git (the git layer's errors), and what to do.
public enum GitText: String, MessageEntry {
  case notARepository = "git-error.not-a-repository"
  case notOwned = "git-error.not-owned"
  case emptyRepository = "git-error.empty-repository"
  case unknownRevision = "git-error.unknown-revision"
  case ambiguousRevision = "git-error.ambiguous-revision"
  case notACommit = "git-error.not-a-commit"
  case objectNotFound = "git-error.object-not-found"
  case invalidPath = "git-error.invalid-path"
  case invalidReferenceName = "git-error.invalid-reference-name"
  case pathNotFound = "git-error.path-not-found"
  case fileFolderConflict = "git-error.file-folder-conflict"
  case invalidSignature = "git-error.invalid-signature"
  case unsupportedMode = "git-error.unsupported-mode"
  case bareRepository = "git-error.bare-repository"
  case locked = "git-error.locked"
  case referenceChanged = "git-error.reference-changed"
  case branchExists = "git-error.branch-exists"
  case identityMissing = "git-error.identity-missing"
  case treeTooLarge = "git-error.tree-too-large"
  case tooManyCommits = "git-error.too-many-commits"
  case corruptRepository = "git-error.corrupt-repository"
  case library = "git-error.library"
  case libraryUnavailable = "git-error.library-unavailable"
  case remoteBranchNotFound = "git-error.remote-branch-not-found"
  case remoteBranchNotFoundListing = "git-error.remote-branch-not-found-listing"
  case fetchStalled = "git-error.fetch-stalled"
  case fetchTimedOut = "git-error.fetch-timed-out"
  case fetchTooLarge = "git-error.fetch-too-large"
  case fetchTooManyObjects = "git-error.fetch-too-many-objects"
  case authenticationFailed = "git-error.authentication-failed"
  case certificateRejected = "git-error.certificate-rejected"
  case hostKeyRejected = "git-error.host-key-rejected"
  case remoteFailed = "git-error.remote-failed"
  case libraryWords = "git-error.library-words"
  case credentialsRefused = "git-error.credentials-refused"
  case credentialsAskedAgain = "git-error.credentials-asked-again"
  case credentialsNone = "git-error.credentials-none"
  case credentialsNoKind = "git-error.credentials-no-kind"
  case certificateInvalid = "git-error.certificate-invalid"

  public var texts: Texts {
    switch self {
    case .notARepository:
      Texts(
        en: "{1} is not in a git repository: run `casebook init` there, or pass -C DIR to point at one",
        nl: "{1} ligt niet in een git-repository: voer daar `casebook init` uit, of wijs er een aan met -C MAP")
    case .notOwned:
      Texts(
        en: "the repository at {1} belongs to another user, so git refuses to use it: if you trust it, run {2}",
        nl: "de repository in {1} is van een andere gebruiker, dus git weigert haar te gebruiken: vertrouwt u "
          + "haar, voer dan {2} uit")
    case .emptyRepository:
      Texts(
        en: "the repository has no commits yet: commit something first (for example with `casebook submit`)",
        nl: "de repository heeft nog geen commits: commit eerst iets (bijvoorbeeld met `casebook submit`)")
    case .unknownRevision:
      Texts(
        en: "revision {1} was not found: check the branch name (`git branch -a`), or pick a commit id from `git log "
          + "--oneline`",
        nl: "revisie {1} is niet gevonden: controleer de naam van de branch (`git branch -a`), of kies een "
          + "commit-id uit `git log --oneline`")
    case .ambiguousRevision:
      Texts(
        en: "the short id {1} matches several objects: give more digits (see `git log --oneline`)",
        nl: "de korte id {1} past bij meerdere objecten: geef meer cijfers (zie `git log --oneline`)")
    case .notACommit:
      Texts(
        en: "{1} does not name a commit: give a branch, a tag or a commit id",
        nl: "{1} noemt geen commit: geef een branch, een tag of een commit-id")
    case .objectNotFound:
      Texts(
        en: "object {1} is missing or is not of the kind needed: the repository may be incomplete (a shallow or "
          + "partial clone) or damaged; run `git fsck`",
        nl: "object {1} ontbreekt of is niet van de nodige soort: de repository is misschien onvolledig (een "
          + "ondiepe of gedeeltelijke kloon) of beschadigd; voer `git fsck` uit")
    case .invalidPath:
      Texts(
        en: "{1} is not a valid path in a repository: use a relative path with '/' between folders and no empty, "
          + "'.', '..' or '.git' parts",
        nl: "{1} is geen geldig pad in een repository: gebruik een relatief pad met '/' tussen mappen en zonder "
          + "lege delen of delen '.', '..' of '.git'")
    case .invalidReferenceName:
      Texts(
        en: "{1} is not a valid reference name: use a full name such as refs/heads/my-branch",
        nl: "{1} is geen geldige referentienaam: gebruik een volledige naam zoals refs/heads/mijn-branch")
    case .pathNotFound:
      Texts(
        en: "{1} does not exist in the working tree: check the path (relative to the repository's top folder)",
        nl: "{1} bestaat niet in de werkmap: controleer het pad (ten opzichte van de bovenste map van de repository)")
    case .fileFolderConflict:
      Texts(
        en: "{1} would be a file and a folder at once: delete the file or folder that is in the way in the same commit",
        nl: "{1} zou tegelijk een bestand en een map zijn: verwijder in dezelfde commit het bestand of de map die "
          + "in de weg staat")
    case .invalidSignature:
      Texts(
        en: "{1} cannot be stored as a name or email in a commit: remove '<', '>' and line breaks",
        nl: "{1} kan niet als naam of e-mailadres in een commit staan: verwijder '<', '>' en regeleinden")
    case .unsupportedMode:
      Texts(
        en: "{1} cannot be written with mode {2}: file content needs a regular, executable or symlink mode",
        nl: "{1} kan niet geschreven worden met modus {2}: bestandsinhoud vraagt een gewone, uitvoerbare of "
          + "koppelingsmodus")
    case .bareRepository:
      Texts(
        en: "this needs a working tree, but the repository is bare: run it in a clone with a working tree",
        nl: "hiervoor is een werkmap nodig, maar de repository is kaal: voer het uit in een kloon met een werkmap")
    case .locked:
      Texts(
        en: "another git process seems to be running in this repository ({1} exists): wait for it to finish and "
          + "run again; if no git process is running, remove {1}",
        nl: "er lijkt een ander git-proces bezig in deze repository ({1} bestaat): wacht tot het klaar is en voer "
          + "de opdracht opnieuw uit; loopt er geen git-proces, verwijder dan {1}")
    case .referenceChanged:
      Texts(
        en: "the branch {1} changed while committing, so nothing was committed: run again",
        nl: "de branch {1} veranderde tijdens het committen, dus er is niets gecommit: voer de opdracht opnieuw uit")
    case .branchExists:
      Texts(en: "the branch {1} already exists: choose another name", nl: "de branch {1} bestaat al: kies een andere naam")
    case .identityMissing:
      Texts(
        en: "no author identity is configured: run `git config --global user.name \"Your Name\"` and `git config "
          + "--global user.email you@example.org`",
        nl: "er is geen auteur ingesteld: voer `git config --global user.name \"Uw Naam\"` en `git config --global "
          + "user.email u@example.org` uit")
    case .treeTooLarge:
      Texts(
        en: "commit {1} has more than {2} files, far more than a casebook repository holds: check that this is the "
          + "right repository and revision",
        nl: "commit {1} heeft meer dan {2} bestanden, veel meer dan een casebook-repository bevat: controleer of "
          + "dit de juiste repository en revisie is")
    case .tooManyCommits:
      Texts(
        en: "more than {1} new commits lead to {2}, more than one check reads: push the history in smaller steps, "
          + "or ask the server's administrator to raise the limit",
        nl: "meer dan {1} nieuwe commits leiden naar {2}, meer dan één controle leest: push de geschiedenis in "
          + "kleinere stappen, of vraag de beheerder van de server de grens te verhogen")
    case .corruptRepository:
      Texts(
        en: "the repository is damaged ({1}, in {2}): run `git fsck` to find the damaged objects and restore them "
          + "from another clone",
        nl: "de repository is beschadigd ({1}, in {2}): zoek de beschadigde objecten met `git fsck` en zet ze terug "
          + "vanuit een andere kloon")
    case .remoteBranchNotFound:
      Texts(
        en: "{1} has no branch '{2}': correct the branch in schema/peers.yaml",
        nl: "{1} heeft geen branch '{2}': verbeter de branch in schema/peers.yaml")
    case .remoteBranchNotFoundListing:
      Texts(
        en: "{1} has no branch '{2}' (it has: {3}): correct the branch in schema/peers.yaml",
        nl: "{1} heeft geen branch '{2}' (wel: {3}): verbeter de branch in schema/peers.yaml")
    case .fetchStalled:
      Texts(
        en: "{1} sent nothing for {2} seconds, so the fetch was given up: try again later, or allow longer with "
          + "--timeout",
        nl: "{1} stuurde {2} seconden niets, dus het ophalen is gestaakt: probeer het later opnieuw, of wacht "
          + "langer met --timeout")
    case .fetchTimedOut:
      Texts(
        en: "fetching {1} took more than {2} seconds, so it was given up: try again later, or allow longer with "
          + "--max-time",
        nl: "het ophalen van {1} duurde langer dan {2} seconden, dus het is gestaakt: probeer het later opnieuw, "
          + "of sta meer tijd toe met --max-time")
    case .fetchTooLarge:
      Texts(
        en: "{1} sent more than {2} bytes, far more than a catalogue needs, so the fetch was stopped: check the "
          + "address, or allow more with --max-fetch-size",
        nl: "{1} stuurde meer dan {2} bytes, veel meer dan een catalogus nodig heeft, dus het ophalen is gestopt: "
          + "controleer het adres, of sta meer toe met --max-fetch-size")
    case .fetchTooManyObjects:
      Texts(
        en: "{1} offered more than {2} objects, so the fetch was stopped: check the address",
        nl: "{1} bood meer dan {2} objecten aan, dus het ophalen is gestopt: controleer het adres")
    case .authenticationFailed:
      Texts(
        en: "{1} needs credentials ({2}): for https, store them with a git credential helper (`git config "
          + "--global credential.helper store`, or your system's); for ssh, add your key to the ssh agent",
        nl: "{1} vraagt om inloggegevens ({2}): bewaar ze voor https met een git credential helper (`git config "
          + "--global credential.helper store`, of die van uw systeem); voeg voor ssh uw sleutel toe aan de ssh-agent")
    case .certificateRejected:
      Texts(
        en: "{1}: {2}; casebook only fetches over https from servers with a valid certificate",
        nl: "{1}: {2}; casebook haalt via https alleen op bij servers met een geldig certificaat")
    case .hostKeyRejected:
      Texts(
        en: "the ssh host key of {2} ({1}) is not in your known hosts: connect once with `ssh {2}` or `git "
          + "ls-remote`, check the fingerprint and accept it, then fetch again",
        nl: "de ssh-hostsleutel van {2} ({1}) staat niet in uw known hosts: maak een keer verbinding met `ssh {2}` "
          + "of `git ls-remote`, controleer de vingerafdruk en accepteer hem, en haal dan opnieuw op")
    case .remoteFailed:
      Texts(en: "fetching {1} failed: {2}", nl: "het ophalen van {1} is mislukt: {2}")
    // libgit2's own words, quoted as libgit2 wrote them.
    case .libraryWords: Texts(en: "{1}", nl: "{1}")
    case .credentialsRefused:
      Texts(en: "the server refused the credentials", nl: "de server weigerde de inloggegevens")
    case .credentialsAskedAgain:
      Texts(en: "the server kept asking for credentials", nl: "de server bleef om inloggegevens vragen")
    case .credentialsNone:
      Texts(
        en: "the server asks for credentials and none were found",
        nl: "de server vraagt om inloggegevens en er zijn er geen gevonden")
    case .credentialsNoKind:
      Texts(
        en: "no credential of a kind the server accepts was found",
        nl: "er is geen inloggegeven gevonden van een soort die de server aanneemt")
    case .certificateInvalid:
      Texts(en: "the server's certificate is not valid for {1}", nl: "het certificaat van de server is niet geldig voor {1}")
    case .library:
      Texts(en: "git failed in {1} (libgit2 error {2}): {3}", nl: "git faalde in {1} (libgit2-fout {2}): {3}")
    case .libraryUnavailable:
      Texts(
        en: "casebook could not load the git library {1} ({2}). Install it (on Debian: apt install {3}) and run the command again.",
        nl: "casebook kon de git-bibliotheek {1} niet laden ({2}). Installeer die (op Debian: apt install {3}) en voer de opdracht opnieuw uit.")
    }
  }
}

/// Why `search`, `show`, `stats` or `export` could not answer.
public enum QueryErrorText: String, MessageEntry {
  case unknownCategory = "query.unknown-category"
  case unknownCategoryDidYouMean = "query.unknown-category-did-you-mean"
  case unknownMunicipality = "query.unknown-municipality"
  case unknownMunicipalityDidYouMean = "query.unknown-municipality-did-you-mean"
  case badYear = "query.bad-year"
  case unknownRecord = "query.unknown-record"
  case unknownRecordDidYouMean = "query.unknown-record-did-you-mean"
  case invalidRecord = "query.invalid-record"
  case invalidRecordOne = "query.invalid-record-one"

  public var texts: Texts {
    switch self {
    case .unknownCategory:
      Texts(
        en: "{1} is not a use category; use an id, a Dutch or English label or an alias of one of: {2} (`casebook "
          + "list categories` counts their cases)",
        nl: "{1} is geen gebruikscategorie; gebruik een id, een Nederlandse of Engelse naam of een alias van een "
          + "van: {2} (`casebook list categories` telt hun cases)")
    case .unknownCategoryDidYouMean:
      Texts(
        en: "{1} is not a use category (did you mean {3}?); use an id, a Dutch or English label or an alias of one "
          + "of: {2} (`casebook list categories` counts their cases)",
        nl: "{1} is geen gebruikscategorie (bedoelt u {3}?); gebruik een id, een Nederlandse of Engelse naam of een "
          + "alias van een van: {2} (`casebook list categories` telt hun cases)")
    case .unknownMunicipality:
      Texts(
        en: "no municipality {1} in this catalogue; give cc/slug (e.g. nl/voorbeeldstad), the folder name or the "
          + "name (`casebook list municipalities` lists them)",
        nl: "geen gemeente {1} in deze catalogus; geef land/map (bijv. nl/voorbeeldstad), de mapnaam of de naam "
          + "(`casebook list municipalities` toont ze)")
    case .unknownMunicipalityDidYouMean:
      Texts(
        en: "no municipality {1} in this catalogue (did you mean {2}?); give cc/slug (e.g. nl/voorbeeldstad), the "
          + "folder name or the name (`casebook list municipalities` lists them)",
        nl: "geen gemeente {1} in deze catalogus (bedoelt u {2}?); geef land/map (bijv. nl/voorbeeldstad), de "
          + "mapnaam of de naam (`casebook list municipalities` toont ze)")
    case .badYear:
      Texts(
        en: "{1} is not a year or a range of years: write 2010, 2010..2012, 2010.. or ..2012",
        nl: "{1} is geen jaar of reeks jaren: schrijf 2010, 2010..2012, 2010.. of ..2012")
    case .unknownRecord:
      Texts(
        en: "no case study, policy or municipality {1} in this catalogue; ids look like "
          + "gb/brighton-and-hove/2010-snow-4x4-drivers (`casebook search` lists them)",
        nl: "geen casus, beleid of gemeente {1} in deze catalogus; een id ziet eruit als "
          + "gb/brighton-and-hove/2010-snow-4x4-drivers (`casebook search` toont ze)")
    case .unknownRecordDidYouMean:
      Texts(
        en: "no case study, policy or municipality {1} in this catalogue (did you mean {2}?)",
        nl: "geen casus, beleid of gemeente {1} in deze catalogus (bedoelt u {2}?)")
    case .invalidRecord:
      Texts(
        en: "{2} has {1} validation errors, so it cannot be shown: run {3} to see them",
        nl: "{2} heeft {1} validatiefouten, dus het kan niet getoond worden: voer {3} uit om ze te zien")
    case .invalidRecordOne:
      Texts(
        en: "{2} has {1} validation error, so it cannot be shown: run {3} to see it",
        nl: "{2} heeft {1} validatiefout, dus het kan niet getoond worden: voer {3} uit om die te zien")
    }
  }
}

/// Why `compare` or `rank` could not produce a report.
public enum CompareErrorText: String, MessageEntry {
  case unknownMunicipality = "compare-error.unknown-municipality"
  case unknownMunicipalityDidYouMean = "compare-error.unknown-municipality-did-you-mean"
  case ambiguousMunicipality = "compare-error.ambiguous-municipality"
  case sameMunicipality = "compare-error.same-municipality"
  case noPolicy = "compare-error.no-policy"
  case invalidPolicy = "compare-error.invalid-policy"
  case modelMissing = "compare-error.model-missing"
  case modelUnreadable = "compare-error.model-unreadable"
  case invalidModel = "compare-error.invalid-model"

  public var texts: Texts {
    switch self {
    case .unknownMunicipality:
      Texts(
        en: "no municipality {1} in the catalogue (give cc/slug, the folder name or the name; `casebook rank` lists "
          + "the municipalities with a policy)",
        nl: "geen gemeente {1} in de catalogus (geef land/map, de mapnaam of de naam; `casebook rank` toont de "
          + "gemeenten met een beleid)")
    case .unknownMunicipalityDidYouMean:
      Texts(
        en: "no municipality {1} in the catalogue; did you mean {2}? (give cc/slug, the folder name or the name; "
          + "`casebook rank` lists the municipalities with a policy)",
        nl: "geen gemeente {1} in de catalogus; bedoelt u {2}? (geef land/map, de mapnaam of de naam; `casebook "
          + "rank` toont de gemeenten met een beleid)")
    case .ambiguousMunicipality:
      Texts(
        en: "{1} matches more than one municipality: {2}; give cc/slug",
        nl: "{1} past bij meer dan één gemeente: {2}; geef land/map")
    case .sameMunicipality:
      Texts(
        en: "--with names {1} again: give another municipality to compare with",
        nl: "--with noemt opnieuw {1}: geef een andere gemeente om mee te vergelijken")
    case .noPolicy:
      Texts(
        en: "{1} has no policy ({2}) to compare: add one with {3}, fill it in, and commit it",
        nl: "{1} heeft geen beleid ({2}) om te vergelijken: voeg er een toe met {3}, vul het in en commit het")
    case .invalidPolicy:
      Texts(
        en: "the policy of {1} has errors, so it cannot be scored: run {2} and fix them",
        nl: "het beleid van {1} bevat fouten, dus het kan geen score krijgen: voer {2} uit en verbeter ze")
    case .modelMissing:
      Texts(
        en: "the catalogue has no best-practice model (schema/best-practice.yaml): restore it, or pass --model FILE",
        nl: "de catalogus heeft geen model van goede praktijk (schema/best-practice.yaml): zet het terug, of geef "
          + "--model BESTAND mee")
    case .modelUnreadable: Texts(en: "cannot read the model {1}: {2}", nl: "het model {1} is niet leesbaar: {2}")
    case .invalidModel:
      Texts(
        en: "the best-practice model {1} has errors; fix them (`casebook validate` checks the catalogue's own model):",
        nl: "het model van goede praktijk {1} bevat fouten; verbeter ze (`casebook validate` controleert het eigen "
          + "model van de catalogus):")
    }
  }
}
