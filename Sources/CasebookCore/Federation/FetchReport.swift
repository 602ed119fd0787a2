import CasebookGit
import CasebookText

/// One peer as `casebook fetch --list` shows it.
public struct PeerListEntry: Sendable {
  /// The peer, as the list gives it.
  public var peer: PeerCatalogue
  /// The fetched commit; nil when it was never fetched.
  public var commit: CommitSummary?
  /// The last fetch; nil when unknown (never fetched, or the cache was cleared).
  public var fetched: PeerFetchRecord?
  /// Valid case studies, policies and municipality profiles, and files left out as invalid; nil when the
  /// peer was never fetched or cannot be read.
  public var counts: (cases: Int, policies: Int, municipalities: Int, invalid: Int)?
  /// Why the fetched commit cannot be read, when it cannot.
  public var problem: Message?
}

/// `casebook fetch --list`.
public enum PeerListing {
  /// Every peer of the list with what was fetched of it. Record counts come from the peer's search index
  /// (built the first time, then cached), so they count records valid against the peer's own schema.
  public static func list(directory: String?) throws(FederationError) -> [PeerListEntry] {
    let workspace: Workspace
    do {
      workspace = try Workspace(directory: directory)
    } catch {
      throw .catalogue(error)
    }
    var entries: [PeerListEntry] = []
    for peer in try workspace.peers() {
      var entry = PeerListEntry(
        peer: peer, commit: nil, fetched: PeerFetchRecords.load(peer.name, gitDirectory: workspace.gitDirectory),
        counts: nil, problem: nil)
      do throws(CatalogueError) {
        guard let commit = try? workspace.repository.referenceTarget(peer.reference) else {
          entries.append(entry)
          continue
        }
        do {
          entry.commit = CommitSummary(try workspace.repository.commit(commit))
        } catch {
          throw CatalogueError(error)
        }
        let index = try SearchIndex.load(
          workspace, commit: commit, named: peer.name, limits: .init(), useCache: true, peer: peer.name
        ).index
        entry.counts = (
          index.caseCount, index.policyCount, index.municipalities.count(where: \.hasProfile), index.invalidFiles.count
        )
      } catch {
        entry.problem = error.message
      }
      entries.append(entry)
    }
    return entries
  }
}

/// Words for `casebook fetch` and `fetch --list`.
public enum FetchReport {
  /// The progress line of an event.
  public static func progress(_ event: PeerFetchEvent, _ language: Language) -> String {
    let message: Message
    switch event {
    case .connecting(let peer, let address):
      message = Message(FederationText.progressConnecting, .text(peer.name), .text(address))
    case .progress(let peer, let progress):
      if progress.totalDeltas > 0, progress.receivedObjects == progress.totalObjects {
        message = Message(
          FederationText.progressResolving, .text(peer.name), .number(progress.indexedDeltas),
          .number(progress.totalDeltas))
      } else {
        message = Message(
          FederationText.progressReceiving, .text(peer.name), .number(progress.receivedObjects),
          .number(progress.totalObjects), .text(ByteCount.text(progress.receivedBytes)))
      }
    }
    return Display.finish(message.text(language), color: false, keep: [])
  }

  /// The line about a peer that was fetched (with a second line when its history was rewritten).
  public static func fetched(_ peer: PeerCatalogue, _ branch: FetchedBranch, _ language: Language) -> String {
    let objects = Message(FederationText.objects, .number(branch.receivedObjects))
    let size = MessageArgument.text(ByteCount.text(branch.receivedBytes))
    let short = MessageArgument.text(branch.commit.shortHex)
    var message: Message
    if branch.unchanged {
      message = Message(FederationText.fetchedUnchanged, .text(peer.name), short)
    } else if let previous = branch.previous {
      message = Message(
        FederationText.fetchedUpdate, .text(peer.name), .text(previous.shortHex), short, .message(objects), size)
    } else {
      message = Message(FederationText.fetchedFirst, .text(peer.name), short, .message(objects), size)
    }
    var text = message.text(language)
    if branch.rewritten, let previous = branch.previous {
      text += "\n" + Message(FederationText.fetchedRewritten, .text(peer.name), .text(previous.shortHex), short).text(language)
    }
    return Display.finish(text, color: false)
  }

  /// The line about a failed peer whose earlier fetch is still read.
  public static func kept(
    _ peer: PeerCatalogue, _ commit: ObjectID, directory: String?, _ language: Language
  ) -> String {
    let day =
      (try? Workspace(directory: directory)).flatMap { try? CommitSummary($0.repository.commit(commit)).day } ?? "?"
    return Message(FederationText.fetchKeptPrevious, .text(peer.name), .text(commit.shortHex), .text(day)).text(language)
  }
}

/// Renders `casebook fetch --list`.
public enum FetchListRenderer {
  /// The peers as a table, or as JSON (`peers`: name, url, branch, description, language, countries, commit,
  /// date, fetched, cases, policies, municipalities, invalid, problem).
  public static func render(_ entries: [PeerListEntry], format: String, language: Language) -> String {
    if format == "json" { return json(entries, language).text(pretty: true) + "\n" }
    let words: [FederationText] = [
      .listPeer, .listCommit, .listDate, .listCases, .listPolicies, .listMunicipalities, .listInvalid, .listFetched,
      .listDescription,
    ]
    let table = Table(
      columns: words.map { Message($0).text(language) },
      rows: entries.map { entry in
        let counts = entry.counts
        let state =
          entry.problem != nil
          ? Message(FederationText.listUnreadable).text(language)
          : Message(FederationText.listNotFetched).text(language)
        return [
          entry.peer.name, entry.commit?.shortID ?? "-", entry.commit?.day ?? (counts == nil ? state : "-"),
          counts.map { String($0.cases) } ?? "", counts.map { String($0.policies) } ?? "",
          counts.map { String($0.municipalities) } ?? "", counts.map { String($0.invalid) } ?? "",
          entry.fetched.map { CivilTime.iso8601(seconds: $0.time, offsetMinutes: 0) } ?? "-",
          entry.peer.description,
        ]
      }, numericColumns: [3, 4, 5, 6])
    return Display.finish(table.aligned(), color: false)
  }

  static func json(_ entries: [PeerListEntry], _ language: Language) -> JSONValue {
    .object([
      (
        "peers",
        .array(
          entries.map { entry in
            .object([
              ("name", .string(entry.peer.name)), ("url", .string(PeerAddress.display(entry.peer.url))),
              ("branch", .string(entry.peer.branch)), ("description", .string(entry.peer.description)),
              ("language", entry.peer.language.map { .string($0) } ?? .null),
              ("countries", .strings(entry.peer.countries)),
              ("commit", entry.commit.map { .string($0.id) } ?? .null),
              ("date", entry.commit.map { .string($0.dateTime) } ?? .null),
              ("fetched", entry.fetched.map { .string(CivilTime.iso8601(seconds: $0.time, offsetMinutes: 0)) } ?? .null),
              ("cases", entry.counts.map { .int($0.cases) } ?? .null),
              ("policies", entry.counts.map { .int($0.policies) } ?? .null),
              ("municipalities", entry.counts.map { .int($0.municipalities) } ?? .null),
              ("invalid", entry.counts.map { .int($0.invalid) } ?? .null),
              ("problem", entry.problem.map { .string($0.text(language)) } ?? .null),
            ])
          })
      )
    ])
  }
}
