import CasebookGit
import CasebookYAML
import CasebookText

/// What `casebook compare` or `casebook rank` was asked for.
public struct ScoreRequest: Sendable {
  /// The folder to start from (`-C DIR`); nil for the current directory.
  public var directory: String?
  /// A model file to use instead of `schema/best-practice.yaml`, relative to ``directory``.
  public var modelPath: String?
  /// A revision to read instead of the working tree.
  public var revision: String?
  /// Limits for reading YAML.
  public var limits: YAMLLimits

  /// Creates a request.
  public init(directory: String? = nil, modelPath: String? = nil, revision: String? = nil, limits: YAMLLimits = YAMLLimits()) {
    self.directory = directory
    self.modelPath = modelPath
    self.revision = revision
    self.limits = limits
  }
}

/// A municipality's policy against best practice, optionally side by side with another's.
public struct ComparisonReport: Sendable {
  /// The municipality compared, with peers for every criterion it does not meet.
  public var subject: PolicyScore
  /// The municipality it is put beside (`--with`), with its own peers.
  public var other: PolicyScore?
  /// The whole catalogue scored: medians and the model.
  public var catalogue: CatalogueScores
  /// Where the catalogue was read (`working tree`, `revision main (1a2b3c4)`).
  public var snapshotLabel: Message
  /// The day the report is made (`2026-12-07`), which the HTML report shows in its header and on every printed
  /// page; nil leaves it out.
  public var date: String? = nil

  /// The model.
  public var model: BestPracticeModel { catalogue.model }
}

/// The league table of every municipality with a valid policy.
public struct RankReport: Sendable {
  /// The scores, best first.
  public var catalogue: CatalogueScores
  /// Policy files left out because they have errors.
  public var invalidPolicies: [String]
  /// Where the catalogue was read.
  public var snapshotLabel: Message
  /// With `--catalogue`: the catalogue of each scored municipality, by its (possibly qualified) id.
  public var catalogueOf: [String: String]? = nil
}

/// Entry points of `compare` and `rank`.
public enum Comparer {
  /// Compares the policy of `municipality` (and of `other`, when given) with best practice.
  public static func compare(
    _ municipality: String, with other: String? = nil, request: ScoreRequest
  ) throws(CompareError) -> ComparisonReport {
    let loaded = try loadScores(request, cases: true)
    let directory = loaded.directory
    let subjectID = try directory.resolve(municipality)
    let otherID = try other.map { (name) throws(CompareError) in try directory.resolve(name) }
    if otherID == subjectID { throw .sameMunicipality(subjectID) }
    func scored(_ id: String) throws(CompareError) -> PolicyScore {
      if let score = loaded.scores.score(of: id) { return loaded.scores.withPeers(score) }
      let path = "cases/\(id)/policy.yaml"
      if loaded.snapshot.entry(at: path) != nil { throw .invalidPolicy(municipality: id, path: path) }
      throw .noPolicy(municipality: id)
    }
    let subject = try scored(subjectID)
    let second = try otherID.map { (id) throws(CompareError) in try scored(id) }
    return ComparisonReport(
      subject: subject, other: second, catalogue: loaded.scores, snapshotLabel: loaded.version)
  }

  /// Scores every municipality with a valid policy. With `cases: false` the report's `catalogue.cases` stays
  /// empty (so peers lists no case studies): the league table shows none, and reading them is most of what a
  /// warm run costs.
  public static func rank(_ request: ScoreRequest, cases: Bool = true) throws(CompareError) -> RankReport {
    let loaded = try loadScores(request, cases: cases)
    let invalid = loaded.invalidFiles.filter {
      if case .file(let file) = CatalogueLayout.classify($0) { return file.kind == .policy }
      return false
    }
    return RankReport(catalogue: loaded.scores, invalidPolicies: invalid, snapshotLabel: loaded.version)
  }

  /// The scores of the requested snapshot through the score cache (``ScoreLoader``); `cases` loads the case
  /// studies too, for peers.
  static func loadScores(_ request: ScoreRequest, cases: Bool) throws(CompareError) -> ScoredCatalogue {
    let workspace: Workspace
    let snapshot: Snapshot
    let rules: RuleSet
    do {
      workspace = try Workspace(directory: request.directory)
      snapshot = try workspace.snapshot(revision: request.revision)
      rules = RuleSet.load(from: snapshot, reader: try snapshot.makeReader(), limits: request.limits)
    } catch {
      throw .catalogue(error)
    }
    // A score cache of these rules and this model exists only when the model passed its check under them.
    var cache: ResultCache?
    let model = try self.model(request, workspace: workspace, snapshot: snapshot, rules: rules) { modelID in
      cache = ScoreCache.open(gitDirectory: snapshot.gitDirectory, rules: rules, modelID: modelID)
      return cache!.count > 0
    }
    do {
      var loaded = try ScoreLoader.load(snapshot, rules: rules, model: model, cache: cache!, cases: cases)
      loaded.version = workspace.versionDescription(of: snapshot)
      return loaded
    } catch {
      throw .catalogue(error)
    }
  }

  /// The model `--model` names, or the snapshot's own. `isChecked(id)` says whether the model with that
  /// content id passed its check under `rules` before; such a model is only decoded.
  private static func model(
    _ request: ScoreRequest, workspace: Workspace, snapshot: Snapshot, rules: RuleSet,
    isChecked: (ObjectID) -> Bool = { _ in false }
  ) throws(CompareError) -> BestPracticeModel {
    let path: String
    let bytes: [UInt8]
    if let given = request.modelPath {
      path = given
      let absolute = path.hasPrefix("/") ? path : workspace.directory + "/" + path
      do {
        bytes = try FileSystem.read(absolute, limit: request.limits.maxBytes)
      } catch {
        throw .modelUnreadable(path: path, reason: error.message)
      }
    } else {
      path = catalogueModelPath
      bytes = try catalogueModelBytes(snapshot: snapshot, limits: request.limits)
    }
    if isChecked(ObjectID.blob(hashing: bytes)), let document = try? YAMLParser.parse(bytes, limits: rules.limits),
      let model = ModelDecoder.decode(document, path: path).model
    {
      return model
    }
    return try ModelLoader.model(bytes: bytes, path: path, rules: rules, given: request.modelPath != nil)
  }

  static func load(_ request: ScoreRequest) throws(CompareError) -> (catalogue: Catalogue, scores: CatalogueScores) {
    let catalogue: Catalogue
    let workspace: Workspace
    do {
      workspace = try Workspace(directory: request.directory)
      catalogue = try Catalogue.load(try workspace.snapshot(revision: request.revision), limits: request.limits)
    } catch {
      throw .catalogue(error)
    }
    let model = try self.model(request, workspace: workspace, snapshot: catalogue.snapshot, rules: catalogue.rules)
    return (catalogue, CatalogueScores(catalogue: catalogue, model: model))
  }

  static let catalogueModelPath = "schema/best-practice.yaml"

  /// The catalogue's own model, `schema/best-practice.yaml` of its snapshot, checked and decoded.
  static func catalogueModel(_ catalogue: Catalogue, limits: YAMLLimits) throws(CompareError) -> BestPracticeModel {
    let bytes = try catalogueModelBytes(snapshot: catalogue.snapshot, limits: limits)
    return try ModelLoader.model(bytes: bytes, path: catalogueModelPath, rules: catalogue.rules, given: false)
  }

  private static func catalogueModelBytes(snapshot: Snapshot, limits: YAMLLimits) throws(CompareError) -> [UInt8] {
    let path = catalogueModelPath
    guard let entry = snapshot.entry(at: path) else { throw .modelMissing }
    do {
      return try snapshot.makeReader().bytes(of: entry, limit: limits.maxBytes)
    } catch let error as CatalogueError {
      throw .catalogue(error)
    } catch {
      throw .invalidModel(
        path: path,
        diagnostics: [
          Diagnostic(
            file: path, rule: "git.unreadable", message: Message(CatalogueCheckText.unreadable, .message(reason(error))))
        ], given: false)
    }
  }
}

/// Reads and checks a best-practice model.
public enum ModelLoader {
  /// Validates a model file exactly as `casebook validate` validates `schema/best-practice.yaml` (YAML, schema,
  /// `catalog.model-*` rules) and decodes it; `path` names it in diagnostics.
  public static func check(bytes: [UInt8], path: String, rules: RuleSet) -> (model: BestPracticeModel?, diagnostics: [Diagnostic]) {
    let report = FileCheck.check(CataloguePath(path: path, kind: .bestPractice), bytes: bytes, rules: rules)
    guard !report.hasErrors, let document = try? YAMLParser.parse(bytes, limits: rules.limits) else {
      return (nil, report.diagnostics)
    }
    let decoded = ModelDecoder.decode(document, path: path)
    return (decoded.model, report.diagnostics + decoded.problems)
  }

  static func model(bytes: [UInt8], path: String, rules: RuleSet, given: Bool) throws(CompareError) -> BestPracticeModel {
    let checked = check(bytes: bytes, path: path, rules: rules)
    guard let model = checked.model else {
      throw .invalidModel(path: path, diagnostics: checked.diagnostics, given: given)
    }
    return model
  }
}
