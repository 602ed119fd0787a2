import CasebookCore
import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// Reading peer catalogues: each at its fetched commit, against its own schema, labelled with its name.
@Suite struct FederationTests {
  static let limits = PeerFetchDefaults.limits

  /// A peer taxonomy of its own: `meedenken` is the local `participate` under another id (it shares the
  /// English label), `dialoog` is a category only this peer has.
  static let ownTaxonomy = """
    version: 1
    categories:
      - id: meedenken
        label:
          en: Participation and consultation
          nl: Meedenken met de stad
        description:
          en: Residents think along with the city.
          nl: Inwoners denken mee met de stad.
        aliases: [co-creatie]
      - id: dialoog
        label:
          en: Dialogue with residents
          nl: Dialoog met inwoners
        description:
          en: Talking with residents online, both ways.
          nl: Online in gesprek met inwoners, in twee richtingen.
        aliases: [gesprek]
    """

  /// The real case schema with one more required field, `region`.
  static func caseSchemaRequiringRegion() throws -> String {
    let text = try String(contentsOfFile: packageRoot + "/schema/case.schema.json", encoding: .utf8)
    var schema = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    var properties = try #require(schema["properties"] as? [String: Any])
    properties["region"] = ["type": "string", "minLength": 2, "description": "The province."]
    schema["properties"] = properties
    schema["required"] = (try #require(schema["required"] as? [String])) + ["region"]
    return String(decoding: try JSONSerialization.data(withJSONObject: schema, options: [.sortedKeys]), as: UTF8.self)
  }

  /// The local catalogue; `nederland` with the real schema and a case whose id the local catalogue has too
  /// and a policy; `vlaanderen` with its own taxonomy and a case schema that requires `region`.
  static func threeCatalogues() throws -> PeerFixture {
    let fixture = try PeerFixture()
    try fixture.addPeer("nederland", files: PeerFixture.nederlandFiles)
    let vlaanderen = try fixture.addPeer("vlaanderen", files: [:])
    try vlaanderen.commit(
      [
        "schema/categories.yaml": ownTaxonomy,
        "schema/case.schema.json": try caseSchemaRequiringRegion(),
        "cases/be/gent/municipality.yaml": Sample.municipality(name: "Gent", country: "BE"),
        "cases/be/gent/2021-wijkgesprekken.yaml": Sample.caseStudy(
          title: "Wijkgesprekken op Facebook", year: 2021, categories: ["dialoog", "meedenken"],
          extra: "region: Oost-Vlaanderen"),
        "cases/be/gent/2020-zonder-provincie.yaml": Sample.caseStudy(title: "Een case zonder provincie", year: 2020),
      ], message: "Flemish catalogue with a schema of its own")
    let results = try PeerFetcher.fetch(directory: fixture.local.root, names: [], limits: limits) { _ in }
    for result in results {
      if case .failure(let failure) = result.outcome { Issue.record("\(result.peer.name): \(failure.message(.en))") }
    }
    return fixture
  }

  static func search(
    _ fixture: PeerFixture, _ names: [String] = ["all"], words: [String] = [], filters: SearchFilters = SearchFilters()
  ) throws -> SearchResults {
    let index = try FederatedIndex.load(directory: fixture.local.root, revision: nil, names: names)
    return try index.search(SearchQuery(words: QueryWord.parse(words), filters: filters, limit: nil))
  }

  @Test func everyRecordNamesItsCatalogueAndCollidingIdsAreQualified() throws {
    let fixture = try Self.threeCatalogues()
    let results = try Self.search(fixture)
    let shown = Set(results.hits.map { "\($0.catalogue ?? "?") \($0.id)" })
    #expect(
      shown == [
        "local local:nl/testdorp/2020-wijkapp", "nederland nederland:nl/testdorp/2020-wijkapp",
        "nederland nl/anderstad/2019-twitterspreekuur", "vlaanderen be/gent/2021-wijkgesprekken",
      ])
    #expect(results.catalogues == ["local", "nederland", "vlaanderen"])
    let json = SearchRenderer.render(results, format: .json)
    #expect(json.contains("\"catalogue\": \"vlaanderen\""))
    let csv = SearchRenderer.render(results, format: .csv)
    #expect(csv.hasPrefix("\u{FEFF}catalogue,id,kind,"))
    #expect(SearchRenderer.render(results, format: .markdown).hasPrefix("| catalogue | id |"))
    #expect(SearchRenderer.render(results, format: .table).hasPrefix("CATALOGUE   ID "))
    let localOnly = try Self.search(fixture, ["local"])
    #expect(localOnly.hits.map(\.id) == ["nl/testdorp/2020-wijkapp"])
  }

  @Test func aPeerIsCheckedAgainstItsOwnSchemaAndItsInvalidFilesAreLeftOutWithAWarning() throws {
    let fixture = try Self.threeCatalogues()
    let index = try FederatedIndex.load(directory: fixture.local.root, revision: nil, names: ["vlaanderen"])
    // Valid only against the peer's schema (the local one forbids `region`), so it was checked against that.
    #expect(try index.search(SearchQuery(limit: nil)).hits.map(\.id) == ["be/gent/2021-wijkgesprekken"])
    // Its own model names categories its own taxonomy does not have: that file fails its own rules too.
    let skipped = ["cases/be/gent/2020-zonder-provincie.yaml", "schema/best-practice.yaml"]
    #expect(index.warnings == [.skippedFiles("vlaanderen", files: skipped)])
    #expect(
      index.warnings[0].text(.en)
        == "warning: vlaanderen: skipped 2 files that fail its own schema or rules: \(skipped[0]) and \(skipped[1])")
  }

  @Test func categoriesAreMatchedAcrossCatalogues() throws {
    let fixture = try Self.threeCatalogues()
    // `inspraak` is an alias of the local `participate`; the peer's `meedenken` shares its English label.
    let participation = try Self.search(fixture, filters: SearchFilters(categories: ["inspraak"]))
    #expect(
      Set(participation.hits.map(\.id)) == ["nl/anderstad/2019-twitterspreekuur", "be/gent/2021-wijkgesprekken"])
    let gent = try #require(participation.hits.first { $0.catalogue == "vlaanderen" })
    #expect(gent.categories == ["dialoog", "participate"])
    // A category only the peer knows, by its Dutch label or alias.
    #expect(try Self.search(fixture, filters: SearchFilters(categories: ["Dialoog met inwoners"])).hits.map(\.id) == ["be/gent/2021-wijkgesprekken"])
    #expect(try Self.search(fixture, filters: SearchFilters(categories: ["gesprek"])).total == 1)
    #expect(throws: QueryError.self) { try Self.search(fixture, filters: SearchFilters(categories: ["nergens"])) }
    // The local catalogue alone does not know `dialoog`.
    #expect(throws: QueryError.self) { try Self.search(fixture, ["local"], filters: SearchFilters(categories: ["dialoog"])) }
  }

  @Test func statsGiveTheMatrixPerCatalogueAndSummed() throws {
    let fixture = try Self.threeCatalogues()
    let index = try FederatedIndex.load(directory: fixture.local.root, revision: nil, names: ["all"])
    let coverage = index.coverage(by: .country)
    #expect(coverage.catalogues == ["local", "nederland", "vlaanderen"])
    #expect(coverage.summed.columns == ["BE", "NL"])
    let rows = Dictionary(uniqueKeysWithValues: coverage.summed.rows.map { ($0.category, $0) })
    // Sample cases are in `report` unless told otherwise: local 1 and nederland 1, both in NL.
    #expect(rows["report"]?.counts == [0, 2])
    #expect(rows["participate"]?.counts == [1, 1])
    #expect(rows["dialoog"]?.counts == [1, 0])
    #expect(coverage.summed.rows.last?.category == "dialoog")
    #expect(coverage.summed.total == 4)
    #expect(coverage.perCatalogue.map(\.total) == [1, 2, 1])
    #expect(coverage.perCatalogue[2].rows.first { $0.category == "participate" }?.total == 1)
    // Testdorp is in two catalogues: counted once.
    #expect(coverage.summed.municipalities == 3)
    let csv = FederatedCoverageRenderer.render(coverage, format: .csv, language: .en)
    #expect(csv.contains("\nvlaanderen,dialoog,Dialogue with residents,1,0,1"))
    #expect(csv.contains("\nall,all,all case studies,1,3,4"))
    let text = FederatedCoverageRenderer.render(coverage, format: .table, language: .en)
    #expect(text.hasPrefix("Summed over local, nederland and vlaanderen\n"))
    #expect(text.contains("category     label                                   local  nederland  vlaanderen  total"))
  }

  @Test func exportHasACatalogueColumnAndThePeersOwnFields() throws {
    let fixture = try Self.threeCatalogues()
    let export = try FederatedExport.export(
      directory: fixture.local.root, revision: nil, names: ["all"], kind: .caseStudy)
    #expect(Array(export.table.columns.prefix(3)) == ["catalogue", "id", "path"])
    #expect(export.table.columns.contains("region"))
    let ids = export.table.rows.map { "\($0[0].csvText) \($0[1].csvText)" }
    #expect(
      ids == [
        "local local:nl/testdorp/2020-wijkapp", "nederland nl/anderstad/2019-twitterspreekuur",
        "nederland nederland:nl/testdorp/2020-wijkapp", "vlaanderen be/gent/2021-wijkgesprekken",
      ])
    #expect(export.warnings.contains { $0.text(.en).contains("cases/be/gent/2020-zonder-provincie.yaml") })
  }

  @Test func exportSelectsWithTheWordsAndFiltersOfSearchInEveryCatalogue() throws {
    let fixture = try Self.threeCatalogues()
    func ids(_ kind: RecordKind = .caseStudy, words: [String] = [], filters: SearchFilters) throws -> [String] {
      let export = try FederatedExport.export(
        directory: fixture.local.root, revision: nil, names: ["all"], kind: kind, words: QueryWord.parse(words),
        filters: filters)
      return export.table.rows.map { "\($0[0].csvText) \($0[1].csvText)" }
    }
    // A category matched across catalogues: the local alias `inspraak` is the peer's `meedenken`.
    #expect(
      try ids(filters: SearchFilters(categories: ["inspraak"]))
        == ["nederland nl/anderstad/2019-twitterspreekuur", "vlaanderen be/gent/2021-wijkgesprekken"])
    // Only the peer's copy matches, and its id is still qualified: the local catalogue has it too.
    #expect(try ids(words: ["Nederland"], filters: SearchFilters()) == ["nederland nederland:nl/testdorp/2020-wijkapp"])
    #expect(try ids(.municipality, filters: SearchFilters(countries: ["BE"])) == ["vlaanderen be/gent"])
    let none = try FederatedExport.export(
      directory: fixture.local.root, revision: nil, names: ["all"], kind: .caseStudy,
      filters: SearchFilters(years: ["1990..1991"]))
    #expect(none.table.rows.isEmpty)
    #expect(none.hint != nil)
  }

  @Test func showGivesProvenanceFromThePeersHistory() throws {
    let fixture = try Self.threeCatalogues()
    let detail = try FederatedShow.detail(
      "nederland:nl/testdorp/2020-wijkapp", directory: fixture.local.root, revision: nil, names: [])
    #expect(detail.id == "nederland:nl/testdorp/2020-wijkapp")
    #expect(detail.document["title"]?.string == "Wijkapp zoals Nederland hem kent")
    let peerCommit = try #require(try fixture.peers["nederland"]!.repository.headCommit())
    #expect(detail.catalogue?.commit?.id == peerCommit.hex)
    #expect(detail.provenance.firstSubmitted?.message == "Content of nederland")
    #expect(RecordRenderer.render(detail, format: .markdown).contains("Catalogue: nederland (\(fixture.peers["nederland"]!.root)), read at commit \(peerCommit.shortHex)"))
    // Unqualified, the id is in two catalogues.
    #expect(
      throws: FederationError.ambiguousRecord(
        "nl/testdorp/2020-wijkapp",
        candidates: ["local:nl/testdorp/2020-wijkapp", "nederland:nl/testdorp/2020-wijkapp"])
    ) {
      try FederatedShow.detail("nl/testdorp/2020-wijkapp", directory: fixture.local.root, revision: nil, names: ["all"])
    }
    let only = try FederatedShow.detail(
      "be/gent/2021-wijkgesprekken", directory: fixture.local.root, revision: nil, names: ["all"])
    #expect(only.catalogue?.name == "vlaanderen")
    // The local catalogue's record names its catalogue too, in every format.
    let local = try FederatedShow.detail("local:nl/testdorp/2020-wijkapp", directory: fixture.local.root, revision: nil, names: [])
    #expect(local.id == "nl/testdorp/2020-wijkapp" && local.catalogue?.name == "local")
    let json = try JSONSerialization.jsonObject(with: Data(RecordRenderer.render(local, format: .json).utf8)) as? [String: Any]
    #expect((json?["catalogue"] as? [String: String]) == ["name": "local"])
    #expect(RecordRenderer.render(local, format: .markdown).contains("Catalogue: this catalogue"))
    #expect(RecordRenderer.render(local, format: .yaml).contains("# Catalogue: this catalogue"))
  }

  @Test func rankScoresEveryPolicyAgainstTheLocalModelAndSaysSo() throws {
    let fixture = try Self.threeCatalogues()
    let ranked = try FederatedRank.rank(ScoreRequest(directory: fixture.local.root), names: ["all"])
    #expect(ranked.report.catalogue.scores.map(\.municipality) == ["nl/testdorp"])
    #expect(ranked.report.catalogueOf == ["nl/testdorp": "nederland"])
    let text = RankRenderer.render(ranked.report, format: .text, language: .en)
    #expect(text.hasPrefix("Rank  Catalogue  Municipality"))
    #expect(text.contains("scored against the local best-practice model (schema/best-practice.yaml v"))
    let json = RankRenderer.render(ranked.report, format: .json, language: .nl)
    #expect(json.contains("\"catalogue\": \"nederland\""))
    #expect(json.contains("lokale model"))
  }

  @Test func whatIsNotFetchedOrNotListedIsSaid() throws {
    let fixture = try Self.threeCatalogues()
    try fixture.addPeer("later", files: ["cases/nl/x/municipality.yaml": Sample.municipality(name: "X")])
    let index = try FederatedIndex.load(directory: fixture.local.root, revision: nil, names: ["all"])
    #expect(index.warnings.contains(.notFetched("later")))
    #expect(throws: FederationError.notFetched("later")) {
      try FederatedIndex.load(directory: fixture.local.root, revision: nil, names: ["later"])
    }
    #expect(throws: FederationError.unknownCatalogue("elders", known: ["local", "all", "later", "nederland", "vlaanderen"])) {
      try FederatedIndex.load(directory: fixture.local.root, revision: nil, names: ["elders"])
    }
    let bare = try TemporaryCatalogue()
    #expect(throws: FederationError.noPeers) {
      try FederatedIndex.load(directory: bare.root, revision: nil, names: ["elders"])
    }
  }

  @Test func aForcePushedPeerIsReadAsItIsNow() throws {
    let fixture = try Self.threeCatalogues()
    let peer = fixture.peers["nederland"]!
    let old = try #require(try peer.repository.headCommit())
    // The peer starts its history over without the Anderstad case.
    let rewritten = try peer.repository.createCommit(
      tree: try peer.repository.commit(try peer.commit(["cases/nl/anderstad/2019-twitterspreekuur.yaml": nil], message: "x")).tree,
      parents: [], author: testAuthor, message: "Start over")
    try peer.repository.updateReference("refs/heads/main", to: rewritten, expected: .any, message: "force push")
    let results = try PeerFetcher.fetch(directory: fixture.local.root, names: ["nederland"], limits: Self.limits) { _ in }
    let fetched = try results[0].outcome.get()
    #expect(fetched.rewritten && fetched.previous == old && fetched.commit == rewritten)
    #expect(FetchReport.fetched(results[0].peer, fetched, .en).contains("rewrote its history"))
    let ids = try Self.search(fixture, ["nederland"]).hits.map(\.id)
    #expect(ids == ["nl/testdorp/2020-wijkapp"])
  }

  @Test func afterTheFetchEverythingWorksWithoutThePeer() throws {
    let fixture = try Self.threeCatalogues()
    for peer in fixture.peers.values { try FileManager.default.removeItem(atPath: peer.root) }
    #expect(try Self.search(fixture).total == 4)
    let again = try PeerFetcher.fetch(directory: fixture.local.root, names: ["nederland"], limits: Self.limits) { _ in }
    guard case .failure(let failure) = again[0].outcome else {
      Issue.record("a vanished peer was fetched")
      return
    }
    #expect(failure.message(.en).contains("failed"))
    #expect(again[0].kept != nil)
    #expect(try Self.search(fixture).total == 4)
  }

  @Test func thePeerListIsCheckedLikeAnyFile() throws {
    let fixture = try PeerFixture()
    try fixture.local.commit(
      [
        "schema/peers.yaml": """
        peers:
          - name: twee
            url: https://alice:geheim@example.org/catalogue.git
            branch: main
            description: A password in the address.
          - name: twee
            url: git@example.org:catalogue.git
            branch: a..b
            description: The same name again, and a branch git refuses.
          - name: all
            url: ftp://example.org/x
            branch: main
            description: A reserved name and an address casebook cannot fetch.
        """
      ], message: "Bad peer list")
    do {
      _ = try Workspace(directory: fixture.local.root).peers()
      Issue.record("a broken peer list was accepted")
    } catch {
      guard case FederationError.invalidPeerList(let diagnostics) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      let rules = Set(diagnostics.map { "\($0.line) \($0.rule)" })
      #expect(rules.contains("3 catalog.peer-credentials"))
      #expect(rules.contains("6 catalog.peer-duplicate"))
      #expect(rules.contains("8 catalog.peer-branch"))
      #expect(rules.contains("10 schema.not"))
      #expect(rules.contains("11 schema.pattern"))
    }
  }
}
