import CasebookTestSupport
import Foundation
import Testing

private let steward = (name: "Sam Steward", email: "steward@catalogue.example")
private let ann = "ann@testdorp.example"

private func temporaryFolder(_ name: String) -> String {
  FileManager.default.temporaryDirectory.appendingPathComponent("casebook-\(name)-\(UUID().uuidString)")
    .resolvingSymlinksInPath().path
}

@Suite("casebook init")
struct InitCommandTests {
  @Test("Makes one initial commit whose catalogue validates clean, with a clean working tree")
  func initialCommit() throws {
    let sandbox = try Sandbox(identity: steward)
    let folder = temporaryFolder("init")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try sandbox.casebook(["init", folder], in: sandbox.home)
    #expect(result.status == 0, "\(result)")
    #expect(try sandbox.gitOutput(["log", "--format=%s|%ae"], in: folder) == "Start a casebook catalogue|\(steward.email)\n")
    #expect(try sandbox.gitOutput(["status", "--porcelain", "--untracked-files=all"], in: folder) == "")
    #expect(try sandbox.gitOutput(["symbolic-ref", "HEAD"], in: folder) == "refs/heads/main\n")
    #expect(try sandbox.gitOutput(["ls-files", "-s", "hooks/pre-receive"], in: folder).hasPrefix("100755 "))
    #expect(try sandbox.gitOutput(["show", "HEAD:schema/stewards.yaml"], in: folder).contains("- \(steward.email)"))
    let validation = try sandbox.casebook(["-C", folder, "validate"], in: sandbox.home)
    #expect(validation.status == 0, "\(validation)")
    #expect(validation.output.contains("no problems found"))
  }

  @Test("Refuses a folder with files (exit 1) and a missing steward (exit 64), creating nothing")
  func refusals() throws {
    let sandbox = try Sandbox(identity: nil)
    let folder = temporaryFolder("busy")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data("mine\n".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
    let busy = try sandbox.casebook(["init", folder, "--steward", steward.email], in: sandbox.home)
    #expect(busy.status == 1)
    #expect(busy.errors.contains("--force"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.txt"])
    let empty = temporaryFolder("nosteward")
    let noSteward = try sandbox.casebook(["init", empty], in: sandbox.home)
    #expect(noSteward.status == 64)
    #expect(noSteward.errors.contains("--steward"))
    #expect(!FileManager.default.fileExists(atPath: empty))
    let noIdentity = try sandbox.casebook(["init", empty, "--steward", steward.email], in: sandbox.home)
    #expect(noIdentity.status == 1)
    #expect(noIdentity.errors.contains("git config --global user.email"))
    #expect(!FileManager.default.fileExists(atPath: empty))
  }
}

/// A catalogue made by `casebook init`, pushed into a bare "server" repository that runs its pre-receive hook.
private struct Server {
  let sandbox: Sandbox
  let work: String
  let bare: String

  init() throws {
    sandbox = try Sandbox(identity: steward)
    work = temporaryFolder("work")
    bare = temporaryFolder("server") + ".git"
    #expect(try sandbox.casebook(["init", work], in: sandbox.home).status == 0)
    _ = try sandbox.gitOutput(["init", "--quiet", "--bare", bare], in: sandbox.home)
    try FileManager.default.copyItem(atPath: work + "/hooks/pre-receive", toPath: bare + "/hooks/pre-receive")
    _ = try sandbox.gitOutput(["remote", "add", "origin", bare], in: work)
  }

  func cleanUp() {
    try? FileManager.default.removeItem(atPath: work)
    try? FileManager.default.removeItem(atPath: bare)
  }

  /// Writes files, commits them with the git command line (the author is whoever: it is not trusted).
  func commit(_ files: [String: String], _ message: String) throws {
    for (path, text) in files {
      let url = URL(fileURLWithPath: work + "/" + path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    _ = try sandbox.gitOutput(["add", "-A"], in: work)
    _ = try sandbox.gitOutput(["commit", "--quiet", "-m", message], in: work)
  }

  func push(_ refspec: String = "main", as environment: [String: String]) throws -> CommandResult {
    try sandbox.git(["push", "origin", refspec], in: work, environment: environment)
  }

  func serverTip(_ branch: String = "main") throws -> String {
    try sandbox.git(["rev-parse", "--verify", "--quiet", branch], in: bare).output
  }
}

@Suite("The pre-receive hook from casebook init, on a real bare repository")
struct PreReceiveHookTests {
  @Test("Accepts the catalogue and a maintainer's push; rejects a stranger's and a bad file")
  func guardsPushes() throws {
    let server = try Server()
    defer { server.cleanUp() }
    let first = try server.push(as: ["GITEA_PUSHER_EMAIL": steward.email])
    #expect(first.status == 0, "\(first)")

    // Anyone may start a municipality by listing themselves; the pushed objects are still in quarantine.
    try server.commit(
      [
        "cases/nl/testdorp/municipality.yaml": Sample.municipality(maintainer: ann),
        "cases/nl/testdorp/2021-wijkapp.yaml": Sample.caseStudy(),
      ], "Add Testdorp")
    let byAnn = try server.push(as: ["GITEA_PUSHER_EMAIL": ann])
    #expect(byAnn.status == 0, "\(byAnn)")
    let accepted = try server.serverTip()

    try server.commit(["cases/nl/testdorp/2021-wijkapp.yaml": Sample.caseStudy(title: "Overgenomen")], "Take over")
    let byStranger = try server.push(as: ["GITEA_PUSHER_EMAIL": "eve@elders.example"])
    #expect(byStranger.status != 0)
    #expect(byStranger.errors.contains("[access.municipality]"))
    #expect(byStranger.errors.contains(ann))
    #expect(byStranger.errors.contains("pre-receive hook declined"))
    #expect(try server.serverTip() == accepted)

    // The same commits on a new branch are compared with the default branch: still refused.
    let onBranch = try server.push("HEAD:refs/heads/elsewhere", as: ["GITEA_PUSHER_EMAIL": "eve@elders.example"])
    #expect(onBranch.status != 0)
    #expect(try server.serverTip("elsewhere") == "")

    // Rewriting main's history would drop others' work: a steward's act, refused for a maintainer.
    let rewind = try server.push("+HEAD~2:main", as: ["GITEA_PUSHER_EMAIL": ann])
    #expect(rewind.status != 0)
    #expect(rewind.errors.contains("[push.force]"))
    #expect(try server.serverTip() == accepted)

    // A maintainer pushing an invalid file is refused too.
    try server.commit(["cases/nl/testdorp/2022-kapot.yaml": Sample.caseStudy(title: "Kapot", categories: ["repport"])], "Broken")
    let broken = try server.push(as: ["GITEA_PUSHER_EMAIL": ann])
    #expect(broken.status != 0)
    #expect(broken.errors.contains("[catalog.unknown-category]"))
    #expect(try server.serverTip() == accepted)
  }

  @Test("Maps the server's user name to an e-mail address, and refuses a pusher it cannot identify")
  func identifiesPusher() throws {
    let server = try Server()
    defer { server.cleanUp() }
    #expect(try server.push(as: ["GITEA_PUSHER_EMAIL": steward.email]).status == 0)
    try Data("sam \(steward.email)\n".utf8).write(to: URL(fileURLWithPath: server.bare + "/casebook-actors"))
    try server.commit(["README.md": "# Our catalogue\n"], "Shorter README")
    let unknown = try server.push(as: ["GL_USERNAME": "mallory"])
    #expect(unknown.status != 0)
    #expect(unknown.errors.contains("no e-mail address is known for 'mallory'"))
    let nobody = try server.push(as: [:])
    #expect(nobody.status != 0)
    #expect(nobody.errors.contains("cannot tell who is pushing"))
    let mapped = try server.push(as: ["GL_USERNAME": "sam"])
    #expect(mapped.status == 0, "\(mapped)")
  }
}
