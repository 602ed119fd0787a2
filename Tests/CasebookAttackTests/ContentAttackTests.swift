import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// A raw tree object: entries sorted as git sorts them (folders compare as if their name ended in `/`).
func treeBytes(_ entries: [(name: [UInt8], mode: UInt32, id: ObjectID)]) -> [UInt8] {
  func key(_ entry: (name: [UInt8], mode: UInt32, id: ObjectID)) -> [UInt8] {
    entry.mode == 0o040000 ? entry.name + [UInt8(ascii: "/")] : entry.name
  }
  var bytes: [UInt8] = []
  for entry in entries.sorted(by: { key($0).lexicographicallyPrecedes(key($1)) }) {
    bytes += Array(String(entry.mode, radix: 8).utf8) + [UInt8(ascii: " ")] + entry.name + [0] + entry.id.bytes
  }
  return bytes
}

extension AttackServer {
  /// A commit on `parent` whose folder `folder` ("" for the root) gets these raw entries besides its own: names
  /// and modes that no writing API produces.
  func commit(
    adding extra: [(name: [UInt8], mode: UInt32, id: ObjectID)], in folder: String, on parent: ObjectID,
    _ message: String
  ) throws -> ObjectID {
    let repository = client.repository
    var parts = folder.split(separator: "/").map(String.init)
    var replaced: (name: [UInt8], id: ObjectID)?
    var added = extra
    while true {
      let path = parts.joined(separator: "/")
      var entries: [(name: [UInt8], mode: UInt32, id: ObjectID)] = added
      for entry in try repository.treeEntries(commit: parent, under: path.isEmpty ? nil : path, limit: 10_000, foldersAt: 1) {
        let name = Array(entry.path.split(separator: "/").last!.utf8)
        if let replaced, replaced.name == name { continue }
        entries.append((name, entry.mode.rawMode, entry.id))
      }
      if let replaced { entries.append((replaced.name, 0o040000, replaced.id)) }
      let tree = try repository.writeUncheckedObject(treeBytes(entries), kind: .tree)
      guard let last = parts.popLast() else {
        return try repository.createCommit(tree: tree, parents: [parent], author: testAuthor, message: message)
      }
      replaced = (Array(last.utf8), tree)
      added = []
    }
  }
}

/// Attacks through what commits contain: look-alike municipalities, peers' files, hostile names and modes.
@Suite("Attacks: content", .serialized)
struct ContentAttackTests {
  typealias Server = AttackServer

  @Test(
    "A new municipality that looks like an existing one needs a steward",
    arguments: [
      ("nl/voorbeeldstad-gemeente", "Voorbeeldstad"), ("nl/gemeente-voorbeeldstad", "Gemeente Voorbeeldstad"),
      ("be/voorbeeldstad", "Voorbeeldstad"), ("nl/vo0rbeeldstad", "Vo0rbeeldstad"),
      ("nl/evestad", "V\u{43E}\u{43E}rbeeldstad"), ("nl/evestad", "VOORBEELD-STAD"), ("nl/evestad", "Vöörbeeldstad"),
      ("nl/city-of-testergem", "City of Testergem"), ("nl/testergem-council", "Testergem Council"),
    ])
  func lookAlike(_ folder: String, _ name: String) throws {
    let server = try Server()
    let path = "cases/\(folder)/municipality.yaml"
    let commit = try server.commit(
      [path: Sample.municipality(name: name, country: String(folder.prefix(2)).uppercased(), maintainer: People.eve)],
      on: server.start, "A new municipality")
    let pushed = try server.push(commit, to: "refs/heads/main", as: .email(People.eve))
    #expect(!pushed.accepted, "\(pushed)")
    #expect(pushed.refuses(path, rule: "access.look-alike", commit: commit), "\(pushed)")
    // A steward may add it (for the real second municipality of a name).
    #expect(try server.push(commit, to: "refs/heads/main", as: .email(People.steward)).accepted)
  }

  @Test("A municipality unlike the others is accepted; renaming one's own to look like another is not")
  func distinctAndRenamed() throws {
    let server = try Server()
    let path = "cases/nl/evestad/municipality.yaml"
    let commit = try server.commit(
      [path: Sample.municipality(name: "Evestad", maintainer: People.eve)], on: server.start, "Evestad")
    #expect(try server.push(commit, to: "refs/heads/main", as: .email(People.eve)).accepted)
    let renamed = try server.commit(
      [path: Sample.municipality(name: "Testergem", maintainer: People.eve)], on: commit, "Renamed")
    let pushed = try server.push(renamed, to: "refs/heads/main", as: .email(People.eve))
    #expect(pushed.refuses(path, rule: "access.look-alike", commit: renamed), "\(pushed)")
  }

  @Test("A duplicate title is refused whether the new file sorts before or after the old one")
  func duplicateTitle() throws {
    let server = try Server()
    for name in ["2020-aaa.yaml", "2023-zzz.yaml"] {
      let path = Server.voorbeeldstad + "/" + name
      let commit = try server.commit([path: Sample.caseStudy(title: "Wijkapp")], on: server.start, "Again")
      let pushed = try server.push(commit, to: "refs/heads/main", as: .email(People.ann))
      #expect(pushed.refuses(path, rule: "catalog.duplicate-title"), "\(name): \(pushed)")
    }
  }

  @Test("Every commit counts: adding a peer's file and removing it again is refused")
  func addThenRemove() throws {
    let server = try Server()
    let add = try server.commit(
      [Server.testergem + "/2023-spam.yaml": Sample.caseStudy(title: "Spam")], on: server.start, "Add")
    let remove = try server.commit([Server.testergem + "/2023-spam.yaml": nil], on: add, "Remove")
    let pushed = try server.push(remove, to: "refs/heads/main", as: .email(People.ann))
    #expect(pushed.refuses(Server.testergem + "/2023-spam.yaml", rule: "access.municipality", commit: add))
    #expect(pushed.refuses(Server.testergem + "/2023-spam.yaml", rule: "access.municipality", commit: remove))
  }

  @Test("Moving a peer's file into one's own folder is a deletion in theirs")
  func renamePeerFile() throws {
    let server = try Server()
    let moved = try server.commit(
      [
        Server.testergem + "/2022-zwerfvuil.yaml": nil,
        Server.voorbeeldstad + "/2022-zwerfvuil.yaml": Sample.caseStudy(title: "Zwerfvuil"),
      ], on: server.start, "Move")
    let pushed = try server.push(moved, to: "refs/heads/main", as: .email(People.ann))
    #expect(pushed.refuses(Server.testergem + "/2022-zwerfvuil.yaml", rule: "access.municipality", commit: moved))
  }

  @Test("Stewards.yaml: only stewards change it, and not even they may leave it empty or delete it")
  func stewardsFile() throws {
    let server = try Server()
    let deleted = try server.commit(["schema/stewards.yaml": nil], on: server.start, "No stewards")
    let byAnn = try server.push(deleted, to: "refs/heads/main", as: .email(People.ann))
    #expect(byAnn.refuses("schema/stewards.yaml", rule: "access.steward", commit: deleted))
    let bySteward = try server.push(deleted, to: "refs/heads/main", as: .email(People.steward))
    #expect(bySteward.refuses("schema/stewards.yaml", rule: "access.no-stewards", commit: deleted), "\(bySteward)")
    let emptied = try server.commit(["schema/stewards.yaml": "stewards: []\n"], on: server.start, "Empty")
    let empty = try server.push(emptied, to: "refs/heads/main", as: .email(People.steward))
    #expect(empty.refuses("schema/stewards.yaml", rule: "access.no-stewards"), "\(empty)")
  }

  @Test(
    "Hostile entries are refused even from a steward",
    arguments: [
      ("symlink under schema/", "schema/categories.yaml", "git.symlink"),
      ("submodule with .gitmodules", "vendor", "git.submodule"),
      ("not a file", "cases/nl/voorbeeldstad/2023-fifo.yaml", "git.not-a-file"),
      ("case-variant folder", "cases/NL/Voorbeeldstad/2023-x.yaml", "git.layout"),
      ("normalisation twin", "cases/nl/voorbeeldsta\u{301}d/2023-x.yaml", "git.layout"),
      ("attributes in a folder", "cases/nl/voorbeeldstad/.gitattributes", "git.layout"),
    ])
  func hostileEntries(_ attack: String, _ path: String, _ rule: String) throws {
    let server = try Server()
    let repository = server.client.repository
    var changes: [String: FileChange] = [:]
    switch rule {
    case "git.symlink": changes[path] = .write(Array("../../etc/passwd".utf8), .symlink)
    case "git.submodule":
      changes[path] = .entry(server.root, .submodule)
      changes[".gitmodules"] = .write(Array("[submodule \"v\"]\n\tpath = vendor\n\turl = ../x\n".utf8), .regular)
    case "git.not-a-file":
      // A named pipe's mode: no writing API makes one, so the tree is written raw.
      let commit = try server.commit(
        adding: [(Array("2023-fifo.yaml".utf8), 0o010644, try repository.writeBlob(Array("x".utf8)))],
        in: Server.voorbeeldstad, on: server.start, attack)
      let pushed = try server.push(commit, to: "refs/heads/main", as: .email(People.steward))
      #expect(pushed.refuses(path, rule: rule, commit: commit), "\(pushed)")
      return
    default: changes[path] = .write(Array(Sample.caseStudy(title: "X").utf8), .regular)
    }
    let commit = try server.commit(changes: changes, on: server.start, attack)
    let pushed = try server.push(commit, to: "refs/heads/main", as: .email(People.steward))
    #expect(!pushed.accepted, "\(pushed)")
    #expect(pushed.refuses(path, rule: rule, commit: commit), "\(pushed)")
  }

  @Test("Tree entries named `..`, `.git` (in any disguise) or with a backslash are refused, even from a steward",
    arguments: ["..", ".git", ".GIT", ".git.", "git~1", ".g\u{200C}it", "a\\b", "x\u{1B}[31m", "not-utf8"])
  func unsafeNames(_ name: String) throws {
    let server = try Server()
    let repository = server.client.repository
    let blob = try repository.writeBlob(Array("[core]\n\thooksPath = /tmp\n".utf8))
    let inner = try repository.writeUncheckedObject(treeBytes([(Array("config".utf8), 0o100644, blob)]), kind: .tree)
    // A name that is not UTF-8 shows as U+FFFD; an escape sequence is written out, never sent to a terminal.
    let bytes = name == "not-utf8" ? [UInt8(ascii: "a"), 0xFF] : Array(name.utf8)
    let shown = name == "not-utf8" ? "a\u{FFFD}" : name.replacingOccurrences(of: "\u{1B}", with: "\\u{1b}")
    let commit = try server.commit(adding: [(bytes, 0o040000, inner)], in: "", on: server.start, "Hidden")
    let pushed = try server.push(commit, to: "refs/heads/main", as: .email(People.steward))
    #expect(!pushed.accepted, "\(pushed)")
    #expect(pushed.refuses("\(shown)/config", rule: "git.unsafe-path", commit: commit), "\(pushed)")
    #expect(!pushed.output.contains("\u{1B}"), "\(pushed)")
  }

  @Test("A push with more new commits than casebook.maxCommits is refused before they are read")
  func manyCommits() throws {
    let server = try Server()
    try server.configure("casebook.maxCommits", "50")
    var tip: ObjectID = server.start
    for number in 0..<51 {
      tip = try server.commit(
        [Server.voorbeeldstad + "/2023-case.yaml": Sample.caseStudy(title: "Casus \(number)")], on: tip, "\(number)")
    }
    let pushed = try server.push(tip, to: "refs/heads/main", as: .email(People.ann))
    #expect(!pushed.accepted)
    #expect(pushed.output.contains("more than 50 new commits"), "\(pushed)")
  }
}
