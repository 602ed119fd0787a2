/// The page layer's scripts and styles: files under `Sources/CasebookCore/Pages/Assets`, embedded in the binary
/// by `scripts/embed-assets` (`make embed`), so that the site and the reports need nothing at run time.
public enum PageAssets {
  /// The text of the asset named `name` (`site.css`); empty for an unknown name, which the tests rule out.
  public static func text(_ name: String) -> String {
    files.first { $0.path == name }?.text ?? ""
  }

  /// The search page's scripts after `site.js`, in the order they must run: each builds on the ones before.
  static let searchScripts = ["text.js", "engine.js", "filters.js", "search.js"]

  /// Every asset's name, sorted.
  public static var names: [String] { files.map(\.path) }

  /// The styles of a self-contained report: the screen styles, then the print styles inside `@media print`.
  static var inlineStyles: String {
    text("site.css") + "@media print {\n" + text("print.css") + "}\n"
  }
}
