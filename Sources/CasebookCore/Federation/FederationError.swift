import CasebookGit
import CasebookText

/// Why a command that reads peer catalogues, or `casebook fetch`, could not go on.
public enum FederationError: Error, Sendable, Equatable {
  /// The local repository or a catalogue could not be read.
  case catalogue(CatalogueError)
  /// A search, show, stats or export failed the way it fails on one catalogue.
  case query(QueryError)
  /// `rank` failed the way it fails on one catalogue (the local model is missing or invalid...).
  case compare(CompareError)
  /// `schema/peers.yaml` has errors (the error diagnostics).
  case invalidPeerList([Diagnostic])
  /// Peers were asked for, but the catalogue has no `schema/peers.yaml` (or it lists none).
  case noPeers
  /// `casebook fetch NAME` names no peer of the list.
  case unknownPeer(String, known: [String])
  /// `--catalogue NAME` names neither `local`, `all` nor a peer of the list.
  case unknownCatalogue(String, known: [String])
  /// `--catalogue NAME` names a peer that was never fetched.
  case notFetched(String)
  /// `show ID` found the id in several catalogues (the qualified ids).
  case ambiguousRecord(String, candidates: [String])
  /// A peer named on the command line cannot be read (its fetched commit is damaged or too large).
  case peerUnreadable(name: String, reason: Message)

  /// True when the command line was at fault (exit code 64).
  public var isUsageError: Bool {
    switch self {
    case .catalogue(let error): error.isUsageError
    case .query(let error): error.isUsageError
    case .compare(let error): error.isUsageError
    case .unknownPeer, .unknownCatalogue, .ambiguousRecord: true
    case .invalidPeerList, .noPeers, .notFetched, .peerUnreadable: false
    }
  }

  /// What happened and what to do, in `language`.
  public func message(_ language: Language) -> String {
    switch self {
    case .catalogue(let error): return error.message.text(language)
    case .query(let error): return error.message.text(language)
    case .compare(let error): return error.message.text(language)
    case .invalidPeerList(let diagnostics):
      let count = diagnostics.count
      let head = Message(FederationText.invalidPeerList, .text(count == 1 ? "1 error" : "\(count) errors"))
      let lines = diagnostics.prefix(10).map { "\n  \($0.file):\($0.line):\($0.column): [\($0.rule)] \($0.message.text(language))" }
      return head.text(language) + lines.joined()
    case .noPeers:
      return Message(FederationText.noPeerList).text(language)
    case .unknownPeer(let name, let known):
      return Message(FederationText.unknownPeer, .code(name), .text(Self.listing(known))).text(language)
    case .unknownCatalogue(let name, let known):
      return Message(FederationText.unknownCatalogue, .code(name), .text(Self.listing(known))).text(language)
    case .notFetched(let name):
      return Message(FederationText.notFetched, .text(name)).text(language)
    case .ambiguousRecord(let id, let candidates):
      return Message(FederationText.ambiguousRecord, .code(id), .any(candidates.map { .code($0) })).text(language)
    case .peerUnreadable(let name, let reason):
      return Display.finish("\(name): \(reason.text(language))", color: false, keep: [])
    }
  }

  private static func listing(_ names: [String]) -> String {
    names.isEmpty ? "" : " (" + names.joined(separator: ", ") + ")"
  }
}

/// Why fetching one peer failed, in words for people.
public struct PeerFetchFailure: Error, Sendable, Equatable {
  /// The error of the git layer.
  public var error: GitError
  /// The peer's address as shown (without a user name).
  public var address: String

  /// The reason in `language`. Text the server sent is shown without control characters.
  public func message(_ language: Language) -> String {
    let text: Message
    switch error {
    case .remoteBranchNotFound(_, let branch, let available):
      let others = available.isEmpty ? "" : " (" + available.joined(separator: ", ") + ")"
      text = Message(FederationText.failureBranch, .text(address), .code(branch), .text(others))
    case .fetchTimedOut(_, let seconds, let stalled):
      text = Message(stalled ? FederationText.failureStalled : .failureTooLong, .text(address), .number(Int(seconds)))
    case .fetchTooLarge(_, let limit):
      text = Message(FederationText.failureTooLarge, .text(address), .text(ByteCount.text(limit)))
    case .fetchTooManyObjects(_, let limit):
      text = Message(FederationText.failureTooManyObjects, .text(address), .number(limit))
    case .authenticationFailed(_, let detail):
      text = Message(FederationText.failureAuthentication, .text(address), .message(detail))
    case .certificateRejected(_, let detail):
      text = Message(FederationText.failureCertificate, .text(address), .message(detail))
    case .hostKeyRejected(_, let host):
      text = Message(FederationText.failureHostKey, .text(host))
    case .remoteFailed(_, let detail):
      text = Message(FederationText.failureRemote, .text(address), .text(detail))
    default:
      text = Message(FederationText.failureLocal, .text(error.description))
    }
    return Display.finish(text.text(language), color: false, keep: [])
  }
}

/// Sizes in bytes for people.
enum ByteCount {
  /// `512 B`, `3.4 kB`, `12.0 MB`, `1.5 GB` (decimal units).
  static func text(_ bytes: Int) -> String {
    let units = ["B", "kB", "MB", "GB", "TB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1000, unit < units.count - 1 {
      value /= 1000
      unit += 1
    }
    if unit == 0 { return "\(bytes) B" }
    return "\((value * 10).rounded() / 10) \(units[unit])"
  }
}
