import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// `casebook fetch` and `--catalogue` end to end, with peers served for real on 127.0.0.1: smart HTTP
/// (`git http-backend`), `git daemon` and `file://`; a peer that goes down mid-fetch, one behind a password,
/// one that never answers.
@Suite(.serialized) struct FederationServerTests {
  /// A folder for one test: `served/` holds the peers' bare repositories.
  final class Workbench {
    let folder: String
    var served: String { folder + "/served" }
    let local: TemporaryCatalogue

    init() throws {
      let url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-peers-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url.appendingPathComponent("served"), withIntermediateDirectories: true)
      folder = url.resolvingSymlinksInPath().path
      local = try TemporaryCatalogue()
      try local.commit(
        [
          "cases/nl/testdorp/municipality.yaml": Sample.municipality(name: "Testdorp"),
          "cases/nl/testdorp/2020-wijkapp.yaml": Sample.caseStudy(title: "Wijkapp in Testdorp"),
        ], message: "Local content")
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// A bare peer repository `served/<name>.git` with the real schema, one municipality and `cases` case
    /// studies; `noise` adds that many bytes that do not compress (a large transfer).
    @discardableResult
    func peer(_ name: String, at path: String? = nil, cases: Int = 1, noise: Int = 0) throws -> Repository {
      let repository = try Repository.create(at: served + "/\(path ?? name).git", bare: true)
      var changes: [String: FileChange] = [:]
      for (path, text) in try TemporaryCatalogue.files(under: "schema") { changes[path] = .write(Array(text.utf8), .regular) }
      changes["cases/be/\(name)/municipality.yaml"] = .write(Array(Sample.municipality(name: name.capitalized, country: "BE").utf8), .regular)
      for number in 0..<cases {
        let text = Sample.caseStudy(title: "Geval \(number) van \(name)", year: 2000 + number % 25)
        changes["cases/be/\(name)/case-\(number).yaml"] = .write(Array(text.utf8), .regular)
      }
      if noise > 0, let random = FileHandle(forReadingAtPath: "/dev/urandom") {
        changes["assets/noise.bin"] = .write(Array(random.readData(ofLength: noise)), .regular)
      }
      try repository.commitChanges(changes, message: "Catalogue \(name)", author: testAuthor, branch: "refs/heads/main")
      return repository
    }

    /// Lists the peers (name and address) in the local `schema/peers.yaml`.
    func list(_ peers: [(name: String, url: String)]) throws {
      var text = "peers:\n"
      for peer in peers {
        text += "  - name: \(peer.name)\n    url: \(peer.url)\n    branch: main\n    description: Peer \(peer.name) for tests.\n"
      }
      try local.commit(["schema/peers.yaml": text], message: "Peers")
    }

    func casebook(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 120) throws -> BoundedRun {
      try boundedRun([casebookExecutable.path] + arguments, in: local.root, environment: environment, timeout: timeout)
    }

    func references() throws -> [String] {
      try local.repository.references(under: "refs/").map(\.name)
    }
  }

  @Test func peersOverHTTPGitDaemonAndFileAreFetchedThenReadOffline() throws {
    let bench = try Workbench()
    try bench.peer("web", cases: 3)
    let daemonPeer = try bench.peer("daemon", cases: 2)
    try bench.peer("disk", cases: 1)
    let http = try PeerServers.http(root: bench.served)
    let daemon = try PeerServers.daemon(root: bench.served)
    defer {
      http.stop()
      daemon.stop()
    }
    try bench.list([
      ("web", "http://127.0.0.1:\(http.port)/web.git"), ("daemon", "git://127.0.0.1:\(daemon.port)/daemon.git"),
      ("disk", "file://\(bench.served)/disk.git"),
    ])
    let head = try bench.local.repository.headCommit()
    let first = try bench.casebook(["fetch"])
    #expect(first.status == 0, "\(first)")
    for name in ["web", "daemon", "disk"] { #expect(first.output.contains("\(name): fetched "), "\(first)") }
    // Not a terminal: no progress line, nothing but results.
    #expect(!first.errors.contains("\r") && !first.errors.contains("receiving"), "\(first)")
    #expect(
      try bench.references()
        == ["refs/casebook/peers/daemon", "refs/casebook/peers/disk", "refs/casebook/peers/web", "refs/heads/main"])
    #expect(try bench.local.repository.headCommit() == head)
    // One change at one peer: only that one moves, and little travels.
    try daemonPeer.commitChanges(
      ["cases/be/daemon/case-0.yaml": .write(Array(Sample.caseStudy(title: "Gewijzigd geval").utf8), .regular)],
      message: "Change one case", author: testAuthor, branch: "refs/heads/main")
    let second = try bench.casebook(["fetch"])
    #expect(second.status == 0, "\(second)")
    #expect(second.output.contains("daemon: updated "), "\(second)")
    #expect(second.output.contains("web: up to date at "), "\(second)")
    // Offline: the servers are gone, everything still reads.
    http.stop()
    daemon.stop()
    let search = try bench.casebook(["search", "--catalogue", "all", "--format", "json", "--limit", "0"])
    #expect(search.status == 0, "\(search)")
    let results = try jsonObject(search.output)
    #expect(results["total"] as? Int == 7)
    let catalogues = Set(((results["results"] as? [[String: Any]]) ?? []).compactMap { $0["catalogue"] as? String })
    #expect(catalogues == ["local", "web", "daemon", "disk"])
    let changed = try bench.casebook(["search", "gewijzigd", "--catalogue", "daemon", "--format", "json"])
    #expect(try jsonObject(changed.output)["total"] as? Int == 1, "\(changed)")
    let list = try bench.casebook(["fetch", "--list", "--format", "json"])
    let peers = try #require(try jsonObject(list.output)["peers"] as? [[String: Any]])
    #expect(peers.map { $0["cases"] as? Int } == [3, 2, 1])
    #expect(peers.allSatisfy { $0["fetched"] is String && $0["commit"] is String })
  }

  @Test func exportAcrossCataloguesTakesTheWordsAndFiltersOfSearch() throws {
    let bench = try Workbench()
    try bench.peer("disk", cases: 3)
    try bench.list([("disk", "file://\(bench.served)/disk.git")])
    #expect(try bench.casebook(["fetch"]).status == 0)
    func rows(_ arguments: [String]) throws -> [[String: Any]] {
      let run = try bench.casebook(["export", "--catalogue", "all", "--format", "json"] + arguments)
      #expect(run.status == 0, "\(run)")
      return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
    }
    func names(_ rows: [[String: Any]]) -> [String] {
      rows.map { "\($0["catalogue"] as? String ?? "?") \($0["id"] as? String ?? "?")" }
    }
    #expect(names(try rows(["geval", "--year", "2001"])) == ["disk be/disk/case-1"])
    #expect(names(try rows(["wijkapp"])) == ["local nl/testdorp/2020-wijkapp"])
    #expect(names(try rows(["--kind", "municipality", "--country", "be"])) == ["disk be/disk"])
    let ndjson = try bench.casebook(["export", "--catalogue", "disk", "--format", "ndjson", "--municipality", "be/disk"])
    #expect(ndjson.output.split(separator: "\n").count == 3, "\(ndjson)")
    let nothing = try bench.casebook(["export", "--catalogue", "all", "--year", "1990"])
    #expect(nothing.status == 0 && nothing.errors.contains("--year"), "\(nothing)")
    let database = try bench.casebook(["export", "--catalogue", "all", "--format", "sqlite", "--output", "all.db"])
    #expect(database.status == 0, "\(database)")
    #expect(FileManager.default.fileExists(atPath: bench.local.root + "/all.db"))
  }

  @Test func oneSiteOverTheLocalCatalogueAndAFetchedPeer() throws {
    let bench = try Workbench()
    try bench.peer("disk", cases: 2)
    try bench.list([("disk", "file://\(bench.served)/disk.git")])
    #expect(try bench.casebook(["fetch"]).status == 0)
    let site = try bench.casebook(["site", "--catalogue", "all", "--output", bench.folder + "/site"])
    #expect(site.status == 0, "\(site)")
    let page = try String(contentsOfFile: bench.folder + "/site/en/cases/be/disk/case-1.html", encoding: .utf8)
    #expect(page.contains("<dt>Catalogue</dt><dd>disk</dd>") && page.contains("Geval 1 van disk"))
    let meta = try String(contentsOfFile: bench.folder + "/site/data/meta.js", encoding: .utf8)
    #expect(meta.contains("\"catalogues\":[\"local\",\"disk\"]"))
    #expect(FileManager.default.fileExists(atPath: bench.folder + "/site/en/cases/nl/testdorp/2020-wijkapp.html"))
    let unknown = try bench.casebook(["site", "--catalogue", "elders", "--output", bench.folder + "/other"])
    #expect(unknown.status == 64 && unknown.errors.contains("elders"), "\(unknown)")
  }

  @Test func aPeerThatGoesDownMidFetchFailsAloneAndLeavesNothingHalfDone() throws {
    let bench = try Workbench()
    try bench.peer("dying", noise: 2_000_000)
    try bench.peer("disk", cases: 1)
    var http = try PeerServers.http(root: bench.served, dieAfterBytes: 300_000)
    defer { http.stop() }
    try bench.list([("dying", "http://127.0.0.1:\(http.port)/dying.git"), ("disk", "file://\(bench.served)/disk.git")])
    let run = try bench.casebook(["fetch"])
    #expect(run.status == 1, "\(run)")
    #expect(run.errors.contains("error: dying: fetching http://127.0.0.1:\(http.port)/dying.git failed"), "\(run)")
    #expect(run.errors.contains("dying: not fetched yet, so it is not read"), "\(run)")
    #expect(run.output.contains("disk: fetched "), "\(run)")
    #expect(try bench.references() == ["refs/casebook/peers/disk", "refs/heads/main"])
    let packs = try FileManager.default.contentsOfDirectory(atPath: bench.local.repository.gitDirectory + "objects/pack")
    #expect(!packs.contains { $0.hasPrefix("tmp") || $0.hasPrefix("pack_") && !$0.hasSuffix(".pack") && !$0.hasSuffix(".idx") }, "\(packs)")
    try gitCommand(["fsck", "--strict"], in: bench.local.root)
    // The peer is back: the fetch completes.
    http.stop()
    http = try PeerServers.http(root: bench.served)
    try bench.list([("dying", "http://127.0.0.1:\(http.port)/dying.git"), ("disk", "file://\(bench.served)/disk.git")])
    let again = try bench.casebook(["fetch", "dying"])
    #expect(again.status == 0, "\(again)")
    #expect(again.output.contains("dying: fetched "), "\(again)")
  }

  @Test func credentialsComeFromGitsCredentialHelperAndAreNotStored() throws {
    let bench = try Workbench()
    try FileManager.default.createDirectory(atPath: bench.served + "/private", withIntermediateDirectories: true)
    try bench.peer("closed", at: "private/closed", cases: 2)
    let http = try PeerServers.http(root: bench.served)
    defer { http.stop() }
    try bench.list([("closed", "http://127.0.0.1:\(http.port)/private/closed.git")])
    func helper(_ password: String) throws -> [String: String] {
      let config = bench.folder + "/gitconfig-\(password)"
      let script = bench.folder + "/helper-\(password).sh"
      try "#!/bin/sh\ncat >/dev/null\necho username=reader\necho password=\(password)\n".write(
        toFile: script, atomically: true, encoding: .utf8)
      chmod(script, 0o755)
      try "[credential]\n\thelper = \(script)\n".write(toFile: config, atomically: true, encoding: .utf8)
      return ["GIT_CONFIG_GLOBAL": config, "GIT_CONFIG_NOSYSTEM": "1"]
    }
    let none = try bench.casebook(["fetch"], environment: ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"])
    #expect(none.status == 1, "\(none)")
    #expect(none.errors.contains("credential helper"), "\(none)")
    let wrong = try bench.casebook(["fetch"], environment: try helper("wrong"))
    #expect(wrong.status == 1, "\(wrong)")
    #expect(wrong.errors.contains("refused the credentials"), "\(wrong)")
    let right = try bench.casebook(["fetch"], environment: try helper("s3cret"))
    #expect(right.status == 0, "\(right)")
    #expect(right.output.contains("closed: fetched "), "\(right)")
    let stored = try boundedRun(["grep", "-r", "-l", "s3cret", bench.local.root], in: bench.local.root)
    #expect(stored.status == 1 && stored.output.isEmpty, "the password was written to \(stored.output)")
  }

  @Test func aPeerThatNeverAnswersTimesOutAndTheOthersGoOn() throws {
    let bench = try Workbench()
    try bench.peer("disk", cases: 1)
    let silent = try Listener()
    defer { silent.close() }
    try bench.list([
      ("silent", "git://127.0.0.1:\(silent.port)/silent.git"), ("mute", "http://127.0.0.1:\(silent.port)/mute.git"),
      ("disk", "file://\(bench.served)/disk.git"),
    ])
    let run = try bench.casebook(["fetch", "--timeout", "1"], timeout: 60)
    #expect(run.status == 1, "\(run)")
    #expect(run.seconds < 30, "\(run)")
    #expect(run.errors.contains("error: silent: git://127.0.0.1:\(silent.port)/silent.git sent nothing for 1 seconds"), "\(run)")
    #expect(run.errors.contains("error: mute: http://127.0.0.1:\(silent.port)/mute.git sent nothing for 1 seconds"), "\(run)")
    #expect(run.output.contains("disk: fetched "), "\(run)")
    #expect(run.errors.contains("2 of 3 peers could not be fetched"), "\(run)")
  }

  @Test func progressIsShownOnATerminalOnly() throws {
    let bench = try Workbench()
    try bench.peer("disk", cases: 20)
    try bench.list([("disk", "file://\(bench.served)/disk.git")])
    // `script` gives the command a terminal for standard output and error.
    let command = "'\(casebookExecutable.path)' fetch"
    let run = try boundedRun(["/usr/bin/script", "-qec", command, "/dev/null"], in: bench.local.root, timeout: 60)
    #expect(run.status == 0, "\(run)")
    #expect(run.output.contains("\r\u{1B}[Kdisk: "), "\(run)")
    #expect(run.output.contains("disk: fetched "), "\(run)")
  }
}

/// Runs the `git` tool (as an independent check, never to build repositories); its output.
@discardableResult
func gitCommand(_ arguments: [String], in folder: String, allowFailure: Bool = false) throws -> String {
  let run = try boundedRun(["git"] + arguments, in: folder, timeout: 60)
  if run.status != 0 && !allowFailure { throw ServerDidNotStart(what: "git \(arguments.joined(separator: " ")): \(run.errors)") }
  return run.output
}
