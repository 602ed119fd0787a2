import CasebookGit
import Foundation
import Testing

@Suite struct PackPositionTests {
  /// A bare repository with `count` files committed and packed; returns the blob ids in path order.
  func packedRepository(_ folder: String, files count: Int) throws -> (Repository, ObjectID, [ObjectID]) {
    let repository = try Repository.create(at: folder, bare: true)
    var files: [String: String] = [:]
    for number in 0..<count {
      let body = String(repeating: "x", count: number)
      files[String(format: "cases/%03d.yaml", number)] = "title: File \(number)\nbody: \(body)\n"
    }
    let commit = try repository.commitFiles(files, message: "Files")
    _ = try repository.writePack(of: commit)
    let ids = try files.keys.sorted().map { try #require(try repository.entry(at: $0, commit: commit)).id }
    return (repository, commit, ids)
  }

  /// The path of the repository's one pack index file.
  func packIndexPath(_ repository: Repository) throws -> String {
    let pack = repository.gitDirectory + "objects/pack/"
    let names = try FileManager.default.contentsOfDirectory(atPath: pack)
    return pack + (try #require(names.first { $0.hasSuffix(".idx") }))
  }

  /// Rewrites the repository's pack index file (git leaves it read-only) with what `damage` makes of it.
  func rewritePackIndex(_ repository: Repository, _ damage: (inout [UInt8]) -> Void) throws {
    let path = try packIndexPath(repository)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    damage(&bytes)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  /// Offsets by object id, as `git verify-pack -v` lists them (the independent oracle).
  func offsetsByGit(_ repository: Repository) throws -> [String: UInt64] {
    var offsets: [String: UInt64] = [:]
    for line in try git("verify-pack", "-v", try packIndexPath(repository), in: repository.gitDirectory)
      .split(separator: "\n")
    {
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      if fields.count >= 5, fields[0].count == 40, let offset = UInt64(fields[4]) {
        offsets[String(fields[0])] = offset
      }
    }
    return offsets
  }

  @Test("Packed objects get their pack offsets, so sorting by position reads the pack front to back")
  func offsetsMatchGit() throws {
    try withScratchFolder { folder in
      let (repository, _, ids) = try packedRepository(folder, files: 40)
      let positions = try #require(repository.packPositions(of: ids))
      let offsets = try offsetsByGit(repository)
      #expect(positions.count == ids.count)
      for (id, position) in zip(ids, positions) {
        #expect(position == offsets[id.hex], "\(id)")
      }
    }
  }

  @Test("An object in no pack sorts last; a repository without packs has no order")
  func loneObjects() throws {
    try withScratchFolder { folder in
      let (repository, _, ids) = try packedRepository(folder + "/packed", files: 3)
      let loose = try repository.writeBlob(Array("not packed\n".utf8))
      let positions = try #require(repository.packPositions(of: ids + [loose]))
      #expect(positions.last == UInt64.max)
      #expect(positions.dropLast().allSatisfy { $0 < UInt64.max })

      let unpacked = try Repository.create(at: folder + "/loose", bare: true)
      let blob = try unpacked.writeBlob(Array("a\n".utf8))
      #expect(unpacked.packPositions(of: [blob]) == nil)
    }
  }

  enum Damage: String, CaseIterable {
    case truncated, badMagic, fanoutBackwards, fanoutOverCount, countTooLarge, empty
  }

  @Test("A damaged pack index is skipped, never read out of bounds", arguments: Damage.allCases)
  func damagedIndex(_ damage: Damage) throws {
    try withScratchFolder { folder in
      let (repository, _, ids) = try packedRepository(folder, files: 20)
      try rewritePackIndex(repository) { bytes in
        switch damage {
        case .truncated: bytes = Array(bytes.prefix(bytes.count / 2))
        case .badMagic: bytes[0] = 0
        case .fanoutBackwards: bytes.replaceSubrange(8..<12, with: bytes[(8 + 4 * 255)..<(8 + 4 * 256)])  // 0 = all
        case .fanoutOverCount: bytes[8 + 4 * 200 + 3] = 0xff  // bucket 200 larger than bucket 255, the count
        case .countTooLarge: bytes[8 + 4 * 255] = 0x7f  // claims far more ids than the file holds
        case .empty: bytes = []
        }
      }
      #expect(repository.packPositions(of: ids) == nil)
    }
  }

  @Test("An offset that points past the table of large offsets gives no position, and nothing is read there")
  func largeOffsetOutOfTable() throws {
    try withScratchFolder { folder in
      let (repository, _, ids) = try packedRepository(folder, files: 20)
      try rewritePackIndex(repository) { bytes in
        let count = bytes[(8 + 4 * 255)..<(8 + 4 * 256)].reduce(0) { $0 << 8 | Int($1) }
        let offsets = 8 + 4 * 256 + count * 24
        for entry in 0..<count {
          bytes.replaceSubrange(offsets + entry * 4..<offsets + entry * 4 + 4, with: [0x80, 0, 0, 5])
        }
      }
      let positions = try #require(repository.packPositions(of: ids))
      #expect(positions.allSatisfy { $0 == UInt64.max })
    }
  }
}
