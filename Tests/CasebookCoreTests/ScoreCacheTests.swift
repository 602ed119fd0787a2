import CasebookCore
import CasebookTestSupport
import Foundation
import Testing

/// Four municipalities scored with the tiny model, and cases that peers are drawn from; with `extra`, that
/// many more municipalities, each with a policy and a case study, so that the cached entries are many enough
/// to be read in parallel chunks.
private func scoredCatalogue(extra: Int = 0) throws -> TemporaryCatalogue {
  var files = ["tiny-model.yaml": try compareFixture("tiny-model.yaml")]
  let members: [(String, String, String)] = [
    ("nl/aadorp", "Aadorp", policy("listening:\n  monitoring: false\n")),
    ("nl/bedorp", "Bedorp", policy("listening:\n  monitoring: true\ntone:\n  style: personal\n")),
    ("nl/cedorp", "Cedorp", policy("listening:\n  monitoring: true\ninteraction:\n  mode: dialogue\n")),
    ("nl/dedorp", "Dedorp", policy("measurement:\n  kpis:\n    - name: Een\n    - name: Twee\n")),
  ]
  for (id, name, text) in members { files.merge(municipality(id, name: name, policy: text)) { $1 } }
  files["cases/nl/bedorp/2021-mee.yaml"] = Sample.caseStudy(title: "Meedoen", year: 2021, categories: ["participate"])
  for number in 0..<extra {
    let (_, _, text) = members[number % members.count]
    files.merge(municipality("nl/extra-\(number)", name: "Extra \(number)", policy: text)) { $1 }
    files["cases/nl/extra-\(number)/20\(10 + number % 15)-mee.yaml"] = Sample.caseStudy(
      title: "Meedoen \(number)", year: 2010 + number % 15, categories: [number % 2 == 0 ? "participate" : "inform"])
  }
  return try catalogue(files)
}

private let subjects = ["nl/aadorp", "nl/bedorp", "nl/cedorp", "nl/dedorp"]

/// The league table and every municipality's comparison, as JSON (scores, findings, medians and peers).
/// With `fresh`, every cache is removed before each command, so that none of them reads what another wrote.
private func reports(_ folder: TemporaryCatalogue, model: String = "tiny-model.yaml", fresh: Bool = false) throws -> [String] {
  let request = ScoreRequest(directory: folder.root, modelPath: model)
  if fresh { try? FileManager.default.removeItem(atPath: cacheFolder(folder)) }
  var texts = [RankRenderer.render(try Comparer.rank(request), format: .json, language: .en)]
  for id in subjects {
    if fresh { try? FileManager.default.removeItem(atPath: cacheFolder(folder)) }
    do {
      texts.append(CompareRenderer.render(try Comparer.compare(id, request: request), format: .json, language: .en))
    } catch {
      texts.append("\(error)")
    }
  }
  return texts
}

private func cacheFolder(_ folder: TemporaryCatalogue) -> String { folder.root + "/.git/casebook/cache" }

/// The same reports computed from nothing: every cache removed before each command.
private func freshReports(_ folder: TemporaryCatalogue) throws -> [String] {
  try reports(folder, fresh: true)
}

private func scoreFiles(_ folder: TemporaryCatalogue) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: cacheFolder(folder)).filter { $0.hasPrefix("scores-") }.sorted()
}

@Suite("Score cache")
struct ScoreCacheTests {
  /// Fills the cache, applies `change`, and expects the cached run to equal a computation from nothing.
  private func expectCachedEqualsFresh(extra: Int = 0, _ change: (TemporaryCatalogue) throws -> Void) throws {
    let folder = try scoredCatalogue(extra: extra)
    _ = try reports(folder)
    #expect(try scoreFiles(folder).count == 1, "the first run writes the score cache")
    try change(folder)
    let cached = try reports(folder)
    let fresh = try freshReports(folder)
    #expect(cached.count == fresh.count)
    for (cachedText, freshText) in zip(cached, fresh) { #expect(cachedText == freshText) }
  }

  @Test("A changed policy is scored again; the others come from the cache and equal a fresh computation")
  func policyChanged() throws {
    try expectCachedEqualsFresh { folder in
      try folder.write("cases/nl/aadorp/policy.yaml", policy("listening:\n  monitoring: true\n"))
    }
  }

  @Test("Many policies and cases, read from the cache in parallel chunks, equal a fresh computation")
  func manyEntries() throws {
    try expectCachedEqualsFresh(extra: 140) { folder in
      try folder.write("cases/nl/aadorp/policy.yaml", policy("listening:\n  monitoring: true\n"))
      try folder.write("cases/nl/extra-7/policy.yaml", policy("measurement:\n  kpis:\n    - name: Een\n"))
    }
  }

  @Test("A changed model scores every policy again")
  func modelChanged() throws {
    try expectCachedEqualsFresh { folder in
      // Listening now weighs 5 instead of 3, and monitoring must be false to meet it: statuses and scores move.
      let model = try compareFixture("tiny-model.yaml")
        .replacingOccurrences(of: "weight: 3", with: "weight: 5")
        .replacingOccurrences(of: "{path: listening.monitoring, equals: true}", with: "{path: listening.monitoring, equals: false}")
      try folder.write("tiny-model.yaml", model)
    }
  }

  @Test("Another policy changed: the medians and the peers of an unchanged policy follow")
  func medianMoves() throws {
    try expectCachedEqualsFresh { folder in
      try folder.write(
        "cases/nl/dedorp/policy.yaml",
        policy("listening:\n  monitoring: true\ntone:\n  style: personal\n  named_staff: true\ncategories: [inform, participate, report]\n"))
    }
  }

  @Test("A profile renamed: the league table shows the new name")
  func profileRenamed() throws {
    try expectCachedEqualsFresh { folder in
      try folder.write("cases/nl/cedorp/municipality.yaml", Sample.municipality(name: "Cedorp aan Zee", country: "NL"))
    }
  }

  @Test("A case added that matches a criterion's hint becomes a peer of those that miss it")
  func caseAdded() throws {
    try expectCachedEqualsFresh { folder in
      try folder.write(
        "cases/nl/cedorp/2022-samen.yaml", Sample.caseStudy(title: "Samen", year: 2022, categories: ["participate"]))
      try folder.write(
        "cases/nl/dedorp/2023-meten.yaml",
        Sample.caseStudy(title: "Meten", year: 2023, categories: ["inform"])
          .replacingOccurrences(of: "tags: [meldingen]", with: "tags: [meten]"))
    }
  }

  @Test("A case study retitled, moved to another year and retagged is shown as a peer with its new fields")
  func caseChanged() throws {
    try expectCachedEqualsFresh { folder in
      try folder.write(
        "cases/nl/bedorp/2021-mee.yaml",
        Sample.caseStudy(title: "Meedoen en meebeslissen", year: 2019, categories: ["participate", "inform"])
          .replacingOccurrences(of: "tags: [meldingen]", with: "tags: [meten]"))
    }
  }

  @Test("A case study made invalid is no longer a peer")
  func caseInvalid() throws {
    try expectCachedEqualsFresh { folder in
      try folder.write("cases/nl/bedorp/2021-mee.yaml", "title: [not, a, title]\n")
    }
  }

  @Test("A policy made invalid leaves the table and cannot be compared")
  func policyInvalid() throws {
    try expectCachedEqualsFresh { folder in
      try folder.write("cases/nl/bedorp/policy.yaml", "title: [not, a, title]\n")
    }
  }

  @Test("A policy's title, status, language, adoption date and categories are its own, cold and warm")
  func policyFields() throws {
    let folder = try scoredCatalogue()
    try folder.write(
      "cases/nl/cedorp/policy.yaml",
      policy("adopted: 2019-10-01\ncategories: [inform, participate]\nlistening:\n  monitoring: true\n")
        .replacingOccurrences(of: "status: draft", with: "status: adopted")
        .replacingOccurrences(of: "language: nl", with: "language: en"))
    let request = ScoreRequest(directory: folder.root, modelPath: "tiny-model.yaml")
    var runs: [(String, Policy)] = []
    for run in ["cold", "warm"] {
      runs.append((run, try Comparer.compare("nl/cedorp", request: request).subject.policy))
      runs.append((run, try #require(try Comparer.rank(request).catalogue.score(of: "nl/cedorp")).policy))
    }
    let whole = try #require(
      try Catalogue.load(try Workspace(directory: folder.root).workingTreeSnapshot()).policy(ofMunicipality: "nl/cedorp"))
    for (run, policy) in runs {
      #expect(policy.id == whole.id, "\(run)")
      #expect(policy.title == whole.title, "\(run)")
      #expect(policy.status == "adopted" && policy.status == whole.status, "\(run)")
      #expect(policy.language == "en" && policy.language == whole.language, "\(run)")
      #expect(policy.adopted == "2019-10-01" && policy.adopted == whole.adopted, "\(run)")
      #expect(policy.categories == ["inform", "participate"] && policy.categories == whole.categories, "\(run)")
    }
  }

  @Test("A model changed into an invalid one is refused, however warm the cache")
  func invalidModel() throws {
    let folder = try scoredCatalogue()
    _ = try reports(folder)
    // The decoder reads past a field it does not know; the schema does not allow it.
    try folder.write("tiny-model.yaml", try compareFixture("tiny-model.yaml") + "unexpected: true\n")
    #expect(throws: CompareError.self) { try Comparer.rank(ScoreRequest(directory: folder.root, modelPath: "tiny-model.yaml")) }
  }

  @Test("A damaged score cache is ignored and rebuilt", arguments: ["scores-", "case-peers-"])
  func damaged(prefix: String) throws {
    let folder = try scoredCatalogue()
    let expected = try reports(folder)
    let name = try FileManager.default.contentsOfDirectory(atPath: cacheFolder(folder)).first { $0.hasPrefix(prefix) }
    let path = cacheFolder(folder) + "/" + (try #require(name))
    var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    for offset in stride(from: 40, to: bytes.count, by: 7) { bytes[offset] ^= 0x5a }
    try bytes.write(to: URL(fileURLWithPath: path))
    #expect(try reports(folder) == expected)
    let rebuilt = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(rebuilt != bytes, "the damaged file is replaced")
    // Truncated: the same.
    try rebuilt.prefix(rebuilt.count / 2).write(to: URL(fileURLWithPath: path))
    #expect(try reports(folder) == expected)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == rebuilt)
  }
}
