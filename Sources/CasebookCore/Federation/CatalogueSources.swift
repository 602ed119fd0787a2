import CasebookGit
import CasebookText
import CasebookYAML

/// One catalogue a command reads: the local one, or a fetched peer at the commit it was fetched at.
public struct CatalogueSource: Sendable, Hashable {
  /// The name of the local catalogue, on the command line and in output.
  public static let localName = "local"

  /// `local`, or the peer's name.
  public var name: String
  /// The peer; nil for the local catalogue.
  public var peer: PeerCatalogue?
  /// The peer's fetched commit; nil for the local catalogue.
  public var commit: ObjectID?

  /// True for the local catalogue.
  public var isLocal: Bool { peer == nil }

  /// The local catalogue.
  public static let local = CatalogueSource(name: localName, peer: nil, commit: nil)
}

/// Something worth a warning line while reading several catalogues; none of them stops the command.
public enum FederationWarning: Sendable, Hashable {
  /// `--catalogue all` found a listed peer that was never fetched.
  case notFetched(String)
  /// A peer could not be read at all (its fetched commit lists too many files, is damaged...).
  case unreadable(String, reason: Message)
  /// Files of a peer left out because they fail its own schema or rules.
  case skippedFiles(String, files: [String])

  /// The warning line in `language`, without control characters.
  public func text(_ language: Language) -> String {
    let message: Message
    switch self {
    case .notFetched(let name):
      message = Message(FederationText.fetchNeverFetched, .text(name))
      return "warning: " + Display.finish(message.text(language), color: false, keep: [])
    case .unreadable(let name, let reason):
      message = Message(FederationText.peerUnreadable, .text(name), .message(reason))
    case .skippedFiles(let name, let files):
      let shown = files.prefix(SkippedFiles.shownNames).map { MessageArgument.text($0) }
      let list: MessageArgument =
        files.count > shown.count
        ? .message(Message(CommonText.andMore, .all(shown), .number(files.count - shown.count))) : .all(shown)
      let count = files.count == 1 ? "1 file" : "\(files.count) files"
      message = Message(FederationText.skippedFiles, .text(name), .text(count), list)
    }
    return Display.finish(message.text(language), color: false, keep: [])
  }
}

extension Workspace {
  /// The catalogues `--catalogue` names: `local`, `all` (the local one and every peer of the list that was
  /// fetched), or peers of the list by name. Order: local first, then peers in the list's order; each once.
  public func catalogues(_ names: [String]) throws(FederationError) -> (sources: [CatalogueSource], warnings: [FederationWarning]) {
    let wantsPeers = names.contains { $0 != CatalogueSource.localName }
    let peers = wantsPeers ? try self.peers() : []
    let known = [CatalogueSource.localName, "all"] + peers.map(\.name)
    for name in names where !known.contains(name) {
      if peers.isEmpty, name != CatalogueSource.localName { throw .noPeers }
      throw .unknownCatalogue(name, known: known)
    }
    let everything = names.contains("all")
    var sources: [CatalogueSource] = []
    var warnings: [FederationWarning] = []
    if everything || names.contains(CatalogueSource.localName) { sources.append(.local) }
    for peer in peers where everything || names.contains(peer.name) {
      let commit: ObjectID?
      do {
        commit = try repository.referenceTarget(peer.reference)
      } catch {
        throw .catalogue(CatalogueError(error))
      }
      guard let commit else {
        if !everything || names.contains(peer.name) { throw .notFetched(peer.name) }
        warnings.append(.notFetched(peer.name))
        continue
      }
      sources.append(CatalogueSource(name: peer.name, peer: peer, commit: commit))
    }
    return (sources, warnings)
  }

  /// The snapshot of a peer at its fetched commit: only its `cases/` and `schema/`, under the same file limit
  /// as any revision.
  func snapshot(of source: CatalogueSource) throws(CatalogueError) -> Snapshot {
    guard let commit = source.commit else { return try snapshot(revision: nil) }
    return try snapshot(ofCommit: commit, named: source.name)
  }
}

/// Several catalogues' search indexes, read as one.
public struct FederatedIndex: Sendable {
  /// The catalogues, local first.
  public let sources: [CatalogueSource]
  /// Each catalogue's index, in the same order.
  public let indexes: [SearchIndex]
  /// The categories of all of them.
  let merged: MergedTaxonomy
  /// Warnings about peers: not fetched, unreadable, files left out.
  public let warnings: [FederationWarning]
  /// The local catalogue's files that fail validation (warned about as for one catalogue).
  public let localInvalidFiles: [String]

  /// The indexes of the catalogues `names` (see ``Workspace/catalogues(_:)``); `revision` is read for the
  /// local catalogue only. Each peer is read at its fetched commit against its own `schema/` at that commit;
  /// a peer that cannot be read at all is left out with a warning when it came in through `all`, and stops
  /// the command when it was named.
  public static func load(
    directory: String?, revision: String?, names: [String], limits: YAMLLimits = YAMLLimits()
  ) throws(FederationError) -> FederatedIndex {
    let workspace: Workspace
    do {
      workspace = try Workspace(directory: directory)
    } catch {
      throw .catalogue(error)
    }
    let chosen = try workspace.catalogues(names)
    var sources: [CatalogueSource] = []
    var indexes: [SearchIndex] = []
    var warnings = chosen.warnings
    var localInvalid: [String] = []
    for source in chosen.sources {
      if source.isLocal {
        do {
          let loaded = try QuerySession.searchIndex(directory: directory, revision: revision, limits: limits)
          localInvalid = loaded.index.invalidFiles
          indexes.append(loaded.index)
        } catch {
          throw .query(error)
        }
        sources.append(source)
        continue
      }
      do {
        let loaded = try SearchIndex.load(
          workspace, commit: source.commit!, named: source.name, limits: limits, useCache: true, peer: source.name)
        indexes.append(loaded.index)
        sources.append(source)
        if !loaded.index.invalidFiles.isEmpty {
          warnings.append(.skippedFiles(source.name, files: loaded.index.invalidFiles))
        }
      } catch {
        guard names.contains("all"), !names.contains(source.name) else {
          throw .peerUnreadable(name: source.name, reason: error.message)
        }
        warnings.append(.unreadable(source.name, reason: error.message))
      }
    }
    return FederatedIndex(
      sources: sources, indexes: indexes, merged: MergedTaxonomy(indexes.map(\.taxonomy)), warnings: warnings,
      localInvalidFiles: localInvalid)
  }

  /// The merged use categories.
  public var taxonomy: Taxonomy { merged.taxonomy }

  /// The catalogue names in order.
  public var names: [String] { sources.map(\.name) }

  /// `name:id` when another catalogue read here has a record with the same id, else `id`.
  func displayID(_ id: String, catalogue: Int) -> String {
    for (other, index) in indexes.enumerated() where other != catalogue && index.containsRecord(id) {
      return "\(sources[catalogue].name):\(id)"
    }
    return id
  }
}

extension SearchIndex {
  /// True when the index has a case study or policy with this id (documents are numbered by kind, then id).
  func containsRecord(_ id: String) -> Bool {
    let isPolicy = id.hasSuffix("/policy")
    var low = isPolicy ? caseCount : 0
    var high = isPolicy ? documentCount : caseCount
    while low < high {
      let middle = (low + high) / 2
      if self.id(middle) < id { low = middle + 1 } else { high = middle }
    }
    return low < (isPolicy ? documentCount : caseCount) && self.id(low) == id
  }
}
