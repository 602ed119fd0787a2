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
  public var modelProblem: Message?
}

/// `casebook site`: the catalogue as a static web site. A pure function of the snapshot and the options: the
/// same revision gives the same bytes, so only pages whose content changed are written again.
public enum SiteBuilder {
  /// Builds the site of the request's snapshot into its output folder; with `union`, of the records of
  /// several catalogues (`site --catalogue`).
  public static func build(_ request: SiteRequest, union: SiteCatalogues? = nil) throws(SiteError) -> SiteResult {
    try check(request)
    var request = request
    let catalogue: Catalogue
    let provenance: [String: Provenance]
    do {
      let workspace = try Workspace(directory: request.directory)
      if let union {
        (catalogue, provenance) = (union.catalogue, union.provenance)
      } else {
        let revision = request.revision ?? (workspace.isBare ? "HEAD" : nil)
        let snapshot = try workspace.snapshot(revision: revision)
        catalogue = try Catalogue.load(snapshot, limits: request.limits)
        provenance = try workspace.provenances(in: snapshot)
      }
      // A revision's pages carry the day of its commit, so that the same revision still gives the same pages.
      if case .revision(_, let commit) = catalogue.snapshot.origin, let made = try? workspace.repository.commit(commit) {
        request.date = Self.isoDay(made.committer.time)
      }
    } catch {
      throw .catalogue(error)
    }
    let (index, analysis, modelProblem) = prepare(catalogue, limits: request.limits)
    var model = SiteModel(catalogue: catalogue, index: index, provenance: provenance, analysis: analysis, request: request)
    model.catalogues = union.map { ($0.names, $0.commits) } ?? ([], [])
    let output = try SiteOutput(path: request.output)
    let jobs = self.jobs(model)
    try run(jobs, into: output)
    let removed = try output.finish(files: Set(jobs.map(\.path)))
    let result = SiteResult(
      output: output.root, files: jobs.count, written: output.written, unchanged: output.unchanged, removed: removed,
      invalidFiles: catalogue.invalidFiles, modelProblem: modelProblem)
    // Freeing the records, the index and the pages' jobs takes a noticeable part of a rebuild: it is left to
    // another thread, which a command that ends after the build does not wait for.
    let retired = (model, jobs, output)
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(retired) {} }
    return result
  }

  /// The search index, and meanwhile the scores, peers and related cases. The analysis is the first task; the
  /// records are turned into index entries in small batches by whichever core is free, so that neither core
  /// waits for the other.
  static func prepare(_ catalogue: Catalogue, limits: YAMLLimits) -> (SearchIndex, SiteModel.Analysis, Message?) {
    let batches = SearchIndex.EntryBatches(catalogue)
    let analysisSlot = ResultSlots<(SiteModel.Analysis, Message?)>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 1 + batches.count) { task in
      if task == 0 {
        let (scores, modelProblem) = self.scores(catalogue, limits: limits)
        analysisSlot.set(0, (SiteModel.Analysis(catalogue: catalogue, scores: scores), modelProblem))
      } else {
        batches.make(task - 1)
      }
    }
    let (analysis, modelProblem) = analysisSlot.all[0]!
    return (batches.index(), analysis, modelProblem)
  }

  /// The day (`2026-12-07`, UTC) of a time in seconds since 1970.
  static func isoDay(_ seconds: Int64) -> String {
    String(CivilTime.iso8601(seconds: seconds, offsetMinutes: 0).prefix(10))
  }

  static func check(_ request: SiteRequest) throws(SiteError) {
    if let base = request.baseURL, !HTML.isWebAddress(base) {
      throw .badOption(Message(SiteErrorText.badBaseURL))
    }
    if let edit = request.editURL {
      guard edit.contains("{path}"), HTML.isWebAddress(edit.replacing("{path}", with: "cases/x.yaml")) else {
        throw .badOption(Message(SiteErrorText.badEditURL))
      }
    }
    if let title = request.title, title.trimmingSpaces.isEmpty { throw .badOption(Message(SiteErrorText.emptyTitle)) }
  }

  /// Every valid policy scored against the catalogue's own model; nil with the reason when there is no
  /// usable model.
  static func scores(_ catalogue: Catalogue, limits: YAMLLimits) -> (CatalogueScores?, Message?) {
    let path = "schema/best-practice.yaml"
    guard let entry = catalogue.snapshot.entry(at: path) else {
      return (nil, catalogue.policies.isEmpty ? nil : Message(SiteErrorText.modelMissing, .code(path)))
    }
    do {
      let bytes = try catalogue.snapshot.makeReader().bytes(of: entry, limit: limits.maxBytes)
      let model = try ModelLoader.model(bytes: bytes, path: path, rules: catalogue.rules, given: false)
      return (CatalogueScores(catalogue: catalogue, model: model), nil)
    } catch {
      return (nil, Message(SiteErrorText.modelInvalid, .code(path), .code("casebook validate \(path)")))
    }
  }

  /// One file of the site, how to make it, and (for pages) the digest of what it is made from.
  struct Job: Sendable {
    var path: String
    var key: (@Sendable () -> String)?
    var make: @Sendable () -> [UInt8]
  }

  static func jobs(_ model: SiteModel) -> [Job] {
    var jobs: [Job] = []
    let keys = SiteKeys(model)
    func add(_ path: String, key: (@Sendable () -> String)?, _ make: @escaping @Sendable () -> String) {
      jobs.append(Job(path: path, key: key) { Array(make().utf8) })
    }
    add("index.html", key: { keys.global }) { SiteListPages.rootPage(model) }
    for name in PageAssets.names { add("assets/" + name, key: { keys.global }) { PageAssets.text(name) } }
    for file in SiteSearchData.files(model) { jobs.append(Job(path: file.path, key: nil, make: file.make)) }
    for chunk in SiteSearchData.resultChunks(model.index) {
      let documents = chunk.documents
      jobs.append(Job(path: chunk.path, key: { keys.resultChunk(documents) }) { SiteSearchData.resultChunk(model.index, documents) })
    }
    let years = Dictionary(grouping: model.catalogue.cases, by: \.year)
    let perCategory = SiteListPages.casesPerCategory(model.catalogue.cases)
    let countries = Array(Set(model.index.municipalities.map(\.country))).sorted()
    for language in Language.allCases {
      let prefix = language.rawValue + "/"
      let lists = SiteListPages(model: model, language: language)
      let records = SiteRecordPages(model: model, language: language)
      let dataVersion = String(keys.data.prefix(10))
      add(prefix + SitePaths.search, key: { SiteKeys.digest([keys.summaryPage("search", language), model.sourceLabel.text(.en), dataVersion]) }) {
        lists.searchPage(dataVersion: dataVersion)
      }
      add(prefix + SitePaths.categories, key: { keys.summaryPage("categories", language) }) { lists.categoriesPage() }
      for category in model.index.taxonomy.categories {
        let cases = perCategory[category.id] ?? []
        add(prefix + SitePaths.category(category.id), key: { keys.listPage("category " + category.id, language, cases) }) {
          lists.categoryPage(category, cases)
        }
      }
      for country in countries {
        add(prefix + SitePaths.country(country), key: { keys.summaryPage("country " + country, language) }) {
          lists.countryPage(country)
        }
      }
      add(prefix + SitePaths.municipalities, key: { keys.summaryPage("municipalities", language) }) {
        lists.municipalitiesPage()
      }
      for (year, cases) in years.sorted(by: { $0.key < $1.key }) {
        add(prefix + SitePaths.year(year), key: { keys.listPage("year \(year)", language, cases) }) {
          lists.yearPage(year, cases)
        }
      }
      add(prefix + SitePaths.coverage, key: { keys.summaryPage("coverage", language) }) { lists.coveragePage() }
      add(prefix + SitePaths.policies, key: { keys.policiesPage(language) }) { lists.policiesPage() }
      add(prefix + SitePaths.contribute, key: { keys.summaryPage("contribute", language) }) { lists.contributePage() }
      for municipality in model.index.municipalities {
        let id = municipality.id
        add(prefix + SitePaths.municipality(id), key: { keys.municipalityPage(id, language) }) {
          records.municipalityPage(id)
        }
      }
      for study in model.catalogue.cases {
        add(prefix + SitePaths.caseStudy(study.id), key: { keys.casePage(study, language) }) { records.casePage(study) }
      }
    }
    if let base = model.request.baseURL {
      let pages = jobs.map(\.path).filter { $0.hasSuffix(".html") }
      add("sitemap.xml", key: nil) { sitemap(base: base, pages: pages) }
    }
    return jobs
  }

  static func sitemap(base: String, pages: [String]) -> String {
    let root = base.hasSuffix("/") ? base : base + "/"
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    for page in pages.sorted() { xml += "<url><loc>\(HTML.escape(root + page))</loc></url>\n" }
    return xml + "</urlset>\n"
  }

  /// Makes and writes the files on every core, skipping pages whose digest and file are as the previous build
  /// left them; the first failure is thrown once all workers stopped.
  static func run(_ jobs: [Job], into output: SiteOutput) throws(SiteError) {
    let next = JobCounter()
    let failure = ResultSlots<SiteError>(count: 1)
    let workers = max(1, min(ProcessInfoCompat.activeProcessorCount, 8))
    let progress = WorkProgress.current
    progress?.expect(jobs.count, stage: .writingPages)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let number = next.take(below: jobs.count) {
        let job = jobs[number]
        defer { progress?.advance(1) }
        do throws(SiteError) {
          let key = job.key?()
          if let key, output.isCurrent(job.path, key: key) { continue }
          try output.write(job.path, job.make(), key: key)
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
