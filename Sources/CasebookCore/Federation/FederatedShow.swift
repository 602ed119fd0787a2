import CasebookGit
import CasebookText
import CasebookYAML

/// Where a record of `show --catalogue` (or `show name:id`) was read: a peer and the commit it was fetched at,
/// or the local catalogue (no address, no commit).
public struct PeerProvenance: Sendable, Hashable {
  /// The peer's name, or `local`.
  public var name: String
  /// The peer's address, as the peer list gives it (without a user name); nil for the local catalogue.
  public var url: String?
  /// The fetched commit the record was read at; nil for the local catalogue.
  public var commit: CommitSummary?

  /// `Catalogue: vlaanderen (https://…), read at commit 1a2b3c4 of 2025-03-01`, or `Catalogue: this catalogue`.
  public func line(_ language: Language) -> String {
    guard let url, let commit else { return Message(FederationText.provenanceLocal).text(language) }
    return Display.finish(
      Message(FederationText.provenanceLine, .text(name), .text(url), .text(commit.shortID), .text(commit.day))
        .text(language), color: false, keep: [])
  }

  var json: JSONValue {
    guard let url, let commit else { return .object([("name", .string(name))]) }
    return .object([
      ("name", .string(name)), ("url", .string(url)), ("commit", .string(commit.id)),
      ("date", .string(commit.dateTime)),
    ])
  }
}

/// `show --catalogue` and `show name:id`.
public enum FederatedShow {
  /// The record `argument` names — an id, qualified as `name:id` or not, or a path — in the catalogues `names`
  /// (every catalogue when the id is qualified and no names are given). An id found in several catalogues must
  /// be qualified. A peer's record is validated against the peer's own schema and its provenance is read from
  /// the peer's history.
  public static func detail(
    _ argument: String, directory: String?, revision: String?, names: [String], limits: YAMLLimits = YAMLLimits()
  ) throws(FederationError) -> RecordDetail {
    var wanted = names
    var id = argument
    if let colon = argument.firstIndex(of: ":"), !argument[..<colon].contains("/") {
      let name = String(argument[..<colon])
      id = String(argument[argument.index(after: colon)...])
      if !wanted.isEmpty, !wanted.contains(name), !wanted.contains("all") {
        throw .unknownCatalogue(name, known: wanted)
      }
      wanted = [name]
    }
    if wanted.isEmpty { wanted = [CatalogueSource.localName] }
    var sessions = try FederatedSessions(directory: directory, names: wanted)
    let found = try sessions.each(revision: revision, limits: limits) {
      (_, session) throws(QueryError) -> (session: QuerySession, file: CataloguePath?, error: QueryError?) in
      do throws(QueryError) {
        return (session, try session.recordFile(id), nil)
      } catch {
        guard case .unknownRecord = error else { throw error }
        return (session, nil, error)
      }
    }
    let matches = found.filter { $0.value.file != nil }
    guard let match = matches.first else {
      throw .query(found.first?.value.error ?? .unknownRecord(argument, suggestions: []))
    }
    if matches.count > 1 {
      throw .ambiguousRecord(
        id, candidates: matches.map { "\($0.source.name):\($0.value.file?.recordID ?? id)" })
    }
    var detail: RecordDetail
    do throws(QueryError) {
      detail = try match.value.session.recordDetail(id)
    } catch {
      throw .query(error)
    }
    if let peer = match.source.peer, let commit = match.source.commit {
      do throws(GitError) {
        let info = try sessions.workspace.repository.commit(commit)
        detail.catalogue = PeerProvenance(
          name: peer.name, url: PeerAddress.display(peer.url), commit: CommitSummary(info))
      } catch {
        throw .catalogue(CatalogueError(error))
      }
      detail.id = "\(peer.name):\(detail.id)"
    } else {
      detail.catalogue = PeerProvenance(name: CatalogueSource.localName, url: nil, commit: nil)
    }
    return detail
  }
}
