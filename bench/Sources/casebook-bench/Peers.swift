import Foundation

/// The other validators and readers measured on the same files.
enum Peers {
  /// Creates bench/.venv with jsonschema, PyYAML and check-jsonschema from PyPI, once.
  static func virtualEnvironment(bench: String) throws -> String {
    let venv = bench + "/.venv"
    let marker = venv + "/.casebook-bench-ready-2"
    if !FileManager.default.fileExists(atPath: marker) {
      log("creating \(venv) with jsonschema, pyyaml and check-jsonschema from PyPI ...")
      try Measure.run(["python3", "-m", "venv", venv], quiet: true).check("python3 -m venv")
      try Measure.run(
        [venv + "/bin/pip", "install", "--quiet", "--disable-pip-version-check", "jsonschema", "pyyaml",
         "check-jsonschema", "selenium==4.35.0", "pagefind-bin==1.5.2"], quiet: true
      ).check("pip install")
      _ = FileManager.default.createFile(atPath: marker, contents: Data())
    }
    let probe = try Measure.run(
      [venv + "/bin/python", "-c", "import yaml; assert yaml.__with_libyaml__, 'PyYAML without libyaml'"],
      quiet: true)
    try probe.check("PyYAML C loader check")
    return venv
  }

  /// Versions of the peers, for the results file.
  static func versions(venv: String) -> String {
    let script = """
      import importlib.metadata as m, platform, yaml
      print("Python " + platform.python_version() + ", jsonschema " + m.version("jsonschema") + ", PyYAML "
        + m.version("pyyaml") + " (libyaml " + yaml._yaml.get_version_string() + "), check-jsonschema "
        + m.version("check-jsonschema"))
      """
    return ((try? Measure.run([venv + "/bin/python", "-c", script], quiet: true))?.output ?? "unknown")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The site's search in headless Chromium against Pagefind over the same pages (bench/peers/site_browser.py).
  static func siteInBrowser(venv: String, bench: String, site: String, work: String) throws -> [String: [String: Double]] {
    let output = work + "/site-browser.json"
    let pagefind = try Measure.run(
      [venv + "/bin/python", "-c", "import pagefind_bin, os; print(os.path.join(os.path.dirname(pagefind_bin.__file__), 'pagefind'))"],
      quiet: true)
    try pagefind.check("finding the pagefind binary")
    let binary = pagefind.output.trimmingCharacters(in: .whitespacesAndNewlines)
    try Measure.run([venv + "/bin/python", bench + "/peers/site_browser.py", site, binary, output]).check("site in the browser")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output)))
    var figures: [String: [String: Double]] = [:]
    for (tool, values) in object as? [String: [String: Any]] ?? [:] {
      figures[tool] = values.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }
    return figures
  }

  /// Python jsonschema + PyYAML CSafeLoader over the exported folder.
  static func pythonJSONSchema(venv: String, bench: String, export: String) throws -> Measure.Outcome {
    try Measure.run([venv + "/bin/python", bench + "/peers/jsonschema_yaml.py", export])
      .check("jsonschema peer", allowing: [0, 1])
  }

  /// check-jsonschema, once per schema, over the exported files of each kind.
  static func checkJSONSchema(venv: String, export: String, files: [String: [String]]) throws -> Measure.Outcome {
    var total = Measure.Outcome(seconds: 0, peakBytes: 0, status: 0, output: "")
    for (kind, paths) in files.sorted(by: { $0.key < $1.key }) where !paths.isEmpty {
      let outcome = try Measure.run(
        [venv + "/bin/check-jsonschema", "--schemafile", "\(export)/schema/\(kind).schema.json"] + paths.map { export + "/" + $0 }
      ).check("check-jsonschema \(kind)", allowing: [0, 1])
      if outcome.status != 0 { total.status = outcome.status; total.output += outcome.output.prefix(400) }
      total.seconds += outcome.seconds
      total.cpuSeconds += outcome.cpuSeconds
      total.peakBytes = max(total.peakBytes, outcome.peakBytes)
    }
    return total
  }

  /// The exported case, policy and municipality files, relative to the export folder, by schema.
  static func filesByKind(export: String) throws -> [String: [String]] {
    var files: [String: [String]] = ["case": [], "policy": [], "municipality": []]
    for path in try FileManager.default.subpathsOfDirectory(atPath: export + "/cases").sorted()
    where path.hasSuffix(".yaml") {
      let name = (path as NSString).lastPathComponent
      let kind = name == "municipality.yaml" ? "municipality" : name == "policy.yaml" ? "policy" : "case"
      files[kind]!.append("cases/" + path)
    }
    return files
  }
}
