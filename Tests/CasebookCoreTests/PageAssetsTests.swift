import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

@Suite("Page layer: the embedded scripts and styles")
struct PageAssetsTests {
  static let folder = "Sources/CasebookCore/Pages/Assets"

  @Test("The embedded assets are exactly the files of Pages/Assets (else run `make embed`)")
  func inSync() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/" + Self.folder).sorted()
    #expect(PageAssets.names == names, "the embedded list is out of date: run `make embed`")
    for name in names {
      let onDisk = try String(contentsOfFile: packageRoot + "/" + Self.folder + "/" + name, encoding: .utf8)
      #expect(PageAssets.text(name) == onDisk, "\(name) differs from its embedded copy: run `make embed`")
    }
  }

  @Test("Scripts hold to the Content-Security-Policy and never write catalogue text as HTML")
  func scriptsAreStrict() {
    for name in PageAssets.names where name.hasSuffix(".js") {
      let script = PageAssets.text(name)
      for forbidden in ["eval(", "new Function", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
        "setTimeout(\"", "fetch(", "XMLHttpRequest", "http://", "https://", "localStorage", "cookie"]
      {
        #expect(!script.contains(forbidden), "\(name) uses \(forbidden)")
      }
    }
  }

  @Test("Styles load nothing and print on A4")
  func styles() {
    for name in PageAssets.names where name.hasSuffix(".css") {
      let style = PageAssets.text(name)
      #expect(!style.contains("@import") && !style.contains("url(") && !style.contains("@font-face"), "\(name) loads something")
    }
    #expect(PageAssets.text("print.css").contains("@page { size: A4;"))
    #expect(PageAssets.text("site.css").contains(":focus-visible { outline: 3px solid"))
  }
}
