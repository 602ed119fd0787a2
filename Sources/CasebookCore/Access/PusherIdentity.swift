import Foundation
import CasebookText

/// Who is pushing, as the server authenticated them: read from the environment variable the hosting sets,
/// turned into an e-mail address through the actors file. Never from a commit: anyone can write any author.
public enum PusherIdentity {
  /// A variable that names the pusher, and what it holds.
  public struct Variable: Sendable, Hashable {
    /// The variable's name.
    public let name: String
    /// True when it holds an e-mail address (used as it is when the actors file has no line for it);
    /// otherwise it holds a user name, which must have a line.
    public let holdsAddress: Bool
    /// Which hosting sets it.
    public let host: String
  }

  /// The variables read when `casebook.pusherVariable` is not set, in this order. Each is set by the server
  /// after it authenticated the pusher; none can be set by a client pushing over ssh or HTTP.
  public static let hostVariables: [Variable] = [
    Variable(name: "GITEA_PUSHER_EMAIL", holdsAddress: true, host: "Gitea, Forgejo"),
    Variable(name: "GL_USERNAME", holdsAddress: false, host: "GitLab"),
    Variable(name: "GL_USER", holdsAddress: false, host: "gitolite"),
    Variable(name: "REMOTE_USER", holdsAddress: false, host: "git over HTTP behind a web server's login"),
  ]

  /// Variables that hold an e-mail address when named in `casebook.pusherVariable`. `CASEBOOK_ACTOR` is for
  /// servers that set it themselves (an ssh forced command): a client pushing to a repository on its own
  /// disk can set any variable, so it counts only where the administrator named it.
  public static let addressVariables: Set<String> = ["GITEA_PUSHER_EMAIL", "CASEBOOK_ACTOR"]

  /// The pusher's e-mail address and the variable it came from.
  public static func resolve(
    environment: [String: String], settings: GuardSettings
  ) throws(PusherError) -> (address: String, source: String) {
    let variable: Variable
    let value: String
    if let name = settings.pusherVariable {
      guard let set = environment[name], !set.isEmpty else { throw .variableUnset(name) }
      variable = Variable(name: name, holdsAddress: addressVariables.contains(name), host: "")
      value = set
    } else {
      let present = hostVariables.compactMap { known in
        environment[known.name].flatMap { $0.isEmpty ? nil : (known, $0) }
      }
      guard let first = present.first else { throw .noVariable }
      if let other = present.dropFirst().first(where: { $0.1 != first.1 }) {
        throw .conflictingVariables(first.0.name, other.0.name)
      }
      (variable, value) = first
    }
    let actors = try ActorsFile.read(settings.actorsFile)
    if let mapped = try actors.address(for: value, file: settings.actorsFile) { return (mapped, variable.name) }
    if variable.holdsAddress, isAddress(value) { return (value, variable.name) }
    throw .unknownName(value, variable: variable.name, file: settings.actorsFile)
  }

  /// A plausible e-mail address: one `@` with text on both sides, no spaces or control characters.
  static func isAddress(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
      && !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
  }
}

/// The actors file: `name e-mail` per line; `#` starts a comment line. Names are compared byte for byte,
/// with no escapes and no Unicode normalisation: `al\151ce` is not `alice`.
struct ActorsFile {
  private var lines: [[UInt8]: [(line: Int, address: String)]] = [:]

  static func read(_ path: String) throws(PusherError) -> ActorsFile {
    var file = ActorsFile()
    guard FileManager.default.fileExists(atPath: path) else { return file }
    guard let data = FileManager.default.contents(atPath: path) else { throw .unreadableActors(path) }
    for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
      var bytes = Array(line)
      if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
      let fields = bytes.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
      if fields.isEmpty || fields[0].first == UInt8(ascii: "#") { continue }
      guard fields.count == 2, let address = String(validating: fields[1], as: UTF8.self),
        PusherIdentity.isAddress(address)
      else { throw .malformedActorsLine(path, index + 1) }
      file.lines[Array(fields[0]), default: []].append((index + 1, address))
    }
    return file
  }

  /// The address listed for `name`; nil when no line names it; an error when lines disagree.
  func address(for name: String, file: String) throws(PusherError) -> String? {
    guard let found = lines[Array(name.utf8)] else { return nil }
    let addresses = Set(found.map { $0.address.lowercased() })
    guard addresses.count == 1 else { throw .ambiguousName(name, file: file, lines: found.map(\.line)) }
    return found[0].address
  }
}

/// Why the pusher could not be identified; the push is refused.
public enum PusherError: Error, Sendable, Equatable, CustomStringConvertible {
  case noVariable
  case variableUnset(String)
  case conflictingVariables(String, String)
  case unknownName(String, variable: String, file: String)
  case ambiguousName(String, file: String, lines: [Int])
  case malformedActorsLine(String, Int)
  case unreadableActors(String)

  /// Why the pusher is unknown and what to do, in either language.
  public var message: Message {
    switch self {
    case .noVariable:
      Message(GuardText.noVariable, .text(PusherIdentity.hostVariables.map(\.name).joined(separator: ", ")))
    case .variableUnset(let name):
      Message(GuardText.variableUnset, .text(name))
    case .conflictingVariables(let one, let other):
      Message(GuardText.conflictingVariables, .text(one), .text(other))
    case .unknownName(let name, let variable, let file):
      Message(GuardText.unknownName, .text(Self.shown(name)), .text(variable), .text(file))
    case .ambiguousName(let name, let file, let lines):
      Message(GuardText.ambiguousName, .text(Self.shown(name)), .all(lines.map { .text(String($0)) }), .text(file))
    case .malformedActorsLine(let file, let line):
      Message(GuardText.malformedActorsLine, .number(line), .text(file))
    case .unreadableActors(let file):
      Message(GuardText.unreadableActors, .text(file))
    }
  }

  /// The message in English, for logs and tests.
  public var description: String { message.text(.en) }

  /// A name as typed, with control characters and backslashes written out, so that output shows it exactly.
  static func shown(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar == "\\" {
        result += "\\\\"
      } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        result += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
