import CasebookText
import CasebookGit
import CasebookYAML

/// Where a file stands compared with the catalogue (HEAD).
public enum FileState: String, Sendable, Hashable {
  /// In the working tree, not in HEAD.
  case new
  /// In both, with other content.
  case changed
  /// In HEAD, gone from the working tree.
  case deleted
  /// The same in both.
  case unchanged
}

/// Whether a submission branch was sent to a remote (a remote-tracking branch of the same name).
public enum PushState: String, Sendable, Hashable {
  /// No remote has a branch of that name.
  case notSent = "not-sent"
  /// A remote has the branch exactly as it is here.
  case sent
  /// The branch has commits the remote does not have yet.
  case newCommits = "new-commits"
  /// The remote has commits the branch here does not have (someone added to it).
  case remoteAhead = "remote-ahead"
  /// The two went apart (after `--amend`, for example): send with `--force-with-lease`.
  case diverged
}

/// One branch that carries a change to a file.
public struct BranchSubmission: Sendable, Hashable {
  /// The branch's name, without `refs/heads/`.
  public var branch: String
  /// True when the branch has the file exactly as the working tree has it.
  public var matchesWorkingTree: Bool
  /// Whether the branch was sent.
  public var pushed: PushState
  /// True when the branch's tip is on a main branch already.
  public var merged: Bool
}

/// One file of a municipality the user maintains.
public struct OfficerFile: Sendable, Hashable {
  /// The path from the repository root.
  public var path: String
  /// Compared with HEAD.
  public var state: FileState
  /// Errors and warnings validation finds in the working-tree copy (none for a deleted file).
  public var errors: Int
  public var warnings: Int
  /// Local branches that change the file, by name.
  public var submissions: [BranchSubmission]
}

/// A municipality the user maintains, with the files that need attention.
public struct OfficerMunicipality: Sendable, Hashable {
  /// `cc/slug`.
  public var id: String
  /// The name from its profile.
  public var name: String
  /// True when HEAD has no profile for it yet: a new municipality.
  public var isNew: Bool
  /// Files that are new, changed, deleted or on a submission branch, by path.
  public var files: [OfficerFile]
  /// How many other files are in the catalogue exactly as the working tree has them.
  public var unchangedFiles: Int
  /// Problems with the folder as a whole (a missing profile).
  public var folderErrors: Int
}

/// `casebook status`: the current user's municipalities and where each of their files stands.
public struct OfficerStatus: Sendable, Hashable {
  /// The user's name and e-mail address from git config.
  public var name: String
  public var email: String
  /// The branch HEAD is on; nil when detached.
  public var currentBranch: String?
  /// Municipalities whose profile, in HEAD or in the working tree, lists the user as maintainer, by id.
  public var municipalities: [OfficerMunicipality]
}

extension OfficerStatus {
  /// The status of the repository containing `directory`, for the identity git config names.
  public static func load(directory: String?, limits: YAMLLimits = YAMLLimits()) throws(CatalogueError) -> OfficerStatus {
    let workspace = try Workspace(directory: directory)
    guard workspace.workingDirectory != nil else { throw .noWorkingTree }
    let repository = workspace.repository
    do {
      guard let identity = try repository.configuredIdentity() else { throw GitError.identityMissing }
      let head = try repository.headCommit()
      let working = try workspace.snapshot(revision: nil)
      let committed = try head.map { (id) throws(CatalogueError) in try workspace.snapshot(ofCommit: id, named: "HEAD") }
      let folders = try maintainedFolders(
        of: identity.email, in: [working] + (committed.map { [$0] } ?? []))
      var status = OfficerStatus(
        name: identity.name, email: identity.email,
        currentBranch: try repository.headBranch().map(Submission.shortName), municipalities: [])
      guard !folders.isEmpty else { return status }

      let submissions = try SubmissionBranches.changes(in: repository, head: head, folders: Set(folders.keys))
      var paths: Set<String> = []
      for entry in working.entries where isInside(entry.path, folders.keys) { paths.insert(entry.path) }
      for entry in committed?.entries ?? [] where isInside(entry.path, folders.keys) { paths.insert(entry.path) }
      let report = try CatalogueValidator.validate(
        working, scope: .files(Set(paths.filter { working.entry(at: $0) != nil })), limits: limits, records: false)

      for (folder, name) in folders.sorted(by: { $0.key < $1.key }) {
        let id = String(folder.dropFirst(CatalogueLayout.casesFolder.count + 1))
        var municipality = OfficerMunicipality(
          id: id, name: name, isNew: committed?.entry(at: folder + "/municipality.yaml") == nil, files: [],
          unchangedFiles: 0,
          folderErrors: report.diagnostics.count { $0.file == folder && $0.severity == .error })
        for path in paths.sorted() where path.hasPrefix(folder + "/") {
          let now = working.entry(at: path)
          let before = committed?.entry(at: path)
          let state: FileState =
            now == nil ? .deleted : before == nil ? .new : now?.blobID != before?.blobID ? .changed : .unchanged
          let branches = (submissions[path] ?? []).map { change in
            BranchSubmission(
              branch: change.branch, matchesWorkingTree: change.blob == now?.blobID, pushed: change.pushed,
              merged: change.merged)
          }
          guard state != .unchanged || !branches.isEmpty else {
            municipality.unchangedFiles += 1
            continue
          }
          let found = report.diagnostics.filter { $0.file == path }
          municipality.files.append(
            OfficerFile(
              path: path, state: state, errors: found.count { $0.severity == .error },
              warnings: found.count { $0.severity == .warning }, submissions: branches))
        }
        status.municipalities.append(municipality)
      }
      return status
    } catch {
      throw CatalogueError.wrapping(error)
    }
  }

  private static func isInside(_ path: String, _ folders: Dictionary<String, String>.Keys) -> Bool {
    guard case .file(let file) = CatalogueLayout.classify(path), let id = file.municipalityID else { return false }
    return folders.contains("\(CatalogueLayout.casesFolder)/\(id)")
  }

  /// Municipality folders (`cases/cc/slug`) whose profile in any of `snapshots` lists `email` under
  /// `maintainers` (without regard to case), with the municipality's name.
  static func maintainedFolders(of email: String, in snapshots: [Snapshot]) throws(CatalogueError) -> [String: String] {
    let wanted = email.lowercased()
    var folders: [String: String] = [:]
    for snapshot in snapshots {
      let reader = try snapshot.makeReader()
      for entry in snapshot.entries where entry.path.hasSuffix("/municipality.yaml") {
        guard case .file(let file) = CatalogueLayout.classify(entry.path), file.kind == .municipality,
          let id = file.municipalityID, folders["\(CatalogueLayout.casesFolder)/\(id)"] == nil,
          let bytes = try? reader.bytes(of: entry, limit: 1 << 20), let document = try? YAMLParser.parse(bytes)
        else { continue }
        let maintainers = (document["maintainers"]?.strings ?? []).map { $0.lowercased() }
        guard maintainers.contains(wanted) else { continue }
        folders["\(CatalogueLayout.casesFolder)/\(id)"] = document["name"]?.string ?? id
      }
    }
    return folders
  }
}

/// What the local submission branches change.
enum SubmissionBranches {
  /// A file a branch changes, as the branch has it.
  struct Change {
    var branch: String
    var blob: ObjectID?
    var pushed: PushState
    var merged: Bool
  }

  /// For each path under `folders`, the local `submission/*` branches that change it since they left HEAD's
  /// line (their merge base with HEAD), with how far each was sent.
  static func changes(
    in repository: Repository, head: ObjectID?, folders: Set<String>
  ) throws(GitError) -> [String: [Change]] {
    var changes: [String: [Change]] = [:]
    let mainline = try Mainline.tips(in: repository) + (head.map { [$0] } ?? [])
    for reference in try repository.references() where reference.name.hasPrefix("refs/heads/submission/") {
      guard let tip = reference.target else { continue }
      let base = try head.flatMap { (head) throws(GitError) in try repository.mergeBase(head, tip) }
      let pushed = try pushState(reference.name, tip: tip, in: repository)
      var merged = false
      for line in Set(mainline) where !merged {
        merged = line == tip
        if !merged { merged = try repository.isAncestor(tip, of: line) }
      }
      for change in try repository.diff(from: base, to: tip, limit: 100_000) {
        guard let folder = folders.first(where: { change.path.hasPrefix($0 + "/") }), !folder.isEmpty else { continue }
        changes[change.path, default: []].append(
          Change(
            branch: Submission.shortName(reference.name), blob: change.new?.id, pushed: pushed, merged: merged))
      }
    }
    return changes
  }

  /// How the branch compares with the remote-tracking branches of the same name.
  static func pushState(_ reference: String, tip: ObjectID, in repository: Repository) throws(GitError) -> PushState {
    let remotes = try Submission.remoteTracking(reference, in: repository)
    guard !remotes.isEmpty else { return .notSent }
    var states: [PushState] = []
    for remote in remotes {
      guard let sent = try repository.referenceTarget(remote) else { continue }
      if sent == tip {
        states.append(.sent)
      } else if try repository.isAncestor(sent, of: tip) {
        states.append(.newCommits)
      } else if try repository.isAncestor(tip, of: sent) {
        states.append(.remoteAhead)
      } else {
        states.append(.diverged)
      }
    }
    return states.contains(.sent) ? .sent : states.first ?? .notSent
  }
}
