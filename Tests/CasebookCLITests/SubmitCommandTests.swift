import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

private let ann = (name: "Ann Officer", email: "ann@testdorp.example")
private let casePath = "cases/nl/testdorp/2021-wijkapp.yaml"

/// A working catalogue with Testdorp committed, its own git config naming Ann; the global config is empty.
private func officeCatalogue(identity: Bool = true) throws -> (TemporaryCatalogue, Sandbox) {
  let catalogue = try TemporaryCatalogue()
  if identity {
    try catalogue.repository.setConfigValue(ann.name, for: "user.name")
    try catalogue.repository.setConfigValue(ann.email, for: "user.email")
  }
  try catalogue.commit(["cases/nl/testdorp/municipality.yaml": Sample.municipality(maintainer: ann.email)], message: "Add Testdorp")
  try stageEverything(catalogue)
  return (catalogue, try Sandbox())
}

/// The number of commits on HEAD.
private func commitCount(_ root: String, _ sandbox: Sandbox) throws -> Int {
  try #require(Int(try sandbox.gitOutput(["rev-list", "--count", "HEAD"], in: root).trimmingCharacters(in: .newlines)))
}

/// `TemporaryCatalogue.commit` writes commits and files, not the index: stage the working tree (which is HEAD)
/// so that `git status` starts clean, as in a real clone.
private func stageEverything(_ catalogue: TemporaryCatalogue) throws {
  let index = try catalogue.repository.index()
  try index.addAll()
  try index.write()
}

@Suite("casebook submit")
struct SubmitCommandTests {
  @Test("Commits exactly the given file: HEAD's tree plus it, by the configured identity, other staged work left staged")
  func exactCommit() throws {
    let (catalogue, sandbox) = try officeCatalogue()
    let root = catalogue.root
    let before = try sandbox.gitOutput(["rev-parse", "HEAD"], in: root)
    try catalogue.write("README.md", "Staged, but not part of the submission\n")
    _ = try sandbox.gitOutput(["add", "README.md"], in: root)
    try catalogue.write(casePath, Sample.caseStudy())
    try catalogue.write("cases/nl/testdorp/2022-concept.yaml", "title: [")

    // The oracle: the tree git itself makes from HEAD plus this one file, in an index of its own.
    let oracle = ["GIT_INDEX_FILE": root + "/.git/oracle-index"]
    _ = try sandbox.gitOutput(["read-tree", "HEAD"], in: root, environment: oracle)
    _ = try sandbox.gitOutput(["update-index", "--add", casePath], in: root, environment: oracle)
    let expectedTree = try sandbox.gitOutput(["write-tree"], in: root, environment: oracle)
    try FileManager.default.removeItem(atPath: root + "/.git/oracle-index")

    let result = try sandbox.casebook(["submit", casePath, "-m", "Add a case\n\nFrom the wijkapp."], in: root)
    #expect(result.status == 0, "\(result)")
    #expect(result.output.contains("Committed"))
    #expect(try sandbox.gitOutput(["rev-parse", "HEAD^{tree}"], in: root) == expectedTree)
    #expect(try sandbox.gitOutput(["rev-parse", "HEAD~1"], in: root) == before)
    let log = try sandbox.gitOutput(["log", "-1", "--format=%an|%ae|%cn|%ce|%B"], in: root)
    #expect(log.trimmingCharacters(in: .newlines) == "Ann Officer|\(ann.email)|Ann Officer|\(ann.email)|Add a case\n\nFrom the wijkapp.")
    #expect(try sandbox.gitOutput(["diff", "--cached", "--name-only"], in: root) == "README.md\n")
    #expect(try sandbox.gitOutput(["status", "--porcelain", "--", casePath], in: root) == "")
    #expect(try sandbox.gitOutput(["status", "--porcelain"], in: root).contains("?? cases/nl/testdorp/2022-concept.yaml"))
    #expect(try sandbox.git(["fsck", "--strict"], in: root).status == 0)
  }

  @Test(
    "An invalid file is refused with its problems and leaves refs, index and working tree untouched",
    arguments: [false, true])
  func invalidRefused(onBranch: Bool) throws {
    let (catalogue, sandbox) = try officeCatalogue()
    try catalogue.write(casePath, Sample.caseStudy(categories: ["repport"]))
    try catalogue.write("notes.txt", "unrelated\n")
    _ = try sandbox.gitOutput(["add", "notes.txt"], in: catalogue.root)
    let before = try RepositoryState(of: catalogue.root, sandbox: sandbox)
    let arguments = ["submit", casePath, "-m", "Add"] + (onBranch ? ["--branch"] : [])
    let result = try sandbox.casebook(arguments, in: catalogue.root)
    #expect(result.status == 1)
    #expect(result.output.contains("\(casePath):4:"))
    #expect(result.output.contains("[catalog.unknown-category]"))
    #expect(result.errors.contains("Nothing was committed"))
    #expect(try RepositoryState(of: catalogue.root, sandbox: sandbox) == before)
  }

  @Test("--branch commits on a new branch from HEAD and leaves the current branch, index and files as they were")
  func newBranch() throws {
    let (catalogue, sandbox) = try officeCatalogue()
    let root = catalogue.root
    try catalogue.write(casePath, Sample.caseStudy())
    let before = try RepositoryState(of: root, sandbox: sandbox)
    let head = try sandbox.gitOutput(["rev-parse", "HEAD"], in: root)
    let result = try sandbox.casebook(["submit", "--branch", casePath, "-m", "Add a case"], in: root)
    #expect(result.status == 0, "\(result)")
    let branch = "submission/nl/testdorp/2021-wijkapp"
    #expect(result.output.contains("git push -u origin \(branch)"))
    #expect(try sandbox.gitOutput(["rev-parse", "\(branch)~1"], in: root) == head)
    #expect(try sandbox.gitOutput(["ls-tree", "-r", "--name-only", branch], in: root).contains(casePath))
    var after = try RepositoryState(of: root, sandbox: sandbox)
    #expect(after.references.contains("refs/heads/\(branch)"))
    after.references = after.references.split(separator: "\n").filter { !$0.contains(branch) }.map { $0 + "\n" }.joined()
    #expect(after == before)

    // The same files again: the branch has them already (SubmitCorrectionTests: changed files add a commit).
    let again = try sandbox.casebook(["submit", casePath, "-m", "Add a case", "--branch"], in: root)
    #expect(again.status == 1)
    #expect(again.errors.contains("committed already exactly as they are"))
    let named = try sandbox.casebook(["submit", casePath, "-m", "Add a case", "--branch", "wijkapp-voorstel"], in: root)
    #expect(named.status == 0, "\(named)")
    #expect(try sandbox.git(["rev-parse", "--verify", "wijkapp-voorstel"], in: root).status == 0)
  }

  @Test("A held index.lock is reported clearly and nothing changes")
  func indexLocked() throws {
    let (catalogue, sandbox) = try officeCatalogue()
    try catalogue.write(casePath, Sample.caseStudy())
    #expect(FileManager.default.createFile(atPath: catalogue.root + "/.git/index.lock", contents: Data()))
    let before = try RepositoryState(of: catalogue.root, sandbox: sandbox)
    let result = try sandbox.casebook(["submit", casePath, "-m", "Add a case"], in: catalogue.root)
    #expect(result.status == 1)
    #expect(result.errors.contains("index.lock"))
    #expect(result.errors.contains("run again"))
    #expect(try RepositoryState(of: catalogue.root, sandbox: sandbox) == before)
    try FileManager.default.removeItem(atPath: catalogue.root + "/.git/index.lock")
    #expect(try sandbox.casebook(["submit", casePath, "-m", "Add a case"], in: catalogue.root).status == 0)
  }

  @Test("Submits at the same moment leave a consistent repository, each committed or refused with advice")
  func concurrent() throws {
    let (catalogue, sandbox) = try officeCatalogue()
    let root = catalogue.root
    for round in 0..<3 {
      let paths = (0..<3).map { "cases/nl/testdorp/2021-gelijktijdig-\(round)-\($0).yaml" }
      for (number, path) in paths.enumerated() {
        try catalogue.write(path, Sample.caseStudy(title: "Gelijktijdig \(round) \(number)"))
      }
      let commitsBefore = try commitCount(root, sandbox)
      let running = try paths.map { try sandbox.start(casebookExecutable, ["submit", $0, "-m", "Add \($0)"], in: root) }
      let results = try running.map { try $0.finish() }
      let committed = zip(paths, results).filter { $0.1.status == 0 }.map(\.0)
      for result in results where result.status != 0 {
        #expect(result.status == 1)
        #expect(result.errors.contains("run again"), "\(result)")
      }
      #expect(!committed.isEmpty)
      let fsck = try sandbox.git(["fsck", "--full", "--strict"], in: root)
      #expect(fsck.status == 0 && !fsck.errors.contains("error"), "\(fsck)")
      for path in committed {
        #expect(try sandbox.git(["cat-file", "-e", "HEAD:\(path)"], in: root).status == 0)
        #expect(try sandbox.gitOutput(["status", "--porcelain", "--", path], in: root) == "")
      }
      let commitsAfter = try commitCount(root, sandbox)
      #expect(commitsAfter == commitsBefore + committed.count)
      #expect(try sandbox.gitOutput(["rev-list", "--merges", "HEAD"], in: root) == "")
    }
  }

  @Test("Without an identity in git config, it says how to set one and commits nothing")
  func identityMissing() throws {
    let (catalogue, sandbox) = try officeCatalogue(identity: false)
    try catalogue.write(casePath, Sample.caseStudy())
    let before = try RepositoryState(of: catalogue.root, sandbox: sandbox)
    let result = try sandbox.casebook(["submit", casePath, "-m", "Add a case"], in: catalogue.root)
    #expect(result.status == 1)
    #expect(result.errors.contains("git config --global user.name"))
    #expect(try RepositoryState(of: catalogue.root, sandbox: sandbox) == before)
  }

  @Test("A file removed from the working tree is submitted as a deletion")
  func deletion() throws {
    let (catalogue, sandbox) = try officeCatalogue()
    try catalogue.commit([casePath: Sample.caseStudy()], message: "Add a case")
    try stageEverything(catalogue)
    try catalogue.remove(casePath)
    let result = try sandbox.casebook(["submit", casePath, "-m", "Remove the case"], in: catalogue.root)
    #expect(result.status == 0, "\(result)")
    #expect(try sandbox.git(["cat-file", "-e", "HEAD:\(casePath)"], in: catalogue.root).status != 0)
    #expect(try sandbox.gitOutput(["status", "--porcelain"], in: catalogue.root) == "")
  }

  @Test("Bad usage exits with 64", arguments: [["submit", "-m", "x"], ["submit", casePath], ["submit", "nope.yaml", "-m", "x"]])
  func usage(arguments: [String]) throws {
    let (catalogue, sandbox) = try officeCatalogue()
    try catalogue.write(casePath, Sample.caseStudy())
    #expect(try sandbox.casebook(arguments, in: catalogue.root).status == 64)
  }
}
