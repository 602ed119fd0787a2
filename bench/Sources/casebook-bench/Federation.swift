import CasebookGit
import Foundation

/// Issue 19 in `make bench`: a local catalogue with `peers` peer catalogues of `cases` cases each, served from
/// `file://` addresses and fetched with `casebook fetch`. Warm `search --catalogue all` against warm search of
/// the local catalogue alone, and an incremental fetch after one case changed in one peer against a fresh
/// `git clone` of that peer.
enum FederationBench {
  /// Bump when the peers' content or layout changes, so the peers under bench/work are made again.
  static let version = 1

  /// The table of the federation rows, and the goal lines for the report's notes.
  static func table(options: Options, sourceRoot: String) throws -> (table: Report.Table, notes: [String]) {
    let cases = options.federationSize
    let peerCount = options.federationPeers
    let loadBefore = Machine.loadAverage()
    var peers: [String] = []
    for number in 1...peerCount {
      peers.append(try peer(number, cases: cases, work: options.work, sourceRoot: sourceRoot))
    }
    let local = try localCatalogue(cases: cases, peers: peers, options: options, sourceRoot: sourceRoot)
    var table = Report.Table(
      size: cases, files: try countFiles(local), title: "Federation: \(peerCount) peers of \(cases) cases each")
    let casebook = [options.casebook, "-C", local]
    let runs = options.runs
    try measureRow(&table, "fetch, all \(peerCount) peers, first time", casebook + ["fetch"], runs: 1)
    let query = ["search", "--category", "participate", "library"]
    // The first runs build and store every catalogue's search index; the rows below are warm.
    _ = try Measure.run(casebook + query).check("search, priming")
    _ = try Measure.run(casebook + query + ["--catalogue", "all"]).check("search --catalogue all, priming")
    try measureRow(&table, "search, local catalogue only, warm", casebook + query, runs: runs)
    try measureRow(
      &table, "search --catalogue all (\(peerCount + 1) catalogues), warm", casebook + query + ["--catalogue", "all"],
      runs: runs)
    let changed = peers[peers.count / 2]
    let name = peerName(peers.count / 2 + 1)
    try measureRow(&table, "fetch \(name), nothing changed", casebook + ["fetch", name], runs: runs)
    var edit = 0
    try measureRow(&table, "fetch \(name), 1 case changed", casebook + ["fetch", name], runs: runs) { _ in
      edit += 1
      try changeOneCase(changed, edit: edit)
    }
    let clone = options.work + "/federation-clone.git"
    try measureRow(
      &table, "git clone --bare of \(name) (fresh)",
      ["git", "clone", "-q", "--bare", "--single-branch", "--branch", "main", "file://" + changed, clone], runs: runs
    ) { _ in _ = try? FileManager.default.removeItem(atPath: clone) }
    _ = try? FileManager.default.removeItem(atPath: clone)
    table.load = "\(loadBefore) → \(Machine.loadAverage())"
    func ratio(_ top: String, _ bottom: String) -> Double? {
      guard let a = table.median(top), let b = table.median(bottom) else { return nil }
      return a / b
    }
    var notes: [String] = []
    if let search = ratio("search --catalogue all", "search, local catalogue only") {
      notes.append(
        "Goal of issue 19: warm `search --catalogue all` over \(peerCount) peers of \(cases) cases ≤ 3× warm search of "
          + "one catalogue: \(Report.ratio(search)) (\(search <= 3 ? "met" : "**not met**")).")
    }
    if let fetch = ratio("fetch \(name), 1 case changed", "git clone --bare"),
      let idle = ratio("fetch \(name), nothing changed", "git clone --bare")
    {
      notes.append(
        "Issue 19: incremental `casebook fetch` after one case changed in one peer costs \(Report.ratio(fetch)) of a "
          + "fresh `git clone` of that peer (a fetch with nothing to fetch: \(Report.ratio(idle))).")
    }
    return (table, notes)
  }

  static func peerName(_ number: Int) -> String { "peer-\(number)" }

  /// Peer `number`: a bare repository with the real schema and `cases` cases whose municipalities are numbered
  /// after those of the local catalogue and of the peers before it, so no two catalogues share a record.
  static func peer(_ number: Int, cases: Int, work: String, sourceRoot: String) throws -> String {
    let root = "\(work)/federation-peer-\(number)-\(cases)-v\(Generator.version).\(version).git"
    let marker = root + "/casebook-bench-complete"
    if FileManager.default.fileExists(atPath: marker) { return root }
    try? FileManager.default.removeItem(atPath: root)
    let started = Date()
    log("generating peer \(number) with \(cases) cases in \(root) ...")
    let repository = try Repository.create(at: root, bare: true)
    var changes: [String: FileChange] = [:]
    for (path, data) in try Generator.schemaFiles(sourceRoot: sourceRoot) { changes[path] = .write(Array(data), .regular) }
    let templates = try Generator.policyTemplates(sourceRoot: sourceRoot)
    let municipalities = (cases + Generator.casesPerMunicipality - 1) / Generator.casesPerMunicipality
    for offset in 0..<municipalities {
      let number = number * municipalities + offset
      let spec = Content.municipality(number)
      let folder = "cases/\(spec.country.code)/\(spec.slug)"
      changes[folder + "/municipality.yaml"] = .write(Array(Content.municipalityText(spec, number: number).utf8), .regular)
      changes[folder + "/policy.yaml"] = .write(
        Array(Content.policy(spec, number: number, templates: templates).utf8), .regular)
      for index in 0..<min(Generator.casesPerMunicipality, cases - offset * Generator.casesPerMunicipality) {
        let (slug, text) = Content.caseStudy(spec, index: index, seed: number * Generator.casesPerMunicipality + index)
        changes["\(folder)/\(slug).yaml"] = .write(Array(text.utf8), .regular)
      }
    }
    try repository.commitChanges(changes, message: "Peer catalogue \(number)", author: author(0), branch: "refs/heads/main")
    try Measure.run(["git", "-C", root, "symbolic-ref", "HEAD", "refs/heads/main"], quiet: true).check("git symbolic-ref")
    try Measure.run(["git", "-C", root, "repack", "-adq"], quiet: true).check("git repack")
    try Measure.run(["git", "-C", root, "prune-packed"], quiet: true).check("git prune-packed")
    _ = FileManager.default.createFile(atPath: marker, contents: Data())
    log("generated peer \(number) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    return root
  }

  /// A fresh copy of the generated local catalogue of `cases` cases whose `schema/peers.yaml` lists the peers
  /// by `file://` address, with nothing fetched yet.
  static func localCatalogue(cases: Int, peers: [String], options: Options, sourceRoot: String) throws -> String {
    let source = try Generator.catalogue(cases: cases, work: options.work, sourceRoot: sourceRoot)
    let root = "\(options.work)/federation-local-\(cases)"
    try? FileManager.default.removeItem(atPath: root)
    try Measure.run(["git", "clone", "-q", source, root], quiet: true).check("git clone of the local catalogue")
    var text = "peers:\n"
    for (position, peer) in peers.enumerated() {
      text += "  - name: \(peerName(position + 1))\n    url: file://\(peer)\n    branch: main\n"
      text += "    description: Generated peer catalogue \(position + 1) for the benchmark.\n"
    }
    try Generator.write(root + "/schema/peers.yaml", Data(text.utf8))
    try Repository.open(at: root).commitChanges(
      ["schema/peers.yaml": .write(Array(text.utf8), .regular)], message: "List the peers", author: author(0),
      branch: "refs/heads/main")
    return root
  }

  /// Commits a new text of one case in the peer `root`, a different one for each `edit`.
  static func changeOneCase(_ root: String, edit: Int) throws {
    let repository = try Repository.open(at: root)
    guard let head = try repository.referenceTarget("refs/heads/main") else { throw BenchError("\(root) has no main") }
    guard let entry = try repository.treeEntries(commit: head, under: "cases").first(where: {
      $0.mode.isBlob && !$0.path.hasSuffix("municipality.yaml") && !$0.path.hasSuffix("policy.yaml")
    }) else { throw BenchError("\(root) has no case") }
    let text = String(decoding: try repository.blob(entry.id), as: UTF8.self)
    let changed = text.replacingOccurrences(of: "\ntags:\n", with: "\ntags:\n  - edited-\(edit)\n")
    guard changed != text else { throw BenchError("\(entry.path) has no tags to edit") }
    try repository.commitChanges(
      [entry.path: .write(Array(changed.utf8), .regular)], message: "Edit \(entry.path)", author: author(edit),
      branch: "refs/heads/main")
  }

  static func author(_ edit: Int) -> Signature {
    Signature(name: "Casebook Bench", email: "bench@example.org", time: 1_700_000_000 + Int64(edit))
  }
}
