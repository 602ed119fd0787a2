import CasebookTestSupport
import Foundation
import Testing

@Suite("casebook --version")
struct VersionTests {
  /// The version as the tool's manifest states it (`CasebookTool.version`), read from the source so that the
  /// test does not take it from the binary it checks.
  static func declaredVersion() throws -> String {
    let source = try String(
      contentsOfFile: packageRoot + "/Sources/CasebookCore/Validation/SARIF.swift", encoding: .utf8)
    let line = try #require(source.split(separator: "\n").first { $0.contains("static let version = ") })
    return String(try #require(line.split(separator: "\"").dropFirst().first))
  }

  @Test("--version alone answers with the version only, without a repository and in any folder")
  func versionAlone() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("version-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try casebook(["--version"], in: folder.path)
    #expect(result.status == 0 && result.errors.isEmpty, "\(result)")
    #expect(result.output == (try Self.declaredVersion()) + "\n", "\(result)")
  }

  @Test("--version among other options gives the same answer through the argument parser")
  func versionWithOptions() throws {
    let plain = try casebook(["--version"])
    let parsed = try casebook(["--lang", "nl", "--version"])
    #expect(parsed.status == 0 && parsed.output == plain.output, "\(parsed) vs \(plain)")
  }

  @Test("--version does not load libgit2, even in a catalogue; a command that reads the repository does")
  func gitIsLoadedOnlyWhenNeeded() throws {
    let catalogue = try referenceCatalogue()
    func loadsLibgit2(_ arguments: [String]) throws -> Bool {
      // glibc's loader names every library it opens when LD_DEBUG=files.
      let result = try casebook(arguments, in: catalogue.root, environment: ["LD_DEBUG": "files"])
      return result.errors.contains("file=libgit2.so")
    }
    #expect(try !loadsLibgit2(["--version"]))
    #expect(try loadsLibgit2(["validate", "--rev", "HEAD"]))
  }
}
