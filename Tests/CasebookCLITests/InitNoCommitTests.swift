import Foundation
import Testing

@Suite("casebook init --no-commit")
struct InitNoCommitTests {
  private func temporaryFolder(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("casebook-\(name)-\(UUID().uuidString)")
      .resolvingSymlinksInPath().path
  }

  @Test("--no-commit writes the same files as init, commits nothing, and needs no git identity")
  func noCommit() throws {
    let steward = "steward@catalogue.example"
    let committing = try Sandbox(identity: (name: "Sam Steward", email: steward))
    let committed = temporaryFolder("init-commit")
    defer { try? FileManager.default.removeItem(atPath: committed) }
    #expect(try committing.casebook(["init", committed], in: committing.home).status == 0)
    let files = try committing.gitOutput(["ls-files"], in: committed).split(separator: "\n").map(String.init)
    #expect(files.contains("schema/stewards.yaml"))

    let anonymous = try Sandbox(identity: nil)
    let folder = temporaryFolder("init-no-commit")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try anonymous.casebook(["init", folder, "--no-commit", "--steward", steward], in: anonymous.home)
    #expect(result.status == 0, "\(result)")
    #expect(try anonymous.git(["rev-parse", "--verify", "--quiet", "HEAD"], in: folder).status != 0, "no commit")
    let status = try anonymous.gitOutput(["status", "--porcelain", "--untracked-files=all"], in: folder)
    let untracked = status.split(separator: "\n").map(String.init)
    #expect(untracked.allSatisfy { $0.hasPrefix("?? ") }, "\(status)")
    #expect(untracked.map { String($0.dropFirst(3)) }.sorted() == files.sorted())
    let stewards = try String(contentsOfFile: folder + "/schema/stewards.yaml", encoding: .utf8)
    #expect(stewards.contains("- \(steward)"))
    let validation = try anonymous.casebook(["-C", folder, "validate"], in: anonymous.home)
    #expect(validation.status == 0, "\(validation)")
  }
}
