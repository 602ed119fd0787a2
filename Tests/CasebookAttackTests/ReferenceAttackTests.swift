import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// Attacks on references: replace references, grafts, the protected branch, tags, names and namespaces.
@Suite("Attacks: references", .serialized)
struct ReferenceAttackTests {
  typealias Server = AttackServer

  @Test("A replace reference is refused; one a steward placed cannot make a rewind of main look like progress")
  func replaceReferences() throws {
    let server = try Server()
    let annCase = try server.annCase()
    #expect(try server.push(annCase, to: "refs/heads/main", as: .email(People.ann)).accepted)
    // Eve's rewind of main: a commit on the old start whose replacement claims main's tip as its parent.
    let rewind = try server.commit(
      ["cases/nl/evestad/municipality.yaml": Sample.municipality(name: "Evestad", maintainer: People.eve)],
      on: server.start, "Evestad")
    let fake = try server.merge([annCase], tree: rewind, "Evestad")
    let replace = try server.push([fake.hex + ":refs/replace/" + rewind.hex], as: .email(People.eve))
    #expect(!replace.accepted)
    #expect(replace.refuses("refs/replace/" + rewind.hex, rule: "push.namespace"), "\(replace)")
    // Even with the replace reference on the server (a steward may push one), git would now see `rewind` as a
    // descendant of main; casebook reads the commits' real parents.
    #expect(try server.push([fake.hex + ":refs/replace/" + rewind.hex], as: .email(People.steward)).accepted)
    let ancestry = try server.git(["merge-base", "--is-ancestor", annCase.hex, rewind.hex], in: server.bare)
    #expect(ancestry.status == 0, "git itself should be fooled by the replace reference: \(ancestry)")
    let forced = try server.push(rewind, to: "refs/heads/main", as: .email(People.eve), force: true)
    #expect(!forced.accepted)
    #expect(forced.refuses("refs/heads/main", rule: "push.force"), "\(forced)")
    #expect(try server.tip() == annCase)
  }

  @Test("A server repository with grafts or a shallow history refuses to judge pushes")
  func grafts() throws {
    let server = try Server()
    let annCase = try server.annCase()
    try FileManager.default.createDirectory(atPath: server.bare + "/info", withIntermediateDirectories: true)
    try Data("\(annCase.hex) \(server.root.hex)\n".utf8).write(to: URL(fileURLWithPath: server.bare + "/info/grafts"))
    let pushed = try server.push(annCase, to: "refs/heads/main", as: .email(People.ann))
    #expect(!pushed.accepted)
    #expect(pushed.refuses("refs/heads/main", rule: "push.grafts"), "\(pushed)")
  }

  @Test("The protected branch is main whatever the server's HEAD says: deleting and rewriting it")
  func protectedBranch() throws {
    let server = try Server()
    #expect(try server.git(["symbolic-ref", "HEAD"], in: server.bare).output == "refs/heads/master\n")
    let eve = try server.commit(
      [Server.testergem + "/2022-zwerfvuil.yaml": Sample.caseStudy(title: "Spam")], on: server.root, "Spam")
    for attempt in [
      try server.delete("refs/heads/main", as: .email(People.ann)),
      try server.push(eve, to: "refs/heads/main", as: .email(People.ann), force: true),
    ] {
      #expect(!attempt.accepted, "\(attempt)")
      #expect(attempt.output.contains("[push.delete-protected]") || attempt.output.contains("[push.force]"))
    }
    #expect(try server.tip() == server.start)
    // A branch called master (the server's HEAD) is just a branch: checked against main.
    let stewardship = try server.commit(
      ["schema/stewards.yaml": "stewards:\n  - \(People.eve)\n"], on: server.start, "Eve is a steward")
    let master = try server.push(stewardship, to: "refs/heads/master", as: .email(People.eve))
    #expect(!master.accepted)
    #expect(master.refuses("schema/stewards.yaml", rule: "access.steward", commit: stewardship), "\(master)")
    // A steward may rewrite it, but nobody deletes it: whoever pushed it next would set the rules.
    let rewound = try server.commit(["README.md": "# Catalogus\n"], on: server.root, "A fresh start")
    #expect(try server.push(rewound, to: "refs/heads/main", as: .email(People.steward), force: true).accepted)
    let deleted = try server.delete("refs/heads/main", as: .email(People.steward))
    #expect(deleted.refuses("refs/heads/main", rule: "push.delete-protected"), "\(deleted)")
    #expect(try server.tip() == rewound)
  }

  @Test("casebook.protectedBranch names another branch; main is then an ordinary branch")
  func configuredBranch() throws {
    let server = try Server(seeded: false)
    try server.configure("casebook.protectedBranch", "trunk")
    let start = try server.commit(
      [Server.voorbeeldstad + "/municipality.yaml": Sample.municipality(name: "Voorbeeldstad", maintainer: People.ann)],
      on: server.root, "Voorbeeldstad")
    let early = try server.push(start, to: "refs/heads/main", as: .email(People.steward))
    #expect(early.refuses("refs/heads/main", rule: "push.no-protected-branch"), "\(early)")
    #expect(try server.push(start, to: "refs/heads/trunk", as: .email(People.steward)).accepted)
    let rewound = try server.commit(["README.md": "# x\n"], on: server.root, "Rewind")
    let forced = try server.push(rewound, to: "refs/heads/trunk", as: .email(People.ann), force: true)
    #expect(forced.refuses("refs/heads/trunk", rule: "push.force"), "\(forced)")
  }

  @Test("Deleting or rewriting another's branch takes the right to make its changes")
  func otherBranches() throws {
    let server = try Server()
    let annCase = try server.annCase()
    #expect(try server.push(annCase, to: "refs/heads/ann/inspraak", as: .email(People.ann)).accepted)
    let byBob = try server.delete("refs/heads/ann/inspraak", as: .email(People.bob))
    #expect(!byBob.accepted)
    #expect(
      byBob.refuses(Server.voorbeeldstad + "/2023-inspraak.yaml", rule: "access.municipality", commit: annCase),
      "\(byBob)")
    let bobCase = try server.bobCase()
    let rewrite = try server.push(bobCase, to: "refs/heads/ann/inspraak", as: .email(People.bob), force: true)
    #expect(!rewrite.accepted, "\(rewrite)")
    #expect(try server.tip("refs/heads/ann/inspraak") == annCase)
    #expect(try server.delete("refs/heads/ann/inspraak", as: .email(People.ann)).accepted)
    #expect(try server.tip("refs/heads/ann/inspraak") == nil)
  }

  @Test("Building on another's branch adds only one's own commits: extending it or branching from it is fine")
  func buildOnBranch() throws {
    let server = try Server()
    let annCase = try server.annCase()
    #expect(try server.push(annCase, to: "refs/heads/ann/inspraak", as: .email(People.ann)).accepted)
    let bobCase = try server.commit(
      [Server.testergem + "/2023-markt.yaml": Sample.caseStudy(title: "Markt")], on: annCase, "Markt")
    let extended = try server.push(bobCase, to: "refs/heads/ann/inspraak", as: .email(People.bob))
    #expect(extended.accepted, "\(extended)")
    let branched = try server.push(bobCase, to: "refs/heads/bob/markt", as: .email(People.bob))
    #expect(branched.accepted, "\(branched)")
    // But not onto main: there Ann's commit is new, and Bob may not make it.
    let onMain = try server.push(bobCase, to: "refs/heads/main", as: .email(People.bob))
    #expect(onMain.refuses(Server.voorbeeldstad + "/2023-inspraak.yaml", rule: "access.municipality", commit: annCase))
  }

  @Test("Tags are the stewards', and point at commits whose files pass")
  func tags() throws {
    let server = try Server()
    let byAnn = try server.push(server.start, to: "refs/tags/v1", as: .email(People.ann))
    #expect(byAnn.refuses("refs/tags/v1", rule: "push.tag"), "\(byAnn)")
    #expect(try server.push(server.start, to: "refs/tags/v1", as: .email(People.steward)).accepted)
    let moved = try server.push(server.root, to: "refs/tags/v1", as: .email(People.ann), force: true)
    #expect(moved.refuses("refs/tags/v1", rule: "push.tag"))
    #expect(try server.delete("refs/tags/v1", as: .email(People.ann)).refuses("refs/tags/v1", rule: "push.tag"))
    // A steward's tag on a tree, or on a commit with a symbolic link, is refused.
    let tree = try server.client.repository.commit(server.start).tree
    let onTree = try server.push([tree.hex + ":refs/tags/tree"], as: .email(People.steward))
    #expect(onTree.refuses("refs/tags/tree", rule: "push.not-a-commit"), "\(onTree)")
    let link = try server.commit(
      changes: ["schema/link.json": .write(Array("/etc/passwd".utf8), .symlink)], on: server.start, "Link")
    let onLink = try server.push(link, to: "refs/tags/v2", as: .email(People.steward))
    #expect(onLink.refuses("schema/link.json", rule: "git.symlink", commit: link), "\(onLink)")
    #expect(try server.tip("refs/tags/v1") == server.start)
  }

  @Test(
    "Names that pass for the catalogue's branch are the stewards'",
    arguments: [
      "refs/tags/main", "refs/heads/Main", "refs/heads/MAIN", "refs/heads/HEAD", "refs/heads/refs/heads/main",
      "refs/heads/m\u{430}in", "refs/heads/ma1n", "refs/heads/m-a-i-n",
    ])
  func lookAlikeReferences(_ name: String) throws {
    let server = try Server()
    let annCase = try server.annCase()
    let pushed = try server.push(annCase, to: name, as: .email(People.ann))
    #expect(!pushed.accepted, "\(pushed)")
    #expect(pushed.output.contains("[push.ref-name]") || pushed.output.contains("[push.tag]"), "\(pushed)")
  }

  @Test("Many references in one push: one bad reference refuses the whole push")
  func manyReferences() throws {
    let server = try Server()
    var refspecs: [String] = []
    for number in 0..<40 {
      let commit = try server.commit(
        [Server.voorbeeldstad + "/2023-case-\(number).yaml": Sample.caseStudy(title: "Casus \(number)")],
        on: server.start, "Casus \(number)")
      refspecs.append("\(commit.hex):refs/heads/ann/case-\(number)")
    }
    let bad = try server.commit(
      [Server.testergem + "/2023-spam.yaml": Sample.caseStudy(title: "Spam")], on: server.start, "Spam")
    refspecs.insert("\(bad.hex):refs/heads/ann/zz", at: 17)
    let pushed = try server.push(refspecs, as: .email(People.ann))
    #expect(!pushed.accepted)
    #expect(pushed.refuses(Server.testergem + "/2023-spam.yaml", rule: "access.municipality", commit: bad))
    #expect(try server.tip("refs/heads/ann/case-0") == nil)
    try server.configure("casebook.maxRefs", "10")
    let tooMany = try server.push(Array(refspecs.prefix(11)), as: .email(People.ann))
    #expect(tooMany.output.contains("[push.too-many-refs]"), "\(tooMany)")
    #expect(try server.push(Array(refspecs.prefix(10)), as: .email(People.ann)).accepted)
  }
}
