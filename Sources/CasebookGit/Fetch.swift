internal import CGit2

/// How long and how much one fetch may take. A peer is another organisation's server: it may be slow, stall,
/// or send far more than a catalogue needs, and none of that may hang or fill this machine.
public struct FetchLimits: Sendable, Hashable {
  /// The longest the server may send nothing, in seconds (also while connecting and before it answers).
  public var stallTimeout: Double
  /// The longest the whole fetch may take, in seconds.
  public var totalTimeout: Double
  /// The most pack bytes the server may send.
  public var maxBytes: Int
  /// The most objects the pack may hold.
  public var maxObjects: Int

  /// Creates limits.
  public init(stallTimeout: Double, totalTimeout: Double, maxBytes: Int, maxObjects: Int) {
    self.stallTimeout = stallTimeout
    self.totalTimeout = totalTimeout
    self.maxBytes = maxBytes
    self.maxObjects = maxObjects
  }
}

/// How far a download is, as the pack indexer reports it.
public struct FetchProgress: Sendable, Hashable {
  /// Pack bytes received so far.
  public var receivedBytes: Int
  /// Objects received so far.
  public var receivedObjects: Int
  /// Objects in the pack.
  public var totalObjects: Int
  /// Deltas resolved so far, after the download.
  public var indexedDeltas: Int
  /// Deltas in the pack.
  public var totalDeltas: Int

  /// Creates a progress value.
  public init(receivedBytes: Int, receivedObjects: Int, totalObjects: Int, indexedDeltas: Int, totalDeltas: Int) {
    self.receivedBytes = receivedBytes
    self.receivedObjects = receivedObjects
    self.totalObjects = totalObjects
    self.indexedDeltas = indexedDeltas
    self.totalDeltas = totalDeltas
  }
}

/// What a server asks for before it lets a fetch go on.
public struct CredentialRequest: Sendable, Hashable {
  /// The URL being fetched.
  public var url: String
  /// The user name in the URL (`git@host:path`), if any.
  public var username: String?
  /// The server accepts a user name and password (HTTP).
  public var allowsPassword: Bool
  /// The server accepts an ssh key.
  public var allowsSSHKey: Bool
  /// The server first wants a user name alone (ssh).
  public var wantsUsername: Bool
  /// How many times credentials were asked for during this fetch, starting at 1: a second ask means the
  /// first answer was refused.
  public var attempt: Int
}

/// An answer to a ``CredentialRequest``.
public enum Credential: Sendable, Hashable {
  /// A user name and password (or token), for HTTP.
  case password(username: String, password: String)
  /// The keys of the running ssh agent (`SSH_AUTH_SOCK`) for this user.
  case sshAgent(username: String)
  /// Only a user name (ssh asks for it before anything else).
  case username(String)
}

/// An ssh server's host key, to be checked against the user's known hosts before anything is sent.
public struct SSHHostKey: Sendable, Hashable {
  /// The host name libgit2 connected to.
  public var host: String
  /// The key type as ssh writes it in `known_hosts` (`ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-nistp256`...);
  /// nil when libgit2 does not say.
  public var type: String?
  /// The raw public key blob, as base64 in `known_hosts` writes it.
  public var key: [UInt8]

  /// Makes a host key.
  public init(host: String, type: String?, key: [UInt8]) {
    self.host = host
    self.type = type
    self.key = key
  }
}

/// What a fetch calls back into; every closure runs on the thread that called ``Repository/fetch(branch:from:into:limits:callbacks:)``.
public struct FetchCallbacks {
  /// Called as the download goes on (often: throttle what you show).
  public var progress: (FetchProgress) -> Void
  /// Called when the server asks for credentials; nil refuses.
  public var credentials: (CredentialRequest) -> Credential?
  /// Called with the credential given last, once it is known whether the server accepted it (so a credential
  /// helper can store or forget it).
  public var credentialOutcome: (Credential, _ accepted: Bool) -> Void
  /// Decides whether an ssh host key is the one expected; false refuses the connection.
  public var acceptHostKey: (SSHHostKey) -> Bool

  /// Creates callbacks; by default no progress, no credentials and no ssh host accepted.
  public init(
    progress: @escaping (FetchProgress) -> Void = { _ in },
    credentials: @escaping (CredentialRequest) -> Credential? = { _ in nil },
    credentialOutcome: @escaping (Credential, Bool) -> Void = { _, _ in },
    acceptHostKey: @escaping (SSHHostKey) -> Bool = { _ in false }
  ) {
    self.progress = progress
    self.credentials = credentials
    self.credentialOutcome = credentialOutcome
    self.acceptHostKey = acceptHostKey
  }
}

/// The outcome of fetching one branch.
public struct FetchedBranch: Sendable, Hashable {
  /// Where the local reference pointed before; nil on the first fetch.
  public var previous: ObjectID?
  /// The commit the reference points at now: the remote branch's tip.
  public var commit: ObjectID
  /// Pack bytes received (0 when nothing was new).
  public var receivedBytes: Int
  /// Objects received.
  public var receivedObjects: Int
  /// True when the remote branch no longer contains the previous tip: its history was rewritten (a force
  /// push). The reference follows it; the old objects stay in the repository until git collects them.
  public var rewritten: Bool

  /// True when the reference did not move.
  public var unchanged: Bool { previous == commit }
}

extension Repository {
  /// Fetches the branch `branch` of the repository at `url` (`https://`, `http://`, `ssh://`, `git://`,
  /// `file://`, `user@host:path` or a local path) and points the reference `reference` (a full name below
  /// `refs/`) at its tip. Only objects this repository lacks are transferred. Nothing else changes: no
  /// branch, remote-tracking reference, `FETCH_HEAD`, configuration, index or working-tree file. The
  /// reference moves only after the whole pack has arrived and was indexed, with a compare-and-swap
  /// against the tip it had when the fetch started; a remote whose history was rewritten is followed.
  ///
  /// `limits` bound the time (a server that stalls, even one that accepts the connection and never answers,
  /// is given up after `stallTimeout` seconds) and the size of the transfer.
  public func fetch(
    branch: String, from url: String, into reference: String, limits: FetchLimits, callbacks: FetchCallbacks
  ) throws(GitError) -> FetchedBranch {
    guard reference.hasPrefix("refs/"), try isValidReferenceName(reference) else {
      throw .invalidReferenceName(reference)
    }
    let remoteBranch = "refs/heads/" + branch
    guard try isValidReferenceName(remoteBranch) else { throw .invalidReferenceName(remoteBranch) }
    let previous = try referenceTarget(reference)
    let session = FetchSession(url: url, limits: limits, callbacks: callbacks)
    let remote = try RemoteHandle(anonymous: url, repository: pointer)
    let tip: ObjectID
    do {
      tip = try session.run { (options) throws(GitError) in
        try remote.connect(options, session)
        guard let tip = try remote.advertisedTip(of: remoteBranch) else {
          throw .remoteBranchNotFound(url: url, branch: branch, available: try remote.advertisedBranches())
        }
        if try ObjectHandle.lookup(tip, GIT_OBJECT_COMMIT, in: pointer) == nil {
          try remote.download(refspec: "+\(remoteBranch):\(reference)", options, session)
        }
        return tip
      }
      session.settleCredential(accepted: true)
    } catch {
      session.settleCredential(accepted: !session.credentialRefused(error))
      throw error
    }
    guard try ObjectHandle.lookup(tip, GIT_OBJECT_COMMIT, in: pointer) != nil else {
      throw .objectNotFound(tip)
    }
    let rewritten = try previous.map { (old) throws(GitError) in try !isAncestor(old, of: tip) } ?? false
    if previous != tip {
      try updateReference(
        reference, to: tip, expected: previous.map { .commit($0) } ?? .absent,
        message: "casebook fetch: \(remoteBranch) from \(url)" + (rewritten ? " (history rewritten)" : ""))
    }
    return FetchedBranch(
      previous: previous, commit: tip, receivedBytes: session.received.receivedBytes,
      receivedObjects: session.received.receivedObjects, rewritten: rewritten)
  }

  /// True when git accepts `name` as a short branch name (`main`, `release/2025`).
  public static func isValidShortBranchName(_ name: String) -> Bool {
    guard (try? LibGit2.initialize()) != nil, !name.isEmpty else { return false }
    return (try? isValidReferenceName("refs/heads/" + name)) ?? false
  }

  /// The references below `prefix` (such as `refs/casebook/peers/`) with the commits they point at, sorted
  /// by name; symbolic references and references to other objects are left out.
  public func references(under prefix: String) throws(GitError) -> [(name: String, target: ObjectID)] {
    var found: [(name: String, target: ObjectID)] = []
    let names = try ReferenceNames(repository: pointer, glob: prefix + "*")
    while let name = try names.next() {
      if let target = try referenceTarget(name) { found.append((name, target)) }
    }
    return found.sorted { $0.name < $1.name }
  }
}
