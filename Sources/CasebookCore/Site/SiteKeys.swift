import CasebookGit
import CasebookText

/// What each page is made from, as a digest: the blob ids of the records it shows, their provenance, the
/// rules and the options. When a page's digest is the one the previous build recorded and its file is still
/// there with the recorded size, the page is not made again — which is what lets a rebuild after one change
/// skip almost every page. Anything a page shows must enter its digest; the tests compare a rebuild with a
/// build from scratch.
struct SiteKeys: Sendable {
  let model: SiteModel
  /// Blob ids by path.
  private let blobs: [String: String]
  /// The rules, the options and the format of the pages.
  let global: String
  /// Every policy and every municipality's name: the medians, ranks and peers every comparison shows.
  let policies: String
  /// Every municipality with its name and number of cases.
  let municipalities: String
  /// The counts the search, coverage, categories and contribute pages show.
  let counts: String
  /// Every file of every catalogue the site reads: the search data's version, which the search page passes on to
  /// the addresses of the data files, so that a browser never mixes data files of two builds from its cache.
  let data: String
  /// Each case study with its blob id and its municipality profile's, by id.
  private let signatures: [String: String]
  /// The file of each case study and policy, by id.
  private let recordPaths: [String: String]

  static let format = "casebook site pages 1"

  init(_ model: SiteModel) {
    self.model = model
    var blobs: [String: String] = [:]
    for entry in model.catalogue.snapshot.entries { blobs[entry.path] = entry.blobID.hex }
    self.blobs = blobs
    var signatures: [String: String] = [:]
    for study in model.catalogue.cases {
      signatures[study.id] =
        "\(study.id) \(blobs[study.path] ?? "-") \(blobs["cases/\(study.country)/\(study.municipality)/municipality.yaml"] ?? "-")"
    }
    self.signatures = signatures
    var recordPaths: [String: String] = [:]
    for study in model.catalogue.cases { recordPaths[study.id] = study.path }
    for policy in model.catalogue.policies { recordPaths[policy.id] = policy.path }
    self.recordPaths = recordPaths
    let request = model.request
    global = Self.digest([
      Self.format, model.catalogue.rules.id, request.title ?? "", request.baseURL ?? "", request.editURL ?? "",
    ] + model.catalogues.names + model.catalogues.commits
      // Every page names the scripts and styles by their versions.
      + PageAssets.versions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" })
    data = Self.digest(
      [global, "data", "\(SearchIndex.formatVersion)"]
        + model.catalogue.snapshot.entries.map { "\($0.path) \($0.blobID.hex)" })
    let profiles = model.catalogue.municipalities.map { "\($0.id) \(blobs[$0.path] ?? "")" }
    policies = Self.digest(
      model.catalogue.policies.map { "\($0.id) \(blobs[$0.path] ?? "")" } + profiles
        + [blobs["schema/best-practice.yaml"] ?? ""] + model.catalogue.invalidFiles)
    municipalities = Self.digest(
      model.index.municipalities.map { "\($0.id) \($0.name) \(model.casesOfMunicipality[$0.id]?.count ?? 0)" })
    let stats = model.index.coverage(by: .country)
    counts = Self.digest(
      [municipalities, "\(model.index.caseCount) \(model.index.policyCount)", stats.columns.joined(separator: ",")]
        + stats.rows.map { "\($0.category) \($0.counts.map(String.init).joined(separator: ","))" }
        + Dictionary(grouping: model.catalogue.cases, by: \.year).map { "\($0.key):\($0.value.count)" }.sorted())
  }

  static func digest(_ parts: [String]) -> String {
    ObjectID.blob(hashing: Array(parts.joined(separator: "\u{1F}").utf8)).hex
  }

  func blob(_ path: String) -> String { blobs[path] ?? "-" }

  /// A case study with its municipality's name.
  func caseStudy(_ study: CaseStudy) -> String {
    signatures[study.id] ?? study.id
  }

  func provenance(_ path: String) -> String {
    let record = model.provenance[path]
    return "\(record?.state.rawValue ?? "-") " + (record?.commits.map(\.id).joined(separator: ",") ?? "")
  }

  func casePage(_ study: CaseStudy, _ language: Language) -> String {
    let related = (model.related[study.id] ?? []).map { signatures[$0] ?? $0 }
    return Self.digest([global, language.rawValue, "case", caseStudy(study), provenance(study.path)] + related)
  }

  func municipalityPage(_ id: String, _ language: Language) -> String {
    var parts = [global, language.rawValue, "municipality", id, blob("cases/\(id)/municipality.yaml"), municipalities]
    parts += (model.casesOfMunicipality[id] ?? []).map(caseStudy)
    if let policy = model.policies[id] {
      parts += [blob(policy.path), provenance(policy.path), policies]
      if let score = model.peeredScores[id] {
        parts += [model.request.date ?? "", model.comparisonLabel.text(.en)]
        for result in score.criteria {
          for peer in result.peers {
            if case .caseStudy(let caseID, _, _, _) = peer, let study = model.casesByID[caseID] {
              parts.append(caseStudy(study))
            }
          }
        }
      }
    } else {
      parts.append(model.catalogue.invalidFiles.contains("cases/\(id)/policy.yaml") ? "invalid" : "none")
    }
    return Self.digest(parts)
  }

  /// A case study as a list shows it: its id, language, year, catalogue and title (its municipality's name is in
  /// ``municipalities``). A change to another of its fields leaves the lists that name it as they are.
  static func listing(_ study: CaseStudy) -> String {
    "\(study.id) \(study.language) \(study.year) \(study.catalogue ?? "-") \(study.title)"
  }

  /// A page that lists `cases` (``SiteRecordPages/caseList(_:from:showMunicipality:)``) and nothing else of them.
  func listPage(_ name: String, _ language: Language, _ cases: [CaseStudy]) -> String {
    Self.digest([global, language.rawValue, name, municipalities] + cases.map(Self.listing))
  }

  /// A page made from the catalogue's counts and municipalities only.
  func summaryPage(_ name: String, _ language: Language) -> String {
    Self.digest([global, language.rawValue, name, counts])
  }

  /// A result-text file: the ids of its documents and the blob ids of their files (its content itself when
  /// a document's file is not known).
  func resultChunk(_ documents: Range<Int>) -> String {
    var parts = [global, "results", "\(SearchIndex.formatVersion)"]
    for document in documents {
      let id = model.index.id(document)
      guard let path = recordPaths[id], let blob = blobs[path] else {
        return Self.digest([global, "result-content", String(decoding: SiteSearchData.resultChunk(model.index, documents), as: UTF8.self)])
      }
      parts += [id, blob]
    }
    return Self.digest(parts)
  }

  func policiesPage(_ language: Language) -> String {
    Self.digest([global, language.rawValue, "policies", policies])
  }
}
