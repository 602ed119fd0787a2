import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// Merges whose parents are old commits: what the merge takes from them was never accepted on the base.
@Suite("Attacks: merges with old parents", .serialized)
struct MergeAttackTests {
  typealias Server = AttackServer

  @Test(
    "A merge of main with the root commit cannot drop, roll back or empty another municipality's folder",
    arguments: ["drop the profile", "roll back the policy", "empty cases/"])
  func mergeWithOldParent(_ attack: String) throws {
    let server = try Server()
    // Ann changes her policy on main (accepted), so that an older version exists to roll back to.
    let newer = try server.commit(
      [Server.voorbeeldstad + "/policy.yaml": Sample.policy(title: "Beleid 2024")],
      on: server.start, "Voorbeeldstad's new policy")
    #expect(try server.push(newer, to: "refs/heads/main", as: .email(People.ann)).accepted)
    // Eve starts her own municipality and merges an old commit whose tree is what she wants main to become.
    let eveFolder = "cases/nl/evestad"
    let own: [String: String?] = [
      eveFolder + "/municipality.yaml": Sample.municipality(name: "Evestad", maintainer: People.eve)
    ]
    let old: ObjectID
    let path: String
    switch attack {
    case "drop the profile":
      old = try server.commit(own, on: server.root, "Evestad")
      path = Server.voorbeeldstad + "/municipality.yaml"
    case "roll back the policy":
      old = try server.commit(own, on: server.start, "Evestad")
      path = Server.voorbeeldstad + "/policy.yaml"
    default:
      old = try server.commit(
        own.merging([Server.voorbeeldstad: nil, Server.testergem: nil]) { one, _ in one }, on: server.root, "Evestad")
      path = Server.testergem + "/2022-zwerfvuil.yaml"
    }
    let merge = try server.merge([newer, old], tree: old, "Merge branch 'evestad'")
    let pushed = try server.push(merge, to: "refs/heads/main", as: .email(People.eve))
    #expect(!pushed.accepted, "\(pushed)")
    #expect(pushed.refuses(path, rule: "access.municipality", commit: merge), "\(pushed)")
    #expect(try server.tip() == newer)
    // The same merge on a branch of its own is refused too: it is new to the server.
    let onBranch = try server.push(merge, to: "refs/heads/evestad", as: .email(People.eve))
    #expect(!onBranch.accepted, "\(onBranch)")
    #expect(try server.tip("refs/heads/evestad") == nil)
  }

  @Test("Dropping a folder by merge and re-adding it with oneself as maintainer is refused")
  func takeOverThroughMerge() throws {
    let server = try Server()
    let dropped = try server.merge([server.start, server.root], tree: server.root, "Merge old state")
    let readded = try server.commit(
      [
        Server.testergem + "/municipality.yaml": Sample.municipality(
          name: "Testergem", country: "BE", maintainer: People.eve)
      ], on: dropped, "Testergem is mine now")
    let pushed = try server.push(readded, to: "refs/heads/main", as: .email(People.eve))
    #expect(!pushed.accepted)
    #expect(pushed.refuses(Server.testergem + "/municipality.yaml", rule: "access.municipality", commit: readded))
    #expect(pushed.refuses(Server.testergem + "/2022-zwerfvuil.yaml", rule: "access.municipality", commit: dropped))
  }

  @Test("A maintainer merging main into a submission branch, twice as main moves, is accepted on main")
  func maintainerMergesMain() throws {
    let server = try Server()
    // Ann starts a case on a branch from the catalogue as it was.
    let ownCase = try server.annCase()
    // Bob moves main on, twice.
    let bobFirst = try server.bobCase()
    #expect(try server.push(bobFirst, to: "refs/heads/main", as: .email(People.bob)).accepted)
    // Ann merges main as it was then, then Bob pushes again, and Ann merges main once more.
    let firstMerge = try server.commit(
      [Server.testergem + "/2023-markt.yaml": Sample.caseStudy(title: "Markt")], on: ownCase, "scratch")
    let mergedOnce = try server.merge([ownCase, bobFirst], tree: firstMerge, "Merge branch 'main'")
    // Bob changes the same file again: the version Ann's first merge took is no longer main's.
    let bobSecond = try server.commit(
      [Server.testergem + "/2023-markt.yaml": Sample.caseStudy(title: "Markt op zaterdag")], on: bobFirst,
      "Markt op zaterdag")
    #expect(try server.push(bobSecond, to: "refs/heads/main", as: .email(People.bob)).accepted)
    let secondTree = try server.commit(
      [Server.testergem + "/2023-markt.yaml": Sample.caseStudy(title: "Markt op zaterdag")], on: mergedOnce,
      "scratch")
    let mergedTwice = try server.merge([mergedOnce, bobSecond], tree: secondTree, "Merge branch 'main'")
    let onBranch = try server.push(mergedTwice, to: "refs/heads/ann/inspraak", as: .email(People.ann))
    #expect(onBranch.accepted, "\(onBranch)")
    let onMain = try server.push(mergedTwice, to: "refs/heads/main", as: .email(People.ann))
    #expect(onMain.accepted, "\(onMain)")
    #expect(try server.tip() == mergedTwice)
  }

  @Test("A steward merges a submission branch that started before main moved on; a stranger may not")
  func stewardMergesBranch() throws {
    let server = try Server()
    let annCase = try server.annCase()
    #expect(try server.push(annCase, to: "refs/heads/ann/inspraak", as: .email(People.ann)).accepted)
    let bobCase = try server.bobCase()
    #expect(try server.push(bobCase, to: "refs/heads/main", as: .email(People.bob)).accepted)
    let tree = try server.commit(
      [Server.voorbeeldstad + "/2023-inspraak.yaml": Sample.caseStudy(title: "Inspraak online")], on: bobCase,
      "scratch")
    let merge = try server.merge([bobCase, annCase], tree: tree, "Merge branch 'ann/inspraak'")
    // Bob may not land Ann's work: the merge brings her folder's change onto main.
    let byBob = try server.push(merge, to: "refs/heads/main", as: .email(People.bob))
    #expect(!byBob.accepted)
    #expect(byBob.refuses(Server.voorbeeldstad + "/2023-inspraak.yaml", rule: "access.municipality", commit: annCase))
    let byAnn = try server.push(merge, to: "refs/heads/ann/merged", as: .email(People.ann))
    #expect(byAnn.accepted, "\(byAnn)")
    let bySteward = try server.push(merge, to: "refs/heads/main", as: .email(People.steward))
    #expect(bySteward.accepted, "\(bySteward)")
    #expect(try server.tip() == merge)
  }
}

/// A hosting's pull requests: the proposal is stored under a host-managed prefix, then merged by someone.
@Suite("Attacks: host-managed proposals", .serialized)
struct ProposalTests {
  typealias Server = AttackServer

  @Test("A proposal under casebook.proposalRefs may touch any folder; whoever merges it answers for it")
  func hostMerge() throws {
    let server = try Server()
    let refused = try server.push(server.start, to: "refs/pull/1/head", as: .email(People.eve))
    #expect(refused.refuses("refs/pull/1/head", rule: "push.namespace"), "\(refused)")
    try server.configure("casebook.proposalRefs", "refs/pull/")
    // Eve proposes a case for Ann's folder (as a hosting stores a pull request from a fork).
    let proposal = try server.annCase()
    #expect(try server.push(proposal, to: "refs/pull/1/head", as: .email(People.eve)).accepted)
    let broken = try server.commit([Server.voorbeeldstad + "/2023-kapot.yaml": "title: ["], on: server.start, "Kapot")
    let invalid = try server.push(broken, to: "refs/pull/2/head", as: .email(People.eve))
    #expect(invalid.output.contains("[yaml."), "\(invalid)")
    // The host's merge button makes a merge commit as the person who clicks it.
    let bobCase = try server.bobCase()
    #expect(try server.push(bobCase, to: "refs/heads/main", as: .email(People.bob)).accepted)
    let tree = try server.annCase(on: bobCase)
    let merge = try server.merge([bobCase, proposal], tree: tree, "Merge pull request #1")
    let byBob = try server.push(merge, to: "refs/heads/main", as: .email(People.bob))
    #expect(byBob.refuses(Server.voorbeeldstad + "/2023-inspraak.yaml", rule: "access.municipality"), "\(byBob)")
    let byAnn = try server.push(merge, to: "refs/heads/main", as: .email(People.ann))
    #expect(byAnn.accepted, "\(byAnn)")
  }
}
