@testable import CasebookCore
import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// A browser keeps scripts and styles it has seen. When a rebuilt site brings new data files, a page must not
/// run them with an older `engine.js` from the browser's cache: every page names its assets with a version taken
/// from their content.
@Suite("site: versioned addresses of scripts and styles")
struct SiteAssetVersionTests {
  @Test("Every page names each script and style with the version of the file the site holds")
  func addressesFollowContent() throws {
    let catalogue = try TemporaryCatalogue.searchFixture()
    let output = siteFolder(catalogue)
    defer { try? FileManager.default.removeItem(atPath: output) }
    _ = try buildSite(catalogue, output: output, revision: "HEAD")
    let files = try siteFiles(output)
    var named = Set<String>()
    for (path, data) in files where path.hasSuffix(".html") {
      let html = String(decoding: data, as: UTF8.self)
      let references = html.matches(of: #/(?:src|href)="((?:\.\./)*)assets/([^"?]+)([^"]*)"/#)
      #expect(references.count >= 2, "\(path) names no scripts or styles")
      for reference in references {
        let name = String(reference.2)
        let asset = try #require(files["assets/" + name], "\(path) names assets/\(name), which the site lacks")
        let version = String(ObjectID.blob(hashing: Array(asset)).hex.prefix(10))
        #expect(String(reference.3) == "?v=" + version, "\(path) names assets/\(name) as \(reference.3), its content is \(version)")
        // From a page in a folder, the address goes up to the site's root, once per folder.
        #expect(reference.1.count / 3 == path.count { $0 == "/" }, "\(path) names \(reference.0)")
        named.insert(name)
      }
    }
    #expect(named == Set(PageAssets.names), "named: \(named.sorted())")
  }

  @Test("An asset's version changes with any change to its bytes, and only then")
  func versionOfContent() {
    let script = Array(PageAssets.text("engine.js").utf8)
    #expect(PageAssets.version(of: script) == PageAssets.versions["engine.js"])
    #expect(PageAssets.version(of: script) == PageAssets.version(of: script))
    #expect(PageAssets.version(of: script + [0x0A]) != PageAssets.version(of: script))
    #expect(PageAssets.version(of: Array(PageAssets.text("site.js").utf8)) != PageAssets.version(of: script))
    #expect(PageAssets.address("engine.js", root: "../../") == "../../assets/engine.js?v=" + PageAssets.version(of: script))
  }

  @Test("The search page gives the data files a version that changes with the catalogue and only then")
  func dataVersionFollowsCatalogue() throws {
    let folder = try TemporaryCatalogue(schemas: true)
    let files = try TemporaryCatalogue.searchFixtureFiles()
    try folder.commit(files, message: "Catalogue")
    let output = siteFolder(folder)
    defer { try? FileManager.default.removeItem(atPath: output) }
    func versions() throws -> [String] {
      _ = try SiteBuilder.build(SiteRequest(directory: folder.root, revision: "HEAD", output: output))
      return try ["nl", "en"].map { language in
        let page = try String(contentsOfFile: output + "/\(language)/index.html", encoding: .utf8)
        let match = try #require(page.firstMatch(of: #/data-version="([0-9a-f]{10})"/#), "no data-version on the search page")
        return String(match.1)
      }
    }
    let first = try versions()
    #expect(first[0] == first[1])
    #expect(try versions() == first)
    let flood = "cases/gb/riverton/2010-flood-volunteers.yaml"
    let text = try #require(files[flood])
    try folder.commit([flood: text.replacing("title: Flood volunteers", with: "title: Renamed flood volunteers")], message: "c")
    #expect(try versions() != first)
    // The data files' addresses come from the page: engine.js adds the version to each.
    #expect(PageAssets.text("engine.js").contains("getAttribute(\"data-version\")"))
  }
}
