import Foundation

/// Times `arguments` `runs` times (after `before(run)` each time) into a row of `table`.
func measureRow(
  _ table: inout Report.Table, _ label: String, _ arguments: [String], runs: Int,
  before: (Int) throws -> Void = { _ in }
) throws {
  var series = Series()
  for run in 0..<runs {
    try before(run)
    series.add(try Measure.run(arguments, quiet: true).check(label, allowing: [0]))
  }
  table.rows.append(.init(label: label, series: series))
  log(String(format: "%-60@ %8.4f s  %6.1f MB", label, series.median, Double(series.peakBytes) / 1e6))
}

/// Start-up: `casebook --version` against `git --version`, many runs each.
func startupTable(options: Options) throws -> Report.Table {
  var table = Report.Table(size: 0, files: 0, title: "Start-up")
  let loadBefore = Machine.loadAverage()
  try measureRow(&table, "casebook --version", [options.casebook, "--version"], runs: 30)
  try measureRow(&table, "git --version", ["git", "--version"], runs: 30)
  table.load = "\(loadBefore) → \(Machine.loadAverage())"
  return table
}

/// The small-file catalogue (11,000 files of about 1.5 KB): validate cold and after one file changed (text and
/// JSON), search cold, rank and compare cold and after one policy changed, and the C program.
func smallCatalogueTable(options: Options, sourceRoot: String) throws -> Report.Table {
  let root = try Generator.smallCatalogue(work: options.work, sourceRoot: sourceRoot)
  var table = Report.Table(size: 0, files: try countFiles(root), title: "Small-file catalogue")
  let loadBefore = Machine.loadAverage()
  let casebook = [options.casebook, "-C", root]
  let cache = root + "/.git/casebook"
  let clearCache = { (_: Int) throws in _ = try? FileManager.default.removeItem(atPath: cache) }
  let runs = options.runs
  var edit = 0
  func commitCaseEdit(_: Int) throws {
    edit += 1
    try Generator.commitRetitled(root, path: try Generator.smallCasePath(root, edit: edit), edit: edit)
  }
  func policyEdit(_: Int) throws {
    edit += 1
    try Generator.retitleInWorkingTree(root, path: try Generator.policyPath(root, edit: edit), edit: edit)
  }
  let validate = casebook + ["validate", "--rev", "HEAD"]
  try measureRow(&table, "validate --rev HEAD, cold", validate, runs: runs, before: clearCache)
  try measureRow(&table, "validate --rev HEAD, warm, 1 file changed", validate, runs: runs, before: commitCaseEdit)
  let json = validate + ["--format", "json"]
  try measureRow(&table, "validate --rev HEAD --format json, cold", json, runs: runs, before: clearCache)
  try measureRow(&table, "validate --rev HEAD --format json, warm, 1 file changed", json, runs: runs, before: commitCaseEdit)
  try measureRow(&table, "search --rev HEAD, cold", casebook + ["search", "--rev", "HEAD", "library"], runs: runs, before: clearCache)
  let municipality = try Generator.policyPath(root, edit: 0).split(separator: "/").dropFirst().prefix(2).joined(separator: "/")
  try measureRow(&table, "rank, cold", casebook + ["rank"], runs: runs, before: clearCache)
  try measureRow(&table, "rank, warm, 1 policy changed", casebook + ["rank"], runs: runs, before: policyEdit)
  let compare = casebook + ["compare", municipality]
  try measureRow(&table, "compare, cold", compare, runs: runs, before: clearCache)
  try measureRow(&table, "compare, warm, 1 policy changed", compare, runs: runs, before: policyEdit)
  try measureRow(&table, "C read+parse (libgit2 + libyaml), 1 thread", [options.readParse, root], runs: runs)
  try measureRow(&table, "C read+parse, 2 threads", [options.readParse, "-j", "2", root], runs: runs)
  table.load = "\(loadBefore) → \(Machine.loadAverage())"
  return table
}

extension Report {
  /// Every goal of issue 23 with the ratio measured in this run.
  func issueGoals() -> String {
    let startup = tables.first { $0.title == "Start-up" }
    let small = tables.first { $0.title == "Small-file catalogue" }
    let ten = tables.first { $0.size == 10_000 && $0.title == nil }
    let hundred = tables.first { $0.size == 100_000 && $0.title == nil }
    var lines: [(String, String, Bool?)] = []
    func add(_ goal: String, _ value: Double?, _ format: (Double) -> String, _ met: (Double) -> Bool) {
      guard let value else { return lines.append((goal, "not measured in this run", nil)) }
      lines.append((goal, format(value), met(value)))
    }
    func ratio(_ table: Report.Table?, _ top: String, _ bottom: String) -> Double? {
      guard let table, let a = table.median(top), let b = table.median(bottom) else { return nil }
      return a / b
    }
    func memory(_ table: Report.Table?, _ top: String, _ bottom: String) -> Double? {
      guard let table, let a = table.rows.first(where: { $0.label.hasPrefix(top) }),
        let b = table.rows.first(where: { $0.label.hasPrefix(bottom) }) else { return nil }
      return Double(a.series.peakBytes) / Double(b.series.peakBytes)
    }
    let times = { (value: Double) in Self.ratio(value) }
    add("`casebook --version` ≤ 3× `git --version`", ratio(startup, "casebook --version", "git --version"), times) { $0 <= 3 }
    add("validate --rev cold, small files, ≤ 1.0× the C program (1 thread)",
      ratio(small, "validate --rev HEAD, cold", "C read+parse (libgit2"), times) { $0 <= 1 }
    add("validate --rev after one file changed ≤ 5% of cold, small files, text",
      ratio(small, "validate --rev HEAD, warm", "validate --rev HEAD, cold"), Self.percent) { $0 <= 0.05 }
    add("the same with --format json (vs its cold run)",
      ratio(small, "validate --rev HEAD --format json, warm", "validate --rev HEAD --format json, cold"), Self.percent) { $0 <= 0.05 }
    add("validate in the working tree after one file changed ≤ 5% of cold, 10,000 cases",
      ratio(ten, "validate (working tree), warm", "validate (working tree), cold"), Self.percent) { $0 <= 0.05 }
    add("search cold ≤ 1.5× validate --rev cold, small files (time)",
      ratio(small, "search --rev HEAD, cold", "validate --rev HEAD, cold"), times) { $0 <= 1.5 }
    add("search cold ≤ 1.5× validate --rev cold, small files (peak memory)",
      memory(small, "search --rev HEAD, cold", "validate --rev HEAD, cold"), times) { $0 <= 1.5 }
    add("search cold ≤ 150 MB at 100,000 cases",
      hundred?.rows.first { $0.label.hasPrefix("search --rev HEAD, cold") }.map { Double($0.series.peakBytes) },
      { Self.megabytes(Int($0)) }) { $0 <= 150e6 }
    add("rank after one policy changed ≤ 0.10 of rank cold, small files",
      ratio(small, "rank, warm, 1 policy", "rank, cold"), times) { $0 <= 0.1 }
    add("compare after one policy changed ≤ 0.10 of compare cold, small files",
      ratio(small, "compare, warm, 1 policy", "compare, cold"), times) { $0 <= 0.1 }
    add("site --rev cold ≤ 1.5× validate --rev cold, 10,000 cases",
      ratio(ten, "site --rev HEAD, cold", "validate --rev HEAD, cold"), times) { $0 <= 1.5 }
    add("export --format sqlite cold ≤ 1.5× validate --rev cold, 10,000 cases",
      ratio(ten, "export --format sqlite", "validate --rev HEAD, cold"), times) { $0 <= 1.5 }
    var text = "## Goals of issue 23 (ratios from this run)\n\n| goal | measured | met |\n|---|---:|:---:|\n"
    for (goal, measured, met) in lines {
      text += "| \(goal) | \(measured) | \(met.map { $0 ? "met" : "**not met**" } ?? "–") |\n"
    }
    return text + "\n"
  }
}
