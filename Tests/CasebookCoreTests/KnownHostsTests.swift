@testable import CasebookCore
import CasebookGit
import CasebookTestSupport
import Foundation
import Testing

/// libgit2 1.5 does not check ssh host keys: casebook does, against the user's known hosts, before anything
/// is sent to an ssh peer.
@Suite struct KnownHostsTests {
  /// A fresh ed25519 host key: its `known_hosts` text (type and base64) and the raw key blob.
  func hostKey(in folder: String, named name: String) throws -> (line: String, key: SSHHostKey) {
    let run = try runTool(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", folder + "/" + name])
    #expect(run == 0)
    let text = try String(contentsOfFile: folder + "/\(name).pub", encoding: .utf8)
    let fields = text.split(separator: " ")
    let blob = try #require(Data(base64Encoded: String(fields[1])))
    return ("\(fields[0]) \(fields[1])", SSHHostKey(host: "peer.example.org", type: String(fields[0]), key: Array(blob)))
  }

  @Test func aKnownKeyIsAcceptedAndAnyOtherRefused() throws {
    let folder = NSTemporaryDirectory() + "known-hosts-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (line, key) = try hostKey(in: folder, named: "host")
    let (_, other) = try hostKey(in: folder, named: "impostor")
    let file = folder + "/known_hosts"
    try "peer.example.org \(line)\n[peer.example.org]:2222 \(line)\n".write(toFile: file, atomically: true, encoding: .utf8)
    #expect(KnownHosts.accepts(key, port: nil, files: [file]))
    #expect(KnownHosts.accepts(key, port: 2222, files: [file]))
    #expect(!KnownHosts.accepts(other, port: nil, files: [file]))
    #expect(!KnownHosts.accepts(key, port: 2200, files: [file]))
    var renamed = key
    renamed.host = "elsewhere.example.org"
    #expect(!KnownHosts.accepts(renamed, port: nil, files: [file]))
    #expect(!KnownHosts.accepts(key, port: nil, files: [folder + "/missing"]))
    // Hashed host names, as ssh writes them with HashKnownHosts.
    #expect(try runTool(["ssh-keygen", "-q", "-H", "-f", file]) == 0)
    #expect(!(try String(contentsOfFile: file, encoding: .utf8)).contains("peer.example.org"))
    #expect(KnownHosts.accepts(key, port: nil, files: [file]))
    #expect(!KnownHosts.accepts(other, port: nil, files: [file]))
    // A revoked key is refused even when listed.
    try "@revoked peer.example.org \(line)\npeer.example.org \(line)\n".write(toFile: file, atomically: true, encoding: .utf8)
    #expect(!KnownHosts.accepts(key, port: nil, files: [file]))
  }

  @Test func addressesAreRead() {
    #expect(KnownHosts.port(of: "ssh://git@peer.example.org:2222/catalogue.git") == 2222)
    #expect(KnownHosts.port(of: "ssh://peer.example.org/catalogue.git") == nil)
    #expect(KnownHosts.port(of: "git@peer.example.org:catalogue.git") == nil)
    #expect(PeerCredentials.sshUser(in: "git@peer.example.org:catalogue.git") == "git")
    #expect(PeerCredentials.sshUser(in: "ssh://deploy@peer.example.org:22/x.git") == "deploy")
    #expect(PeerCredentials.sshUser(in: "https://peer.example.org/x.git") == nil)
    #expect(PeerAddress.hasPassword("https://user:secret@peer.example.org/x.git"))
    #expect(!PeerAddress.hasPassword("ssh://git@peer.example.org/x.git"))
    #expect(PeerAddress.display("https://user@peer.example.org/x.git") == "https://peer.example.org/x.git")
    #expect(PeerAddress.resolved("../peer", repositoryRoot: "/srv/local/") == "/srv/peer")
  }

  private func runTool(_ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}
