import CasebookCore
import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A raw tree object: entries sorted as git sorts them (folders compare as if their name ended in `/`).
func treeBytes(_ entries: [(name: [UInt8], mode: FileMode, id: ObjectID)]) -> [UInt8] {
  func key(_ entry: (name: [UInt8], mode: FileMode, id: ObjectID)) -> [UInt8] {
    entry.mode == .tree ? entry.name + [UInt8(ascii: "/")] : entry.name
  }
  var bytes: [UInt8] = []
  for entry in entries.sorted(by: { key($0).lexicographicallyPrecedes(key($1)) }) {
    bytes += Array(String(entry.mode.rawMode, radix: 8).utf8) + [UInt8(ascii: " ")] + entry.name + [0]
    bytes += entry.id.bytes
  }
  return bytes
}

extension TemporaryCatalogue {
  /// Commits a root tree whose `cases` folder is `cases` and whose `schema` folder is HEAD's, on HEAD's branch.
  @discardableResult
  func commit(casesTree cases: ObjectID, message: String) throws -> ObjectID {
    let head = try #require(try repository.headCommit())
    let schema = try #require(try repository.entry(at: "schema", commit: head)).id
    let root = try repository.writeUncheckedObject(
      treeBytes([(Array("cases".utf8), .tree, cases), (Array("schema".utf8), .tree, schema)]), kind: .tree)
    let commit = try repository.createCommit(tree: root, parents: [head], author: testAuthor, message: message)
    let branch = try repository.headBranch() ?? "refs/heads/main"
    try repository.updateReference(branch, to: commit, expected: .commit(head), message: message)
    return commit
  }

  /// Writes `cases/gb/testshire/` as a raw tree with these entries besides the valid municipality file.
  @discardableResult
  func commitMunicipalityFolder(
    with entries: [(name: [UInt8], mode: FileMode, id: ObjectID)], message: String
  ) throws -> ObjectID {
    let head = try #require(try repository.headCommit())
    let profile = try #require(try repository.entry(at: "\(municipalityFolder)/municipality.yaml", commit: head))
    let folder = try repository.writeUncheckedObject(
      treeBytes(entries + [(Array("municipality.yaml".utf8), .regular, profile.id)]), kind: .tree)
    let gb = try repository.writeUncheckedObject(treeBytes([(Array("testshire".utf8), .tree, folder)]), kind: .tree)
    let cases = try repository.writeUncheckedObject(treeBytes([(Array("gb".utf8), .tree, gb)]), kind: .tree)
    return try commit(casesTree: cases, message: message)
  }

  /// The path of the loose object file of `id`.
  func looseObjectPath(_ id: ObjectID) -> String {
    repository.gitDirectory + "objects/" + id.hex.prefix(2) + "/" + id.hex.dropFirst(2)
  }
}

/// True when some line of the output starts with `prefix`.
func hasLine(_ output: String, _ prefix: String) -> Bool {
  output.split(separator: "\n").contains { $0.hasPrefix(prefix) }
}

@Suite("Hostile repositories", .serialized)
struct HostileRepositoryTests {
  let folder = municipalityFolder

  @Test("A symbolic link is reported, never followed: in the working tree and in a commit")
  func symbolicLink() throws {
    let catalogue = try hostileCatalogue()
    try catalogue.commitChanges(
      ["\(folder)/committed-link.yaml": .write(Array("/etc/passwd".utf8), .symlink)], message: "Link")
    try FileManager.default.createSymbolicLink(
      atPath: catalogue.root + "/\(folder)/committed-link.yaml", withDestinationPath: "/etc/passwd")
    try FileManager.default.createSymbolicLink(atPath: catalogue.root + "/cases/gb/root", withDestinationPath: "/")
    for (mode, arguments) in [("working tree", ["validate"]), ("--rev", ["validate", "--rev", "HEAD"])] {
      let run = try guardedRun(arguments, in: catalogue.root)
      report("symbolic link", mode, run)
      #expect(run.status == 1, "\(run)")
      #expect(hasLine(run.output, "\(folder)/committed-link.yaml:1:1: error: [catalog.symlink] "), "\(run)")
      #expect(!run.output.contains("root:x:0:0"), "the link was followed: \(run)")
    }
    let working = try guardedRun(["validate"], in: catalogue.root)
    #expect(hasLine(working.output, "cases/gb/root:1:1: error: [catalog."), "\(working)")
    #expect(!working.output.contains("cases/gb/root/"), "the folder link was followed: \(working)")
  }

  @Test("Named pipes, and links to them, are reported instead of read (reading one would block forever)")
  func namedPipes() throws {
    let catalogue = try hostileCatalogue()
    let root = catalogue.root
    #expect(mkfifo(root + "/pipe", 0o600) == 0)
    #expect(mkfifo(root + "/\(folder)/pipe.yaml", 0o600) == 0)
    try catalogue.remove("schema/categories.yaml")
    #expect(mkfifo(root + "/schema/categories.yaml", 0o600) == 0)
    try catalogue.remove("schema/case.schema.json")
    try FileManager.default.createSymbolicLink(
      atPath: root + "/schema/case.schema.json", withDestinationPath: root + "/pipe")
    let run = try guardedRun(["validate"], in: root)
    report("named pipes", "working tree", run)
    #expect(run.status == 1, "\(run)")
    #expect(hasLine(run.output, "\(folder)/pipe.yaml:1:1: error: [catalog.not-a-file] "), "\(run)")
    #expect(hasLine(run.output, "schema/categories.yaml:1:1: error: [catalog.not-a-file] "), "\(run)")
    #expect(hasLine(run.output, "schema/case.schema.json:1:1: error: [catalog.symlink] "), "\(run)")
  }

  @Test("A tree entry named `..` (or `.`, or `.git`) is a located layout error, in --rev and --changed")
  func dotDotEntry() throws {
    let catalogue = try hostileCatalogue(bare: true)
    let base = try #require(try catalogue.repository.headCommit())
    let blob = try catalogue.repository.writeBlob(Array("title: Ontsnapt\n".utf8))
    let schemaTree = try #require(try catalogue.repository.entry(at: "schema", commit: base)).id
    try catalogue.commitMunicipalityFolder(
      with: [
        (Array("..".utf8), .regular, blob), (Array(".".utf8), .regular, blob), (Array(".git".utf8), .regular, blob),
        (Array("...".utf8), .tree, schemaTree),
      ], message: "Escape")
    let runs = [("--rev", ["validate", "--rev", "HEAD"]), ("--changed", ["validate", "--changed", "\(base.hex)..HEAD"])]
    for (mode, arguments) in runs {
      let run = try guardedRun(arguments, in: catalogue.root)
      report("`..` entry", mode, run)
      #expect(run.status == 1, "\(mode): \(run)")
      #expect(hasLine(run.output, "\(folder)/..:1:1: error: [catalog.layout] "), "\(mode): \(run)")
      #expect(hasLine(run.output, "\(folder)/.:1:1: error: [catalog.layout] "), "\(mode): \(run)")
      #expect(hasLine(run.output, "\(folder)/.git:1:1: error: [catalog."), "\(mode): \(run)")
      #expect(hasLine(run.output, "\(folder)/.../case.schema.json:1:1: error: [catalog.nesting] "), "\(mode): \(run)")
    }
  }

  @Test("A submodule entry is reported, in a commit and in the working tree")
  func submodule() throws {
    let catalogue = try hostileCatalogue()
    let head = try #require(try catalogue.repository.headCommit())
    try catalogue.commitChanges(["\(folder)/sub.yaml": .entry(head, .submodule)], message: "Submodule")
    try FileManager.default.createDirectory(
      atPath: catalogue.root + "/\(folder)/sub.yaml/.git", withIntermediateDirectories: true)
    for (mode, arguments) in [("working tree", ["validate"]), ("--rev", ["validate", "--rev", "HEAD"])] {
      let run = try guardedRun(arguments, in: catalogue.root)
      report("submodule", mode, run)
      #expect(run.status == 1, "\(mode): \(run)")
      #expect(hasLine(run.output, "\(folder)/sub.yaml:1:1: error: [catalog.submodule] "), "\(mode): \(run)")
    }
  }

  enum Damage: String, CaseIterable { case blob, tree, commit, reference }

  @Test("A corrupt object gives a located diagnostic (a blob) or a clear repository error", arguments: Damage.allCases)
  func corruptObject(_ damage: Damage) throws {
    let catalogue = try hostileCatalogue(bare: true)
    let path = "\(folder)/2020-kapot.yaml"
    try catalogue.commit(bytes: Array("title: Kapot\n".utf8), at: path)
    let repository = catalogue.repository
    let head = try #require(try repository.headCommit())
    let victim: ObjectID =
      switch damage {
      case .blob: try #require(try repository.entry(at: path, commit: head)).id
      case .tree: try #require(try repository.entry(at: folder, commit: head)).id
      case .commit, .reference: head
      }
    let branch = try #require(try repository.headBranch())
    let file = damage == .reference ? repository.gitDirectory + branch : catalogue.looseObjectPath(victim)
    try FileManager.default.removeItem(atPath: file)
    try Data("this is not a git object at all".utf8).write(to: URL(fileURLWithPath: file))

    // libgit2 1.5 leaks the reference when git_revparse_single finds its commit damaged; Tests/lsan.supp
    // names it, and the slow unwinder (for this run only) lets LeakSanitizer see that frame.
    var environment: [String: String] = [:]
    if Budget.underSanitizer, damage == .commit {
      environment["ASAN_OPTIONS"] =
        (ProcessInfo.processInfo.environment["ASAN_OPTIONS"] ?? "") + ":detect_leaks=1:fast_unwind_on_malloc=0"
    }
    let run = try guardedRun(["validate", "--rev", "HEAD"], in: catalogue.root, environment: environment)
    report("corrupt \(damage.rawValue)", "--rev", run)
    #expect(run.status == 1, "\(run)")
    switch damage {
    case .blob:
      #expect(hasLine(run.output, "\(path):1:1: error: [git.unreadable] "), "\(run)")
    case .reference:
      #expect(run.errors.hasPrefix("error: "), "\(run)")
      #expect(run.errors.contains(branch), "\(run)")
    case .tree, .commit:
      #expect(run.errors.hasPrefix("error: "), "\(run)")
      #expect(run.errors.contains("git fsck"), "\(run)")
    }
  }

  @Test(
    "A tree bomb (a few objects, 10^10 paths) stops at the file limit, also in a commit a later one undoes",
    arguments: ["--rev", "--changed", "--changed, removed again"])
  func treeBomb(_ mode: String) throws {
    let catalogue = try hostileCatalogue(bare: true)
    let repository = catalogue.repository
    let base = try #require(try repository.headCommit())
    let blob = try repository.writeBlob(Array("title: Bom\n".utf8))
    var tree = try repository.writeUncheckedObject(treeBytes([(Array("x.yaml".utf8), .regular, blob)]), kind: .tree)
    for _ in 0..<10 {
      tree = try repository.writeUncheckedObject(
        treeBytes((0..<10).map { (Array("d\($0)".utf8), .tree, tree) }), kind: .tree)
    }
    let bomb = try catalogue.commit(casesTree: tree, message: "Bomb")
    if mode.hasSuffix("removed again") {
      let undo = try repository.createCommit(
        tree: try repository.commit(base).tree, parents: [bomb], author: testAuthor, message: "Undo")
      try repository.updateReference(
        try #require(try repository.headBranch()), to: undo, expected: .commit(bomb), message: "Undo")
    }
    let arguments = mode == "--rev" ? ["validate", "--rev", "HEAD"] : ["validate", "--changed", "\(base.hex)..HEAD"]
    let run = try guardedRun(arguments, in: catalogue.root)
    report("tree bomb", mode, run)
    #expect(run.status == 1, "\(run)")
    #expect(run.errors.contains("more than 200000 files"), "\(run)")
    #expect(run.errors.contains("--max-files"), "\(run)")
  }

  @Test("One flat tree object listing a million files stops at the file limit", arguments: ["--rev", "--changed"])
  func flatTree(_ mode: String) throws {
    let catalogue = try hostileCatalogue(bare: true)
    let repository = catalogue.repository
    let base = try #require(try repository.headCommit())
    let blob = try repository.writeBlob(Array("title: Plat\n".utf8))
    var bytes: [UInt8] = []
    bytes.reserveCapacity(1_000_000 * 41)
    for index in 0..<1_000_000 {
      let digits = String(index)
      bytes += Array("100644 f\(String(repeating: "0", count: 7 - digits.count))\(digits).yaml".utf8) + [0] + blob.bytes
    }
    try catalogue.commitMunicipalityFolder(
      with: [(Array("flat".utf8), .tree, try repository.writeUncheckedObject(bytes, kind: .tree))], message: "Flat")
    let arguments = mode == "--rev" ? ["validate", "--rev", "HEAD"] : ["validate", "--changed", "\(base.hex)..HEAD"]
    let run = try guardedRun(arguments, in: catalogue.root)
    report("flat tree of 10^6 files", mode, run)
    #expect(run.status == 1, "\(run)")
    #expect(run.errors.contains("more than 200000 files"), "\(run)")
  }

  @Test("File and folder names that are not UTF-8 or hold a line break are reported, not fatal")
  func strangeNames() throws {
    let catalogue = try hostileCatalogue()
    let base = Array((catalogue.root + "/cases/gb/").utf8)
    let folderName = base + [UInt8(ascii: "t"), 0xFF] + [0]
    let made = folderName.withUnsafeBufferPointer { bytes in
      mkdir(UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self), 0o700)
    }
    #expect(made == 0)
    try catalogue.write("\(folder)/new\nline.yaml", "title: Regel\n")
    let run = try guardedRun(["validate"], in: catalogue.root)
    report("strange names", "working tree", run)
    #expect(run.status == 1, "\(run)")
    #expect(hasLine(run.output, "cases/gb/t\u{FFFD}:1:1: error: [catalog.layout] "), "\(run)")
    #expect(hasLine(run.output, "\(folder)/new"), "\(run)")
    #expect(run.output.contains("error: [catalog.slug] the file name `new\nline.yaml`"), "\(run)")
  }
}
