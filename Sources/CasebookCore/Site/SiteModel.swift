import CasebookYAML
import CasebookText

/// What `casebook site` is asked to do.
public struct SiteRequest: Sendable {
  /// The folder to start from (`-C DIR`); nil for the current directory.
  public var directory: String?
  /// A revision to read instead of the working tree (HEAD in a bare repository).
  public var revision: String?
  /// Where the site goes; relative paths are taken from the current directory.
  public var output: String
  /// The address the site is published at (`https://example.org/casebook/`), for canonical links and the
  /// sitemap; nil leaves them out.
  public var baseURL: String?
  /// A link to edit a record at its git host, with `{path}` for the file's path.
  public var editURL: String?
  /// The site's title; nil for the catalogue's default title in each language.
  public var title: String?
  /// Limits for reading YAML.
  public var limits: YAMLLimits
  /// The day the site is made (`2026-12-07`), printed at the foot of every page of a municipality's policy
  /// comparison; nil leaves it out.
  public var date: String?

  /// Creates a request.
  public init(
    directory: String? = nil, revision: String? = nil, output: String = "_site", baseURL: String? = nil,
    editURL: String? = nil, title: String? = nil, limits: YAMLLimits = YAMLLimits()
  ) {
    self.directory = directory
    self.revision = revision
    self.output = output
    self.baseURL = baseURL
    self.editURL = editURL
    self.title = title
    self.limits = limits
  }
}

/// Everything the pages are made from: the valid records, the search index (which numbers the documents and
/// gives their facet values), provenance, scores and related cases.
struct SiteModel {
  let catalogue: Catalogue
  let index: SearchIndex
  let provenance: [String: Provenance]
  /// Every policy scored, when the catalogue has a valid best-practice model.
  let scores: CatalogueScores?
  let request: SiteRequest
  /// Case studies by id.
  let casesByID: [String: CaseStudy]
  /// Municipality profiles by id.
  let profiles: [String: Municipality]
  /// Case studies per municipality id, in id order.
  let casesOfMunicipality: [String: [CaseStudy]]
  /// Related case studies per case id, best first.
  let related: [String: [String]]
  /// Valid policies by municipality id.
  let policies: [String: Policy]
  /// Scores by municipality id, and the peers of every municipality.
  let scoreOf: [String: PolicyScore]
  let peers: SitePeers?
  /// Scores with their peers by municipality id, worked out once for the page in each language and its key.
  let peeredScores: [String: PolicyScore]
  /// Municipalities the index knows, by id.
  let indexedMunicipalities: [String: IndexedMunicipality]
  /// Where the site was made from: `version 1a2b3c4d5e6f` or the working tree.
  let sourceLabel: Message
  /// What a municipality's comparison names as its catalogue: for a revision not the commit (which would
  /// change every comparison on every commit) but this site.
  let comparisonLabel: Message
  /// Comparison blocks shared by the municipalities' pages.
  let fragments = CompareFragments()
  /// With `site --catalogue`: the catalogues' names, local first, and the peers' fetched commits.
  var catalogues: (names: [String], commits: [String]) = ([], [])

  /// What the pages need beyond the records and the index: related cases, and the policies' scores with the
  /// peers of every criterion. Worked out while another core builds the search index.
  struct Analysis: Sendable {
    var scores: CatalogueScores?
    var related: [String: [String]] = [:]
    var scoreOf: [String: PolicyScore] = [:]
    var peers: SitePeers?
    var peeredScores: [String: PolicyScore] = [:]

    init(catalogue: Catalogue, scores: CatalogueScores?) {
      self.scores = scores
      related = RelatedCases.compute(catalogue.cases)
      scoreOf = Dictionary((scores?.scores ?? []).map { ($0.municipality, $0) }) { first, _ in first }
      let peers = scores.map(SitePeers.init)
      self.peers = peers
      let scored = scoreOf
      peeredScores = peers.map { peers in scored.mapValues { peers.withPeers($0) } } ?? [:]
    }
  }

  init(catalogue: Catalogue, index: SearchIndex, provenance: [String: Provenance], analysis: Analysis, request: SiteRequest) {
    self.catalogue = catalogue
    self.index = index
    self.provenance = provenance
    self.scores = analysis.scores
    self.request = request
    casesByID = Dictionary(uniqueKeysWithValues: catalogue.cases.map { ($0.id, $0) })
    profiles = Dictionary(uniqueKeysWithValues: catalogue.municipalities.map { ($0.id, $0) })
    var grouped: [String: [CaseStudy]] = [:]
    for study in catalogue.cases { grouped["\(study.country)/\(study.municipality)", default: []].append(study) }
    casesOfMunicipality = grouped
    related = analysis.related
    policies = Dictionary(catalogue.policies.map { ("\($0.country)/\($0.municipality)", $0) }) { first, _ in first }
    scoreOf = analysis.scoreOf
    peers = analysis.peers
    peeredScores = analysis.peeredScores
    indexedMunicipalities = Dictionary(index.municipalities.map { ($0.id, $0) }) { first, _ in first }
    switch catalogue.snapshot.origin {
    case .workingTree:
      sourceLabel = Message(SiteErrorText.sourceWorkingTree)
      comparisonLabel = sourceLabel
    case .revision(_, let commit):
      sourceLabel = Message(SiteErrorText.sourceCommit, .text(String(commit.hex.prefix(12))))
      comparisonLabel = Message(SiteErrorText.sourceThisSite)
    }
  }

  /// The municipality's name: from its profile, else from the index (the folder name).
  func municipalityName(_ id: String) -> String {
    profiles[id]?.name ?? indexedMunicipalities[id]?.name ?? id
  }

  /// A catalogue's name as the site shows it: the local one is "this catalogue".
  func catalogueName(_ name: String, _ language: Language) -> String {
    name == CatalogueSource.localName ? SiteText.catalogueLocal.texts[language] : name
  }

  /// The site's title in `language`.
  func title(_ language: Language) -> String {
    request.title ?? SiteText.defaultTitle.texts[language]
  }

  /// The label of a use category in `language`, or its id when the taxonomy does not know it.
  func categoryLabel(_ id: String, _ language: Language) -> String {
    index.taxonomy.category(id: id)?.label(language.rawValue) ?? id
  }
}

/// Paths of the site's pages inside a language's folder. Every part comes from a path the catalogue layout
/// has checked (country codes, slugs, category ids); the writer checks each part again.
enum SitePaths {
  /// A qualified id (`vlaanderen:be/gent/…`, see ``SiteCatalogues``) has its page under the catalogue's name.
  static func caseStudy(_ id: String) -> String {
    // Most ids are not qualified; `replacing` is costly when a site makes hundreds of thousands of links.
    guard id.utf8.contains(UInt8(ascii: ":")) else { return "cases/" + id + ".html" }
    return "cases/\(id.replacing(":", with: "/")).html"
  }
  /// A peer's municipality that another catalogue holds too (`be/vlaanderen:gent`, see ``SiteCatalogues``) has
  /// its page under the catalogue's name: `municipalities/vlaanderen/be/gent.html`.
  static func municipality(_ id: String) -> String {
    let parts = id.split(separator: "/", maxSplits: 1)
    guard parts.count == 2, let colon = parts[1].firstIndex(of: ":") else { return "municipalities/\(id).html" }
    return "municipalities/\(parts[1][..<colon])/\(parts[0])/\(parts[1][parts[1].index(after: colon)...]).html"
  }
  static func category(_ id: String) -> String { "categories/\(id).html" }
  static func country(_ code: String) -> String { "countries/\(code.lowercased()).html" }
  static func year(_ year: Int) -> String { "years/\(year).html" }
  static let municipalities = "municipalities/index.html"
  static let categories = "categories/index.html"
  static let search = "index.html"
  static let coverage = "coverage.html"
  static let policies = "policies.html"
  static let contribute = "contribute.html"

  /// A link from the page at `from` to the page at `to`, both inside the same language's folder.
  static func relative(from: String, to: String) -> String {
    String(repeating: "../", count: from.utf8.count { $0 == UInt8(ascii: "/") }) + to
  }
}
