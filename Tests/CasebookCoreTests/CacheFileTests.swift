import CasebookCore
import CasebookYAML
import Foundation
import Testing

@Suite("Cache files")
struct CacheFileTests {
  private func scratch() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-cache-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  @Test("A saved payload loads back only with the same version")
  func roundTrip() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = CacheFile(gitDirectory: folder, name: "test/index")
    #expect(file.load(version: 1) == nil)
    file.save([1, 2, 3, 250], version: 1)
    #expect(file.load(version: 1) == [1, 2, 3, 250])
    #expect(file.load(version: 2) == nil)
  }

  @Test("A damaged or truncated file is treated as absent", arguments: [0, 9, 27, 30])
  func damaged(position: Int) throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = CacheFile(gitDirectory: folder, name: "index")
    file.save(Array(repeating: 7, count: 64), version: 3)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file.path)))
    bytes[position] ^= 0xFF
    try Data(bytes).write(to: URL(fileURLWithPath: file.path))
    #expect(file.load(version: 3) == nil)
    try Data(bytes.prefix(40)).write(to: URL(fileURLWithPath: file.path))
    #expect(file.load(version: 3) == nil)
  }

  @Test("Node trees survive encoding with values, keys and locations")
  func nodes() throws {
    let text = """
      title: "Été à Brussel"
      year: 2010
      ratio: 0.5
      flag: true
      empty: null
      list:
        - a
        - {b: [1, 2, []], c: {}}
      """
    let node = try YAMLParser.parse(text)
    var writer = ByteWriter()
    writer.node(node)
    var reader = ByteReader(writer.bytes)
    let decoded = try reader.node()
    #expect(reader.isAtEnd)
    #expect(YAMLWriter.write(decoded) == YAMLWriter.write(node))
    #expect(decoded["list"]?.items?[1]["b"]?.location == node["list"]?.items?[1]["b"]?.location)
    #expect(decoded.entries?.map(\.keyLocation) == node.entries?.map(\.keyLocation))
    var truncated = ByteReader(Array(writer.bytes.dropLast(3)))
    #expect(throws: CorruptCache.self) { try truncated.node() }
  }
}
