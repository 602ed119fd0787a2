import CasebookGit
import CasebookYAML

/// The server's state before a push, read once, and the checks of each pushed reference against it.
struct PushContext {
  let workspace: Workspace
  let settings: GuardSettings
  let limits: YAMLLimits
  let pusher: String
  /// The protected branch's tip before the push; nil while it does not exist.
  let protectedTip: ObjectID?
  /// The snapshot and rules of the protected branch's tip.
  let base: (snapshot: Snapshot, rules: RuleSet)?
  /// Every branch and tag tip on the server before the push: their history is not new.
  let knownTips: [ObjectID]
  let isSteward: Bool
  /// New commits the push may still bring (``GuardSettings/maxCommits`` over all its references).
  private var commitBudget: Int

  init(workspace: Workspace, settings: GuardSettings, limits: YAMLLimits, pusher: String) throws(CatalogueError) {
    self.workspace = workspace
    self.settings = settings
    self.limits = limits
    self.pusher = pusher
    commitBudget = settings.maxCommits
    let repository = workspace.repository
    do {
      protectedTip = try repository.referenceTarget(settings.protectedBranch)
      var tips: Set<ObjectID> = []
      for reference in try repository.references() where Workspace.isBranchOrTag(reference.name) {
        if let target = reference.target, let commit = try repository.peeledCommit(target) { tips.insert(commit) }
      }
      knownTips = tips.sorted()
    } catch {
      throw CatalogueError(error)
    }
    if let protectedTip {
      let snapshot = try workspace.snapshot(ofCommit: protectedTip, named: settings.protectedBranchName)
      let rules = RuleSet.load(from: snapshot, reader: try snapshot.makeReader(), limits: limits)
      base = (snapshot, rules)
      isSteward = Authority.contains(rules.stewards, pusher)
    } else {
      base = nil
      isSteward = false
    }
  }

  mutating func check(_ update: RefUpdate) throws(CatalogueError) -> RefReport {
    let name = update.name
    var report = RefReport(update: update, summary: describe(update), diagnostics: [], commits: 0)
    func refuse(_ rule: String, _ message: String) -> RefReport {
      report.diagnostics.append(PushGuard.refProblem(name, rule, message))
      return report
    }
    if name == settings.protectedBranch { return try checkProtected(update, report: report) }
    guard let protectedTip, let base else {
      return refuse(
        "push.no-protected-branch",
        "the catalogue's branch \(settings.protectedBranchName) does not exist on the server yet: push it first, "
          + "on its own (it is checked against the stewards it lists)")
    }
    let stewards = HistoryGuard.names(base.rules.stewards)
    if !Workspace.isBranchOrTag(name) {
      if let prefix = settings.proposalRefs.first(where: { name.hasPrefix($0) }) {
        guard let new = update.new else { return report }
        return try checkRange(
          to: new, name: name, old: update.old, actor: nil, report: report, note: "a proposal under \(prefix)")
      }
      if isSteward { return report }
      return refuse(
        "push.namespace",
        "only branches (refs/heads/) and tags (refs/tags/) may be pushed; other references, such as replace "
          + "references, are the stewards' (\(stewards)); it is pushed by \(pusher)")
    }
    let short = name.hasPrefix("refs/heads/") ? name.dropFirst(11) : name.dropFirst(10)
    if !isSteward, short.hasPrefix("refs/") || short.lowercased() == "head" || !LookAlike.skeletons(of: String(short))
      .isDisjoint(with: LookAlike.skeletons(of: settings.protectedBranchName))
    {
      return refuse(
        "push.ref-name",
        "\(name) can be mistaken for the catalogue's branch \(settings.protectedBranchName) (or for HEAD): such "
          + "names are the stewards' (\(stewards)); choose another name")
    }
    if name.hasPrefix("refs/tags/") {
      guard isSteward else {
        return refuse(
          "push.tag",
          "tags mark the catalogue's releases: only the stewards create, move or delete them (\(stewards)); it is "
            + "pushed by \(pusher)")
      }
      guard let new = update.new else { return report }
      return try checkRange(to: new, name: name, old: nil, actor: pusher, report: report, note: nil)
    }
    return try checkBranch(update, protectedTip: protectedTip, report: report)
  }

  // MARK: The protected branch

  private mutating func checkProtected(_ update: RefUpdate, report: RefReport) throws(CatalogueError) -> RefReport {
    var report = report
    let name = update.name
    let branch = settings.protectedBranchName
    guard let new = update.new else {
      // Not even a steward's: while it is missing there is no stewards list to ask, and whoever pushed it
      // next would make the rules. A steward who wants to start over rewrites it instead.
      report.diagnostics.append(
        PushGuard.refProblem(
          name, "push.delete-protected",
          "\(branch) is the catalogue's branch and is never deleted (whoever pushed it next would set the rules); "
            + "a steward may rewrite it with a force push (\(stewardNames))"))
      return report
    }
    guard let protectedTip else { return try checkFirstPush(new, report: report) }
    if !(try workspace.isAncestor(protectedTip, of: new)), !isSteward {
      report.diagnostics.append(
        PushGuard.refProblem(
          name, "push.force",
          "the push rewrites the history of \(branch) (\(protectedTip.shortHex) is not an ancestor of "
            + "\(new.shortHex)), which would drop accepted work: fetch, merge or rebase onto \(branch) and push "
            + "again; only the stewards may rewrite it (\(stewardNames))"))
      return report
    }
    var range = ChangeRange(base: protectedTip, head: new, baseName: branch, headName: new.shortHex, actor: pusher)
    range.hidden = [protectedTip]
    return try run(range, report: report)
  }

  /// The first push into a repository without the protected branch: every file and commit is checked against
  /// the pushed catalogue's own rules, and the pusher must be one of the stewards it lists.
  private mutating func checkFirstPush(_ new: ObjectID, report: RefReport) throws(CatalogueError) -> RefReport {
    var report = report
    guard try commitOf(new) == new else {
      report.diagnostics.append(notACommit(report.update.name, new))
      return report
    }
    let range = ChangeRange(base: nil, head: new, baseName: "", headName: new.shortHex, actor: nil)
    report = try run(range, report: report)
    let head = try workspace.snapshot(ofCommit: new, named: new.shortHex)
    let rules = RuleSet.load(from: head, reader: try head.makeReader(), limits: limits)
    if !Authority.contains(rules.stewards, pusher) {
      report.diagnostics.append(
        Diagnostic(
          file: HistoryGuard.stewardsPath, rule: "access.first-push",
          message: "the first push of \(settings.protectedBranchName) (commit \(new.shortHex)) must come from one "
            + "of the stewards it lists (\(HistoryGuard.names(rules.stewards))); it is pushed by \(pusher): add "
            + "yourself to schema/stewards.yaml (casebook init --steward) or let a steward push it"))
    }
    return report
  }

  // MARK: Other branches

  private mutating func checkBranch(
    _ update: RefUpdate, protectedTip: ObjectID, report: RefReport
  ) throws(CatalogueError) -> RefReport {
    var report = report
    let name = update.name
    if let old = update.old {
      var action: String?
      if let new = update.new {
        if !(try workspace.isAncestor(old, of: new)) { action = "rewriting" }
      } else {
        action = "deleting"
      }
      if let action {
        report.diagnostics += try ownershipOfDropped(old, name: name, action: action, protectedTip: protectedTip)
      }
    }
    guard let new = update.new else { return report }
    return try checkRange(to: new, name: name, old: update.old, actor: pusher, report: report, note: nil)
  }

  /// A branch may be deleted or rewritten by whoever may make all its changes (compared with its merge base
  /// with the protected branch), and by the stewards.
  private func ownershipOfDropped(
    _ old: ObjectID, name: String, action: String, protectedTip: ObjectID
  ) throws(CatalogueError) -> [Diagnostic] {
    guard !isSteward, let base else { return [] }
    let start: ObjectID?
    do {
      start = try workspace.repository.mergeBase(protectedTip, old)
    } catch {
      throw CatalogueError(error)
    }
    let history = HistoryGuard(
      repository: workspace.repository, base: base.snapshot, baseCommit: protectedTip, headCommit: old,
      rules: base.rules, actor: pusher)
    let context = "\(action) \(name) drops its commit \(old.shortHex), which "
    return try history.ownership(of: old, since: start, context: context)
  }

  // MARK: Ranges

  /// Checks the commits `new` brings that the server does not have yet, against the protected branch; what
  /// the protected branch and the reference's `old` tip hold counts as accepted.
  private mutating func checkRange(
    to new: ObjectID, name: String, old: ObjectID?, actor: String?, report: RefReport, note: String?
  ) throws(CatalogueError) -> RefReport {
    guard let commit = try commitOf(new), name.hasPrefix("refs/tags/") || commit == new else {
      var report = report
      report.diagnostics.append(notACommit(name, new))
      return report
    }
    var range = ChangeRange(
      base: protectedTip, head: commit, baseName: settings.protectedBranchName, headName: commit.shortHex,
      actor: actor)
    range.hidden = knownTips
    range.acceptedTips = [protectedTip, old].compactMap { $0 }
    // The effect of an update is measured from the reference's old tip; a new reference adds nothing the
    // server does not hold but its new commits, and a rewrite's dropped commits are checked apart.
    range.effectBase = old
    var report = report
    if let note { report.summary += " (\(note))" }
    return try run(range, report: report)
  }

  private mutating func run(_ range: ChangeRange, report: RefReport) throws(CatalogueError) -> RefReport {
    var report = report
    let checked = try CatalogueValidator.check(
      range, in: workspace, limits: limits, records: false, cache: true, maxCommits: max(1, commitBudget),
      base: range.base == protectedTip ? base : nil)
    commitBudget -= checked.commits ?? 0
    report.commits = checked.commits ?? 0
    report.diagnostics += checked.diagnostics
    return report
  }

  private func commitOf(_ id: ObjectID) throws(CatalogueError) -> ObjectID? {
    do {
      return try workspace.repository.peeledCommit(id)
    } catch {
      throw CatalogueError(error)
    }
  }

  private func notACommit(_ name: String, _ id: ObjectID) -> Diagnostic {
    PushGuard.refProblem(
      name, "push.not-a-commit",
      "\(name) would point at \(id.shortHex), which is not a commit (branches hold commits; tags point at commits)")
  }

  private var stewardNames: String { HistoryGuard.names(base?.rules.stewards ?? []) }

  private func describe(_ update: RefUpdate) -> String {
    switch (update.old, update.new) {
    case (nil, let new?): "\(update.name): new, at \(new.shortHex)"
    case (let old?, nil): "\(update.name): deleted (was \(old.shortHex))"
    case (let old?, let new?): "\(update.name): \(old.shortHex)..\(new.shortHex)"
    case (nil, nil): "\(update.name)"
    }
  }
}
