import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

private let ann = (name: "Ann Officer", email: "ann@testdorp.example")
private let casePath = "cases/nl/testdorp/2021-wijkapp.yaml"
private let arguments = ["submit", casePath, "-m", "Add a case"]

/// A repository ready for `casebook submit`: Testdorp committed and staged, a new case file on disk, and an
/// unrelated file staged (which must stay staged). Each run works on a copy.
private final class KillFixture {
  let catalogue: TemporaryCatalogue
  let sandbox: Sandbox
  let original: String
  let submittedBlob: String

  init() throws {
    catalogue = try TemporaryCatalogue()
    try catalogue.repository.setConfigValue(ann.name, for: "user.name")
    try catalogue.repository.setConfigValue(ann.email, for: "user.email")
    try catalogue.commit(["cases/nl/testdorp/municipality.yaml": Sample.municipality(maintainer: ann.email)], message: "Add Testdorp")
    let index = try catalogue.repository.index()
    try index.addAll()
    try index.write()
    sandbox = try Sandbox()
    try catalogue.write("NOTES.md", "Staged, not part of the submission\n")
    _ = try sandbox.gitOutput(["add", "NOTES.md"], in: catalogue.root)
    try catalogue.write(casePath, Sample.caseStudy())
    original = try sandbox.gitOutput(["rev-parse", "HEAD"], in: catalogue.root)
    submittedBlob = try sandbox.gitOutput(["hash-object", casePath], in: catalogue.root)
  }

  /// A fresh copy of the repository.
  func copy() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-kill-\(UUID().uuidString)")
      .resolvingSymlinksInPath().path
    try FileManager.default.copyItem(atPath: catalogue.root, toPath: folder)
    return folder
  }

  /// Where a killed submit left the repository.
  enum Outcome: String {
    case asBefore = "as before", ahead = "ahead (index staged)", committed
  }

  /// Checks the state a kill left in `root`, then what a plain `git commit` of an unrelated file makes of
  /// it; with `resubmit`, also that running the same submit again completes it.
  func check(_ root: String, after label: String, resubmit: Bool) throws -> Outcome {
    let git = { (arguments: [String]) throws -> CommandResult in try self.sandbox.git(arguments, in: root) }
    let fsck = try git(["fsck", "--no-progress", "--no-dangling"])
    #expect(fsck.status == 0 && fsck.errors.isEmpty, "\(label): git fsck: \(fsck)")
    let head = try sandbox.gitOutput(["rev-parse", "HEAD"], in: root)
    let staged = try git(["ls-files", "-s", "--", casePath]).output
    let stagedBlob = staged.split(separator: " ").dropFirst().first.map { String($0) + "\n" }
    let outcome: Outcome
    if head == original {
      #expect(stagedBlob == nil || stagedBlob == submittedBlob, "\(label): index holds another version: \(staged)")
      outcome = stagedBlob == nil ? .asBefore : .ahead
    } else {
      #expect(try sandbox.gitOutput(["rev-parse", "HEAD~1"], in: root) == original, "\(label): HEAD is not one ahead")
      #expect(try sandbox.gitOutput(["rev-parse", "HEAD:" + casePath], in: root) == submittedBlob, "\(label)")
      #expect(stagedBlob == submittedBlob, "\(label): the branch moved but the index is behind it: \(staged)")
      outcome = .committed
    }
    #expect(try git(["ls-files", "-s", "--", "NOTES.md"]).output.isEmpty == false, "\(label): other staged work lost")
    // A lock file of a killed process: git tells the user to remove it when no git process runs.
    for lock in [".git/index.lock", ".git/refs/heads/main.lock", ".git/HEAD.lock"] {
      try? FileManager.default.removeItem(atPath: root + "/" + lock)
    }
    try Data("unrelated\n".utf8).write(to: URL(fileURLWithPath: root + "/unrelated.txt"))
    _ = try sandbox.gitOutput(["add", "unrelated.txt"], in: root)
    _ = try sandbox.gitOutput(["commit", "-q", "-m", "Unrelated"], in: root)
    let afterCommit = try git(["rev-parse", "HEAD:" + casePath])
    if outcome == .asBefore {
      #expect(afterCommit.status != 0, "\(label): the case was never staged, so it is not committed")
    } else {
      #expect(afterCommit.output == submittedBlob, "\(label): a plain git commit after the kill dropped the case: \(afterCommit)")
    }
    if resubmit {
      let again = try sandbox.casebook(arguments, in: root)
      #expect(again.status == 0 || again.errors.contains("nothing to submit"), "\(label): submitting again: \(again)")
      #expect(try sandbox.gitOutput(["rev-parse", "HEAD:" + casePath], in: root) == submittedBlob, "\(label)")
    }
    let finalCheck = try git(["fsck", "--no-progress", "--no-dangling"])
    #expect(finalCheck.status == 0, "\(label): git fsck at the end: \(finalCheck)")
    return outcome
  }

  /// Runs the submit in a copy with `environment`; true when it was killed.
  func run(in root: String, environment: [String: String]) throws -> (killed: Bool, result: CommandResult) {
    let running = try sandbox.start(casebookExecutable, arguments, in: root, environment: environment)
    let result = try running.finish()
    return (running.process.terminationReason == .uncaughtSignal, result)
  }
}


@Suite("A killed submit loses nothing", .serialized)
struct SubmitKillTests {
  @Test("SIGKILL at every step of writing, then a plain git commit of an unrelated file, then the same submit again")
  func everyStep() throws {
    let fixture = try KillFixture()
    let listing = try fixture.copy()
    defer { try? FileManager.default.removeItem(atPath: listing) }
    let (_, listed) = try fixture.run(in: listing, environment: ["CASEBOOK_FAULT_LIST": "1"])
    #expect(listed.status == 0, "\(listed)")
    let points = listed.errors.split(separator: "\n").filter { $0.hasPrefix("fault-point ") }
    try #require(points.count >= 5, "the git layer has fault points on the way: \(listed.errors)")
    var outcomes: [KillFixture.Outcome: Int] = [:]
    for step in 1...points.count {
      let root = try fixture.copy()
      defer { try? FileManager.default.removeItem(atPath: root) }
      let (killed, result) = try fixture.run(in: root, environment: ["CASEBOOK_FAULT_KILL_AT": String(step)])
      #expect(killed, "step \(step) (\(points[step - 1])) was reached but the process was not killed: \(result)")
      outcomes[try fixture.check(root, after: "kill at \(points[step - 1])", resubmit: true), default: 0] += 1
    }
    print("submit kill test, every step: \(points.count) steps; \(outcomes.map { "\($0.key.rawValue): \($0.value)" }.sorted())")
  }

  @Test("SIGKILL at 200 random moments while submit writes (seeded), then a plain git commit of an unrelated file")
  func randomMoments() throws {
    let fixture = try KillFixture()
    let listing = try fixture.copy()
    defer { try? FileManager.default.removeItem(atPath: listing) }
    let (_, listed) = try fixture.run(in: listing, environment: ["CASEBOOK_FAULT_LIST": "1"])
    let last = listed.errors.split(separator: "\n").last { $0.hasPrefix("fault-point ") }
    let span = try #require(last.flatMap { $0.split(separator: " ").last.flatMap { Int($0) } }, "\(listed.errors)")
    var generator = SeededGenerator(state: 17)
    var outcomes: [KillFixture.Outcome: Int] = [:]
    for run in 1...200 {
      let delay = Int.random(in: 0...max(200, span * 3 / 2), using: &generator)
      let root = try fixture.copy()
      defer { try? FileManager.default.removeItem(atPath: root) }
      _ = try fixture.run(in: root, environment: ["CASEBOOK_FAULT_KILL_AFTER_US": String(delay)])
      outcomes[try fixture.check(root, after: "run \(run), kill after \(delay) µs", resubmit: false), default: 0] += 1
    }
    print("submit kill test, 200 random moments over \(span) µs of writing: \(outcomes.map { "\($0.key.rawValue): \($0.value)" }.sorted())")
  }
}

@Suite("The submit lock")
struct SubmitLockTests {
  @Test("A live lock is named and waited for, deleting its file changes nothing, and it ends with its process")
  func liveLock() throws {
    let fixture = try KillFixture()
    let root = fixture.catalogue.root
    try FileManager.default.createDirectory(atPath: root + "/.git/casebook", withIntermediateDirectories: true)
    // Another process holds the lock on .git/casebook and records itself, as a running submit does.
    let holder = try fixture.sandbox.start(
      URL(fileURLWithPath: "/bin/sh"),
      ["-c",
       #"exec 9<.git/casebook && flock -x 9 && printf 'pid %s\nhost %s\nstart 0\nsince %s\n' $$ "$(hostname)" "$(date +%s)" > .git/casebook/submit.lock && echo held && exec sleep 60"#],
      in: root)
    defer { holder.process.terminate() }
    var waited = 0
    while (try? String(contentsOfFile: holder.outputPath, encoding: .utf8)) != "held\n", waited < 100 {
      usleep(50_000)
      waited += 1
    }
    let wait = ["CASEBOOK_SUBMIT_WAIT": "0.3"]
    let refused = try fixture.sandbox.casebook(arguments, in: root, environment: wait)
    #expect(refused.status == 1, "\(refused)")
    #expect(refused.errors.contains("process \(holder.process.processIdentifier)"), "\(refused)")
    #expect(refused.errors.contains("still running") && refused.errors.contains("Do not delete"), "\(refused)")
    #expect(!refused.errors.contains("remove"), "no advice to remove the lock: \(refused)")
    try FileManager.default.removeItem(atPath: root + "/.git/casebook/submit.lock")
    let afterDeleting = try fixture.sandbox.casebook(arguments, in: root, environment: wait)
    #expect(afterDeleting.status == 1, "deleting the record does not let a second submit in: \(afterDeleting)")
    #expect(try fixture.sandbox.gitOutput(["rev-parse", "HEAD"], in: root) == fixture.original)
    holder.process.terminate()
    holder.process.waitUntilExit()
    let done = try fixture.sandbox.casebook(arguments, in: root, environment: wait)
    #expect(done.status == 0, "\(done)")
  }

  @Test("A stale lock, left by a process that is gone, is taken over at once")
  func staleLock() throws {
    let fixture = try KillFixture()
    let root = fixture.catalogue.root
    let gone = try fixture.sandbox.start(URL(fileURLWithPath: "/bin/true"), [], in: root)
    _ = try gone.finish()
    try FileManager.default.createDirectory(atPath: root + "/.git/casebook", withIntermediateDirectories: true)
    try Data("pid \(gone.process.processIdentifier)\nhost \(ProcessInfo.processInfo.hostName)\nstart 1\nsince 0\n".utf8)
      .write(to: URL(fileURLWithPath: root + "/.git/casebook/submit.lock"))
    let started = Date()
    let result = try fixture.sandbox.casebook(arguments, in: root)
    #expect(result.status == 0, "\(result)")
    #expect(Date().timeIntervalSince(started) < 5, "no waiting for a process that is gone")
    #expect(!FileManager.default.fileExists(atPath: root + "/.git/casebook/submit.lock"), "the record goes with the lock")
  }
}
