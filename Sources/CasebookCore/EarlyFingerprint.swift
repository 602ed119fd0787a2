#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A ``WorkingTreeFingerprint`` taken while the repository is still being opened (starting the git library
/// and opening a repository take several milliseconds, and the walk does not need either).
///
/// Where the working tree is, is only guessed here: the nearest folder at or above the start that holds a
/// `.git` folder. The repository, once open, has the final word: ``fingerprint(root:context:maxFiles:)``
/// gives the early fingerprint only when it was taken of the repository's own working directory, with the
/// same context and limit, and nil otherwise (the caller then takes the fingerprint itself).
final class EarlyFingerprint: Sendable {
  /// The guessed working directory, with a trailing slash.
  let root: String
  private let context: String
  private let maxFiles: Int
  private let walk: BackgroundWork<TakenFingerprint?>

  /// Starts the walk of the working tree that `directory` seems to belong to, on another thread; nil when no
  /// folder at or above it holds a `.git` folder (a bare repository, or no repository at all).
  static func start(
    directory: String, context: String, maxFiles: Int, now: Int64
  ) -> EarlyFingerprint? {
    guard let root = guessedWorkingDirectory(from: directory) else { return nil }
    return EarlyFingerprint(root: root, context: context, maxFiles: maxFiles, now: now)
  }

  private init(root: String, context: String, maxFiles: Int, now: Int64) {
    self.root = root
    self.context = context
    self.maxFiles = maxFiles
    // The folder listings are read from the guessed git directory; they are checked against each folder's
    // stamp, so listings kept elsewhere could only cost a walk, never change its result.
    walk = BackgroundWork {
      Workspace.fingerprint(root: root, context: context, maxFiles: maxFiles, now: now, listingsIn: root + ".git/")
    }
  }

  /// The fingerprint, once the walk is over, when it was taken of `root` with `context` and `maxFiles` (the
  /// inner nil: the walk could not be taken there); nil at once when it was not, so that the caller's own
  /// walk need not wait for this one. New folder listings are kept in `gitDirectory`, the repository's own.
  func fingerprint(root: String, context: String, maxFiles: Int, gitDirectory: String) -> WorkingTreeFingerprint?? {
    guard root == self.root, context == self.context, maxFiles == self.maxFiles else { return nil }
    let taken = walk.value
    taken?.keepListings(gitDirectory: gitDirectory)
    return .some(taken?.fingerprint)
  }

  /// Returns once the walk is over (so that no walk outlives the command that started it).
  func wait() { walk.wait() }

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
