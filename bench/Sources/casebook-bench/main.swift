import Foundation

// casebook-bench: end-to-end timings of the casebook CLI on generated catalogues, against peers.
//
//   casebook-bench --casebook PATH --read-parse PATH [--sizes 1000,10000,100000] [--runs 5]
//                  [--work DIR] [--output FILE] [--no-peers] [--no-small] [--generate-only]
//                  [--no-federation] [--federation-peers 10] [--federation-size 10000]

struct Options {
  var casebook = ""
  var readParse = ""
  var sizes = [1_000, 10_000, 100_000]
  var runs = 5
  var bench = FileManager.default.currentDirectoryPath
  var work = ""
  var output = ""
  var peers = true
  var generateOnly = false
  var noSmall = false
  var federation = true
  var federationPeers = 10
  var federationSize = 10_000

  init(_ arguments: [String]) throws {
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
      func value() throws -> String {
        guard let value = iterator.next() else { throw BenchError("\(argument) needs a value") }
        return value
      }
      switch argument {
      case "--casebook": casebook = try value()
      case "--read-parse": readParse = try value()
      case "--sizes": sizes = try value().split(separator: ",").compactMap { Int($0) }
      case "--runs": runs = max(1, Int(try value()) ?? 5)
      case "--bench": bench = try value()
      case "--work": work = try value()
      case "--output": output = try value()
      case "--no-peers": peers = false
      case "--generate-only": generateOnly = true
      case "--no-small": noSmall = true
      case "--no-federation": federation = false
      case "--federation-peers": federationPeers = max(1, Int(try value()) ?? 10)
      case "--federation-size": federationSize = max(10, Int(try value()) ?? 10_000)
      default: throw BenchError("unknown argument \(argument)")
      }
    }
    guard !casebook.isEmpty, !readParse.isEmpty else {
      throw BenchError("usage: casebook-bench --casebook PATH --read-parse PATH [--sizes 1000,10000] [--runs N]")
    }
    if work.isEmpty { work = bench + "/work" }
    if output.isEmpty { output = bench + "/results.md" }
  }
}

/// Commands of other issues measured once they exist on main: one line each (label, arguments, sizes).
/// `{municipality}` is replaced by the id of a generated municipality that has a policy.
let optionalCommands: [(label: String, arguments: [String], maxSize: Int)] = [
  ("search", ["search", "--category", "participate", "library"], Int.max),
  ("search --rev HEAD", ["search", "--rev", "HEAD", "--category", "participate", "library"], Int.max),
  ("compare", ["compare", "{municipality}"], 10_000),
  ("rank", ["rank"], 10_000),
]

func main() throws {
  let options = try Options(Array(CommandLine.arguments.dropFirst()))
  let sourceRoot = (options.bench as NSString).deletingLastPathComponent
  try FileManager.default.createDirectory(atPath: options.work, withIntermediateDirectories: true)
  if options.generateOnly {
    for size in options.sizes { _ = try Generator.catalogue(cases: size, work: options.work, sourceRoot: sourceRoot) }
    if !options.noSmall { _ = try Generator.smallCatalogue(work: options.work, sourceRoot: sourceRoot) }
    return
  }
  let venv = options.peers ? try Peers.virtualEnvironment(bench: options.bench) : ""
  var report = Report(options: options, peerVersions: options.peers ? Peers.versions(venv: venv) : "")
  let help = (try? Measure.run([options.casebook, "--help"], quiet: true).output) ?? ""
  let subcommands = Set(help.split(separator: "\n").compactMap { line in
    line.hasPrefix("  ") ? line.split(separator: " ").first.map(String.init) : nil
  })
  let available = optionalCommands.filter { subcommands.contains($0.arguments[0]) }
  for command in optionalCommands where !available.contains(where: { $0.label == command.label }) {
    report.notes.append("`casebook \(command.arguments[0])` is not on this branch yet: not measured.")
  }
  report.tables.append(try startupTable(options: options))
  var roots: [Int: String] = [:]
  for size in options.sizes {
    let root = try Generator.catalogue(cases: size, work: options.work, sourceRoot: sourceRoot)
    roots[size] = root
    let cache = root + "/.git/casebook"
    let runs = size >= 100_000 ? max(1, min(options.runs, 3)) : options.runs
    var table = Report.Table(size: size, files: try countFiles(root))
    let loadBefore = Machine.loadAverage()
    func measure(_ label: String, _ arguments: [String], runs: Int, before: (Int) throws -> Void) throws {
      var series = Series()
      for run in 0..<runs {
        try before(run)
        series.add(try Measure.run(arguments).check(label, allowing: [0]))
      }
      table.rows.append(.init(label: label, series: series))
      log(String(format: "%7d  %-50@ %8.3f s  %6.1f MB", size, label, series.median, Double(series.peakBytes) / 1e6))
    }
    let casebook = [options.casebook, "-C", root]
    let clearCache = { (_: Int) throws in _ = try? FileManager.default.removeItem(atPath: cache) }
    try measure("validate --rev HEAD, cold", casebook + ["validate", "--rev", "HEAD"], runs: runs, before: clearCache)
    _ = try Measure.run(casebook + ["validate", "--rev", "HEAD"])
    var edit = size
    try measure("validate --rev HEAD, warm, 1 file changed", casebook + ["validate", "--rev", "HEAD"], runs: runs) { _ in
      edit += 1
      _ = try Generator.commitEdit(root, edit: edit)
    }
    try measure("validate (working tree), cold", casebook + ["validate"], runs: runs, before: clearCache)
    try measure("validate (working tree), warm, 1 file changed", casebook + ["validate"], runs: runs) { _ in
      edit += 1
      _ = try Generator.editWorkingTree(root, edit: edit)
    }
    let municipality = Content.municipality(0)
    for command in available where size <= command.maxSize {
      let arguments = casebook + command.arguments.map {
        $0 == "{municipality}" ? "\(municipality.country.code)/\(municipality.slug)" : $0
      }
      try measure("\(command.label), cold", arguments, runs: runs, before: clearCache)
      try measure("\(command.label), warm", arguments, runs: runs) { _ in }
      if command.label == "compare" || command.label == "rank" {
        try measure("\(command.label), warm, 1 policy changed", arguments, runs: runs) { _ in
          edit += 1
          try Generator.retitleInWorkingTree(root, path: try Generator.policyPath(root, edit: edit), edit: edit)
        }
      }
    }
    if subcommands.contains("export"), size <= 10_000 {
      let folder = "\(options.work)/export-sqlite-\(size)"
      let export = casebook + ["export", "--rev", "HEAD", "--format", "sqlite", "--output", folder + "/catalogue.sqlite"]
      try measure("export --format sqlite --rev HEAD, cold", export, runs: runs) { _ in
        _ = try? FileManager.default.removeItem(atPath: cache)
        _ = try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
    }
    if subcommands.contains("site"), size <= 10_000 {
      // The site of HEAD into a folder of its own: cold (no cache, no earlier site), then after one case changed.
      let output = "\(options.work)/site-\(size)"
      let site = casebook + ["site", "--rev", "HEAD", "--output", output]
      try measure("site --rev HEAD, cold", site, runs: runs) { _ in
        _ = try? FileManager.default.removeItem(atPath: cache)
        _ = try? FileManager.default.removeItem(atPath: output)
      }
      try measure("site --rev HEAD, 1 case changed", site, runs: runs) { _ in
        edit += 1
        _ = try Generator.commitEdit(root, edit: edit)
      }
      if options.peers, size == 10_000 {
        report.browser = try? Peers.siteInBrowser(venv: venv, bench: options.bench, site: output, work: options.work)
      }
    }
    try measure("C read+parse (libgit2 + libyaml), 1 thread", [options.readParse, root], runs: runs) { _ in }
    try measure("C read+parse, 2 threads", [options.readParse, "-j", "2", root], runs: runs) { _ in }
    if options.peers {
      let export = "\(options.work)/export-\(size)-v\(Generator.version)"
      try Generator.export(root, to: export)
      let peerRuns = size >= 100_000 ? 1 : min(runs, 3)
      var python = Series()
      for run in 0..<peerRuns {
        let outcome = try Peers.pythonJSONSchema(venv: venv, bench: options.bench, export: export)
        if run == 0, outcome.status != 0 {
          report.notes.append("Python jsonschema reported errors at \(size) cases: \(outcome.output.prefix(300))")
        }
        python.add(outcome)
      }
      table.rows.append(.init(label: "Python jsonschema + PyYAML CSafeLoader", series: python))
      log(String(format: "%7d  %-50@ %8.3f s", size, "Python jsonschema", python.median))
      if size <= 10_000 {
        let files = try Peers.filesByKind(export: export)
        var checker = Series()
        for run in 0..<peerRuns {
          let outcome = try Peers.checkJSONSchema(venv: venv, export: export, files: files)
          if run == 0, outcome.status != 0 {
            report.notes.append("check-jsonschema reported errors at \(size) cases: \(outcome.output.prefix(300))")
          }
          checker.add(outcome)
        }
        table.rows.append(.init(label: "check-jsonschema", series: checker))
        log(String(format: "%7d  %-50@ %8.3f s", size, "check-jsonschema", checker.median))
      }
    }
    table.load = "\(loadBefore) → \(Machine.loadAverage())"
    report.tables.append(table)
    try report.write(to: options.output)
  }
  if !options.noSmall {
    report.tables.append(try smallCatalogueTable(options: options, sourceRoot: sourceRoot))
    try report.write(to: options.output)
  }
  if options.federation, subcommands.contains("fetch") {
    let federation = try FederationBench.table(options: options, sourceRoot: sourceRoot)
    report.tables.append(federation.table)
    report.notes += federation.notes
    try report.write(to: options.output)
  }
  if let small = roots[10_000], let large = roots[100_000] {
    report.scaling = try measureScaling(small: small, large: large, options: options)
    try report.write(to: options.output)
  }
  let text = report.markdown
  print(text)
  try text.write(toFile: options.output, atomically: true, encoding: .utf8)
}

/// Cold `validate --rev HEAD` and the C program at 10,000 and 100,000 cases, run alternately (10k, 100k, 10k,
/// ...): the machine's speed drifts over minutes, and the size tables are measured many minutes apart, so their
/// ratio carries that drift; alternating puts both sizes under the same conditions.
func measureScaling(small: String, large: String, options: Options) throws -> Report.Scaling {
  var scaling = Report.Scaling()
  for _ in 0..<3 {
    for (root, isLarge) in [(small, false), (large, true)] {
      _ = try? FileManager.default.removeItem(atPath: root + "/.git/casebook")
      let outcome = try Measure.run([options.casebook, "-C", root, "validate", "--rev", "HEAD"])
        .check("validate --rev HEAD, cold (alternating)", allowing: [0])
      let peer = try Measure.run([options.readParse, root]).check("C read+parse (alternating)", allowing: [0])
      if isLarge {
        scaling.largeCasebook.add(outcome)
        scaling.largePeer.add(peer)
      } else {
        scaling.smallCasebook.add(outcome)
        scaling.smallPeer.add(peer)
      }
    }
  }
  log(String(format: "scaling (alternating): casebook 100k/10k %.2f×, C program %.2f×",
    scaling.largeCasebook.median / scaling.smallCasebook.median, scaling.largePeer.median / scaling.smallPeer.median))
  return scaling
}

func countFiles(_ root: String) throws -> Int {
  try FileManager.default.subpathsOfDirectory(atPath: root + "/cases").count { $0.hasSuffix(".yaml") }
}

do {
  try main()
} catch {
  log("casebook-bench: \(error)")
  exit(1)
}
