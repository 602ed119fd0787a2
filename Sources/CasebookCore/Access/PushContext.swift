import CasebookGit
import CasebookYAML
import CasebookText

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
    func refuse(_ rule: String, _ message: Message) -> RefReport {
      report.diagnostics.append(PushGuard.refProblem(name, rule, message))
      return report
    }
    if name == settings.protectedBranch { return try checkProtected(update, report: report) }
    guard let protectedTip, let base else {
      return refuse(
        "push.no-protected-branch",
        Message(GuardText.noProtectedBranch, .text(settings.protectedBranchName)))
    }
    let stewards = HistoryGuard.names(base.rules.stewards)
    if !Workspace.isBranchOrTag(name) {
      if let prefix = settings.proposalRefs.first(where: { name.hasPrefix($0) }) {
        guard let new = update.new else { return report }
        return try checkRange(
          to: new, name: name, old: update.old, actor: nil, report: report,
          note: Message(GuardText.proposal, .text(prefix)))
      }
      if isSteward { return report }
      return refuse(
        "push.namespace",
        Message(GuardText.namespace, stewards, .text(pusher)))
    }
    let short = name.hasPrefix("refs/heads/") ? name.dropFirst(11) : name.dropFirst(10)
    if !isSteward, short.hasPrefix("refs/") || short.lowercased() == "head" || !LookAlike.skeletons(of: String(short))
      .isDisjoint(with: LookAlike.skeletons(of: settings.protectedBranchName))
    {
      return refuse(
        "push.ref-name",
        Message(GuardText.refName, .text(name), .text(settings.protectedBranchName), stewards))
    }
    if name.hasPrefix("refs/tags/") {
      guard isSteward else {
        return refuse(
          "push.tag",
          Message(GuardText.tag, stewards, .text(pusher)))
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
          Message(GuardText.deleteProtected, .text(branch), stewardNames)))
      return report
    }
    guard let protectedTip else { return try checkFirstPush(new, report: report) }
    if !(try workspace.isAncestor(protectedTip, of: new)), !isSteward {
      report.diagnostics.append(
        PushGuard.refProblem(
          name, "push.force",
          Message(
            GuardText.force, .text(branch), .text(protectedTip.shortHex), .text(new.shortHex), stewardNames)))
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
          message: Message(
            GuardText.firstPush, .text(settings.protectedBranchName), .text(new.shortHex),
            HistoryGuard.names(rules.stewards), .text(pusher))))
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
      var action: GuardText?
      if let new = update.new {
        if !(try workspace.isAncestor(old, of: new)) { action = .rewriting }
      } else {
        action = .deleting
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
    _ old: ObjectID, name: String, action: GuardText, protectedTip: ObjectID
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
    return try history.ownership(of: old, since: start) { which in
      Message(GuardText.dropsCommit, .message(Message(action)), .text(name), .text(old.shortHex), which)
    }
  }

  // MARK: Ranges

  /// Checks the commits `new` brings that the server does not have yet, against the protected branch; what
  /// the protected branch and the reference's `old` tip hold counts as accepted.
  private mutating func checkRange(
    to new: ObjectID, name: String, old: ObjectID?, actor: String?, report: RefReport, note: Message?
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
    if let note { report.summary = Message(SchemaText.withHint, .message(report.summary), .message(note)) }
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
      Message(GuardText.notACommit, .text(name), .text(id.shortHex)))
  }

  private var stewardNames: MessageArgument { HistoryGuard.names(base?.rules.stewards ?? []) }

  private func describe(_ update: RefUpdate) -> Message {
    switch (update.old, update.new) {
    case (nil, let new?): Message(GuardText.refNew, .text(update.name), .text(new.shortHex))
    case (let old?, nil): Message(GuardText.refDeleted, .text(update.name), .text(old.shortHex))
    case (let old?, let new?): Message(GuardText.refUpdated, .text(update.name), .text(old.shortHex), .text(new.shortHex))
    case (nil, nil): Message(CommonText.name, .text(update.name))
    }
  }
}
