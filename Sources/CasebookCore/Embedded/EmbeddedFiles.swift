/// A file built into the casebook binary: a schema file or a template. `casebook init` and `casebook new`
/// write these, so the binary needs no network and no copy of the casebook source at run time.
public struct EmbeddedFile: Sendable, Hashable {
  /// The file's path in the casebook source (`schema/case.schema.json`, `templates/new/case.yaml`).
  public var path: String
  /// True for files written with the executable bit (the `pre-receive` hook).
  public var executable: Bool
  /// The file's text.
  public var text: String

  /// Creates an embedded file.
  public init(path: String, executable: Bool, text: String) {
    self.path = path
    self.executable = executable
    self.text = text
  }
}

/// The schema files and templates built into the binary. `scripts/embed-schema` (`make embed`) generates the
/// list from the source folders `schema/` and `templates/`; a test fails while it is out of date.
public enum EmbeddedCatalogueFiles {
  /// The embedded file at `path`, if there is one.
  public static func file(_ path: String) -> EmbeddedFile? {
    files.first { $0.path == path }
  }

  /// The embedded files below `folder` (`schema`, `templates/init`), with paths relative to that folder.
  public static func files(under folder: String) -> [EmbeddedFile] {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return files.compactMap { file in
      guard file.path.hasPrefix(prefix) else { return nil }
      var relative = file
      relative.path = String(file.path.dropFirst(prefix.count))
      return relative
    }
  }
}

/// Fills `{{name}}` fields of a template.
enum TemplateText {
  /// `template` with every `{{name}}` replaced by `values[name]`; unknown names are left as they are.
  static func fill(_ template: String, _ values: [String: String]) -> String {
    var output = ""
    output.reserveCapacity(template.utf8.count)
    var rest = template[...]
    while let open = rest.firstRange(of: "{{") {
      output += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].firstRange(of: "}}") else {
        rest = rest[open.lowerBound...]
        break
      }
      let name = String(rest[open.upperBound..<close.lowerBound])
      output += values[name] ?? "{{\(name)}}"
      rest = rest[close.upperBound...]
    }
    output += rest
    return output
  }
}
