@testable import CasebookCore
import CasebookText
import CasebookGit
import CasebookYAML
import CasebookTestSupport
import Foundation
import Testing

/// Every file of a folder (paths relative to it, the marker included) with its bytes.
func siteFiles(_ folder: String) throws -> [String: Data] {
  var files: [String: Data] = [:]
  let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
  while let relative = enumerator.nextObject() as? String {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue else {
      continue
    }
    files[relative] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + relative))
  }
  return files
}

/// A fresh folder for a site (removed with the catalogue's temporary folder).
func siteFolder(_ catalogue: TemporaryCatalogue, _ name: String = "site") -> String {
  catalogue.root + "-" + name
}

func buildSite(_ catalogue: TemporaryCatalogue, output: String, revision: String? = nil, editURL: String? = nil) throws -> SiteResult {
  try SiteBuilder.build(SiteRequest(directory: catalogue.root, revision: revision, output: output, editURL: editURL))
}

func text(_ folder: String, _ path: String) throws -> String {
  try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
}

@Suite("site: pages, determinism, incremental and safe writing")
struct SiteTests {
  @Test("The same revision gives byte-identical sites, also from a bare repository")
  func deterministic() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let bare = try TemporaryCatalogue.searchFixture(bare: true)
    let first = siteFolder(catalogue, "a")
    let second = siteFolder(catalogue, "b")
    let third = siteFolder(bare, "c")
    defer { for folder in [first, second, third] { try? FileManager.default.removeItem(atPath: folder) } }
    _ = try buildSite(catalogue, output: first, revision: "HEAD")
    _ = try buildSite(catalogue, output: second, revision: "main")
    let one = try siteFiles(first)
    #expect(one.count > 40)
    #expect(one == (try siteFiles(second)))
    _ = try buildSite(bare, output: third)
    let fromBare = try siteFiles(third)
    #expect(Set(fromBare.keys) == Set(one.keys))
    #expect(fromBare["nl/cases/gb/riverton/2010-flood-volunteers.html"] != nil)
    for expected in [
      "index.html", "assets/site.css", "assets/print.css", "assets/site.js", "assets/engine.js", "assets/text.js",
      "assets/filters.js", "assets/search.js", "data/meta.js",
      "data/docs.js", "nl/index.html", "en/index.html", "nl/coverage.html", "en/policies.html", "nl/contribute.html",
      "nl/categories/index.html", "nl/categories/participate.html", "en/municipalities/nl/lindendorp.html",
      "en/countries/gb.html", "en/years/2010.html", "en/municipalities/index.html",
    ] {
      #expect(one[expected] != nil, "\(expected) is missing")
    }
  }

  @Test("Every page declares the strict policy, links only the site's own files and has no inline script or style")
  func strictPages() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let output = siteFolder(catalogue)
    defer { try? FileManager.default.removeItem(atPath: output) }
    _ = try buildSite(catalogue, output: output)
    let pages = try siteFiles(output).filter { $0.key.hasSuffix(".html") }
    #expect(pages.count > 30)
    for (path, data) in pages {
      let html = String(decoding: data, as: UTF8.self)
      #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self';"), "\(path)")
      #expect(!html.contains("<script>") && !html.contains("<style"), "\(path) has an inline script or style")
      #expect(!html.contains(" style=\"") && !html.contains(" onclick="), "\(path) has an inline style or handler")
      for match in html.matches(of: #/(?:src|href)="([^"]*)"/#) {
        let target = String(match.1)
        let external = target.hasPrefix("http:") || target.hasPrefix("https:") || target.hasPrefix("//")
        // Only catalogue sources, contacts and websites link out, always as plain links (never loaded).
        #expect(!external || html.contains("href=\"\(target)\" rel=\"nofollow noopener\""), "\(path) refers to \(target)")
      }
    }
  }

  @Test("A hostile title stays text in pages and in the search data")
  func hostileText() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let hostile = "\"<script>alert('x')</script> & </script><img src=x onerror=alert(1)> \\u2028\""
    try catalogue.commit(
      ["cases/nl/lindendorp/2022-schurk.yaml": Sample.caseStudy(title: hostile, year: 2022)], message: "Hostile title")
    let output = siteFolder(catalogue)
    defer { try? FileManager.default.removeItem(atPath: output) }
    _ = try buildSite(catalogue, output: output)
    for page in ["nl/cases/nl/lindendorp/2022-schurk.html", "en/municipalities/nl/lindendorp.html", "en/years/2022.html"] {
      let html = try text(output, page)
      #expect(!html.contains("<script>alert") && !html.contains("<img src=x"), "\(page)")
      #expect(html.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &lt;/script&gt;&lt;img src=x"), "\(page)")
    }
    var found = false
    for (path, data) in try siteFiles(output) where path.hasPrefix("data/r/") {
      let script = String(decoding: data, as: UTF8.self)
      #expect(!script.contains("</script") && !script.contains("<img"), "\(path)")
      if script.contains("\\u003cscript\\u003ealert") { found = true }
    }
    #expect(found, "the title is in the result data, escaped")
  }

  @Test("A rebuild writes nothing when nothing changed, and after one change only the files that show it")
  func incremental() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let output = siteFolder(catalogue)
    defer { try? FileManager.default.removeItem(atPath: output) }
    let first = try buildSite(catalogue, output: output)
    #expect(first.written == first.files)
    let again = try buildSite(catalogue, output: output)
    #expect(again.written == 0 && again.unchanged == again.files)
    let before = try siteFiles(output)
    let path = "cases/gb/riverton/2010-flood-volunteers.yaml"
    let original = try #require(TemporaryCatalogue.searchFixtureFiles()[path])
    let corrected = original.replacing("Forty residents", with: "Forty-two residents").replacing("boats and vans", with: "boats, vans")
    try catalogue.commit([path: corrected], message: "Correct", author: TestAuthors.bob)
    let changed = try buildSite(catalogue, output: output)
    let after = try siteFiles(output)
    let rewritten = Set(after.keys.filter { before[$0] != after[$0] })
    #expect(changed.written == rewritten.count - (rewritten.contains(".casebook-site") ? 1 : 0))
    #expect(rewritten.contains("nl/cases/gb/riverton/2010-flood-volunteers.html"))
    #expect(rewritten.contains("en/cases/gb/riverton/2010-flood-volunteers.html"))
    #expect(!rewritten.contains("nl/cases/be/beekhoven/2012-campagne-zwerfvuil.html"))
    #expect(!rewritten.contains("en/contribute.html") && !rewritten.contains("assets/site.js"))
    // The summary is the result's snippet text: the one result-text file that holds the case is written again.
    #expect(rewritten.count { $0.hasPrefix("data/r/") } == 1, "\(rewritten.sorted())")
    #expect(changed.written < changed.files / 2, "rewrote \(changed.written) of \(changed.files): \(rewritten.sorted())")
  }

  @Test(
    "A rebuild after a change equals a build from scratch (every page's digest covers what it shows)",
    arguments: ["case title", "municipality name", "policy", "new case", "removed case"])
  func rebuildEqualsFreshBuild(change: String) throws {
    let folder = try TemporaryCatalogue(schemas: true)
    var files = try TemporaryCatalogue.files(under: "cases")
    for (path, text) in try TemporaryCatalogue.searchFixtureFiles() { files[path] = text }
    try folder.commit(files, message: "Catalogue")
    let rebuilt = siteFolder(folder, "rebuilt")
    let fresh = siteFolder(folder, "fresh")
    defer { for path in [rebuilt, fresh] { try? FileManager.default.removeItem(atPath: path) } }
    _ = try SiteBuilder.build(SiteRequest(directory: folder.root, revision: "HEAD", output: rebuilt))
    let flood = "cases/gb/riverton/2010-flood-volunteers.yaml"
    switch change {
    case "case title":
      try folder.commit([flood: try #require(files[flood]).replacing("title: Flood volunteers", with: "title: Renamed flood volunteers")], message: "c")
    case "municipality name":
      try folder.commit(["cases/gb/riverton/municipality.yaml": Sample.municipality(name: "Riverton-on-Sea", country: "GB")], message: "c")
    case "policy":
      let path = "cases/be/testergem/policy.yaml"
      try folder.commit([path: try #require(files[path]).replacing("clipping_service: false", with: "clipping_service: true")], message: "c")
    case "new case":
      try folder.commit(["cases/gb/riverton/2011-new.yaml": Sample.caseStudy(title: "Flood volunteers again", year: 2011, categories: ["community"])], message: "c")
    default:
      try folder.commit([flood: nil], message: "c")
    }
    let again = try SiteBuilder.build(SiteRequest(directory: folder.root, revision: "HEAD", output: rebuilt))
    _ = try SiteBuilder.build(SiteRequest(directory: folder.root, revision: "HEAD", output: fresh))
    var one = try siteFiles(rebuilt)
    var two = try siteFiles(fresh)
    one[".casebook-site"] = nil
    two[".casebook-site"] = nil
    #expect(Set(one.keys) == Set(two.keys))
    for (path, bytes) in two where one[path] != bytes { Issue.record("\(path) differs from a build from scratch") }
    #expect(again.written + again.unchanged == again.files)
    #expect(again.written < again.files / 2, "\(change): rewrote \(again.written) of \(again.files)")
  }

  @Test("After a commit that changes one case, a municipality's comparison is rewritten only when it shows that case")
  func commitLeavesOtherComparisons() throws {
    let folder = try TemporaryCatalogue(schemas: true)
    var files = try TemporaryCatalogue.files(under: "cases")
    for (path, text) in try TemporaryCatalogue.searchFixtureFiles() { files[path] = text }
    try folder.commit(files, message: "Catalogue")
    let output = siteFolder(folder)
    defer { try? FileManager.default.removeItem(atPath: output) }
    _ = try SiteBuilder.build(SiteRequest(directory: folder.root, revision: "HEAD", output: output))
    let before = try siteFiles(output)
    let flood = "cases/gb/riverton/2010-flood-volunteers.yaml"
    try folder.commit([flood: try #require(files[flood]).replacing("title: Flood volunteers", with: "title: Renamed flood volunteers")], message: "c")
    _ = try SiteBuilder.build(SiteRequest(directory: folder.root, revision: "HEAD", output: output))
    let after = try siteFiles(output)
    let comparisons = before.filter { $0.key.contains("/municipalities/") && String(decoding: $0.value, as: UTF8.self).contains("class=\"comparison\"") }
    #expect(!comparisons.isEmpty)
    for (path, bytes) in comparisons where after[path] != bytes {
      #expect(String(decoding: after[path] ?? Data(), as: UTF8.self).contains("2010-flood-volunteers.html"), "\(path) was rewritten")
    }
  }

  @Test("Pages of a removed case are removed; files the site did not write stay")
  func stale() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let output = siteFolder(catalogue)
    defer { try? FileManager.default.removeItem(atPath: output) }
    _ = try buildSite(catalogue, output: output)
    try "mine".write(toFile: output + "/CNAME", atomically: true, encoding: .utf8)
    try catalogue.commit(["cases/gb/riverton/2010-flood-volunteers.yaml": nil], message: "Remove")
    let result = try buildSite(catalogue, output: output)
    // Its page in both languages, and the year 2010's list, which has no other case.
    #expect(result.removed == 4)
    #expect(!FileManager.default.fileExists(atPath: output + "/en/years/2010.html"))
    #expect(!FileManager.default.fileExists(atPath: output + "/nl/cases/gb/riverton/2010-flood-volunteers.html"))
    #expect(FileManager.default.fileExists(atPath: output + "/CNAME"))
  }

  @Test("A folder with other files is refused, and nothing is written into it")
  func refusesForeignFolder() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let output = siteFolder(catalogue)
    defer { try? FileManager.default.removeItem(atPath: output) }
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    try "keep".write(toFile: output + "/notes.txt", atomically: true, encoding: .utf8)
    #expect(throws: SiteError.self) { try buildSite(catalogue, output: output) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["notes.txt"])
    do {
      _ = try buildSite(catalogue, output: output)
    } catch let error as SiteError {
      #expect(error.isUsageError)
      #expect(error.message.text(.en).contains("was not written by `casebook site`"))
    }
  }

  @Test("Links in the output folder are never followed: a linked folder is refused, a linked file replaced")
  func symbolicLinks() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let output = siteFolder(catalogue)
    let elsewhere = siteFolder(catalogue, "elsewhere")
    defer { for folder in [output, elsewhere, output + "-link"] { try? FileManager.default.removeItem(atPath: folder) } }
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
    try "precious".write(toFile: elsewhere + "/index.html", atomically: true, encoding: .utf8)
    _ = try buildSite(catalogue, output: output)
    // A planted link to a file: replaced by the page, the file it pointed to untouched.
    try FileManager.default.removeItem(atPath: output + "/index.html")
    try FileManager.default.createSymbolicLink(atPath: output + "/index.html", withDestinationPath: elsewhere + "/index.html")
    _ = try buildSite(catalogue, output: output)
    #expect(try String(contentsOfFile: elsewhere + "/index.html", encoding: .utf8) == "precious")
    let attributes = try FileManager.default.attributesOfItem(atPath: output + "/index.html")
    #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    // A planted link to a folder: refused, nothing written there.
    try FileManager.default.removeItem(atPath: output + "/en")
    try FileManager.default.createSymbolicLink(atPath: output + "/en", withDestinationPath: elsewhere)
    #expect(throws: SiteError.self) { try buildSite(catalogue, output: output) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere) == ["index.html"])
    // The output folder itself as a link: refused.
    try FileManager.default.createSymbolicLink(atPath: output + "-link", withDestinationPath: elsewhere)
    #expect(throws: SiteError.self) { try buildSite(catalogue, output: output + "-link") }
  }

  @Test("Provenance of every file from one history walk equals each file's own history")
  func provenanceInOneWalk() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let path = "cases/gb/riverton/2010-flood-volunteers.yaml"
    let original = try #require(TemporaryCatalogue.searchFixtureFiles()[path])
    try catalogue.commit([path: original.replacing("Forty", with: "Fifty")], message: "One", author: TestAuthors.bob)
    // A merge that takes the file unchanged from its second parent does not count as a change of it.
    let head = try #require(try catalogue.repository.headCommit())
    let base = try catalogue.repository.commit(head).parents[0]
    let side = try catalogue.repository.createCommit(
      tree: try catalogue.repository.commit(head).tree, parents: [base], author: TestAuthors.carol, message: "Side")
    let merge = try catalogue.repository.createCommit(
      tree: try catalogue.repository.commit(head).tree, parents: [base, side], author: TestAuthors.carol, message: "Merge")
    try catalogue.repository.updateReference("refs/heads/merged", to: merge, expected: .absent, message: "test")
    try catalogue.commit(
      ["cases/nl/lindendorp/2021-inspraak-marktplein.yaml": Sample.caseStudy(title: "Nieuw", year: 2021)], message: "Two",
      author: TestAuthors.carol)
    let workspace = try Workspace(directory: catalogue.root)
    for revision in ["HEAD", "merged"] {
      let snapshot = try workspace.snapshot(revision: revision)
      let all = try workspace.provenances(in: snapshot)
      #expect(all.count == snapshot.entries.count { $0.path.hasPrefix("cases/") })
      for entry in snapshot.entries where entry.path.hasPrefix("cases/") {
        #expect(all[entry.path] == (try workspace.provenance(of: entry.path, in: snapshot)), "\(revision) \(entry.path)")
      }
    }
  }

  /// Every municipality's, not only one: the site makes each criterion's block once for all policies with the
  /// same findings, and a block must never be one made for another policy.
  @Test("A municipality's page holds the same comparison as `compare --format html`")
  func comparisonIsTheSamePage() throws {
    let folder = try TemporaryCatalogue(schemas: true)
    try folder.commit(try TemporaryCatalogue.files(under: "cases"), message: "Reference cases")
    let output = siteFolder(folder)
    defer { try? FileManager.default.removeItem(atPath: output) }
    _ = try SiteBuilder.build(SiteRequest(directory: folder.root, revision: "HEAD", output: output))
    for (language, id) in Language.allCases.flatMap({ language in
      ["be/testergem", "nl/proefdorp", "nl/voorbeeldstad"].map { (language, $0) }
    }) {
      let report = try Comparer.compare(
        String(id.split(separator: "/")[1]), request: ScoreRequest(directory: folder.root, revision: "HEAD"))
      let standalone = CompareRenderer.render(report, format: .html, language: language)
      let page = try text(output, "\(language.rawValue)/municipalities/\(id).html")
      func sections(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<section aria-labelledby=\"scores\">"))
        let end = try #require(html.range(of: "</section>\n", options: .backwards, range: start.lowerBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
          .replacing(#/<a href="[^"]*">/#, with: "").replacing("</a>", with: "")
          .replacing(#/revision [^)]*\) /#, with: "").replacing(#/commit [0-9a-f]+/#, with: "")
      }
      #expect(try sections(page) == (try sections(standalone)), "\(language) \(id)")
      #expect(page.contains("<svg"))
    }
  }

  @Test("Peers found once per criterion are those `compare` finds for each municipality")
  func peersOnce() throws {
    let folder = try TemporaryCatalogue(schemas: true)
    var files = try TemporaryCatalogue.files(under: "cases")
    // More municipalities meeting and missing criteria, so that the limit of three and the own-case rule matter.
    for number in 1...4 {
      files["cases/nl/dorp-\(number)/municipality.yaml"] = Sample.municipality(name: "Dorp \(number)")
      files["cases/nl/dorp-\(number)/policy.yaml"] = try #require(files["cases/nl/voorbeeldstad/policy.yaml"])
      files["cases/nl/dorp-\(number)/2020-\(number).yaml"] = Sample.caseStudy(
        title: "Casus \(number)", year: 2018 + number, categories: ["participate", "report"])
    }
    try folder.commit(files, message: "Catalogue")
    let catalogue = try Catalogue.load(try Workspace(directory: folder.root).snapshot(revision: "HEAD"))
    let (scores, problem) = SiteBuilder.scores(catalogue, limits: YAMLLimits())
    let all = try #require(scores, "\(problem?.text(.en) ?? "")")
    let peers = SitePeers(all)
    #expect(all.scores.count >= 6)
    for score in all.scores {
      let expected = all.withPeers(score).criteria.map(\.peers)
      #expect(peers.withPeers(score).criteria.map(\.peers) == expected, "\(score.municipality)")
    }
  }

  @Test("The edit link and bad options")
  func options() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let output = siteFolder(catalogue)
    defer { try? FileManager.default.removeItem(atPath: output) }
    _ = try buildSite(catalogue, output: output, editURL: "https://git.example/org/repo/edit/main/{path}")
    let page = try text(output, "en/cases/gb/riverton/2010-flood-volunteers.html")
    #expect(page.contains("href=\"https://git.example/org/repo/edit/main/cases/gb/riverton/2010-flood-volunteers.yaml\""))
    for bad in [
      SiteRequest(directory: catalogue.root, output: output, editURL: "javascript:alert(1)/{path}"),
      SiteRequest(directory: catalogue.root, output: output, editURL: "https://git.example/no-placeholder"),
      SiteRequest(directory: catalogue.root, output: output, baseURL: "file:///etc/"),
    ] {
      #expect(throws: SiteError.self) { try SiteBuilder.build(bad) }
    }
  }
}
