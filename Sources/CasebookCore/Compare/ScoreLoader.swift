import CasebookGit
import CasebookYAML
import CasebookText

/// What `compare` and `rank` need of a snapshot: the scores, who is who, and which files are invalid.
struct ScoredCatalogue: Sendable {
  /// The snapshot read.
  var snapshot: Snapshot
  /// Catalogue files with errors, sorted.
  var invalidFiles: [String]
  /// Every municipality folder, named from its profile when valid.
  var directory: MunicipalityDirectory
  /// Every valid policy scored (with the case studies when they were asked for).
  var scores: CatalogueScores
  /// Which version of the catalogue was read, in words for reports (``Workspace/versionDescription(of:)``).
  var version: Message = Message(SnapshotText.workingTree)
}

/// Scores a snapshot's policies through the score cache (`scores-<rules id>-<model id>`, see
/// ``CachedScoreEntry``): the findings come from the folder summaries of a whole validation, and only files
/// whose blob, path, rules or model changed are read and evaluated again. The medians and the peers are worked
/// out from the cached scores on every run, so a changed policy costs one evaluation plus the median update.
enum ScoreLoader {
  static func load(
    _ snapshot: Snapshot, rules: RuleSet, model: BestPracticeModel, cache: ResultCache, cases withCases: Bool
  ) throws(CatalogueError) -> ScoredCatalogue {
    // Policies and profiles come from the score cache, case studies (for the peers of `compare`) from the
    // peer cache (``PeerCaseCache``).
    var scored: [(path: CataloguePath, entry: SnapshotEntry)] = []
    var studies: [(path: CataloguePath, entry: SnapshotEntry)] = []
    for entry in snapshot.entries {
      guard case .file(let file) = CatalogueLayout.classify(entry.path) else { continue }
      switch file.kind {
      case .policy, .municipality: scored.append((file, entry))
      case .caseStudy where withCases: studies.append((file, entry))
      default: continue
      }
    }
    // Decoding every cached entry is most of a warm run: it is shared between the cores.
    let leaves = ScoreEntryLeaves(model: model)
    let (scoredFiles, studyFiles) = (scored, studies)
    var entries = ParallelMap.map(scored.count) { position -> CachedScoreEntry? in
      guard let (start, end) = cache.reader(for: key(scoredFiles[position])), case var reader = start,
        let entry = try? reader.scoreEntry(model: model, leaves: leaves), reader.offset == end
      else { return nil }
      return entry
    }
    // Per case study: nil when not known yet, `.some(nil)` when the file has no record.
    let peerCache = withCases ? PeerCaseCache.open(gitDirectory: snapshot.gitDirectory, rules: rules) : nil
    var cases = ParallelMap.map(peerCache == nil ? 0 : studies.count) { position -> PeerCase?? in
      let file = studyFiles[position]
      guard let (start, end) = peerCache?.reader(for: key(file)), case var reader = start,
        let entry = try? reader.peerCase(file.path), reader.offset == end
      else { return nil }
      return entry
    }
    if cases.count < studies.count { cases = [PeerCase??](repeating: nil, count: studies.count) }
    let uncachedCases = studies.indices.filter { cases[$0] == nil }
    if !uncachedCases.isEmpty {
      // The validated documents that validation caches serve the case studies not in the peer cache yet.
      let documents = ResultCache(
        gitDirectory: snapshot.gitDirectory, kind: ValidationCaches.documentKind, rulesID: rules.id)
      for position in uncachedCases {
        let file = studies[position]
        guard let (start, end) = documents.reader(for: key(file)), case var reader = start,
          let document = try? reader.node(), reader.offset == end
        else { continue }
        cases[position] = PeerCase(CaseStudy(file.path, document))
      }
    }
    let missing = scored.indices.filter { entries[$0] == nil }
    let missingCases = studies.indices.filter { cases[$0] == nil }
    let diagnostics: [Diagnostic]
    if cache.count == 0 {
      // Nothing cached yet: one validation that keeps the records serves both the findings and the entries.
      let report = try CatalogueValidator.validate(snapshot, rules: rules, records: true)
      diagnostics = report.diagnostics
      for position in missing { entries[position] = entry(report.records[scored[position].path.path], model: model) }
      for position in missingCases { cases[position] = peerCase(report.records[studies[position].path.path]) }
    } else {
      diagnostics = try CatalogueValidator.validate(snapshot, rules: rules, records: false).diagnostics
      let files = missing.map { scored[$0] } + missingCases.map { studies[$0] }
      if !files.isEmpty {
        // A few files are checked sooner than the per-file caches (every validated document) are loaded and
        // written back, as a validation does.
        let caches = files.count > CatalogueValidator.filesCheckedWithoutCache
          ? ValidationCaches(snapshot: snapshot, rules: rules, records: true) : nil
        let checked = try CatalogueValidator.checkFiles(
          files, snapshot: snapshot, rules: rules, records: true, caches: caches, runSize: snapshot.entries.count)
        if let caches {
          _ = CatalogueValidator.saveCaches(caches, files: files, results: checked, runSize: snapshot.entries.count)
        }
        for (position, result) in zip(missing, checked) { entries[position] = entry(result.record, model: model) }
        for (position, result) in zip(missingCases, checked.dropFirst(missing.count)) {
          cases[position] = peerCase(result.record)
        }
      }
    }
    if !missing.isEmpty {
      let isNew = Set(missing)
      cache.save(keys: scored.map(key), isNew: { isNew.contains($0) }, keepingOlder: snapshot.entries.count) {
        position, writer in
        // An entry that cannot be written is stored as a tag no reader accepts: the next run computes it again.
        var encoded = ByteWriter()
        writer.raw(encoded.scoreEntry(entries[position]!) ? encoded.bytes : [255])
      }
    }
    if let peerCache, !uncachedCases.isEmpty {
      let isNew = Set(uncachedCases)
      peerCache.save(keys: studies.map(key), isNew: { isNew.contains($0) }, keepingOlder: snapshot.entries.count) {
        position, writer in writer.peerCase(cases[position]!)
      }
    }
    return assemble(
      snapshot: snapshot, files: scored, entries: entries, cases: cases.compactMap { $0 ?? nil },
      diagnostics: diagnostics, model: model)
  }

  private static func key(_ file: (path: CataloguePath, entry: SnapshotEntry)) -> ResultCache.Key {
    ResultCache.Key(blob: file.entry.blobID, path: file.path.path)
  }

  /// What peers show of a file's record: nil for a file that is not a valid case study.
  private static func peerCase(_ record: CatalogueRecord?) -> PeerCase? {
    if case .caseStudy(let study) = record { return PeerCase(study) }
    return nil
  }

  /// The cache entry for a file's record (the criteria applied, for a policy); `.none` for a file without one.
  private static func entry(_ record: CatalogueRecord?, model: BestPracticeModel) -> CachedScoreEntry {
    switch record {
    case .policy(let policy):
      .policy(
        document: heading(of: policy.document),
        criteria: model.criteria.map { PolicyScore.apply($0, to: policy.document) })
    case .municipality(let municipality): .profile(name: municipality.name)
    case .caseStudy, nil: .noRecord
    }
  }

  /// The fields of a policy that its ``Policy`` value reads (title, status, language, adopted date,
  /// categories): all a score needs once the criteria are applied, and what the score cache keeps of the
  /// document, so that a warm run does not read back every policy's whole text.
  static func heading(of document: Node) -> Node {
    guard case .mapping(let entries) = document.value else { return document }
    return Node(.mapping(entries.filter { Policy.headingFields.contains($0.key) }), at: document.location)
  }

  private static func assemble(
    snapshot: Snapshot, files: [(path: CataloguePath, entry: SnapshotEntry)], entries: [CachedScoreEntry?],
    cases: [PeerCase], diagnostics: [Diagnostic], model: BestPracticeModel
  ) -> ScoredCatalogue {
    var names: [String: String] = [:]
    var policies: [Policy] = []
    var criteriaOf: [[CriterionResult]] = []
    for (file, entry) in zip(files, entries) {
      switch entry {
      case .profile(let name): if let id = file.path.municipalityID { names[id] = name }
      case .policy(let document, let criteria):
        policies.append(Policy(file.path, document))
        criteriaOf.append(criteria)
      case .noRecord, nil: continue
      }
    }
    let scores = zip(policies, criteriaOf).map { policy, criteria in
      let id = "\(policy.country)/\(policy.municipality)"
      return PolicyScore(
        policy: policy, municipality: id, name: names[id] ?? policy.municipality, criteria: criteria, model: model)
    }
    let invalid = Set(diagnostics.filter { $0.severity == .error }.map(\.file)).sorted()
    return ScoredCatalogue(
      snapshot: snapshot, invalidFiles: invalid, directory: MunicipalityDirectory(snapshot: snapshot, names: names),
      scores: CatalogueScores(scored: scores, names: names, peerCases: cases.sorted { $0.id < $1.id }, model: model))
  }
}
