import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// Who is pushing: each variable a hosting sets, the actors file, and names that try to pass for others.
@Suite("Attacks: the pusher's identity", .serialized)
struct IdentityAttackTests {
  typealias Server = AttackServer

  /// A server with Ann's new case ready to push, and the actors file mapping `ann` and `bob`.
  private func prepared() throws -> (Server, ObjectID) {
    let server = try Server()
    try server.mapActors("# server name, e-mail address\nann \(People.ann)\nbob\t\(People.bob)\n")
    let annCase = try server.annCase()
    return (server, annCase)
  }

  @Test("Each hosting's variable names the pusher", arguments: ["GL_USERNAME", "GL_USER", "REMOTE_USER"])
  func hostVariables(_ variable: String) throws {
    let (server, annCase) = try prepared()
    let asBob = try server.push(annCase, to: "refs/heads/main", as: .variables([variable: "bob"]))
    #expect(asBob.refuses(Server.voorbeeldstad + "/2023-inspraak.yaml", rule: "access.municipality"), "\(asBob)")
    #expect(asBob.output.contains("pushed by \(People.bob) (\(variable))"), "\(asBob)")
    let asAnn = try server.push(annCase, to: "refs/heads/main", as: .variables([variable: "ann"]))
    #expect(asAnn.accepted, "\(asAnn)")
  }

  @Test("GITEA_PUSHER_EMAIL is an address; case does not matter")
  func giteaAddress() throws {
    let (server, annCase) = try prepared()
    let pushed = try server.push(annCase, to: "refs/heads/main", as: .email("Ann@VoorbeeldStad.example"))
    #expect(pushed.accepted, "\(pushed)")
  }

  @Test("Names map exactly: escapes are not interpreted, and an unmapped name is refused even if it looks like an address")
  func exactNames() throws {
    let (server, annCase) = try prepared()
    for name in [#"\141nn"#, "ann ", "Ann", People.ann, "ann\u{301}"] {
      let pushed = try server.push(annCase, to: "refs/heads/main", as: .variables(["REMOTE_USER": name]))
      #expect(!pushed.accepted, "\(name): \(pushed)")
      #expect(pushed.output.contains("[push.identity]"), "\(name): \(pushed)")
      #expect(pushed.output.contains("no e-mail address is known for"), "\(name): \(pushed)")
    }
    #expect(try server.tip() == server.start)
  }

  @Test("CASEBOOK_ACTOR, which a client can set, counts only where the administrator named it")
  func clientVariable() throws {
    let (server, annCase) = try prepared()
    let alone = try server.push(annCase, to: "refs/heads/main", as: .variables(["CASEBOOK_ACTOR": People.ann]))
    #expect(alone.output.contains("cannot tell who is pushing"), "\(alone)")
    let beside = try server.push(
      annCase, to: "refs/heads/main", as: .variables(["CASEBOOK_ACTOR": People.ann, "GL_USERNAME": "bob"]))
    #expect(beside.output.contains("pushed by \(People.bob)"), "\(beside)")
    #expect(!beside.accepted)
    try server.configure("casebook.pusherVariable", "CASEBOOK_ACTOR")
    let enabled = try server.push(
      annCase, to: "refs/heads/main", as: .variables(["CASEBOOK_ACTOR": People.ann, "GL_USERNAME": "bob"]))
    #expect(enabled.accepted, "\(enabled)")
  }

  @Test("The administrator names the one variable; others are then ignored, and it must be set")
  func namedVariable() throws {
    let (server, annCase) = try prepared()
    try server.configure("casebook.pusherVariable", "GL_ID")
    try server.mapActors("user-7 \(People.ann)\n")
    let unset = try server.push(annCase, to: "refs/heads/main", as: .variables(["GL_USERNAME": "ann"]))
    #expect(unset.output.contains("did not set GL_ID"), "\(unset)")
    let mapped = try server.push(annCase, to: "refs/heads/main", as: .variables(["GL_ID": "user-7"]))
    #expect(mapped.accepted, "\(mapped)")
  }

  @Test("Two host variables naming different people, or a malformed actors file, refuse the push")
  func conflicts() throws {
    let (server, annCase) = try prepared()
    let two = try server.push(
      annCase, to: "refs/heads/main", as: .variables(["GL_USERNAME": "ann", "REMOTE_USER": "bob"]))
    #expect(two.output.contains("GL_USERNAME and REMOTE_USER name different people"), "\(two)")
    try server.mapActors("ann \(People.ann)\nann \(People.bob)\n")
    let ambiguous = try server.push(annCase, to: "refs/heads/main", as: .variables(["GL_USERNAME": "ann"]))
    #expect(ambiguous.output.contains("different e-mail addresses on lines 1 and 2"), "\(ambiguous)")
    try server.mapActors("ann\n")
    let malformed = try server.push(annCase, to: "refs/heads/main", as: .variables(["GL_USERNAME": "ann"]))
    #expect(malformed.output.contains("line 1 of"), "\(malformed)")
    #expect(try server.tip() == server.start)
  }

  @Test("The first push into an empty repository: a steward it lists, main first, files valid")
  func firstPush() throws {
    let server = try Server(seeded: false)
    let catalogue = try server.commit(
      [Server.voorbeeldstad + "/municipality.yaml": Sample.municipality(name: "Voorbeeldstad", maintainer: People.ann)],
      on: server.root, "Voorbeeldstad")
    let broken = try server.commit([Server.voorbeeldstad + "/2023-kapot.yaml": "title: ["], on: catalogue, "Broken")
    let branch = try server.push(catalogue, to: "refs/heads/ann", as: .email(People.ann))
    #expect(branch.refuses("refs/heads/ann", rule: "push.no-protected-branch"), "\(branch)")
    let byAnn = try server.push(catalogue, to: "refs/heads/main", as: .email(People.ann))
    #expect(byAnn.refuses("schema/stewards.yaml", rule: "access.first-push", commit: catalogue), "\(byAnn)")
    let invalid = try server.push(broken, to: "refs/heads/main", as: .email(People.steward))
    #expect(invalid.output.contains("[yaml."), "\(invalid)")
    #expect(try server.tip() == nil)
    #expect(try server.push(catalogue, to: "refs/heads/main", as: .email(People.steward)).accepted)
    #expect(try server.tip() == catalogue)
  }
}
