import CasebookGit

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
  case unreadable(path: String, reason: String)
  /// A revision (or change set) lists more files than the limit allows.
  case tooManyFiles(limit: Int)
  /// Any other failure of git.
  case git(GitError)
  /// A command-line value cannot be used; the text says why and what to write instead.
  case invalidArgument(String)
  /// `casebook init` was pointed at a folder that already holds files.
  case directoryNotEmpty(path: String)
  /// A file a command would create exists already.
  case fileExists(path: String)
  /// A file or folder could not be written.
  case unwritable(path: String, reason: String)
  /// HEAD is detached, so there is no current branch to commit on.
  case detachedHead
  /// The files to submit are committed already exactly as they are.
  case nothingToSubmit
  /// `casebook submit` will not commit as asked; the text says why and what to do instead.
  case refused(String)
  /// Another `casebook submit` holds the repository's submit lock; `holder` says which process, if known.
  case submitInProgress(path: String, holder: String?)

  /// True when the command line was at fault (exit code 64).
  public var isUsageError: Bool {
    switch self {
    case .unknownRevision, .badRange, .pathOutsideRepository, .notARepository, .noWorkingTree, .invalidArgument: true
    case .git(.notOwned): true
    default: false
    }
  }

  /// What happened and what to do.
  public var message: String {
    switch self {
    case .notARepository(let path):
      "`\(path)` is not inside a git repository: run the command in a catalogue repository, "
        + "pass -C DIR, or create one with `casebook init`"
    case .unknownRevision(let revision):
      "the revision `\(revision)` does not exist in this repository: check the branch or commit name "
        + "(`git log --oneline` lists commits; in CI, fetch enough history, e.g. fetch-depth: 0)"
    case .emptyRepository:
      "the repository has no commits yet: commit the catalogue first, or validate the working tree without --rev"
    case .badRange(let text):
      "`\(text)` is not a range: write BASE..HEAD, for example `origin/main..HEAD`"
    case .noWorkingTree:
      "this is a bare repository without a working tree: pass --rev REV (for example --rev HEAD)"
    case .pathOutsideRepository(let path):
      "`\(path)` is outside the repository: give paths inside the catalogue"
    case .unreadable(let path, let reason):
      "cannot read `\(path)`: \(reason)"
    case .tooManyFiles(let limit):
      "the catalogue has more than \(limit) files, more than this run reads: check that this is the right "
        + "repository and revision, or raise the limit with --max-files (or CASEBOOK_MAX_FILES)"
    case .git(let error):
      "\(error)"
    case .invalidArgument(let text):
      text
    case .directoryNotEmpty(let path):
      "`\(path)` is not empty: choose a new or empty folder, or pass --force to add the catalogue's files there "
        + "(files of the same name are replaced)"
    case .fileExists(let path):
      "`\(path)` exists already and is left as it is: edit it, or remove it first to start again"
    case .unwritable(let path, let reason):
      "cannot write `\(path)`: \(reason)"
    case .detachedHead:
      "HEAD is not on a branch (detached), so there is no branch to commit on: check out a branch "
        + "(`git switch main`) or commit on a new branch with --branch"
    case .nothingToSubmit:
      "the files are committed already exactly as they are: there is nothing to submit"
    case .refused(let text):
      text
    case .submitInProgress(let path, let holder):
      "another `casebook submit` is committing in this repository (\(holder ?? "it did not say which process")): "
        + "wait until it has finished and run the command again. Do not delete `\(path)`: the lock ends by "
        + "itself when that process ends, and deleting the file does not release it"
    }
  }
}

extension CatalogueError: CustomStringConvertible {
  public var description: String { message }
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
