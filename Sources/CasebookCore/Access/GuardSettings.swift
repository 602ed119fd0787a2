import CasebookGit
import Foundation
import CasebookText

/// One line of what git gives a pre-receive hook: a reference, the id it had and the id it is to get.
public struct RefUpdate: Sendable, Hashable {
  /// The id before the push; nil when the push creates the reference.
  public var old: ObjectID?
  /// The id after the push; nil when the push deletes the reference.
  public var new: ObjectID?
  /// The full reference name, such as `refs/heads/main`.
  public var name: String

  /// Creates an update.
  public init(old: ObjectID?, new: ObjectID?, name: String) {
    self.old = old
    self.new = new
    self.name = name
  }

  /// Reads git's pre-receive input: one `<old-id> <new-id> <reference>` line per reference, an all-zero id
  /// for a reference that does not exist on that side. Anything else is refused rather than guessed at.
  public static func parse(_ input: [UInt8]) throws(PushInputError) -> [RefUpdate] {
    var updates: [RefUpdate] = []
    var lines = input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    for (number, line) in lines.enumerated() {
      let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count == 3, let old = id(fields[0]), let new = id(fields[1]), !fields[2].isEmpty,
        !fields[2].contains(where: { $0 < 0x20 || $0 == 0x7F }),
        let name = String(validating: fields[2], as: UTF8.self)
      else { throw .malformedLine(number + 1) }
      updates.append(RefUpdate(old: old == zero ? nil : old, new: new == zero ? nil : new, name: name))
    }
    return updates
  }

  private static let zero = ObjectID(bytes: [UInt8](repeating: 0, count: ObjectID.byteCount))!

  private static func id(_ field: ArraySlice<UInt8>) -> ObjectID? {
    guard field.count == 2 * ObjectID.byteCount, let text = String(validating: field, as: UTF8.self),
      text.allSatisfy({ $0.isHexDigit && !$0.isUppercase })
    else { return nil }
    return ObjectID(hex: text)
  }
}

/// git's pre-receive input could not be read.
public enum PushInputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The line (1-based) is not `<old-id> <new-id> <reference>`.
  case malformedLine(Int)

  /// What is wrong, in either language.
  public var message: Message {
    switch self {
    case .malformedLine(let number): Message(GuardText.malformedInput, .number(number))
    }
  }

  /// The message in English, for logs and tests.
  public var description: String { message.text(.en) }
}

/// How the pre-receive guard of one server repository is set up: read from the repository's git config
/// (`git config casebook.…` in the bare repository), never from anything a pusher sends.
public struct GuardSettings: Sendable, Hashable {
  /// The branch that holds the catalogue (`casebook.protectedBranch`, default `main`).
  public var protectedBranch = "refs/heads/main"
  /// The one environment variable that names the pusher (`casebook.pusherVariable`); nil to take the first
  /// that a known host sets (see ``PusherIdentity``).
  public var pusherVariable: String?
  /// The file that maps server user names to e-mail addresses (`casebook.actorsFile`, default
  /// `casebook-actors` in the repository), one `name e-mail` per line.
  public var actorsFile: String
  /// Prefixes of host-managed references that hold proposals (`casebook.proposalRefs`, space-separated,
  /// such as `refs/pull/`): pushed there, files are checked but not who may change them.
  public var proposalRefs: [String] = []
  /// The most new commits one push may bring (`casebook.maxCommits`).
  public var maxCommits = CatalogueLimits.defaultMaxCommits
  /// The most references one push may update (`casebook.maxRefs`).
  public var maxRefs = 1_000

  /// Settings with the defaults, for a repository whose git directory is `gitDirectory`.
  public init(gitDirectory: String) {
    actorsFile = gitDirectory.hasSuffix("/") ? gitDirectory + "casebook-actors" : gitDirectory + "/casebook-actors"
  }

  /// The short name of the protected branch (`main`).
  public var protectedBranchName: String { String(protectedBranch.dropFirst("refs/heads/".count)) }
}

extension Workspace {
  /// The guard's settings from this repository's git config.
  public func guardSettings() throws(CatalogueError) -> GuardSettings {
    var settings = GuardSettings(gitDirectory: gitDirectory)
    do {
      if let branch = try repository.configValue("casebook.protectedBranch"), !branch.isEmpty {
        let full = branch.hasPrefix("refs/heads/") ? branch : "refs/heads/" + branch
        guard full.count > "refs/heads/".count, try Repository.isValidBranchName(full) else {
          throw CatalogueError.invalidArgument(Message(GuardText.protectedBranchSetting, .code(branch)))
        }
        settings.protectedBranch = full
      }
      if let variable = try repository.configValue("casebook.pusherVariable"), !variable.isEmpty {
        settings.pusherVariable = variable
      }
      if let file = try repository.configValue("casebook.actorsFile"), !file.isEmpty {
        settings.actorsFile = file.hasPrefix("/") ? file : gitDirectory + file
      }
      if let prefixes = try repository.configValue("casebook.proposalRefs") {
        settings.proposalRefs = prefixes.split(whereSeparator: \.isWhitespace).map(String.init)
        if let wrong = settings.proposalRefs.first(where: { !$0.hasPrefix("refs/") || Self.isBranchOrTag($0) }) {
          throw CatalogueError.invalidArgument(Message(GuardText.proposalRefsSetting, .code(wrong)))
        }
      }
      settings.maxCommits = try number("casebook.maxCommits") ?? settings.maxCommits
      settings.maxRefs = try number("casebook.maxRefs") ?? settings.maxRefs
    } catch let error as CatalogueError {
      throw error
    } catch let error as GitError {
      throw CatalogueError(error)
    } catch {
      throw .invalidArgument(reason(error))
    }
    return settings
  }

  private func number(_ key: String) throws -> Int? {
    guard let text = try repository.configValue(key), !text.isEmpty else { return nil }
    guard let value = Int(text), value > 0 else {
      throw CatalogueError.invalidArgument(Message(GuardText.numberSetting, .text(key), .code(text)))
    }
    return value
  }

  static func isBranchOrTag(_ name: String) -> Bool {
    name.hasPrefix("refs/heads/") || name.hasPrefix("refs/tags/")
  }
}
