import CasebookText
import CasebookGit
import CasebookYAML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The limits `casebook fetch` applies to each peer unless told otherwise.
public enum PeerFetchDefaults {
  /// A peer may send nothing for this many seconds.
  public static let stallTimeout: Double = 30
  /// One peer's fetch may take this many seconds in all.
  public static let totalTimeout: Double = 600
  /// The most pack bytes one peer may send: 1 GiB, some hundred times a catalogue of 10,000 cases.
  public static let maxBytes = 1 << 30
  /// The most objects one peer's pack may hold: ten times the files a revision may list.
  public static let maxObjects = 10 * CatalogueLimits.defaultMaxFiles

  /// All of them.
  public static var limits: FetchLimits {
    FetchLimits(stallTimeout: stallTimeout, totalTimeout: totalTimeout, maxBytes: maxBytes, maxObjects: maxObjects)
  }
}

/// What is happening to one peer, for a progress line.
public enum PeerFetchEvent: Sendable {
  /// Connecting to the peer (and negotiating what to send).
  case connecting(PeerCatalogue, address: String)
  /// The pack is arriving or being indexed.
  case progress(PeerCatalogue, FetchProgress)
}

/// How fetching one peer went.
public struct PeerFetchResult: Sendable {
  /// The peer.
  public var peer: PeerCatalogue
  /// The branch as fetched, or why it could not be fetched.
  public var outcome: Result<FetchedBranch, PeerFetchFailure>
  /// After a failure: the commit fetched before, which is still what is read; nil when never fetched.
  public var kept: ObjectID?
}

/// When a peer was fetched last, kept beside the caches.
public struct PeerFetchRecord: Sendable, Hashable {
  /// Seconds since 1970.
  public var time: Int64
  /// The commit fetched.
  public var commit: ObjectID
  /// The address it came from.
  public var url: String
}

/// `casebook fetch`: each peer's branch into `refs/casebook/peers/<name>`, one after the other, each under its
/// own limits, each failure kept to its peer.
public enum PeerFetcher {
  /// Fetches the peers `names` (every peer of the list when empty) of the catalogue at `directory`, calling
  /// `events` as each goes on. Throws only when nothing can be fetched at all (no repository, a broken or
  /// empty peer list, an unknown name); a peer that fails is a result.
  public static func fetch(
    directory: String?, names: [String], limits: FetchLimits, events: @escaping (PeerFetchEvent) -> Void
  ) throws(FederationError) -> [PeerFetchResult] {
    let workspace: Workspace
    do {
      workspace = try Workspace(directory: directory)
    } catch {
      throw .catalogue(error)
    }
    let peers = try selected(names, from: try workspace.peers())
    let root = workspace.workingDirectory ?? workspace.gitDirectory
    var results: [PeerFetchResult] = []
    for peer in peers {
      let address = PeerAddress.resolved(peer.url, repositoryRoot: root)
      let shown = PeerAddress.display(peer.url)
      events(.connecting(peer, address: shown))
      let credentials = PeerCredentials(url: address)
      let port = KnownHosts.port(of: address)
      let callbacks = FetchCallbacks(
        progress: { events(.progress(peer, $0)) },
        credentials: { credentials.answer($0) },
        credentialOutcome: { credentials.settle($0, accepted: $1) },
        acceptHostKey: { KnownHosts.accepts($0, port: port) })
      let before = try? workspace.repository.referenceTarget(peer.reference)
      do {
        let fetched = try workspace.repository.fetch(
          branch: peer.branch, from: address, into: peer.reference, limits: limits, callbacks: callbacks)
        PeerFetchRecords.save(
          PeerFetchRecord(time: Int64(time(nil)), commit: fetched.commit, url: peer.url), for: peer.name,
          gitDirectory: workspace.gitDirectory)
        results.append(PeerFetchResult(peer: peer, outcome: .success(fetched), kept: nil))
      } catch {
        let failure = PeerFetchFailure(error: error, address: shown)
        results.append(PeerFetchResult(peer: peer, outcome: .failure(failure), kept: before ?? nil))
      }
    }
    return results
  }

  /// The peers named, in the list's order; every peer when none are named.
  static func selected(_ names: [String], from peers: [PeerCatalogue]) throws(FederationError) -> [PeerCatalogue] {
    guard !peers.isEmpty else { throw .noPeers }
    guard !names.isEmpty else { return peers }
    let known = peers.map(\.name)
    for name in names where !known.contains(name) { throw .unknownPeer(name, known: known) }
    return peers.filter { names.contains($0.name) }
  }
}

/// The record of each peer's last fetch, one small cache file per peer (`peer-fetched.<name>`).
enum PeerFetchRecords {
  static let version: UInt32 = 1

  static func file(_ name: String, gitDirectory: String) -> CacheFile {
    CacheFile(gitDirectory: gitDirectory, name: "peer-fetched.\(name)")
  }

  static func save(_ record: PeerFetchRecord, for name: String, gitDirectory: String) {
    var writer = ByteWriter()
    writer.int(Int(record.time))
    writer.objectID(record.commit)
    writer.string(record.url)
    file(name, gitDirectory: gitDirectory).save(writer.bytes, version: version)
  }

  static func load(_ name: String, gitDirectory: String) -> PeerFetchRecord? {
    guard let payload = file(name, gitDirectory: gitDirectory).load(version: version) else { return nil }
    var reader = ByteReader(payload)
    guard let time = try? reader.int(), let commit = try? reader.objectID(), let url = try? reader.string() else {
      return nil
    }
    return PeerFetchRecord(time: Int64(time), commit: commit, url: url)
  }
}

extension Workspace {
  /// The peer list of the local catalogue: `schema/peers.yaml` in the working tree (HEAD's in a bare
  /// repository), checked against the local schema. Only `schema/` is read.
  public func peers(limits: YAMLLimits = YAMLLimits()) throws(FederationError) -> [PeerCatalogue] {
    try PeerList.load(from: try schemaSnapshot(), limits: limits)
  }

  /// A snapshot of `schema/` alone: the working tree's, or HEAD's in a bare repository.
  func schemaSnapshot() throws(FederationError) -> Snapshot {
    do {
      guard let root = repository.workingDirectory else {
        guard let head = try? repository.headCommit() else { return Snapshot.empty(gitDirectory: gitDirectory) }
        var entries: [SnapshotEntry] = []
        for entry in try repository.treeEntries(commit: head, under: CatalogueLayout.schemaFolder, limit: maxFiles) {
          entries.append(SnapshotEntry(path: entry.path, blobID: entry.id, mode: entry.mode))
        }
        return Snapshot(origin: .revision("HEAD", head), entries: entries, gitDirectory: gitDirectory, workingDirectory: nil)
      }
      let scan = WorkingTreeScan(root: root, staged: nil, maxFiles: maxFiles)
      let (entries, _) = try scan.run(folders: [CatalogueLayout.schemaFolder])
      return Snapshot(origin: .workingTree, entries: entries, gitDirectory: gitDirectory, workingDirectory: root)
    } catch let error as CatalogueError {
      throw .catalogue(error)
    } catch let error as GitError {
      throw .catalogue(CatalogueError(error))
    } catch {
      throw .catalogue(.unreadable(path: CatalogueLayout.schemaFolder, reason: Message(CommonText.name, .text("\(error)"))))
    }
  }
}

extension Snapshot {
  /// A snapshot without files.
  static func empty(gitDirectory: String) -> Snapshot {
    Snapshot(origin: .workingTree, entries: [], gitDirectory: gitDirectory, workingDirectory: nil)
  }
}
