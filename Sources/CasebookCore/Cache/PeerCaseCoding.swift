import CasebookGit

/// The cache of what `compare`'s peers show of each case study (`case-peers-<rules id>`), by blob id and path:
/// a warm `compare` reads these few fields instead of every case study's whole document. An entry depends on
/// the file's content, its path (which gives its id and municipality) and the rules it was validated against.
enum PeerCaseCache {
  static let kind = "case-peers"

  /// The cache file for `rules`.
  static func open(gitDirectory: String, rules: RuleSet) -> ResultCache {
    ResultCache(gitDirectory: gitDirectory, kind: kind, rulesID: rules.id)
  }
}

extension ByteWriter {
  /// Writes a case study as peers show it and are chosen by (id and place come from the path), or that the file has no record.
  mutating func peerCase(_ study: PeerCase?) {
    guard let study else { return uint8(0) }
    uint8(1)
    string(study.title)
    int(study.year)
    strings(study.categories)
    strings(study.foldedTags)
  }
}

extension ByteReader {
  /// Reads an entry written by ``ByteWriter/peerCase(_:)`` for the file at `file`: `.some(nil)` for a file
  /// without a record.
  mutating func peerCase(_ file: CataloguePath) throws(CorruptCache) -> PeerCase?? {
    switch try uint8() {
    case 0: return .some(nil)
    case 1:
      return PeerCase(
        id: file.recordID ?? file.path, owner: "\(file.country ?? "")/\(file.municipality ?? "")",
        title: try string(), year: try int(), categories: try strings(), foldedTags: try strings())
    default: throw CorruptCache()
    }
  }
}
