import CasebookGit
import CasebookSchema
import CasebookText
import CasebookYAML

extension ReadFailure {
  /// Why the file could not be had, in either language.
  public var message: Message {
    switch self {
    case .tooLarge(let size, let limit): Message(ReadText.tooLarge, .text(String(size)), .text(String(limit)))
    case .unreadable(let reason): reason
    }
  }
}

/// The message of any error the core meets while reading, for a `cannot read …: <reason>`: casebook's own
/// errors carry their messages; anything else (which should not happen) is shown as the system said it.
func reason(_ error: any Error) -> Message {
  switch error {
  case let error as ReadFailure: error.message
  case let error as YAMLError: error.message
  case let error as GitError: error.message
  case let error as CatalogueError: error.message
  case let error as SchemaError: error.message
  default: Message(ReadText.system, .text("\(error)"))
  }
}
