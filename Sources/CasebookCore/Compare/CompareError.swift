/// Why `compare` or `rank` could not produce a report.
public enum CompareError: Error, Sendable, Equatable {
  /// The catalogue could not be read.
  case catalogue(CatalogueError)
  /// No municipality matches the name given; `suggestions` are `cc/slug (Name)` texts.
  case unknownMunicipality(String, suggestions: [String])
  /// More than one municipality matches the name given; `matches` are `cc/slug (Name)` texts.
  case ambiguousMunicipality(String, matches: [String])
  /// `--with` names the same municipality as the first argument.
  case sameMunicipality(String)
  /// The municipality has no policy.
  case noPolicy(municipality: String)
  /// The municipality's policy has errors, so it cannot be scored.
  case invalidPolicy(municipality: String, path: String)
  /// The catalogue has no `schema/best-practice.yaml`.
  case modelMissing
  /// The model file given with `--model` cannot be read.
  case modelUnreadable(path: String, reason: String)
  /// The model has errors; `given` is true for a `--model` file (a usage error), false for the catalogue's own.
  case invalidModel(path: String, diagnostics: [Diagnostic], given: Bool)

  /// True when the command line was at fault (exit code 64).
  public var isUsageError: Bool {
    switch self {
    case .catalogue(let error): error.isUsageError
    case .unknownMunicipality, .ambiguousMunicipality, .sameMunicipality, .modelUnreadable: true
    case .invalidModel(_, _, let given): given
    case .noPolicy, .invalidPolicy, .modelMissing: false
    }
  }

  /// What happened and what to do.
  public var message: String {
    switch self {
    case .catalogue(let error):
      return error.message
    case .unknownMunicipality(let name, let suggestions):
      let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: " or "))?"
      return "no municipality `\(name)` in the catalogue\(hint) (give cc/slug, the folder name or the name; "
        + "`casebook rank` lists the municipalities with a policy)"
    case .ambiguousMunicipality(let name, let matches):
      return "`\(name)` matches more than one municipality: \(matches.joined(separator: ", ")); give cc/slug"
    case .sameMunicipality(let id):
      return "--with names \(id) again: give another municipality to compare with"
    case .noPolicy(let id):
      return "\(id) has no policy (cases/\(id)/policy.yaml) to compare: add one with "
        + "`casebook new policy --municipality \(id)`, fill it in, and commit it"
    case .invalidPolicy(let id, let path):
      return "the policy of \(id) has errors, so it cannot be scored: run `casebook validate \(path)` and fix them"
    case .modelMissing:
      return "the catalogue has no best-practice model (schema/best-practice.yaml): restore it, or pass --model FILE"
    case .modelUnreadable(let path, let reason):
      return "cannot read the model `\(path)`: \(reason)"
    case .invalidModel(let path, let diagnostics, _):
      let lines = diagnostics.filter { $0.severity == .error }.map {
        "\($0.file):\($0.line):\($0.column): error: [\($0.rule)] \($0.message)"
      }
      return "the best-practice model `\(path)` has errors; fix them (`casebook validate` checks the catalogue's "
        + "own model):\n" + lines.joined(separator: "\n")
    }
  }
}

extension CompareError: CustomStringConvertible {
  public var description: String { message }
}
