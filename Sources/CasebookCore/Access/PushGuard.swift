import CasebookGit
import CasebookYAML
import Foundation
import CasebookText

/// What the guard found about one pushed reference.
public struct RefReport: Sendable {
  /// The update as git gave it.
  public var update: RefUpdate
  /// How it was checked, for people: `main 1a2b3c4..5d6e7f8`, `new branch`, `deleted`.
  public var summary: Message
  /// Findings: about files and commits (with their paths), or about the reference itself (whose `file`
  /// is the reference's name and `line` 0).
  public var diagnostics: [Diagnostic]
  /// How many commits were checked one by one.
  public var commits: Int

  /// True when the update may go ahead.
  public var isAccepted: Bool { !diagnostics.contains { $0.severity == .error } }
}

/// The pre-receive guard: decides, for every reference a push updates, whether the push keeps the
/// catalogue's promise — a municipality changes only its own folder, only stewards change the rest — and
/// whether the files are valid. Authority is read from the protected branch as the server has it now.
///
/// Per reference:
/// - the protected branch (`casebook.protectedBranch`, default `main`): every new commit and the effect are
///   checked; rewriting it (a force push) is a steward's act, deleting it nobody's; while it does not exist,
///   it is the only reference a push may create (the first push), and its pusher must be one of the stewards
///   it lists;
/// - other branches: every commit not yet on the server is checked against the protected branch; deleting or
///   rewriting one is allowed to whoever may make all the changes it holds (compared with its merge base
///   with the protected branch), and to the stewards;
/// - tags are the stewards' (creating, moving, deleting), and must point at commits;
/// - references outside `refs/heads/` and `refs/tags/` are the stewards', except the host-managed prefixes
///   in `casebook.proposalRefs`, whose files are checked but not who may change them;
/// - a branch or tag named like the protected branch in any letter case, or `HEAD`, is the stewards'.
public struct PushGuard {
  let workspace: Workspace
  let settings: GuardSettings
  let limits: YAMLLimits

  /// A guard for the repository of `workspace` (with git's quarantine folder among its object folders).
  public init(workspace: Workspace, settings: GuardSettings, limits: YAMLLimits = YAMLLimits()) {
    self.workspace = workspace
    self.settings = settings
    self.limits = limits
  }

  /// Checks every update of a push by `pusher` (an e-mail address). The push is accepted when every reference
  /// report is; a reference that cannot be checked at all throws.
  public func check(_ updates: [RefUpdate], pusher: String) throws(CatalogueError) -> [RefReport] {
    if let problem = try repositoryProblem() {
      return updates.map {
        RefReport(update: $0, summary: Message(GuardText.refused), diagnostics: [problem($0.name)], commits: 0)
      }
    }
    if updates.count > settings.maxRefs {
      return updates.map { update in
        RefReport(
          update: update, summary: Message(GuardText.refused),
          diagnostics: [
            Self.refProblem(
              update.name, "push.too-many-refs",
              Message(GuardText.tooManyRefs, .text(String(updates.count)), .text(String(settings.maxRefs))))
          ], commits: 0)
      }
    }
    var context = try PushContext(workspace: workspace, settings: settings, limits: limits, pusher: pusher)
    var reports: [RefReport] = []
    for update in updates {
      reports.append(try context.check(update))
    }
    return reports
  }

  /// Grafts and a shallow history let git pretend other parents; casebook reads real parents only, but refuses
  /// to judge pushes into a repository where git itself would see another history.
  private func repositoryProblem() throws(CatalogueError) -> ((String) -> Diagnostic)? {
    for file in ["info/grafts", "shallow"] where FileManager.default.fileExists(atPath: workspace.gitDirectory + file) {
      return { name in
        Self.refProblem(
          name, "push.grafts",
          Message(GuardText.grafts, .code(file)))
      }
    }
    return nil
  }

  static func refProblem(_ name: String, _ rule: String, _ message: Message) -> Diagnostic {
    Diagnostic(file: name, line: 0, column: 0, rule: rule, message: message)
  }
}
