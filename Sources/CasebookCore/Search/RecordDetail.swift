import CasebookSchema
import CasebookYAML
import CasebookText

/// One record with everything `show` presents: the validated document, its municipality and its history.
public struct RecordDetail: Sendable {
  /// The file.
  public var file: CataloguePath
  /// Case study, policy or municipality.
  public var kind: RecordKind
  /// `cc/municipality/slug`, `cc/municipality/policy` or `cc/municipality`.
  public var id: String
  /// The validated document as written.
  public var document: Node
  /// The municipality's profile, when it is valid.
  public var municipality: Municipality?
  /// The use categories, for labels.
  public var taxonomy: Taxonomy
  /// Who submitted and changed the file.
  public var provenance: Provenance
  /// For a municipality: the ids of its policy and case studies.
  public var records: [String]
  /// The peer catalogue the record was read from; nil for the local catalogue.
  public var catalogue: PeerProvenance? = nil

  /// The municipality's name, or its folder name.
  public var municipalityName: String { municipality?.name ?? file.municipality ?? "" }
  /// Upper-case country code.
  public var country: String { (file.country ?? "").uppercased() }
}

extension QuerySession {
  /// The record `argument` names — an id (`gb/somerset/2010-school-menus-on-twitter`, `nl/proefdorp/policy`,
  /// `nl/proefdorp`), a path (`cases/…/x.yaml`), or a case's file name when only one case has it — validated
  /// together with its municipality's profile, with its git history.
  public func recordDetail(_ argument: String) throws(QueryError) -> RecordDetail {
    let file = try recordFile(argument)
    var scope: Set<String> = [file.path]
    let profilePath = file.municipalityFolder.map { "\($0)/municipality.yaml" }
    if let profilePath, snapshot.entry(at: profilePath) != nil { scope.insert(profilePath) }
    let report: ValidationReport
    let document: Node
    let provenance: Provenance
    let rules: RuleSet
    do {
      rules = RuleSet.load(from: snapshot, reader: try snapshot.makeReader(), limits: limits)
      report = try CatalogueValidator.validate(snapshot, scope: .files(scope), rules: rules, limits: limits)
      var errors = report.diagnostics.count { $0.file == file.path && $0.severity == .error }
      if requiringSchemas, rules.schema(for: file.kind) == nil { errors += 1 }
      if errors > 0 || report.records[file.path] == nil {
        throw QueryError.invalidRecord(path: file.path, errors: max(errors, 1))
      }
      guard let entry = snapshot.entry(at: file.path) else { throw QueryError.unknownRecord(argument, suggestions: []) }
      let bytes = try snapshot.makeReader().bytes(of: entry, limit: limits.maxBytes)
      document = try YAMLParser.parse(bytes, limits: limits)
      provenance = try workspace.provenance(of: file.path, in: snapshot)
    } catch let error as QueryError {
      throw error
    } catch let error as CatalogueError {
      throw .catalogue(error)
    } catch {
      throw .catalogue(.unreadable(path: file.path, reason: reason(error)))
    }
    var municipality: Municipality?
    if let profilePath, case .municipality(let profile) = report.records[profilePath] { municipality = profile }
    var records: [String] = []
    if file.kind == .municipality, let folder = file.municipalityFolder {
      for entry in snapshot.entries where entry.path.hasPrefix(folder + "/") {
        if case .file(let sibling) = CatalogueLayout.classify(entry.path), sibling.kind != .municipality,
          let id = sibling.recordID
        {
          records.append(id)
        }
      }
    }
    return RecordDetail(
      file: file, kind: Self.kind(file.kind), id: file.recordID ?? file.path, document: document,
      municipality: municipality, taxonomy: rules.taxonomy ?? Taxonomy(categories: []), provenance: provenance,
      records: records.sorted { ($0.hasSuffix("/policy") ? 0 : 1, $0) < ($1.hasSuffix("/policy") ? 0 : 1, $1) })
  }

  private static func kind(_ kind: CatalogueFileKind) -> RecordKind {
    switch kind {
    case .policy: .policy
    case .municipality: .municipality
    default: .caseStudy
    }
  }

  /// Every record id of the snapshot with its file, from paths alone.
  func recordFiles() -> [String: CataloguePath] {
    var files: [String: CataloguePath] = [:]
    for entry in snapshot.entries {
      guard case .file(let file) = CatalogueLayout.classify(entry.path), let id = file.recordID else { continue }
      files[id] = file
    }
    return files
  }

  /// The catalogue file an argument of `show` names.
  func recordFile(_ argument: String) throws(QueryError) -> CataloguePath {
    let files = recordFiles()
    var text = argument.trimmingSpaces
    while text.hasPrefix("./") { text.removeFirst(2) }
    if text.hasSuffix(".yaml") {
      var path = text
      if !workspace.isBare, let resolved = try? workspace.repositoryPath(for: text), snapshot.entry(at: resolved) != nil {
        path = resolved
      } else if !path.hasPrefix(CatalogueLayout.casesFolder + "/") {
        path = CatalogueLayout.casesFolder + "/" + path
      }
      if snapshot.entry(at: path) != nil, case .file(let file) = CatalogueLayout.classify(path), file.recordID != nil {
        return file
      }
    } else {
      if text.hasPrefix(CatalogueLayout.casesFolder + "/") { text.removeFirst(CatalogueLayout.casesFolder.count + 1) }
      while text.hasSuffix("/") { text.removeLast() }
      if let file = files[text] { return file }
      if !text.contains("/") {
        let named = files.filter { $0.value.slug == text || ($0.value.kind == .municipality && $0.value.municipality == text) }
        if named.count == 1 { return named.first!.value }
        if named.count > 1 { throw .unknownRecord(argument, suggestions: named.keys.sorted()) }
      }
    }
    throw .unknownRecord(argument, suggestions: Self.nearest(text, among: Array(files.keys)))
  }

  /// Ids close to a mistyped one: the same file name in another folder, then the nearest by edit distance,
  /// then ids that contain the file name.
  static func nearest(_ text: String, among ids: [String]) -> [String] {
    var stem = text
    if stem.hasSuffix(".yaml") { stem.removeLast(5) }
    let last = stem.split(separator: "/").last.map(String.init) ?? stem
    let allowed = max(3, stem.count / 4)
    var scored: [(rank: Int, id: String)] = []
    for id in ids {
      let sameName = id.split(separator: "/").last.map(String.init) == last
      let distance = editDistance(stem, id)
      if sameName {
        scored.append((0, id))
      } else if distance <= allowed {
        scored.append((1 + distance, id))
      } else if last.count >= 4, id.contains(last) {
        scored.append((1000, id))
      }
    }
    scored.sort { ($0.rank, $0.id) < ($1.rank, $1.id) }
    return scored.prefix(5).map(\.id)
  }
}
