import CasebookGit
import CasebookText

/// Why a command could not look at the catalogue at all (as opposed to findings about files).
public enum CatalogueError: Error, Sendable, Equatable {
  /// The folder is not inside a git repository.
  case notARepository(path: String)
  /// A revision given on the command line does not exist.
  case unknownRevision(String)
  /// The repository has no commits yet, so there is no revision to read.
  case emptyRepository
  /// `--changed` was not written as `BASE..HEAD`.
  case badRange(String)
  /// The working tree was asked for in a bare repository.
  case noWorkingTree
  /// A path given on the command line is outside the repository.
  case pathOutsideRepository(String)
  /// A file or object could not be read.
  case unreadable(path: String, reason: Message)
  /// A revision (or change set) lists more files than the limit allows.
  case tooManyFiles(limit: Int)
  /// Any other failure of git.
  case git(GitError)
  /// A command-line value cannot be used; the message says why and what to write instead.
  case invalidArgument(Message)
  /// `casebook init` was pointed at a folder that already holds files.
  case directoryNotEmpty(path: String)
  /// A file a command would create exists already.
  case fileExists(path: String)
  /// A file or folder could not be written.
  case unwritable(path: String, reason: Message)
  /// HEAD is detached, so there is no current branch to commit on.
  case detachedHead
  /// The files to submit are committed already exactly as they are.
  case nothingToSubmit
  /// `casebook submit` will not commit as asked; the message says why and what to do instead.
  case refused(Message)
  /// Another `casebook submit` holds the repository's submit lock; `holder` says which process, if known.
  case submitInProgress(path: String, holder: Message?)

  /// True when the command line was at fault (exit code 64).
  public var isUsageError: Bool {
    switch self {
    case .unknownRevision, .badRange, .pathOutsideRepository, .notARepository, .noWorkingTree, .invalidArgument: true
    case .git(.notOwned): true
    default: false
    }
  }

  /// What happened and what to do, in either language.
  public var message: Message {
    switch self {
    case .notARepository(let path): Message(CatalogueErrorText.notARepository, .code(path))
    case .unknownRevision(let revision): Message(CatalogueErrorText.unknownRevision, .code(revision))
    case .emptyRepository: Message(CatalogueErrorText.emptyRepository)
    case .badRange(let text): Message(CatalogueErrorText.badRange, .code(text))
    case .noWorkingTree: Message(CatalogueErrorText.noWorkingTree)
    case .pathOutsideRepository(let path): Message(CatalogueErrorText.pathOutsideRepository, .code(path))
    case .unreadable(let path, let reason): Message(CatalogueErrorText.unreadable, .code(path), .message(reason))
    case .tooManyFiles(let limit): Message(CatalogueErrorText.tooManyFiles, .text(String(limit)))
    case .git(let error): error.message
    case .invalidArgument(let message): message
    case .directoryNotEmpty(let path): Message(CatalogueErrorText.directoryNotEmpty, .code(path))
    case .fileExists(let path): Message(CatalogueErrorText.fileExists, .code(path))
    case .unwritable(let path, let reason): Message(CatalogueErrorText.unwritable, .code(path), .message(reason))
    case .detachedHead: Message(CatalogueErrorText.detachedHead)
    case .nothingToSubmit: Message(CatalogueErrorText.nothingToSubmit)
    case .refused(let message): message
    case .submitInProgress(let path, let holder):
      Message(
        CatalogueErrorText.submitInProgress,
        .message(holder ?? Message(CatalogueErrorText.unknownHolder)), .code(path))
    }
  }
}

extension CatalogueError: CustomStringConvertible {
  /// The message in English, for logs and tests.
  public var description: String { message.text(.en) }
}

extension CatalogueError {
  /// Maps a git error onto the catalogue's own cases where one fits.
  init(_ error: GitError, revision: String? = nil, path: String? = nil) {
    switch error {
    case .notARepository: self = .notARepository(path: path ?? ".")
    case .unknownRevision(let name), .notACommit(let name): self = .unknownRevision(revision ?? name)
    case .ambiguousRevision: self = .unknownRevision(revision ?? "")
    case .emptyRepository: self = .emptyRepository
    case .treeTooLarge(_, let limit): self = .tooManyFiles(limit: limit)
    default: self = .git(error)
    }
  }
}

extension CatalogueError {
  /// Any error of the core's own work as a catalogue error: git's mapped onto the catalogue's cases, anything
  /// else as an unreadable repository.
  static func wrapping(_ error: any Error) -> CatalogueError {
    switch error {
    case let error as CatalogueError: error
    case let error as GitError: CatalogueError(error)
    default: .unreadable(path: ".", reason: Message(ReadText.system, .text("\(error)")))
    }
  }
}
