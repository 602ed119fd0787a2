import CasebookCore
import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// A peer catalogue is another organisation's repository: whatever it serves is fetched and read under the
/// same limits as a local revision, cannot change the local repository, and cannot stop the other peers from
/// being read.
@Suite struct HostilePeerTests {
  /// The local catalogue with a well-behaved peer `good` and the hostile peer `bad`, both fetched.
  func catalogues(bad: TemporaryCatalogue) throws -> PeerFixture {
    let fixture = try PeerFixture()
    try fixture.addPeer(
      "good",
      files: [
        "cases/be/goedkerke/municipality.yaml": Sample.municipality(name: "Goedkerke", country: "BE"),
        "cases/be/goedkerke/2022-goed.yaml": Sample.caseStudy(title: "Een goed voorbeeld"),
      ])
    try fixture.add("bad", bad)
    let results = try PeerFetcher.fetch(directory: fixture.local.root, names: [], limits: PeerFetchDefaults.limits) { _ in }
    for result in results {
      if case .failure(let failure) = result.outcome { Issue.record("\(result.peer.name): \(failure.message(.en))") }
    }
    return fixture
  }

  @Test("A peer serving a tree bomb is left out with a warning under `all`, and refused when named")
  func treeBomb() throws {
    let bad = try hostileCatalogue(bare: true)
    let blob = try bad.repository.writeBlob(Array("title: Bom\n".utf8))
    var tree = try bad.repository.writeUncheckedObject(treeBytes([(Array("x.yaml".utf8), .regular, blob)]), kind: .tree)
    for _ in 0..<10 {
      tree = try bad.repository.writeUncheckedObject(treeBytes((0..<10).map { (Array("d\($0)".utf8), .tree, tree) }), kind: .tree)
    }
    try bad.commit(casesTree: tree, message: "Bomb")
    let fixture = try catalogues(bad: bad)
    let all = try guardedRun(["search", "--catalogue", "all", "--format", "csv"], in: fixture.local.root)
    report("peer tree bomb", "search --catalogue all", all)
    #expect(all.status == 0, "\(all)")
    #expect(all.errors.contains("warning: bad cannot be read and is left out: "), "\(all)")
    #expect(all.errors.contains("more than 200000 files"), "\(all)")
    #expect(all.output.contains("\ngood,be/goedkerke/2022-goed,"), "\(all)")
    let named = try guardedRun(["stats", "--catalogue", "bad"], in: fixture.local.root)
    #expect(named.status == 1, "\(named)")
    #expect(named.errors.hasPrefix("error: bad: "), "\(named)")
  }

  @Test("Links, oversized files, alias bombs and deep nesting in a peer are left out, each file named once")
  func hostileFiles() throws {
    let bad = try hostileCatalogue(bare: true)
    let folder = municipalityFolder
    try bad.commitChanges(
      [
        "\(folder)/2020-link.yaml": .write(Array("../../../../etc/passwd".utf8), .symlink),
        "\(folder)/2020-large.yaml": .write(Array("title: ".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 20 << 20), .regular),
        "\(folder)/2020-aliases.yaml": .write(try fixture("alias-bomb.yaml"), .regular),
        "\(folder)/2020-deep.yaml": .write(Array(("title: " + String(repeating: "[", count: 100_000)).utf8), .regular),
        "\(folder)/2020-fine.yaml": .write(Array(Sample.caseStudy(title: "Toch een goed geval").utf8), .regular),
      ], message: "Hostile files")
    let fixture = try catalogues(bad: bad)
    let run = try guardedRun(["search", "--catalogue", "all", "--format", "csv"], in: fixture.local.root)
    report("peer hostile files", "search --catalogue all", run)
    #expect(run.status == 0, "\(run)")
    let warnings = run.errors.split(separator: "\n").filter { $0.hasPrefix("warning: bad:") }
    #expect(warnings.count == 1, "\(run)")
    for name in ["2020-aliases", "2020-deep", "2020-large", "2020-link"] {
      #expect(warnings.first?.contains("\(folder)/\(name).yaml") == true, "\(run)")
    }
    #expect(run.output.contains("\nbad,gb/testshire/2020-fine,"), "\(run)")
    #expect(!run.output.contains("2020-link"), "\(run)")
  }

  @Test("A peer without a usable case schema has its cases left out rather than checked in part")
  func missingSchema() throws {
    let bad = try hostileCatalogue(bare: true)
    try bad.commit(
      [
        "schema/case.schema.json": nil,
        "\(municipalityFolder)/2021-ongecontroleerd.yaml": "title: [not, a, title]\nyear: many\n",
      ], message: "No case schema")
    let fixture = try catalogues(bad: bad)
    let index = try FederatedIndex.load(directory: fixture.local.root, revision: nil, names: ["bad"])
    #expect(index.indexes[0].caseCount == 0)
    #expect(index.warnings.contains { $0.text(.en).contains("\(municipalityFolder)/2021-ongecontroleerd.yaml") })
  }

  @Test("A peer whose own schema accepts anything cannot make a record crash the views")
  func permissiveSchema() throws {
    let bad = try hostileCatalogue(bare: true)
    try bad.commit(
      [
        "schema/case.schema.json": #"{"$schema": "https://json-schema.org/draft/2020-12/schema"}"#,
        "\(municipalityFolder)/2021-vreemd.yaml": "title: {nested: [1, 2]}\nyear: -5\ncategories: 17\ntags: [[x]]\n",
      ], message: "Anything goes")
    let fixture = try catalogues(bad: bad)
    for arguments in [
      ["search", "--catalogue", "bad", "--format", "json"], ["stats", "--catalogue", "all"],
      ["export", "--catalogue", "all", "--format", "ndjson"], ["show", "bad:gb/testshire/2021-vreemd"],
    ] {
      let run = try guardedRun(arguments, in: fixture.local.root)
      #expect(run.status == 0, "\(arguments): \(run)")
    }
  }

  @Test("A pack beyond --max-fetch-size is stopped; the local repository stays as it was")
  func oversizedPack() throws {
    let bad = try hostileCatalogue(bare: true)
    let noise = FileHandle(forReadingAtPath: "/dev/urandom")!.readData(ofLength: 3 << 20)
    try bad.commitChanges(["assets/noise.bin": .write(Array(noise), .regular)], message: "Bulk")
    let fixture = try PeerFixture()
    try fixture.add("bad", bad)
    let before = Fingerprint(of: fixture.local.root)
    let run = try measuredCasebook(["fetch", "--max-fetch-size", "1M"], in: fixture.local.root)
    #expect(run.status == 1, "\(run)")
    #expect(run.errors.contains("sent more than 1.0 MB"), "\(run)")
    #expect(run.peakBytes < Budget.bytes, "\(run)")
    let after = Fingerprint(of: fixture.local.root)
    #expect(after == before, "\(after.differences(from: before))")
  }
}
