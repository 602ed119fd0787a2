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
}
