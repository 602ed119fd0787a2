import CasebookGit
import CasebookText
import CasebookYAML

/// One peer catalogue from `schema/peers.yaml`: another casebook repository, kept by its own stewards.
public struct PeerCatalogue: Sendable, Hashable {
  /// The short name that labels its records and that `--catalogue` takes (`vlaanderen`).
  public var name: String
  /// Where its repository is, as written in the list.
  public var url: String
  /// The branch that is read.
  public var branch: String
  /// One line about it.
  public var description: String
  /// The main language of its case studies, when given.
  public var language: String?
  /// The countries it covers (upper-case codes), when given.
  public var countries: [String]

  /// The reference casebook keeps the peer's fetched branch in: never a branch, remote-tracking reference or
  /// anything git shows by default.
  public var reference: String { PeerList.referencePrefix + name }
}

/// The peer list, `schema/peers.yaml`: which catalogues `casebook fetch` fetches and `--catalogue` reads.
public enum PeerList {
  /// Where the list lives. Like everything under `schema/`, only stewards may change it.
  public static let path = "schema/peers.yaml"
  /// The references fetched peers are kept in.
  public static let referencePrefix = "refs/casebook/peers/"
  /// Names `--catalogue` gives another meaning: the local catalogue and every catalogue.
  public static let reservedNames: Set<String> = ["local", "all"]

  /// The peers listed in `snapshot` (the local catalogue's working tree, or HEAD in a bare repository),
  /// checked against its schema and rules exactly as `casebook validate` checks the file; an empty list when
  /// there is no `schema/peers.yaml`.
  public static func load(from snapshot: Snapshot, limits: YAMLLimits = YAMLLimits()) throws(FederationError) -> [PeerCatalogue] {
    guard let entry = snapshot.entry(at: path) else { return [] }
    let bytes: [UInt8]
    let rules: RuleSet
    do {
      let reader = try snapshot.makeReader()
      rules = RuleSet.load(from: snapshot, reader: reader, limits: limits)
      bytes = try reader.bytes(of: entry, limit: limits.maxBytes)
    } catch let error as CatalogueError {
      throw .catalogue(error)
    } catch {
      throw .invalidPeerList([Diagnostic(file: path, rule: "git.unreadable", message: Message(FederationText.peerListUnreadable, .text("\(error)")))])
    }
    let report = FileCheck.check(CataloguePath(path: path, kind: .peers), bytes: bytes, rules: rules)
    if rules.schema(for: .peers) == nil {
      throw .invalidPeerList([
        Diagnostic(
          file: RuleSet.schemaPaths[.peers]!, rule: "catalog.schema-missing",
          message: Message(FederationText.peerListSchemaMissing, .code("schema/peers.schema.json")))
      ])
    }
    guard !report.hasErrors, let document = try? YAMLParser.parse(bytes, limits: limits) else {
      throw .invalidPeerList(report.diagnostics.filter { $0.severity == .error })
    }
    return (document["peers"]?.items ?? []).compactMap { item in
      guard let name = item["name"]?.string, let url = item["url"]?.string, let branch = item["branch"]?.string
      else { return nil }
      return PeerCatalogue(
        name: name, url: url, branch: branch, description: item["description"]?.string ?? "",
        language: item["language"]?.string, countries: item["countries"]?.strings ?? [])
    }
  }
}

/// Rules for `schema/peers.yaml` that its schema cannot express.
enum PeerListRules {
  static func check(_ document: Node, add: (String, Message, Node, String, Severity) -> Void) {
    var seen: Set<String> = []
    for (index, item) in (document["peers"]?.items ?? []).enumerated() {
      if let node = item["name"], let name = node.string, !seen.insert(name).inserted {
        add(
          "catalog.peer-duplicate", Message(FederationText.ruleDuplicateName, .code(name)), node,
          "/peers/\(index)/name", .error)
      }
      if let node = item["url"], let url = node.string, PeerAddress.hasPassword(url) {
        add(
          "catalog.peer-credentials", Message(FederationText.ruleCredentialsInURL), node,
          "/peers/\(index)/url", .error)
      }
      if let node = item["branch"], let branch = node.string, !Repository.isValidShortBranchName(branch) {
        add(
          "catalog.peer-branch", Message(FederationText.ruleBranch, .code(branch)), node,
          "/peers/\(index)/branch", .error)
      }
    }
  }
}

/// Reading a peer's address.
enum PeerAddress {
  /// True for `scheme://user:password@host...`: a secret in a file everyone can read.
  static func hasPassword(_ url: String) -> Bool {
    guard let schemeEnd = url.range(of: "://") else { return false }
    let rest = url[schemeEnd.upperBound...]
    let authority = rest.prefix { $0 != "/" }
    guard let at = authority.lastIndex(of: "@") else { return false }
    return authority[..<at].contains(":")
  }

  /// The address libgit2 is given: a relative local path (`./x`, `../x`) is taken from the repository's top
  /// folder, so that the list means the same wherever casebook runs.
  static func resolved(_ url: String, repositoryRoot: String) -> String {
    guard url.hasPrefix("./") || url.hasPrefix("../") else { return url }
    let root = repositoryRoot.hasSuffix("/") ? repositoryRoot : repositoryRoot + "/"
    return PathText.normalize(root + url)
  }

  /// The address without user name, for messages.
  static func display(_ url: String) -> String {
    guard let schemeEnd = url.range(of: "://") else { return url }
    let rest = url[schemeEnd.upperBound...]
    let authority = rest.prefix { $0 != "/" }
    guard let at = authority.lastIndex(of: "@") else { return url }
    return String(url[..<schemeEnd.upperBound]) + String(rest[rest.index(after: at)...])
  }
}
