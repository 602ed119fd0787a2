import CasebookGit

/// One commit, as `show` presents it.
public struct CommitSummary: Sendable, Hashable {
  /// The full commit id.
  public var id: String
  /// The author's name.
  public var author: String
  /// The author's e-mail address.
  public var email: String
  /// When the author made the change, in seconds since 1970.
  public var time: Int64
  /// The author's offset from UTC in minutes.
  public var offsetMinutes: Int
  /// The first line of the message.
  public var message: String

  init(_ commit: CommitInfo) {
    id = commit.id.hex
    author = commit.author.name
    email = commit.author.email
    time = commit.author.time
    offsetMinutes = commit.author.offsetMinutes
    message = commit.summary
  }

  /// The seven-character abbreviation of the id.
  public var shortID: String { String(id.prefix(7)) }

  /// `2024-02-06` in the author's time zone.
  public var day: String { String(dateTime.prefix(10)) }

  /// ISO 8601 in the author's time zone: `2024-02-06T14:03:00+01:00`.
  public var dateTime: String { CivilTime.iso8601(seconds: time, offsetMinutes: offsetMinutes) }
}

/// Where a file stands compared with the commit its history was read from.
public enum WorkingState: String, Sendable, Hashable {
  /// The file is as committed (always for a revision).
  case committed
  /// The working-tree file differs from HEAD's.
  case modified
  /// The file is not in HEAD at all.
  case uncommitted
}

/// Who submitted a file and how it changed, from git history.
public struct Provenance: Sendable, Hashable {
  /// Commits that changed the file, newest first.
  public var commits: [CommitSummary]
  /// For a working-tree snapshot: whether the file on disk differs from HEAD.
  public var state: WorkingState

  /// The commit that added the file.
  public var firstSubmitted: CommitSummary? { commits.last }
  /// The latest commit that changed it.
  public var lastChanged: CommitSummary? { commits.first }
  /// How many commits changed it.
  public var revisions: Int { commits.count }
}

extension Workspace {
  /// The history of `path` as seen from `snapshot`: from its commit, or for the working tree from HEAD, with
  /// whether the file on disk differs from HEAD's.
  public func provenance(of path: String, in snapshot: Snapshot) throws(CatalogueError) -> Provenance {
    do {
      let head: ObjectID?
      switch snapshot.origin {
      case .revision(_, let commit): head = commit
      case .workingTree: head = try repository.headCommit()
      }
      guard let head else { return Provenance(commits: [], state: .uncommitted) }
      let commits = try ownChanges(of: path, try repository.history(of: path, from: head))
      var state = WorkingState.committed
      if case .workingTree = snapshot.origin {
        let committed = try repository.entry(at: path, commit: head)
        if committed == nil {
          state = .uncommitted
        } else if committed?.id != snapshot.entry(at: path)?.blobID {
          state = .modified
        }
      }
      return Provenance(commits: state == .uncommitted ? [] : commits, state: state)
    } catch {
      throw CatalogueError(error)
    }
  }
}

extension Workspace {
  /// The commits of a file's history that count as its own changes: like `git log`, merges that took the file
  /// unchanged from one of their other parents are left out.
  func ownChanges(of path: String, _ history: [CommitInfo]) throws(GitError) -> [CommitSummary] {
    var commits: [CommitSummary] = []
    for commit in history {
      if commit.parents.count > 1 {
        let merged = try repository.entry(at: path, commit: commit.id)
        var fromParent = false
        for parent in commit.parents.dropFirst() where try repository.entry(at: path, commit: parent) == merged {
          fromParent = true
        }
        if fromParent { continue }
      }
      commits.append(CommitSummary(commit))
    }
    return commits
  }

  /// The provenance of every catalogue file of `snapshot` at once (one walk of the history), each exactly as
  /// ``provenance(of:in:)`` gives it.
  public func provenances(in snapshot: Snapshot) throws(CatalogueError) -> [String: Provenance] {
    do {
      let head: ObjectID?
      switch snapshot.origin {
      case .revision(_, let commit): head = commit
      case .workingTree: head = try repository.headCommit()
      }
      let paths = snapshot.entries.map(\.path).filter { $0.hasPrefix(CatalogueLayout.casesFolder + "/") }
      guard let head else {
        return Dictionary(uniqueKeysWithValues: paths.map { ($0, Provenance(commits: [], state: .uncommitted)) })
      }
      let histories = try repository.histories(under: CatalogueLayout.casesFolder, from: head)
      var committed: [String: TreeEntry] = [:]
      if case .workingTree = snapshot.origin {
        for entry in try repository.treeEntries(commit: head, under: CatalogueLayout.casesFolder) {
          committed[entry.path] = entry
        }
      }
      var result: [String: Provenance] = [:]
      for path in paths {
        var state = WorkingState.committed
        if case .workingTree = snapshot.origin {
          if let entry = committed[path] {
            if entry.id != snapshot.entry(at: path)?.blobID { state = .modified }
          } else {
            state = .uncommitted
          }
        }
        let commits = state == .uncommitted ? [] : try ownChanges(of: path, histories[path] ?? [])
        result[path] = Provenance(commits: commits, state: state)
      }
      return result
    } catch {
      throw CatalogueError(error)
    }
  }
}

/// Calendar dates from Unix time without Foundation.
enum CivilTime {
  /// `YYYY-MM-DDTHH:MM:SS±HH:MM` for `seconds` shifted by `offsetMinutes`.
  static func iso8601(seconds: Int64, offsetMinutes: Int) -> String {
    let local = seconds + Int64(offsetMinutes) * 60
    let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    let secondOfDay = Int(local - days * 86_400)
    let (year, month, day) = civil(fromDays: days)
    let sign = offsetMinutes < 0 ? "-" : "+"
    let offset = abs(offsetMinutes)
    return "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60))"
      + ":\(pad(secondOfDay % 60))\(sign)\(pad(offset / 60)):\(pad(offset % 60))"
  }

  /// Howard Hinnant's days-to-civil algorithm.
  static func civil(fromDays days: Int64) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), Int(month), Int(day))
  }

  private static func pad(_ value: Int, _ width: Int = 2) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
