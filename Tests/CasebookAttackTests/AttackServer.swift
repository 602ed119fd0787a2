import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// People of the test catalogue. The stewards list committed by `TemporaryCatalogue` names `steward`.
enum People {
  static let steward = "stewards@casebook.example.org"
  static let ann = "ann@voorbeeldstad.example"
  static let bob = "bob@testergem.example"
  static let eve = "eve@elders.example"
}

/// What a `git push` printed and how it ended.
struct PushResult: CustomStringConvertible {
  var status: Int32
  var output: String
  var accepted: Bool { status == 0 }
  var description: String { "status \(status)\n\(output)" }

  /// True when one output line names the commit, the path and the rule: a refusal a pusher can act on.
  func refuses(_ path: String, rule: String, commit: ObjectID? = nil) -> Bool {
    output.split(separator: "\n").contains { line in
      line.contains(path) && line.contains("[\(rule)]") && (commit.map { line.contains($0.shortHex) } ?? true)
    }
  }
}

/// A catalogue server as an administrator sets one up by the README: `git init --bare`, the `pre-receive`
/// template copied into `hooks/` and made executable, `casebook` on the server's PATH. Pushes come from a
/// client repository built through the project's git layer and go through real `git push` on this machine, so
/// the pusher's identity is whatever variable the test sets (as a hosting's git server would).
final class AttackServer {
  /// The server's bare repository.
  let bare: String
  /// The client repository pushes come from (bare; commits are made through the git layer).
  let client: TemporaryCatalogue
  /// A home folder for git, so that no configuration of the machine leaks in.
  let home: String
  /// The catalogue the steward pushed first: Voorbeeldstad (Ann) and Testergem (Bob).
  private(set) var start: ObjectID!
  /// The schema-only commit the catalogue started from (the root commit).
  private(set) var root: ObjectID!

  static let voorbeeldstad = "cases/nl/voorbeeldstad"
  static let testergem = "cases/be/testergem"

  /// A server with the hook installed; with `seeded`, the steward has pushed the catalogue to `main`.
  init(seeded: Bool = true) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-attack-\(UUID().uuidString)")
      .resolvingSymlinksInPath().path
    home = folder + "/home"
    bare = folder + "/server.git"
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    // No init.defaultBranch: a plain `git init --bare` points HEAD at master, as on many servers.
    try Data("[user]\n\tname = Client\n\temail = client@example.org\n".utf8)
      .write(to: URL(fileURLWithPath: home + "/.gitconfig"))
    client = try TemporaryCatalogue(bare: true)
    root = try client.repository.resolveCommit("main")
    try git(["init", "--quiet", "--bare", bare], in: home)
    let hook = bare + "/hooks/pre-receive"
    try FileManager.default.copyItem(atPath: packageRoot + "/templates/init/hooks/pre-receive", toPath: hook)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook)
    guard seeded else { return }
    start = try commit(
      [
        Self.voorbeeldstad + "/municipality.yaml": Sample.municipality(name: "Voorbeeldstad", maintainer: People.ann),
        Self.voorbeeldstad + "/2021-wijkapp.yaml": Sample.caseStudy(title: "Wijkapp"),
        Self.voorbeeldstad + "/policy.yaml": Sample.policy(title: "Beleid 2021"),
        Self.testergem + "/municipality.yaml": Sample.municipality(
          name: "Testergem", country: "BE", maintainer: People.bob),
        Self.testergem + "/2022-zwerfvuil.yaml": Sample.caseStudy(title: "Zwerfvuil"),
      ], on: root, "Voorbeeldstad and Testergem")
    let first = try push(start, to: "refs/heads/main", as: .email(People.steward))
    #expect(first.accepted, "\(first)")
  }

  deinit {
    try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: bare).deletingLastPathComponent().path)
  }

  // MARK: Building commits (through the git layer)

  /// A commit with `files` changed (nil deletes) on top of `parent`.
  func commit(_ files: [String: String?], on parent: ObjectID?, _ message: String) throws -> ObjectID {
    var changes: [String: FileChange] = [:]
    for (path, text) in files { changes[path] = text.map { .write(Array($0.utf8), .regular) } ?? .delete }
    return try commit(changes: changes, on: parent, message)
  }

  /// A commit with raw changes (symlinks, submodules, modes) on top of `parent`.
  func commit(changes: [String: FileChange], on parent: ObjectID?, _ message: String) throws -> ObjectID {
    let branch = "refs/heads/scratch-\(UUID().uuidString.prefix(8))"
    return try client.repository.commitChanges(
      changes, message: message, author: testAuthor, branch: branch, expecting: .absent, parent: parent)
  }

  /// Ann's new case "Inspraak online" in her folder, on `parent` (default: the seeded catalogue).
  func annCase(on parent: ObjectID? = nil) throws -> ObjectID {
    try commit(
      [Self.voorbeeldstad + "/2023-inspraak.yaml": Sample.caseStudy(title: "Inspraak online")], on: parent ?? start,
      "Inspraak online")
  }

  /// Bob's new case "Markt" in his folder, on `parent` (default: the seeded catalogue).
  func bobCase(on parent: ObjectID? = nil) throws -> ObjectID {
    try commit([Self.testergem + "/2023-markt.yaml": Sample.caseStudy(title: "Markt")], on: parent ?? start, "Markt")
  }

  /// A commit with the tree of `treeOf` (its whole content) and these parents: a merge whatever its tree.
  func merge(_ parents: [ObjectID], tree treeOf: ObjectID, _ message: String) throws -> ObjectID {
    try client.repository.createCommit(
      tree: try client.repository.commit(treeOf).tree, parents: parents, author: testAuthor, message: message)
  }

  // MARK: Pushing (real git)

  /// How the server knows the pusher.
  enum Identity {
    /// Gitea and Forgejo set GITEA_PUSHER_EMAIL.
    case email(String)
    /// Any set of variables, as a hosting would set them.
    case variables([String: String])

    var environment: [String: String] {
      switch self {
      case .email(let address): ["GITEA_PUSHER_EMAIL": address]
      case .variables(let variables): variables
      }
    }
  }

  /// Pushes `commit` to `ref` on the server (`+` for a forced push).
  func push(_ commit: ObjectID, to ref: String, as identity: Identity, force: Bool = false) throws -> PushResult {
    try push(["\(force ? "+" : "")\(commit.hex):\(ref)"], as: identity)
  }

  /// Deletes `ref` on the server.
  func delete(_ ref: String, as identity: Identity) throws -> PushResult {
    try push([":\(ref)"], as: identity)
  }

  /// Runs `git push SERVER refspecs…` from the client.
  func push(_ refspecs: [String], as identity: Identity) throws -> PushResult {
    try git(["push", "--porcelain", bare] + refspecs, in: client.root, environment: identity.environment)
  }

  /// Where a reference of the server points; nil when it does not exist.
  func tip(_ ref: String = "refs/heads/main") throws -> ObjectID? {
    try Repository.open(at: bare).referenceTarget(ref)
  }

  /// Sets a value in the server repository's git config, as an administrator does.
  func configure(_ key: String, _ value: String) throws {
    try git(["config", key, value], in: bare)
  }

  /// Writes the server's actors file.
  func mapActors(_ lines: String) throws {
    try Data(lines.utf8).write(to: URL(fileURLWithPath: bare + "/casebook-actors"))
  }

  // MARK: Processes

  /// Runs git with this server's clean environment; output and errors together. Ends it after two minutes.
  @discardableResult
  func git(_ arguments: [String], in directory: String, environment extra: [String: String] = [:]) throws -> PushResult {
    var environment = ProcessInfo.processInfo.environment.filter {
      !$0.key.hasPrefix("GIT_") && !PusherVariables.all.contains($0.key)
    }
    environment["HOME"] = home
    environment["XDG_CONFIG_HOME"] = home + "/.config"
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    environment["NO_COLOR"] = "1"
    environment["PATH"] = casebookExecutable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    for (key, value) in extra { environment[key] = value }
    return try run(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments, in: directory, environment: environment)
  }

  private func run(
    _ executable: URL, _ arguments: [String], in directory: String, environment: [String: String]
  ) throws -> PushResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = environment
    let outputPath = home + "/output-\(UUID().uuidString)"
    FileManager.default.createFile(atPath: outputPath, contents: nil)
    let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
    process.standardOutput = output
    process.standardError = output
    process.standardInput = FileHandle.nullDevice
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    if finished.wait(timeout: .now() + 120) == .timedOut {
      process.terminate()
      finished.wait()
      Issue.record("git \(arguments.joined(separator: " ")) ran for more than two minutes")
    }
    try output.close()
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: outputPath)), as: UTF8.self)
    try? FileManager.default.removeItem(atPath: outputPath)
    return PushResult(status: process.terminationStatus, output: text)
  }
}

/// Identity variables that must not leak from the environment the tests run in.
enum PusherVariables {
  static let all: Set<String> = [
    "CASEBOOK_ACTOR", "GITEA_PUSHER_EMAIL", "GITEA_PUSHER_NAME", "GL_USERNAME", "GL_USER", "GL_ID", "REMOTE_USER",
  ]
}
