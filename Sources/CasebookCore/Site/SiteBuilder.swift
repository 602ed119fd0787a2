import CasebookYAML
import CasebookText
import Foundation

/// What `casebook site` wrote.
public struct SiteResult: Sendable {
  /// The output folder, absolute.
  public var output: String
  /// Files of the site (pages, scripts, styles, data).
  public var files: Int
  /// Files written because they were new or different.
  public var written: Int
  /// Files that already held the right bytes and were left alone.
  public var unchanged: Int
  /// Files of an earlier build that no page needs any more, removed.
  public var removed: Int
  /// Catalogue files left out because they fail validation.
  public var invalidFiles: [String]
  /// Why policies are not compared, when the catalogue's best-practice model is missing or invalid.
  public var modelProblem: String?
}

/// `casebook site`: the catalogue as a static web site. A pure function of the snapshot and the options: the
/// same revision gives the same bytes, so only pages whose content changed are written again.
public enum SiteBuilder {
  /// Builds the site of the request's snapshot into its output folder.
  public static func build(_ request: SiteRequest) throws(SiteError) -> SiteResult {
    try check(request)
    let catalogue: Catalogue
    let provenance: [String: Provenance]
    do {
      let workspace = try Workspace(directory: request.directory)
      let revision = request.revision ?? (workspace.isBare ? "HEAD" : nil)
      let snapshot = try workspace.snapshot(revision: revision)
      catalogue = try Catalogue.load(snapshot, limits: request.limits)
      provenance = try workspace.provenances(in: snapshot)
    } catch {
      throw .catalogue(error)
    }
    let (scores, modelProblem) = self.scores(catalogue, limits: request.limits)
    let model = SiteModel(
      catalogue: catalogue, index: SearchIndex(catalogue), provenance: provenance, scores: scores, request: request)
    let output = try SiteOutput(path: request.output)
    let jobs = self.jobs(model)
    try run(jobs, into: output)
    let removed = try output.finish(files: Set(jobs.map(\.path)))
    return SiteResult(
      output: output.root, files: jobs.count, written: output.written, unchanged: output.unchanged, removed: removed,
      invalidFiles: catalogue.invalidFiles, modelProblem: modelProblem)
  }

  static func check(_ request: SiteRequest) throws(SiteError) {
    if let base = request.baseURL, !HTML.isWebAddress(base) {
      throw .badOption("--base-url must be an http or https address, such as https://example.org/casebook/")
    }
    if let edit = request.editURL {
      guard edit.contains("{path}"), HTML.isWebAddress(edit.replacing("{path}", with: "cases/x.yaml")) else {
        throw .badOption(
          "--edit-url must be an http or https address with {path} in it, such as "
            + "https://github.com/ORG/REPO/edit/main/{path}")
      }
    }
    if let title = request.title, title.trimmingSpaces.isEmpty { throw .badOption("--title must not be empty") }
  }

  /// Every valid policy scored against the catalogue's own model; nil with the reason when there is no
  /// usable model.
  static func scores(_ catalogue: Catalogue, limits: YAMLLimits) -> (CatalogueScores?, String?) {
    let path = "schema/best-practice.yaml"
    guard let entry = catalogue.snapshot.entry(at: path) else {
      return (nil, catalogue.policies.isEmpty ? nil : "\(path) is missing: policies are listed but not compared")
    }
    do {
      let bytes = try catalogue.snapshot.makeReader().bytes(of: entry, limit: limits.maxBytes)
      let model = try ModelLoader.model(bytes: bytes, path: path, rules: catalogue.rules, given: false)
      return (CatalogueScores(catalogue: catalogue, model: model), nil)
    } catch {
      return (nil, "\(path) has errors (run `casebook validate \(path)`): policies are not compared")
    }
  }

  /// One file of the site and how to make it.
  struct Job: Sendable {
    var path: String
    var make: @Sendable () -> [UInt8]
  }

  static func jobs(_ model: SiteModel) -> [Job] {
    var jobs: [Job] = []
    func add(_ path: String, _ make: @escaping @Sendable () -> String) {
      jobs.append(Job(path: path) { Array(make().utf8) })
    }
    add("index.html") { SiteListPages.rootPage(model) }
    for name in PageAssets.names { add("assets/" + name) { PageAssets.text(name) } }
    for file in SiteSearchData.files(model) {
      let bytes = file.bytes
      jobs.append(Job(path: file.path) { bytes })
    }
    let years = Array(Set(model.catalogue.cases.map(\.year))).sorted()
    let countries = Array(Set(model.index.municipalities.map(\.country))).sorted()
    for language in Language.allCases {
      let prefix = language.rawValue + "/"
      let lists = SiteListPages(model: model, language: language)
      let records = SiteRecordPages(model: model, language: language)
      add(prefix + SitePaths.search) { lists.searchPage() }
      add(prefix + SitePaths.categories) { lists.categoriesPage() }
      for category in model.index.taxonomy.categories {
        add(prefix + SitePaths.category(category.id)) { lists.categoryPage(category) }
      }
      for country in countries { add(prefix + SitePaths.country(country)) { lists.countryPage(country) } }
      add(prefix + SitePaths.municipalities) { lists.municipalitiesPage() }
      for year in years {
        add(prefix + SitePaths.year(year)) { lists.yearPage(year, model.catalogue.cases.filter { $0.year == year }) }
      }
      add(prefix + SitePaths.coverage) { lists.coveragePage() }
      add(prefix + SitePaths.policies) { lists.policiesPage() }
      add(prefix + SitePaths.contribute) { lists.contributePage() }
      for municipality in model.index.municipalities {
        add(prefix + SitePaths.municipality(municipality.id)) { records.municipalityPage(municipality.id) }
      }
      for study in model.catalogue.cases {
        add(prefix + SitePaths.caseStudy(study.id)) { records.casePage(study) }
      }
    }
    if let base = model.request.baseURL {
      let pages = jobs.map(\.path).filter { $0.hasSuffix(".html") }
      add("sitemap.xml") { sitemap(base: base, pages: pages) }
    }
    return jobs
  }

  static func sitemap(base: String, pages: [String]) -> String {
    let root = base.hasSuffix("/") ? base : base + "/"
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    for page in pages.sorted() { xml += "<url><loc>\(HTML.escape(root + page))</loc></url>\n" }
    return xml + "</urlset>\n"
  }

  /// Makes and writes the files on every core; the first failure is thrown once all workers stopped.
  static func run(_ jobs: [Job], into output: SiteOutput) throws(SiteError) {
    let next = JobCounter()
    let failure = ResultSlots<SiteError>(count: 1)
    let workers = max(1, min(ProcessInfoCompat.activeProcessorCount, 8))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let number = next.take(below: jobs.count) {
        let job = jobs[number]
        do throws(SiteError) {
          try output.write(job.path, job.make())
        } catch {
          failure.set(0, error)
          next.stop()
        }
      }
    }
    if let error = failure.all[0] { throw error }
  }
}

/// Hands out job numbers to workers.
final class JobCounter: @unchecked Sendable {
  // Safe: `value` and `stopped` are only touched under `lock`.
  private let lock = NSLock()
  private var value = 0
  private var stopped = false

  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard !stopped, value < limit else { return nil }
    value += 1
    return value - 1
  }

  func stop() {
    lock.lock()
    stopped = true
    lock.unlock()
  }
}
