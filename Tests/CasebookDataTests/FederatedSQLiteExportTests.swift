import CasebookCore
import CasebookData
import CasebookTestSupport
import Foundation
import Testing

/// Reads the federated database with Python's sqlite3 and prints what the test checks, as JSON.
private let federatedInspection = #"""
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA foreign_keys = ON")
out = {}
out["violations"] = db.execute("PRAGMA foreign_key_check").fetchall()
def rows(query): return [list(r) for r in db.execute(query)]
out["cases"] = rows("SELECT id, catalogue, municipality FROM cases ORDER BY id")
out["policies"] = rows("SELECT id, catalogue, municipality, overall_score IS NOT NULL FROM policies ORDER BY id")
out["municipalities"] = rows("SELECT id, catalogue, name, has_profile FROM municipalities ORDER BY id")
out["case_categories"] = rows("SELECT case_id, category FROM case_categories ORDER BY case_id, category")
out["scored"] = [r[0] for r in db.execute("SELECT DISTINCT policy_id FROM policy_pillar_scores ORDER BY policy_id")]
out["columns"] = [r[1] for r in db.execute('PRAGMA table_info("cases")')][:3]
print(json.dumps(out))
"""#

@Suite("export --catalogue --format sqlite")
struct FederatedSQLiteExportTests {
  @Test("every table names each record's catalogue; shared ids and municipalities are qualified, foreign keys hold")
  func catalogueColumnAndQualifiedIDs() throws {
    let fixture = try PeerFixture()
    try fixture.local.commit(["cases/nl/testdorp/policy.yaml": Sample.policy(title: "Lokaal beleid")], message: "Policy")
    var files = PeerFixture.nederlandFiles
    files["cases/nl/anderstad/municipality.yaml"] = nil
    try fixture.addPeer("nederland", files: files)
    let fetched = try PeerFetcher.fetch(directory: fixture.local.root, names: [], limits: PeerFetchDefaults.limits) { _ in }
    for result in fetched {
      if case .failure(let failure) = result.outcome { Issue.record("\(result.peer.name): \(failure.message(.en))") }
    }
    let folder = try ExportFixture.outputFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let database = folder + "/all.db"
    let federated = try FederatedExport.dataset(directory: fixture.local.root, revision: nil, names: ["all"])
    // The peer's folder without a profile is said; its case still counts, with a municipality row of its own.
    #expect(federated.warnings == [.skippedFiles("nederland", files: ["cases/nl/anderstad"])])
    #expect(federated.localInvalidFiles.isEmpty)
    try ExportWriter.writeDatabase(
      federated.dataset, to: database, metadata: ExportWriter.defaultMetadataPath(for: database),
      options: DatasetteOptions(), force: false)
    let out = try TestPython.json(federatedInspection, [database])
    #expect((out["violations"] as? [Any])?.isEmpty == true, "\(out["violations"] ?? "")")
    #expect(out["columns"] as? [String] == ["number", "id", "catalogue"])
    #expect(
      out["cases"] as? [[String]] == [
        ["local:nl/testdorp/2020-wijkapp", "local", "local:nl/testdorp"],
        ["nederland:nl/testdorp/2020-wijkapp", "nederland", "nederland:nl/testdorp"],
        ["nl/anderstad/2019-twitterspreekuur", "nederland", "nl/anderstad"],
      ])
    let policies = try #require(out["policies"] as? [[Any]])
    #expect(policies.map { "\($0[0]) \($0[1]) \($0[2])" } == [
      "local:nl/testdorp/policy local local:nl/testdorp", "nederland:nl/testdorp/policy nederland nederland:nl/testdorp",
    ])
    #expect(policies.allSatisfy { $0[3] as? Int == 1 }, "both scored against the local model")
    #expect(out["scored"] as? [String] == ["local:nl/testdorp/policy", "nederland:nl/testdorp/policy"])
    let municipalities = try #require(out["municipalities"] as? [[Any]])
    #expect(municipalities.map { "\($0[0]) \($0[1]) \($0[3])" } == [
      "local:nl/testdorp local 1", "nederland:nl/testdorp nederland 1", "nl/anderstad nederland 0",
    ])
    #expect(
      (out["case_categories"] as? [[String]])?.contains(["nl/anderstad/2019-twitterspreekuur", "participate"]) == true)
    // Datasette offers the catalogue as the first facet of every table that names it.
    let metadata = try String(contentsOfFile: ExportWriter.defaultMetadataPath(for: database), encoding: .utf8)
    let tables = try #require(
      ((try JSONSerialization.jsonObject(with: Data(metadata.utf8)) as? [String: Any])?["databases"] as? [String: Any])?[
        "all"] as? [String: Any])?["tables"] as? [String: [String: Any]]
    for name in ["cases", "policies", "municipalities"] {
      #expect((tables?[name]?["facets"] as? [Any])?.first as? String == "catalogue", "\(name)")
    }
  }
}
