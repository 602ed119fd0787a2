#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A ``WorkingTreeFingerprint`` taken before the repository is opened: the git library starts on another
/// thread meanwhile (``Workspace/prepareInBackground()``), and the walk needs neither it nor the repository.
///
/// Where the working tree is, is only guessed here: the nearest folder at or above the start that holds a
/// `.git` folder. The repository, once open, has the final word: ``fingerprint(root:context:maxFiles:gitDirectory:)``
/// gives the early fingerprint only when it was taken of the repository's own working directory, with the
/// same context and limit, and nil otherwise (the caller then takes the fingerprint itself).
struct EarlyFingerprint: Sendable {
  /// The guessed working directory, with a trailing slash.
  let root: String
  private let context: String
  private let maxFiles: Int
  private let taken: TakenFingerprint?

  /// Walks the working tree that `directory` seems to belong to, on this thread; nil when no folder at or
  /// above it holds a `.git` folder (a bare repository, or no repository at all).
  static func take(directory: String, context: String, maxFiles: Int, now: Int64) -> EarlyFingerprint? {
    guard let root = guessedWorkingDirectory(from: directory) else { return nil }
    // The folder listings are read from the guessed git directory; they are checked against each folder's
    // stamp, so listings kept elsewhere could only cost a walk, never change its result.
    let taken = Workspace.fingerprint(
      root: root, context: context, maxFiles: maxFiles, now: now, listingsIn: root + ".git/")
    return EarlyFingerprint(root: root, context: context, maxFiles: maxFiles, taken: taken)
  }

  /// The fingerprint when it was taken of `root` with `context` and `maxFiles` (the inner nil: the walk could
  /// not be taken there); nil when it was not. New folder listings are kept in `gitDirectory`, the
  /// repository's own.
  func fingerprint(root: String, context: String, maxFiles: Int, gitDirectory: String) -> WorkingTreeFingerprint?? {
    guard root == self.root, context == self.context, maxFiles == self.maxFiles else { return nil }
    taken?.keepListings(gitDirectory: gitDirectory)
    return .some(taken?.fingerprint)
  }

  /// The nearest folder at or above `directory` (made absolute) that holds a `.git` folder, with a trailing
  /// slash; nil when there is none.
  static func guessedWorkingDirectory(from directory: String) -> String? {
    guard var folder = FileSystem.realPath(directory) else { return nil }
    while true {
      var status = stat()
      let base = folder.hasSuffix("/") ? folder : folder + "/"
      if lstat(base + ".git", &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return base }
      guard folder != "/", let slash = folder.lastIndex(of: "/") else { return nil }
      folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
    }
  }
}
