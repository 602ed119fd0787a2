import CasebookGit

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

  /// Each asset's version, by name: the first 10 hex digits of its git blob id (`git hash-object FILE`), so
  /// that an address changes whenever the file does.
  static let versions: [String: String] = Dictionary(
    uniqueKeysWithValues: files.map { ($0.path, version(of: Array($0.text.utf8))) })

  /// The version of an asset with these bytes.
  static func version(of bytes: [UInt8]) -> String {
    String(ObjectID.blob(hashing: bytes).hex.prefix(10))
  }

  /// The address of asset `name` from a page whose way to the site's root is `root` (`../../`, or empty):
  /// `../../assets/site.css?v=1a2b3c4d5e`. A browser that kept an older file asks for the new one, since the
  /// address differs; the query is ignored on `file://` and by a static web server alike.
  static func address(_ name: String, root: String) -> String {
    root + "assets/" + name + "?v=" + (versions[name] ?? "")
  }

  /// The styles of a self-contained report: the screen styles, then the print styles inside `@media print`.
  static var inlineStyles: String {
    text("site.css") + "@media print {\n" + text("print.css") + "}\n"
  }
}
