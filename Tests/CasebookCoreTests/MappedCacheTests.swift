import Foundation
import Testing

@testable import CasebookCore

private func scratch() throws -> String {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-mapped-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url.path
}

/// Bytes of every value, in a length that is not a multiple of the checksum's block.
private func sample(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) } }

@Suite("Mapped cache files")
struct MappedCacheTests {
  @Test("A mapped payload is the saved one; another version, damage or truncation gives none", arguments: [0, 9, 27, 30, -1])
  func mapped(position: Int) throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = CacheFile(gitDirectory: folder, name: "index")
    #expect(file.map(version: 3) == nil)
    let payload = sample(1_000)
    file.save(payload, version: 3)
    let mapped = try #require(file.map(version: 3))
    #expect(mapped.withUnsafeBytes { Array($0) } == payload)
    #expect(file.map(version: 4) == nil)
    // Damage arrives the way casebook itself replaces cache files: a new file renamed over the old one.
    let url = URL(fileURLWithPath: file.path)
    var bytes = try [UInt8](Data(contentsOf: url))
    bytes[position < 0 ? bytes.count - 1 : position] ^= 0xFF
    try Data(bytes).write(to: url, options: .atomic)
    #expect(file.map(version: 3) == nil)
    try Data(bytes.prefix(20)).write(to: url, options: .atomic)
    #expect(file.map(version: 3) == nil)
    // The bytes mapped before the file was replaced stay readable and unchanged.
    #expect(mapped.withUnsafeBytes { Array($0) } == payload)
  }

  @Test("A payload streamed out in pieces has the checksum of the same payload saved whole", arguments: [0, 1, 31, 32, 33, 1 << 20, (1 << 20) + 45, 3 << 20])
  func streamedChecksum(count: Int) throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let payload = sample(count)
    let whole = CacheFile(gitDirectory: folder, name: "whole")
    whole.save(payload, version: 1)
    let streamed = CacheFile(gitDirectory: folder, name: "streamed")
    streamed.save(version: 1) { stream in
      for piece in stride(from: 0, to: payload.count, by: 70_001) {
        stream.writer.raw(payload[piece..<min(payload.count, piece + 70_001)])
        stream.flushIfLarge()
      }
    }
    let wholeBytes = try Data(contentsOf: URL(fileURLWithPath: whole.path))
    #expect(try Data(contentsOf: URL(fileURLWithPath: streamed.path)) == wholeBytes)
    #expect(streamed.map(version: 1)?.withUnsafeBytes { Array($0) } == payload)
  }

  @Test("Every word of a payload counts in its checksum, whichever lane it falls in", arguments: 0..<12)
  func everyWordCounts(word: Int) {
    let payload = sample(96)
    var changed = payload
    changed[word * 8 + word % 8] ^= 1
    #expect(CacheFile.checksum(changed) != CacheFile.checksum(payload))
    #expect(CacheFile.checksum(payload + [0]) != CacheFile.checksum(payload))
  }

  @Test("Only the most recently used siblings are kept; files being written are left alone")
  func pruning() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let names = ["search-index-a", "search-index-b", "search-index-c", "search-index-d"]
    for (age, name) in names.enumerated() {
      let file = CacheFile(gitDirectory: folder, name: name)
      file.save([UInt8(age)], version: 1)
      let time = Date(timeIntervalSinceNow: Double(age - 10) * 60)
      try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: file.path)
    }
    CacheFile(gitDirectory: folder, name: "search-index-a").markUsed()
    try Data([1]).write(to: URL(fileURLWithPath: folder + "/casebook/cache/search-index-e.123.456.tmp"))
    try Data([1]).write(to: URL(fileURLWithPath: folder + "/casebook/cache/verdicts-x"))
    CacheFile(gitDirectory: folder, name: "search-index-d").removeOlderSiblings(named: "search-index", keeping: 2)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder + "/casebook/cache").sorted()
    #expect(left == ["search-index-a", "search-index-d", "search-index-e.123.456.tmp", "verdicts-x"])
  }
}
