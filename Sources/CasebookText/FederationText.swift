/// Texts of federation: the peer list, `casebook fetch`, and reading several catalogues at once.
public enum FederationText: String, MessageEntry {
  // schema/peers.yaml
  case ruleDuplicateName = "federation.rule.duplicate-name"
  case ruleCredentialsInURL = "federation.rule.credentials-in-url"
  case ruleBranch = "federation.rule.branch"
  case peerListUnreadable = "federation.peer-list-unreadable"
  case nounCases = "federation.noun.cases"
  case nounPolicies = "federation.noun.policies"
  case peerListSchemaMissing = "federation.peer-list-schema-missing"
  case noPeerList = "federation.no-peer-list"
  case emptyPeerList = "federation.empty-peer-list"
  case invalidPeerList = "federation.invalid-peer-list"
  case unknownPeer = "federation.unknown-peer"

  // casebook fetch
  case progressConnecting = "federation.fetch.connecting"
  case progressReceiving = "federation.fetch.receiving"
  case progressResolving = "federation.fetch.resolving"
  case fetchedFirst = "federation.fetch.first"
  case fetchedUpdate = "federation.fetch.updated"
  case fetchedUnchanged = "federation.fetch.unchanged"
  case fetchedRewritten = "federation.fetch.rewritten"
  case fetchFailed = "federation.fetch.failed"
  case fetchKeptPrevious = "federation.fetch.kept-previous"
  case fetchNeverFetched = "federation.fetch.never-fetched"
  case fetchSummaryFailed = "federation.fetch.summary-failed"
  case objects = "federation.fetch.objects"

  // why one peer's fetch failed
  case failureBranch = "federation.failure.branch"
  case failureStalled = "federation.failure.stalled"
  case failureTooLong = "federation.failure.too-long"
  case failureTooLarge = "federation.failure.too-large"
  case failureTooManyObjects = "federation.failure.too-many-objects"
  case failureAuthentication = "federation.failure.authentication"
  case failureCertificate = "federation.failure.certificate"
  case failureHostKey = "federation.failure.host-key"
  case failureRemote = "federation.failure.remote"
  case failureLocal = "federation.failure.local"

  // casebook fetch --list
  case listPeer = "federation.list.peer"
  case listCommit = "federation.list.commit"
  case listDate = "federation.list.date"
  case listCases = "federation.list.cases"
  case listPolicies = "federation.list.policies"
  case listMunicipalities = "federation.list.municipalities"
  case listInvalid = "federation.list.invalid"
  case listFetched = "federation.list.fetched"
  case listDescription = "federation.list.description"
  case listNotFetched = "federation.list.not-fetched"
  case listUnreadable = "federation.list.unreadable"

  // reading several catalogues
  case unknownCatalogue = "federation.unknown-catalogue"
  case notFetched = "federation.not-fetched"
  case peerUnreadable = "federation.peer-unreadable"
  case skippedFiles = "federation.skipped-files"
  case ambiguousRecord = "federation.ambiguous-record"
  case catalogueHeading = "federation.catalogue"
  case provenanceLine = "federation.provenance"
  case provenanceLocal = "federation.provenance-local"
  case rankNote = "federation.rank-note"
  case statsSummedHeading = "federation.stats.summed"
  case statsByCatalogueHeading = "federation.stats.by-catalogue"
  case statsCatalogueLine = "federation.stats.catalogue-line"

  public var texts: Texts {
    switch self {
    case .ruleDuplicateName:
      Texts(
        en: "the peer name {1} is used twice: give each peer its own name",
        nl: "de naam {1} komt twee keer voor: geef elke peercatalogus een eigen naam")
    case .ruleCredentialsInURL:
      Texts(
        en: "the address holds a password: remove it; casebook takes credentials from git's credential helper "
          + "and the ssh agent, and stores none",
        nl: "het adres bevat een wachtwoord: haal het weg; casebook haalt inloggegevens uit de credential helper "
          + "van git en de ssh-agent, en bewaart er zelf geen")
    case .ruleBranch:
      Texts(
        en: "{1} is not a branch name git accepts: write it as in `git branch`, for example main",
        nl: "{1} is geen branchnaam die git aanneemt: schrijf hem zoals `git branch` hem toont, bijvoorbeeld main")
    case .nounCases: Texts(en: "Case studies", nl: "Casussen")
    case .nounPolicies: Texts(en: "Policies", nl: "Beleidsstukken")
    case .peerListUnreadable:
      Texts(en: "the peer list cannot be read: {1}", nl: "de lijst met andere catalogi is niet leesbaar: {1}")
    case .peerListSchemaMissing:
      Texts(
        en: "the schema {1} is missing or broken, so the peer list cannot be checked",
        nl: "het schema {1} ontbreekt of is beschadigd, dus de lijst met andere catalogi kan niet gecontroleerd worden")
    case .noPeerList:
      Texts(
        en: "this catalogue has no schema/peers.yaml, so it has no peer catalogues: a steward can add one "
          + "(see “Reading other catalogues” in the README)",
        nl: "deze catalogus heeft geen schema/peers.yaml en dus geen peercatalogi: een beheerder kan er een "
          + "toevoegen (zie “Reading other catalogues” in de README)")
    case .emptyPeerList:
      Texts(
        en: "schema/peers.yaml lists no peer catalogues yet",
        nl: "schema/peers.yaml noemt nog geen peercatalogi")
    case .invalidPeerList:
      Texts(
        en: "schema/peers.yaml has {1}, so no peer is read: fix it first (`casebook validate schema/peers.yaml`)",
        nl: "schema/peers.yaml heeft {1}, dus er wordt geen peercatalogus gelezen: herstel dat eerst "
          + "(`casebook validate schema/peers.yaml`)")
    case .unknownPeer:
      Texts(
        en: "{1} is not a peer in schema/peers.yaml{2}",
        nl: "{1} is geen peercatalogus in schema/peers.yaml{2}")
    case .progressConnecting:
      Texts(en: "{1}: connecting to {2}…", nl: "{1}: verbinden met {2}…")
    case .progressReceiving:
      Texts(en: "{1}: receiving {2} of {3} objects, {4}", nl: "{1}: {2} van {3} objecten ontvangen, {4}")
    case .progressResolving:
      Texts(en: "{1}: resolving deltas, {2} of {3}", nl: "{1}: delta's verwerken, {2} van {3}")
    case .fetchedFirst:
      Texts(en: "{1}: fetched {2} ({3}, {4})", nl: "{1}: opgehaald {2} ({3}, {4})")
    case .fetchedUpdate:
      Texts(en: "{1}: updated {2}..{3} ({4}, {5})", nl: "{1}: bijgewerkt {2}..{3} ({4}, {5})")
    case .fetchedUnchanged:
      Texts(en: "{1}: up to date at {2}", nl: "{1}: al bijgewerkt, op {2}")
    case .fetchedRewritten:
      Texts(
        en: "{1}: the peer rewrote its history (a force push): now at {3}, no longer at {2}; records that "
          + "were only in the old history are gone from it",
        nl: "{1}: de peer heeft zijn geschiedenis herschreven (force push): nu op {3}, niet meer op {2}; "
          + "records die alleen in de oude geschiedenis stonden, zijn er niet meer")
    case .fetchFailed:
      Texts(en: "error: {1}: {2}", nl: "fout: {1}: {2}")
    case .fetchKeptPrevious:
      Texts(
        en: "{1}: still read as fetched before, at {2} ({3})",
        nl: "{1}: wordt nog gelezen zoals eerder opgehaald, op {2} ({3})")
    case .fetchNeverFetched:
      Texts(en: "{1}: not fetched yet, so it is not read", nl: "{1}: nog niet opgehaald, dus niet gelezen")
    case .fetchSummaryFailed:
      Texts(en: "{1} of {2} peers could not be fetched", nl: "{1} van {2} peercatalogi konden niet worden opgehaald")
    case .objects:
      Texts(en: "{1} objects", nl: "{1} objecten")
    case .failureBranch:
      Texts(
        en: "{1} has no branch {2}{3}: correct the branch in schema/peers.yaml",
        nl: "{1} heeft geen branch {2}{3}: verbeter de branch in schema/peers.yaml")
    case .failureStalled:
      Texts(
        en: "{1} sent nothing for {2} seconds, so the fetch was given up: try again later, or allow longer "
          + "with --timeout",
        nl: "{1} stuurde {2} seconden niets, dus het ophalen is gestaakt: probeer het later opnieuw, of geef "
          + "meer tijd met --timeout")
    case .failureTooLong:
      Texts(
        en: "fetching {1} took more than {2} seconds, so it was given up: try again later, or allow longer "
          + "with --max-time",
        nl: "het ophalen van {1} duurde langer dan {2} seconden en is gestaakt: probeer het later opnieuw, of "
          + "geef meer tijd met --max-time")
    case .failureTooLarge:
      Texts(
        en: "{1} sent more than {2}, far more than a catalogue needs, so the fetch was stopped: check the "
          + "address, or allow more with --max-fetch-size",
        nl: "{1} stuurde meer dan {2}, veel meer dan een catalogus nodig heeft, dus het ophalen is gestopt: "
          + "controleer het adres, of sta meer toe met --max-fetch-size")
    case .failureTooManyObjects:
      Texts(
        en: "{1} offered more than {2} objects, so the fetch was stopped: check the address, or allow more "
          + "with --max-fetch-objects",
        nl: "{1} bood meer dan {2} objecten aan, dus het ophalen is gestopt: controleer het adres, of sta er "
          + "meer toe met --max-fetch-objects")
    case .failureAuthentication:
      Texts(
        en: "{1} asks for credentials ({2}): for https, store them in a git credential helper (`git config "
          + "--global credential.helper store`, or your system's keychain); for ssh, add your key to the ssh agent",
        nl: "{1} vraagt om inloggegevens ({2}): bewaar ze voor https in een credential helper van git (`git "
          + "config --global credential.helper store`, of de sleutelhanger van je systeem); voeg voor ssh je "
          + "sleutel toe aan de ssh-agent")
    case .failureCertificate:
      Texts(
        en: "{1}: {2}; casebook fetches over https only from servers with a valid certificate",
        nl: "{1}: {2}; casebook haalt via https alleen op bij servers met een geldig certificaat")
    case .failureHostKey:
      Texts(
        en: "the ssh host key of {1} is not in your known hosts (~/.ssh/known_hosts): connect once with "
          + "`ssh {1}`, check the fingerprint and accept it, then fetch again",
        nl: "de ssh-hostsleutel van {1} staat niet in je known hosts (~/.ssh/known_hosts): maak een keer "
          + "verbinding met `ssh {1}`, controleer de vingerafdruk en accepteer hem, en haal daarna opnieuw op")
    case .failureRemote:
      Texts(
        en: "fetching {1} failed: {2}",
        nl: "ophalen van {1} is mislukt: {2}")
    case .failureLocal:
      Texts(en: "the fetched commit could not be stored: {1}", nl: "de opgehaalde commit kon niet worden bewaard: {1}")
    case .listPeer: Texts(en: "PEER", nl: "PEER")
    case .listCommit: Texts(en: "COMMIT", nl: "COMMIT")
    case .listDate: Texts(en: "DATE", nl: "DATUM")
    case .listCases: Texts(en: "CASES", nl: "CASES")
    case .listPolicies: Texts(en: "POLICIES", nl: "BELEID")
    case .listMunicipalities: Texts(en: "MUNICIPALITIES", nl: "GEMEENTEN")
    case .listInvalid: Texts(en: "INVALID", nl: "ONGELDIG")
    case .listFetched: Texts(en: "FETCHED", nl: "OPGEHAALD")
    case .listDescription: Texts(en: "DESCRIPTION", nl: "OMSCHRIJVING")
    case .listNotFetched: Texts(en: "not fetched yet", nl: "nog niet opgehaald")
    case .listUnreadable: Texts(en: "unreadable", nl: "onleesbaar")
    case .unknownCatalogue:
      Texts(
        en: "{1} is not a catalogue here: use local, all, or a peer of schema/peers.yaml{2}",
        nl: "{1} is hier geen catalogus: gebruik local, all of een peercatalogus uit schema/peers.yaml{2}")
    case .notFetched:
      Texts(
        en: "the peer {1} has not been fetched yet: run `casebook fetch {1}` first",
        nl: "de peercatalogus {1} is nog niet opgehaald: voer eerst `casebook fetch {1}` uit")
    case .peerUnreadable:
      Texts(
        en: "warning: {1} cannot be read and is left out: {2}",
        nl: "waarschuwing: {1} kan niet worden gelezen en blijft buiten beschouwing: {2}")
    case .skippedFiles:
      Texts(
        en: "warning: {1}: skipped {2} that fail its own schema or rules: {3}",
        nl: "waarschuwing: {1}: {2} overgeslagen die niet aan het eigen schema of de eigen regels voldoen: {3}")
    case .ambiguousRecord:
      Texts(
        en: "{1} is in several catalogues: {2}; give one of these, or --catalogue NAME",
        nl: "{1} staat in meer catalogi: {2}; geef er een van, of --catalogue NAAM")
    case .catalogueHeading: Texts(en: "catalogue", nl: "catalogus")
    case .provenanceLine:
      Texts(
        en: "Catalogue: {1} ({2}), read at commit {3} of {4}",
        nl: "Catalogus: {1} ({2}), gelezen op commit {3} van {4}")
    case .provenanceLocal: Texts(en: "Catalogue: this catalogue", nl: "Catalogus: deze catalogus")
    case .rankNote:
      Texts(
        en: "Every policy, also those of peer catalogues, is scored against the local best-practice model "
          + "({1}); the peers' own models are not used.",
        nl: "Elk beleid, ook dat van peercatalogi, is gescoord tegen het lokale model van goede praktijk "
          + "({1}); de eigen modellen van de peers worden niet gebruikt.")
    case .statsSummedHeading:
      Texts(en: "Summed over {1}", nl: "Opgeteld over {1}")
    case .statsByCatalogueHeading:
      Texts(en: "{1} by use category and catalogue", nl: "{1} per gebruikscategorie en catalogus")
    case .statsCatalogueLine:
      Texts(en: "{1}: {2} at {3}", nl: "{1}: {2} op {3}")
    }
  }
}
