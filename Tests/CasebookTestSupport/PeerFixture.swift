import CasebookGit
import Foundation

/// A local catalogue and peer catalogues in temporary folders, built through the project's git layer: the
/// local one lists the peers in `schema/peers.yaml` by their paths, so they are fetched without a server.
public final class PeerFixture {
  /// The local catalogue (with a working tree).
  public let local: TemporaryCatalogue
  /// The peers by name (bare repositories, as on a server).
  public private(set) var peers: [String: TemporaryCatalogue] = [:]

  /// A local catalogue with one municipality, `nl/testdorp`, and one case, `nl/testdorp/2020-wijkapp`.
  public init() throws {
    local = try TemporaryCatalogue()
    try local.commit(
      [
        "cases/nl/testdorp/municipality.yaml": Sample.municipality(name: "Testdorp"),
        "cases/nl/testdorp/2020-wijkapp.yaml": Sample.caseStudy(title: "Wijkapp voor meldingen in Testdorp"),
      ], message: "Local content")
  }

  /// Adds a bare peer repository with the real schema and `files`, and lists it in the local peer list
  /// (committed, and written to the working tree). Returns the peer.
  @discardableResult
  public func addPeer(_ name: String, files: [String: String?], branch: String = "main") throws -> TemporaryCatalogue {
    let peer = try TemporaryCatalogue(bare: true)
    if !files.isEmpty { try peer.commit(files, message: "Content of \(name)") }
    try add(name, peer)
    return peer
  }

  /// Lists a catalogue built elsewhere as the peer `name`.
  public func add(_ name: String, _ peer: TemporaryCatalogue) throws {
    peers[name] = peer
    try writePeerList()
  }

  /// Writes `schema/peers.yaml` listing every peer by its path.
  public func writePeerList(extra: String = "") throws {
    var text = "# yaml-language-server: $schema=./peers.schema.json\npeers:\n"
    for name in peers.keys.sorted() {
      text += """
          - name: \(name)
            url: \(peers[name]!.root)
            branch: main
            description: The peer catalogue \(name), for tests.

        """
    }
    try local.commit(["schema/peers.yaml": text + extra], message: "List peers")
  }

  /// A Dutch peer catalogue's files: `nl/testdorp` as the local catalogue has it (profile, and a case with the
  /// same id), with a policy, and `nl/anderstad` with a profile and a case.
  public static let nederlandFiles: [String: String?] = [
    "cases/nl/testdorp/municipality.yaml": Sample.municipality(name: "Testdorp"),
    "cases/nl/testdorp/2020-wijkapp.yaml": Sample.caseStudy(title: "Wijkapp zoals Nederland hem kent"),
    "cases/nl/testdorp/policy.yaml": Sample.policy(title: "Beleid van Testdorp"),
    "cases/nl/anderstad/municipality.yaml": Sample.municipality(name: "Anderstad"),
    "cases/nl/anderstad/2019-twitterspreekuur.yaml": Sample.caseStudy(
      title: "Twitterspreekuur met de burgemeester", year: 2019, categories: ["participate"]),
  ]

  /// A case study of a Belgian municipality, valid against the real schema.
  public static func belgianCase(title: String, categories: [String] = ["participate"], year: Int = 2021) -> String {
    Sample.caseStudy(title: title, year: year, categories: categories)
  }
}
