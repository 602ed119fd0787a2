import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// `site --catalogue`: one site over the local catalogue and its peers.
@Suite struct FederatedSiteTests {
  @Test func theSiteShowsEveryCatalogueNamedAndQualifiesCollidingIds() throws {
    let fixture = try FederationTests.threeCatalogues()
    let output = fixture.local.root + "/.site-all"
    let union = try SiteCatalogues.load(directory: fixture.local.root, revision: nil, names: ["vlaanderen", "nederland"])
    // The peer's file that fails its own schema is left out, and said.
    #expect(union.warnings.contains { $0.text(.en).contains("cases/be/gent/2020-zonder-provincie.yaml") })
    let request = SiteRequest(directory: fixture.local.root, output: output, editURL: "https://example.org/edit/{path}")
    _ = try SiteBuilder.build(request, union: union)
    #expect(!FileManager.default.fileExists(atPath: output + "/en/cases/be/gent/2020-zonder-provincie.html"))
    // The id both catalogues have: one page each, under the catalogue's name.
    let localCopy = try text(output, "en/cases/local/nl/testdorp/2020-wijkapp.html")
    let peerCopy = try text(output, "en/cases/nederland/nl/testdorp/2020-wijkapp.html")
    #expect(localCopy.contains("<dt>Catalogue</dt><dd>this catalogue</dd>"))
    #expect(peerCopy.contains("<dt>Catalogue</dt><dd>nederland</dd>"))
    #expect(try text(output, "nl/cases/nederland/nl/testdorp/2020-wijkapp.html").contains("<dt>Catalogus</dt><dd>nederland</dd>"))
    // Lists name the catalogue too; the municipality both catalogues have has a page in each.
    #expect(try text(output, "en/municipalities/nl/testdorp.html").contains("(this catalogue, 2020)"))
    #expect(try text(output, "en/municipalities/nederland/nl/testdorp.html").contains("(nederland, 2020)"))
    // Edited where it lives: the local case here, the peer's case at the peer.
    #expect(localCopy.contains("https://example.org/edit/cases/nl/testdorp/2020-wijkapp.yaml"))
    #expect(!peerCopy.contains("example.org/edit"))
    // The peer's own history, not the local file's with the same path.
    #expect(peerCopy.contains("nederland:cases/nl/testdorp/2020-wijkapp.yaml"))
    // A category only the peer has gets its page; the peer's `meedenken` is the local `participate`.
    let gent = try text(output, "en/cases/be/gent/2021-wijkgesprekken.html")
    #expect(gent.contains("Dialogue with residents") && gent.contains("category=dialoog"))
    #expect(FileManager.default.fileExists(atPath: output + "/en/categories/dialoog.html"))
    #expect(gent.contains("category=participate"))
    // The catalogue is a facet of the search: its names, and a number per document.
    let meta = try text(output, "data/meta.js")
    #expect(meta.contains("\"catalogues\":[\"local\",\"nederland\",\"vlaanderen\"]"))
    #expect(try text(output, "data/docs.js").contains("\"catalogue\":"))
    #expect(try text(output, "data/words-nl.js").contains("\"site.catalogue.local\":\"deze catalogus\""))
    // Without --catalogue, the site is the local catalogue's alone, without the facet.
    let plain = fixture.local.root + "/.site-local"
    _ = try SiteBuilder.build(SiteRequest(directory: fixture.local.root, output: plain))
    #expect(!(try text(plain, "data/meta.js")).contains("catalogues"))
    #expect(FileManager.default.fileExists(atPath: plain + "/en/cases/nl/testdorp/2020-wijkapp.html"))
    #expect(!FileManager.default.fileExists(atPath: plain + "/en/categories/dialoog.html"))
  }

  @Test func aPeersMunicipalityWithoutAProfileIsNamedByItsFolderAndCatalogue() throws {
    let fixture = try FederationTests.threeCatalogues()
    // `noord` holds a case of Testdorp, which the local catalogue and `nederland` hold too, without a profile.
    try fixture.addPeer(
      "noord", files: ["cases/nl/testdorp/2021-buurtapp.yaml": Sample.caseStudy(title: "Buurtapp van het noorden", year: 2021)])
    let results = try PeerFetcher.fetch(directory: fixture.local.root, names: ["noord"], limits: FederationTests.limits) { _ in }
    for result in results {
      if case .failure(let failure) = result.outcome { Issue.record("\(result.peer.name): \(failure.message(.en))") }
    }
    let output = fixture.local.root + "/.site-all"
    let union = try SiteCatalogues.load(directory: fixture.local.root, revision: nil, names: ["all"])
    _ = try SiteBuilder.build(SiteRequest(directory: fixture.local.root, output: output), union: union)
    let page = try text(output, "en/municipalities/noord/nl/testdorp.html")
    #expect(page.contains("<h1>testdorp (noord)</h1>") && !page.contains("noord:testdorp"))
    #expect(try text(output, "en/cases/nl/testdorp/2021-buurtapp.html").contains(">testdorp (noord)<"))
    let meta = try text(output, "data/meta.js")
    #expect(meta.contains("[\"nl/noord:testdorp\",\"testdorp (noord)\",\"NL\"]"))
  }

  @Test func aMunicipalityTwoCataloguesHoldHasItsProfileAndPolicyInEach() throws {
    let fixture = try FederationTests.threeCatalogues()
    try fixture.local.commit(
["cases/nl/testdorp/policy.yaml": Sample.policy(title: "Lokaal beleid van Testdorp")], message: "Local policy")
    let output = fixture.local.root + "/.site-all"
    let union = try SiteCatalogues.load(directory: fixture.local.root, revision: nil, names: ["all"])
    _ = try SiteBuilder.build(SiteRequest(directory: fixture.local.root, output: output), union: union)
    // Each catalogue's profile and policy, each on a page of its own.
    let local = try text(output, "en/municipalities/nl/testdorp.html")
    let peer = try text(output, "en/municipalities/nederland/nl/testdorp.html")
    #expect(local.contains("<h1>Testdorp</h1>") && local.contains("Lokaal beleid van Testdorp"))
    #expect(!local.contains("Beleid van Testdorp") && !local.contains("2020-wijkapp.html\" lang=\"nl\">Wijkapp zoals"))
    #expect(peer.contains("<h1>Testdorp (nederland)</h1>") && peer.contains("Beleid van Testdorp"))
    #expect(!peer.contains("Lokaal beleid") && peer.contains("Wijkapp zoals Nederland hem kent"))
    #expect(try text(output, "nl/municipalities/nederland/nl/testdorp.html").contains("Beleid van Testdorp"))
    // A peer's municipality without a policy does not tell the reader to add one here.
    let anderstad = try text(output, "en/municipalities/nl/anderstad.html")
    #expect(anderstad.contains("The catalogue nederland has no policy of this municipality.") && !anderstad.contains("casebook new policy"))
    // Every case links to its own catalogue's municipality page.
    #expect(try text(output, "en/cases/local/nl/testdorp/2020-wijkapp.html").contains("href=\"../../../../municipalities/nl/testdorp.html\""))
    #expect(
      try text(output, "en/cases/nederland/nl/testdorp/2020-wijkapp.html")
        .contains("href=\"../../../../municipalities/nederland/nl/testdorp.html\""))
    // Lists and the search link both; the search finds the peer's policy under the peer's municipality, whose page
    // the search script makes of its id (`pageOf` in site.js, checked in the browser tests).
    let country = try text(output, "en/countries/nl.html")
    #expect(country.contains("href=\"../municipalities/nl/testdorp.html\"") && country.contains("href=\"../municipalities/nederland/nl/testdorp.html\""))
    let meta = try text(output, "data/meta.js")
    #expect(meta.contains("[\"nl/nederland:testdorp\",\"Testdorp (nederland)\",\"NL\"]") && meta.contains("[\"nl/testdorp\",\"Testdorp\",\"NL\"]"))
    // Policies and comparisons rank both, each linking to its own page.
    let policies = try text(output, "en/policies.html")
    #expect(policies.contains("municipalities/nl/testdorp.html") && policies.contains("municipalities/nederland/nl/testdorp.html"))
  }

  @Test func aPeerThatMovesMakesThePagesAgain() throws {
    let fixture = try FederationTests.threeCatalogues()
    let output = fixture.local.root + "/.site-all"
    func build() throws -> SiteResult {
      let union = try SiteCatalogues.load(directory: fixture.local.root, revision: nil, names: ["all"])
      return try SiteBuilder.build(SiteRequest(directory: fixture.local.root, output: output), union: union)
    }
    _ = try build()
    #expect(try build().written == 0)
    let peer = try #require(fixture.peers["nederland"])
    // Only the peer's profile changes: the case page shows the new name although its own file did not change.
    try peer.commit(["cases/nl/anderstad/municipality.yaml": Sample.municipality(name: "Anderstad aan Zee")], message: "Rename")
    _ = try PeerFetcher.fetch(directory: fixture.local.root, names: ["nederland"], limits: FederationTests.limits) { _ in }
    #expect(try build().written > 0)
    #expect(try text(output, "en/cases/nl/anderstad/2019-twitterspreekuur.html").contains("Anderstad aan Zee"))
  }
}
