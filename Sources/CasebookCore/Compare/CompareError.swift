import CasebookText

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
  case modelUnreadable(path: String, reason: Message)
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

  /// What happened and what to do, in either language. For an invalid model the model's errors follow, one
  /// per line (see ``details``).
  public var message: Message {
    switch self {
    case .catalogue(let error):
      error.message
    case .unknownMunicipality(let name, let suggestions):
      suggestions.isEmpty
        ? Message(CompareErrorText.unknownMunicipality, .code(name))
        : Message(CompareErrorText.unknownMunicipalityDidYouMean, .code(name), .any(suggestions.map { .text($0) }))
    case .ambiguousMunicipality(let name, let matches):
      Message(CompareErrorText.ambiguousMunicipality, .code(name), .text(matches.joined(separator: ", ")))
    case .sameMunicipality(let id):
      Message(CompareErrorText.sameMunicipality, .text(id))
    case .noPolicy(let id):
      Message(
        CompareErrorText.noPolicy, .text(id), .text("cases/\(id)/policy.yaml"),
        .code("casebook new policy --municipality \(id)"))
    case .invalidPolicy(let id, let path):
      Message(CompareErrorText.invalidPolicy, .text(id), .code("casebook validate \(path)"))
    case .modelMissing:
      Message(CompareErrorText.modelMissing)
    case .modelUnreadable(let path, let reason):
      Message(CompareErrorText.modelUnreadable, .code(path), .message(reason))
    case .invalidModel(let path, _, _):
      Message(CompareErrorText.invalidModel, .code(path))
    }
  }

  /// Findings that belong under the message: the errors of an invalid model.
  public var details: [Diagnostic] {
    guard case .invalidModel(_, let diagnostics, _) = self else { return [] }
    return diagnostics.filter { $0.severity == .error }
  }
}

extension CompareError: CustomStringConvertible {
  /// The message and its details in English, for logs and tests.
  public var description: String {
    ([message.text(.en)] + details.map { "\($0.file):\($0.line):\($0.column): error: [\($0.rule)] \($0.message.text(.en))" })
      .joined(separator: "\n")
  }
}
