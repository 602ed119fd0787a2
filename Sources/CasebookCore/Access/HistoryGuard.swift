import CasebookGit
import CasebookYAML
import CasebookText

/// What the check of a range's commits found.
struct HistoryReport: Sendable {
  /// How many commits were checked.
  var commits: Int
  var diagnostics: [Diagnostic]
  /// Every path some commit of the range was held responsible for (added, changed or deleted there).
  var touchedPaths: Set<String>
}

/// The checks `validate --changed BASE..HEAD` (and the pre-receive guard) make on every commit new to the
/// range, whatever its parents: repository hygiene always, and with an actor (the authenticated pusher) who
/// may change which paths. With ``checksEffect``, the range is also judged by its effect: every path where HEAD
/// differs from BASE must be one the actor may change.
///
/// Authority comes from BASE: a path under `cases/<cc>/<municipality>/` may be changed by the maintainers in
/// that folder's `municipality.yaml` at BASE; a folder without one at BASE is new, and may be created by anyone
/// who lists themselves as its maintainer (in the folder's `municipality.yaml` at HEAD or in that commit);
/// everything else — `schema/`, `cases/README.md`, files outside `cases/` — by the stewards in BASE's
/// `schema/stewards.yaml`. Commit authors are not looked at: anyone can write any author into a commit.
///
/// What a commit is responsible for: a commit with one parent (or none), every path where it differs from
/// it. A merge, every path where it differs from all its parents, and also every path where it takes a
/// parent's version that is not accepted — accepted versions are those of BASE (and ``acceptedTips``), those
/// that a commit of the range was held responsible for, and the result git's own merge of two parents gives
/// without a conflict. So a merge with an old commit cannot bring back what BASE has since changed.
struct HistoryGuard {
  let repository: Repository
  /// The snapshot authority and limits are read from.
  let base: Snapshot
  /// BASE's commit; nil for the first push into an empty repository, where nothing is accepted yet.
  let baseCommit: ObjectID?
  let headCommit: ObjectID
  /// Stewards and limits at BASE.
  let rules: RuleSet
  /// The pusher's e-mail address; nil skips the ownership checks.
  let actor: String?
  /// Commits whose history is not new: BASE, and for a push to a branch every tip the server had.
  var hidden: [ObjectID]
  /// Commits whose content counts as accepted: BASE, and for a branch update the branch's old tip.
  var acceptedTips: [ObjectID]
  /// The commit the range's effect is measured from: the reference's old tip (or BASE), when it is an
  /// ancestor of HEAD. Every path where HEAD differs from it must hold an accepted version or one the actor
  /// may make. nil skips the effect.
  var effectBase: ObjectID?
  /// The most paths one commit may change: a commit of the range can hold a tree bomb that a later one
  /// removes again, which the diff of the whole range never sees.
  var maxFiles = CatalogueLimits.defaultMaxFiles
  /// The most new commits one check reads.
  var maxCommits = CatalogueLimits.defaultMaxCommits

  static let shownNames = 6

  init(
    repository: Repository, base: Snapshot, baseCommit: ObjectID?, headCommit: ObjectID, rules: RuleSet,
    actor: String?
  ) {
    self.repository = repository
    self.base = base
    self.baseCommit = baseCommit
    self.headCommit = headCommit
    self.rules = rules
    self.actor = actor
    hidden = baseCommit.map { [$0] } ?? []
    acceptedTips = hidden
  }

  func check() throws(CatalogueError) -> HistoryReport {
    do {
      let commits = try repository.commits(from: hidden, to: headCommit, limit: maxCommits)
      var report = HistoryReport(commits: commits.count, diagnostics: [], touchedPaths: [])
      var authority = Authority(guardian: self)
      var accepted = AcceptedContent(tips: acceptedTips)
      for commit in commits {
        for duty in try responsibilities(of: commit, accepted: &accepted) {
          let change = duty.change
          report.touchedPaths.insert(change.path)
          accepted.produced.insert(ContentKey(change.path, change.new))
          if let entry = change.new { report.diagnostics += try hygiene(entry, change: change, commit: commit) }
          if let actor {
            report.diagnostics += try authority.problems(
              change, actor: actor, context: Self.context(of: commit, change: change, takenFrom: duty.takenFrom),
              revision: commit.id)
          }
        }
      }
      if let effectBase {
        report.diagnostics += try effectProblems(
          from: effectBase, accepted: accepted, authority: &authority, reported: report.diagnostics)
      }
      return report
    } catch {
      throw CatalogueError(error)
    }
  }

  // MARK: Responsibility

  /// A path a commit answers for, and for a merge that took an unaccepted version, the parent it came from.
  private struct Responsibility {
    var change: TreeChange
    var takenFrom: ObjectID?
  }

  private func responsibilities(
    of commit: CommitInfo, accepted: inout AcceptedContent
  ) throws(GitError) -> [Responsibility] {
    guard commit.parents.count > 1 else {
      return try repository.diff(from: commit.parents.first, to: commit.id, limit: maxFiles).map {
        Responsibility(change: $0)
      }
    }
    var differences: [[String: TreeChange]] = []
    var paths: Set<String> = []
    for parent in commit.parents {
      let changes = try repository.diff(from: parent, to: commit.id, limit: maxFiles)
      differences.append(Dictionary(changes.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }))
      paths.formUnion(changes.lazy.map(\.path))
    }
    var merge = MergeFacts(parents: commit.parents)
    var duties: [Responsibility] = []
    for path in paths.sorted(by: { $0.precedesByBytes($1) }) {
      let perParent = differences.map { $0[path] }
      let change = perParent.lazy.compactMap { $0 }.first!
      guard let same = perParent.firstIndex(where: { $0 == nil }) else {
        duties.append(Responsibility(change: change))
        continue
      }
      if try accepted.contains(path, change.new, in: repository) { continue }
      if try merge.isCleanMerge(path, result: change.new, perParent: perParent, in: repository) { continue }
      duties.append(Responsibility(change: change, takenFrom: commit.parents[same]))
    }
    return duties
  }

  // MARK: Effect

  /// Ownership of every path where HEAD differs from `baseCommit` with a version that is not accepted (not
  /// BASE's, not one a commit of the range was checked for) and that no commit was refused for already; and
  /// a result that leaves the catalogue without stewards (nobody could change `schema/` again).
  private func effectProblems(
    from baseCommit: ObjectID, accepted: AcceptedContent, authority: inout Authority, reported: [Diagnostic]
  ) throws(GitError) -> [Diagnostic] {
    let head = try repository.commit(headCommit)
    let refused = Set(reported.lazy.filter { $0.rule.hasPrefix("access.") }.map(\.file))
    var problems: [Diagnostic] = []
    for change in try repository.diff(from: baseCommit, to: headCommit, limit: maxFiles) {
      if change.path == Self.stewardsPath, try stewards(at: head.id).isEmpty {
        problems.append(
          Diagnostic(
            file: change.path, rule: "access.no-stewards",
            message: Message(GuardText.noStewards, .message(Self.label(head)))))
      }
      guard let actor, !refused.contains(change.path), try !accepted.contains(change.path, change.new, in: repository)
      else { continue }
      let context = Message(
        RepositoryCheckText.comparedWithBase,
        .message(Self.action(change, subject: Message(GuardText.pushedResult, .message(Self.label(head))))),
        .text(baseCommit.shortHex))
      problems += try authority.problems(change, actor: actor, context: context, revision: head.id)
    }
    return problems
  }

  static let stewardsPath = "schema/stewards.yaml"

  /// Ownership of every path where `commit` differs from `start` (nil: the empty tree), as if the actor had
  /// made those changes; `context` gives the start of each message for the relative clause `which adds this
  /// file` (and the like) of a change.
  func ownership(
    of commit: ObjectID, since start: ObjectID?, context: (MessageArgument) -> Message
  ) throws(CatalogueError) -> [Diagnostic] {
    guard let actor else { return [] }
    do {
      var authority = Authority(guardian: self)
      var problems: [Diagnostic] = []
      for change in try repository.diff(from: start, to: commit, limit: maxFiles) {
        problems += try authority.problems(
          change, actor: actor, context: context(.message(Self.relativeAction(change))), revision: commit)
      }
      return problems
    } catch {
      throw CatalogueError(error)
    }
  }

  /// The stewards listed in a commit's `schema/stewards.yaml`; empty when it is missing or unreadable.
  func stewards(at commit: ObjectID) throws(GitError) -> [String] {
    guard let entry = try repository.entry(at: Self.stewardsPath, commit: commit), entry.mode.isBlob,
      try repository.blobSize(entry.id) <= rules.limits.maxBytes,
      let document = try? YAMLParser.parse(try repository.blob(entry.id), limits: rules.limits)
    else { return [] }
    return document["stewards"]?.items?.compactMap(\.string).filter { $0.contains("@") } ?? []
  }

  // MARK: Messages

  /// `commit 1a2b3c4 “Add a case” adds this file`, and for a merge that took an unaccepted version, where from.
  static func context(of commit: CommitInfo, change: TreeChange, takenFrom parent: ObjectID?) -> Message {
    let action = action(change, commit)
    guard let parent else { return action }
    return Message(GuardText.mergeTakes, .message(action), .text(parent.shortHex))
  }

  /// `commit 1a2b3c4 “Add a case”`.
  static func label(_ commit: CommitInfo) -> Message {
    var summary = commit.summary
    if summary.count > 72 { summary = String(summary.prefix(70)) + "…" }
    return Message(RepositoryCheckText.commitLabel, .text(commit.id.shortHex), .text(summary))
  }

  /// `commit 1a2b3c4 “Add a case” adds this file`.
  static func action(_ change: TreeChange, _ commit: CommitInfo) -> Message {
    action(change, subject: label(commit))
  }

  /// `<subject> adds this file`, `<subject> deletes this file` or `<subject> changes this file`.
  static func action(_ change: TreeChange, subject: Message) -> Message {
    switch change.status {
    case .added: Message(RepositoryCheckText.adds, .message(subject))
    case .deleted: Message(RepositoryCheckText.deletes, .message(subject))
    case .modified, .typeChanged: Message(RepositoryCheckText.changes, .message(subject))
    }
  }

  /// `which adds this file` and the like, for a sentence about another subject.
  static func relativeAction(_ change: TreeChange) -> Message {
    switch change.status {
    case .added: Message(RepositoryCheckText.whichAdds)
    case .deleted: Message(RepositoryCheckText.whichDeletes)
    case .modified, .typeChanged: Message(RepositoryCheckText.whichChanges)
    }
  }

  /// A short list of e-mail addresses for messages.
  static func names(_ names: [String]) -> MessageArgument {
    if names.isEmpty { return .message(Message(RepositoryCheckText.nobody)) }
    let shown = names.prefix(shownNames).joined(separator: ", ")
    guard names.count > shownNames else { return .text(shown) }
    return .message(Message(RepositoryCheckText.andMore, .text(shown), .number(names.count - shownNames)))
  }
}

/// A path's content in some commit: its blob (or other object) and mode, or nothing.
struct ContentKey: Hashable {
  let path: String
  let id: ObjectID?
  let mode: UInt32

  init(_ path: String, _ entry: TreeEntry?) {
    self.path = path
    id = entry?.id
    mode = entry?.mode.rawMode ?? 0
  }
}

/// True when two entries hold the same content with the same mode (both absent counts as the same).
func sameContent(_ one: TreeEntry?, _ other: TreeEntry?) -> Bool {
  one?.id == other?.id && one?.mode == other?.mode
}

/// Versions of paths that count as accepted while a range is checked.
private struct AcceptedContent {
  let tips: [ObjectID]
  /// Versions a commit of the range was held responsible for.
  var produced: Set<ContentKey> = []

  init(tips: [ObjectID]) { self.tips = tips }

  func contains(_ path: String, _ entry: TreeEntry?, in repository: Repository) throws(GitError) -> Bool {
    if produced.contains(ContentKey(path, entry)) { return true }
    for tip in tips {
      guard case .found(let found) = try repository.lookUp(path, commit: tip) else { return false }
      if sameContent(found, entry) { return true }
    }
    return false
  }
}

/// What a two-parent merge's own merge base says: the version git's merge gives without a conflict.
private struct MergeFacts {
  let parents: [ObjectID]
  /// The single best merge base; `.some(nil)` once known to be missing or ambiguous.
  private var mergeBase: ObjectID??

  init(parents: [ObjectID]) { self.parents = parents }

  /// True when `result` is what a three-way merge of the two parents gives for `path` without a conflict.
  /// `perParent[i]` is the merge's change against parent `i`, nil where they agree.
  mutating func isCleanMerge(
    _ path: String, result: TreeEntry?, perParent: [TreeChange?], in repository: Repository
  ) throws(GitError) -> Bool {
    guard parents.count == 2 else { return false }
    if mergeBase == nil {
      let count = try repository.mergeBaseCount(parents[0], parents[1])
      mergeBase = count == 1 ? try repository.mergeBase(parents[0], parents[1]) : .some(nil)
    }
    guard case .some(.some(let base)) = mergeBase,
      case .found(let ancestor) = try repository.lookUp(path, commit: base)
    else { return false }
    let ours = perParent[0].map(\.old) ?? result
    let theirs = perParent[1].map(\.old) ?? result
    let clean: TreeEntry?
    if sameContent(ours, theirs) {
      clean = ours
    } else if sameContent(ancestor, ours) {
      clean = theirs
    } else if sameContent(ancestor, theirs) {
      clean = ours
    } else {
      return false
    }
    return sameContent(clean, result)
  }
}

/// An entry looked up by a path that came from a (possibly hostile) tree.
enum PathLookup {
  /// The entry, or nil when the commit has nothing at the path.
  case found(TreeEntry?)
  /// The path is not a valid repository path (a hostile tree can name an entry `..` or `.git`).
  case invalidPath
}

extension Repository {
  /// The entry at a path taken from a tree, which may not be a valid path to look up.
  func lookUp(_ path: String, commit: ObjectID) throws(GitError) -> PathLookup {
    do {
      return .found(try entry(at: path, commit: commit))
    } catch .invalidPath {
      return .invalidPath
    }
  }
}
