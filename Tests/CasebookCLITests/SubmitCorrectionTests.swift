import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

private let ann = (name: "Ann Officer", email: "ann@testdorp.example")
private let casePath = "cases/nl/testdorp/2021-wijkapp.yaml"
private let branch = "submission/nl/testdorp/2021-wijkapp"

/// Testdorp committed on main, Ann's identity in the global config, the index as HEAD.
private func office() throws -> (TemporaryCatalogue, Sandbox) {
  let catalogue = try TemporaryCatalogue()
  try catalogue.commit(["cases/nl/testdorp/municipality.yaml": Sample.municipality(maintainer: ann.email)], message: "Add Testdorp")
  let index = try catalogue.repository.index()
  try index.addAll()
  try index.write()
  return (catalogue, try Sandbox(identity: ann))
}

/// The references but `branch`, HEAD, the index file and `git status`: what a submission to another branch
/// must leave as it was.
private func stateBesides(_ branch: String, _ root: String, _ sandbox: Sandbox) throws -> RepositoryState {
  var state = try RepositoryState(of: root, sandbox: sandbox)
  state.references = state.references.split(separator: "\n").filter { !$0.contains(branch) }.map { $0 + "\n" }.joined()
  return state
}

/// A bare repository next to the catalogue, as `origin`, to push to with real git.
private func addOrigin(_ catalogue: TemporaryCatalogue, _ sandbox: Sandbox) throws -> String {
  let origin = catalogue.root + "-origin.git"
  _ = try sandbox.gitOutput(["init", "-q", "--bare", origin], in: catalogue.root)
  _ = try sandbox.gitOutput(["remote", "add", "origin", origin], in: catalogue.root)
  _ = try sandbox.gitOutput(["push", "-q", "origin", "main"], in: catalogue.root)
  return origin
}

@Suite("casebook submit: correcting a submission")
struct SubmitCorrectionTests {
  @Test("After review, the same --branch submit adds a commit to the branch; HEAD, index and files stay as they were")
  func addsCommit() throws {
    let (catalogue, sandbox) = try office()
    let root = catalogue.root
    try catalogue.write(casePath, Sample.caseStudy())
    let first = try sandbox.casebook(["submit", casePath, "-m", "Add a case", "--branch"], in: root)
    #expect(first.status == 0, "\(first)")
    let firstCommit = try sandbox.gitOutput(["rev-parse", branch], in: root)
    try catalogue.write(casePath, Sample.caseStudy(title: "Wijkapp voor meldingen, verbeterd"))
    let before = try stateBesides(branch, root, sandbox)

    let second = try sandbox.casebook(["submit", casePath, "-m", "Title as the reviewer asked", "--branch"], in: root)
    #expect(second.status == 0, "\(second)")
    #expect(second.output.contains("Added commit"), "\(second.output)")
    #expect(second.output.contains("2 commits of its own"), "\(second.output)")
    #expect(try sandbox.gitOutput(["rev-parse", "\(branch)~1"], in: root) == firstCommit)
    #expect(try sandbox.gitOutput(["show", "\(branch):\(casePath)"], in: root).contains("verbeterd"))
    #expect(try sandbox.gitOutput(["log", "-1", "--format=%s", branch], in: root) == "Title as the reviewer asked\n")
    #expect(try stateBesides(branch, root, sandbox) == before)
    #expect(try sandbox.git(["fsck", "--strict"], in: root).status == 0)
  }

  @Test("--amend replaces the branch's last commit and keeps its message unless -m gives one")
  func amend() throws {
    let (catalogue, sandbox) = try office()
    let root = catalogue.root
    try catalogue.write(casePath, Sample.caseStudy())
    #expect(try sandbox.casebook(["submit", casePath, "-m", "Add a case", "--branch"], in: root).status == 0)
    let base = try sandbox.gitOutput(["rev-parse", "\(branch)~1"], in: root)
    let replaced = try sandbox.gitOutput(["rev-parse", "--short", branch], in: root)
    try catalogue.write(casePath, Sample.caseStudy(title: "Wijkapp voor meldingen, verbeterd"))
    let before = try stateBesides(branch, root, sandbox)

    let result = try sandbox.casebook(["submit", casePath, "--amend", "--branch"], in: root)
    #expect(result.status == 0, "\(result)")
    #expect(result.output.contains("Replaced commit \(replaced.trimmingCharacters(in: .newlines))"), "\(result.output)")
    #expect(try sandbox.gitOutput(["rev-parse", "\(branch)~1"], in: root) == base)
    #expect(try sandbox.gitOutput(["log", "-1", "--format=%s", branch], in: root) == "Add a case\n")
    #expect(try sandbox.gitOutput(["show", "\(branch):\(casePath)"], in: root).contains("verbeterd"))
    #expect(try stateBesides(branch, root, sandbox) == before)

    let reworded = try sandbox.casebook(["submit", casePath, "--amend", "--branch", "-m", "Add the wijkapp"], in: root)
    #expect(reworded.status == 0, "\(reworded)")
    #expect(try sandbox.gitOutput(["log", "-1", "--format=%s", branch], in: root) == "Add the wijkapp\n")
    #expect(try sandbox.gitOutput(["rev-parse", "\(branch)~1"], in: root) == base)
  }

  @Test("--amend refuses a commit that is merged, and the current branch's commit when that is main")
  func amendMerged() throws {
    let (catalogue, sandbox) = try office()
    let root = catalogue.root
    try catalogue.write(casePath, Sample.caseStudy())
    #expect(try sandbox.casebook(["submit", casePath, "-m", "Add a case", "--branch"], in: root).status == 0)
    // The steward merges the branch: main moves to it.
    _ = try sandbox.gitOutput(["update-ref", "refs/heads/main", branch], in: root)
    _ = try sandbox.gitOutput(["reset", "-q"], in: root)
    try catalogue.write(casePath, Sample.caseStudy(title: "Wijkapp voor meldingen, verbeterd"))
    let before = try RepositoryState(of: root, sandbox: sandbox)
    let result = try sandbox.casebook(["submit", casePath, "--amend", "--branch"], in: root)
    #expect(result.status == 1, "\(result)")
    #expect(result.errors.contains("merged"), "\(result.errors)")
    #expect(try RepositoryState(of: root, sandbox: sandbox) == before)
    let onMain = try sandbox.casebook(["submit", casePath, "--amend"], in: root)
    #expect(onMain.status == 1, "\(onMain)")
    #expect(try RepositoryState(of: root, sandbox: sandbox) == before)
    // Without --amend the correction goes on as a new commit on the merged branch, for a new pull request.
    let added = try sandbox.casebook(["submit", casePath, "-m", "Better title", "--branch"], in: root)
    #expect(added.status == 0, "\(added)")
    #expect(added.output.contains("new pull request"), "\(added.output)")
  }

  @Test("--branch never adds to a main branch", arguments: ["main", "master"])
  func neverMain(name: String) throws {
    let (catalogue, sandbox) = try office()
    let root = catalogue.root
    _ = try sandbox.gitOutput(["branch", "-q", "master"], in: root)
    _ = try sandbox.gitOutput(["switch", "-q", "-c", "elsewhere"], in: root)
    try catalogue.write(casePath, Sample.caseStudy())
    let before = try RepositoryState(of: root, sandbox: sandbox)
    let result = try sandbox.casebook(["submit", casePath, "-m", "Add", "--branch", name], in: root)
    #expect(result.status == 1, "\(result)")
    #expect(result.errors.contains("main branch"), "\(result.errors)")
    #expect(try RepositoryState(of: root, sandbox: sandbox) == before)
  }

  @Test("Sent before: a new commit says git push, an amend says --force-with-lease, and both work")
  func sentBefore() throws {
    let (catalogue, sandbox) = try office()
    let root = catalogue.root
    let origin = try addOrigin(catalogue, sandbox)
    defer { try? FileManager.default.removeItem(atPath: origin) }
    try catalogue.write(casePath, Sample.caseStudy())
    let first = try sandbox.casebook(["submit", casePath, "-m", "Add a case", "--branch"], in: root)
    #expect(first.output.contains("git push -u origin \(branch)"), "\(first.output)")
    _ = try sandbox.gitOutput(["push", "-q", "-u", "origin", branch], in: root)

    try catalogue.write(casePath, Sample.caseStudy(title: "Wijkapp, tweede versie"))
    let second = try sandbox.casebook(["submit", casePath, "-m", "Second version", "--branch"], in: root)
    #expect(second.output.contains("  git push origin \(branch)\n"), "\(second.output)")
    #expect(try sandbox.git(["push", "-q", "origin", branch], in: root).status == 0)

    try catalogue.write(casePath, Sample.caseStudy(title: "Wijkapp, derde versie"))
    let amended = try sandbox.casebook(["submit", casePath, "--amend", "--branch"], in: root)
    #expect(amended.status == 0, "\(amended)")
    #expect(amended.output.contains("git push --force-with-lease origin \(branch)"), "\(amended.output)")
    #expect(try sandbox.git(["push", "-q", "origin", branch], in: root).status != 0)
    #expect(try sandbox.git(["push", "-q", "--force-with-lease", "origin", branch], in: root).status == 0)
  }
}

@Suite("A new municipality's first case, through the command line")
struct FirstCaseTests {
  @Test("new and submit agree: the profile goes along with the first case, and the range passes the access check")
  func firstCase() throws {
    let catalogue = try TemporaryCatalogue()
    let root = catalogue.root
    let sandbox = try Sandbox(identity: (name: "Nina Nieuw", email: "nina@nieuwdorp.example"))
    let path = "cases/nl/nieuwdorp/2021-wijkapp-voor-meldingen.yaml"
    let profile = "cases/nl/nieuwdorp/municipality.yaml"

    let newCase = try sandbox.casebook(
      ["new", "case", "--municipality", "nl/nieuwdorp", "--title", "Wijkapp voor meldingen", "--year", "2021"], in: root)
    #expect(newCase.status == 0, "\(newCase)")
    #expect(newCase.output.contains("casebook new municipality --municipality nl/nieuwdorp"), "\(newCase.output)")
    #expect(newCase.output.contains("sends the profile along"), "\(newCase.output)")
    try catalogue.write(path, Sample.caseStudy(year: 2021))
    // Without a profile, submit says what to write and commits nothing.
    let refused = try sandbox.casebook(["submit", path, "-m", "Add a case", "--branch"], in: root)
    #expect(refused.status == 1)
    #expect(refused.output.contains("casebook new municipality --municipality nl/nieuwdorp"), "\(refused.output)")

    let newProfile = try sandbox.casebook(
      ["new", "municipality", "--municipality", "nl/nieuwdorp", "--title", "Nieuwdorp"], in: root)
    #expect(newProfile.status == 0, "\(newProfile)")
    #expect(!newProfile.output.contains("casebook submit \(profile)"), "one way only: \(newProfile.output)")
    #expect(newProfile.output.contains("first case or policy"), "\(newProfile.output)")
    #expect(try String(contentsOfFile: root + "/" + profile, encoding: .utf8).contains("nina@nieuwdorp.example"))
    try catalogue.write(profile, Sample.municipality(name: "Nieuwdorp", maintainer: "nina@nieuwdorp.example"))

    let submitted = try sandbox.casebook(["submit", path, "-m", "Add a case", "--branch"], in: root)
    #expect(submitted.status == 0, "\(submitted)")
    #expect(submitted.output.contains("`\(profile)` came along"), "\(submitted.output)")
    let branch = "submission/nl/nieuwdorp/2021-wijkapp-voor-meldingen"
    let files = try sandbox.gitOutput(["ls-tree", "-r", "--name-only", branch, "cases/nl/nieuwdorp"], in: root)
    #expect(files == "\(path)\n\(profile)\n")
    // What CI runs on the pull request: Nina may add Nieuwdorp, since its profile lists her.
    let check = try sandbox.casebook(
      ["validate", "--changed", "main..\(branch)", "--actor", "nina@nieuwdorp.example"], in: root)
    #expect(check.status == 0, "\(check)")
  }
}
