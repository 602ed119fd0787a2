import CasebookGit
import Foundation

/// Credentials for fetching peers, from where git keeps them; casebook stores none itself.
///
/// - HTTPS: git's credential helpers, through `git credential fill` (and `approve` or `reject` once the server
///   has answered), so whatever `credential.helper` the user configured — the system keychain, libsecret,
///   `store`, a token helper — answers as it would for `git fetch`. Git is told not to prompt on the
///   terminal: a fetch runs under a timeout and may run in CI.
/// - SSH: the keys of the running ssh agent, for the user name in the address (`git@host:...`) or else `git`;
///   the server's host key must be in the user's known hosts (see ``KnownHosts``).
struct PeerCredentials {
  /// The address as libgit2 is given it.
  let url: String

  /// The answer to a server's request for credentials.
  func answer(_ request: CredentialRequest) -> Credential? {
    let user = request.username ?? Self.sshUser(in: url)
    if request.wantsUsername { return .username(user ?? "git") }
    if request.allowsSSHKey { return .sshAgent(username: user ?? "git") }
    if request.allowsPassword, let filled = GitCredentialHelper.fill(url: url, username: request.username) {
      return .password(username: filled.username, password: filled.password)
    }
    return nil
  }

  /// Tells git's credential helpers whether a password worked, so they keep or forget it.
  func settle(_ credential: Credential, accepted: Bool) {
    guard case .password(let username, let password) = credential else { return }
    GitCredentialHelper.store(url: url, username: username, password: password, accepted: accepted)
  }

  /// The user name of `user@host:path` or `ssh://user@host/...`.
  static func sshUser(in url: String) -> String? {
    let authority: Substring
    if let scheme = url.range(of: "://") {
      authority = url[scheme.upperBound...].prefix { $0 != "/" }
    } else {
      authority = url.prefix { $0 != ":" && $0 != "/" }
    }
    guard let at = authority.lastIndex(of: "@") else { return nil }
    let user = authority[..<at].prefix { $0 != ":" }
    return user.isEmpty ? nil : String(user)
  }
}

/// `git credential fill`, `approve` and `reject`.
enum GitCredentialHelper {
  /// The longest a credential helper may take.
  static let timeout: Double = 30

  static func fill(url: String, username: String?) -> (username: String, password: String)? {
    var input = "url=\(url)\n"
    if let username { input += "username=\(username)\n" }
    guard let output = run(["credential", "fill"], input: input + "\n") else { return nil }
    var fields: [String: String] = [:]
    for line in output.split(separator: "\n") {
      guard let equals = line.firstIndex(of: "=") else { continue }
      fields[String(line[..<equals])] = String(line[line.index(after: equals)...])
    }
    guard let user = fields["username"], let password = fields["password"], !password.isEmpty else { return nil }
    return (user, password)
  }

  static func store(url: String, username: String, password: String, accepted: Bool) {
    _ = run(
      ["credential", accepted ? "approve" : "reject"],
      input: "url=\(url)\nusername=\(username)\npassword=\(password)\n\n")
  }

  /// Runs git with `arguments`, feeding `input`; its standard output, or nil when it fails, takes too long or
  /// any value would break the line-based protocol.
  private static func run(_ arguments: [String], input: String) -> String? {
    guard !input.dropLast(2).contains(where: { $0 == "\0" || $0 == "\r" }),
      !input.split(separator: "\n").contains(where: { !$0.contains("=") })
    else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_TERMINAL_PROMPT"] = "0"
    process.environment = environment
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return nil
    }
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try? stdin.fileHandleForWriting.close()
    let reading = DispatchGroup()
    nonisolated(unsafe) var output = Data()
    DispatchQueue.global().async(group: reading) { output = stdout.fileHandleForReading.readDataToEndOfFile() }
    if reading.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      reading.wait()
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: output, as: UTF8.self)
  }
}

/// The user's known ssh hosts: `~/.ssh/known_hosts` and `/etc/ssh/ssh_known_hosts`, read through
/// `ssh-keygen -F`, which understands hashed host names. libgit2 1.5 checks no host key itself, so without
/// this an ssh peer could be impersonated.
enum KnownHosts {
  /// The files looked in, in order.
  static var files: [String] {
    var files: [String] = []
    if let home = ProcessInfo.processInfo.environment["HOME"] { files.append(home + "/.ssh/known_hosts") }
    files.append("/etc/ssh/ssh_known_hosts")
    return files
  }

  /// True when `key` is listed for the host (`[host]:port` when the port is not 22) and not revoked.
  static func accepts(_ key: SSHHostKey, port: Int?, files: [String] = KnownHosts.files) -> Bool {
    let name = port.map { $0 == 22 ? key.host : "[\(key.host)]:\($0)" } ?? key.host
    let encoded = Data(key.key).base64EncodedString()
    var accepted = false
    for file in files where FileManager.default.isReadableFile(atPath: file) {
      for line in lookup(name, in: file) {
        var fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var marker: String?
        if fields.first?.hasPrefix("@") == true { marker = fields.removeFirst() }
        guard fields.count >= 3, fields[2] == encoded, key.type == nil || fields[1] == key.type else { continue }
        if marker == "@revoked" { return false }
        if marker == nil { accepted = true }
      }
    }
    return accepted
  }

  /// The lines of `file` that `ssh-keygen -F name` finds.
  private static func lookup(_ name: String, in file: String) -> [String] {
    guard !name.contains(where: { $0.isWhitespace || $0 == "\0" }) else { return [] }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["ssh-keygen", "-F", name, "-f", file]
    let stdout = Pipe()
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return []
    }
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
  }

  /// The port of an `ssh://host:port/...` address; nil for any other.
  static func port(of url: String) -> Int? {
    guard url.hasPrefix("ssh://") else { return nil }
    let authority = url.dropFirst("ssh://".count).prefix { $0 != "/" }
    let hostPart = authority.split(separator: "@").last ?? authority
    guard let colon = hostPart.lastIndex(of: ":"), !hostPart.hasSuffix("]") else { return nil }
    return Int(hostPart[hostPart.index(after: colon)...])
  }
}
