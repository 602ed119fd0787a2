import CasebookCore
import CasebookData
import CasebookTestSupport
import Foundation
import Testing

/// Writes the fixture catalogue as a database (and metadata) into a new folder.
private func writeDatabase() throws -> (folder: String, database: String, metadata: String, catalogue: TemporaryCatalogue) {
  let catalogue = try ExportFixture.catalogue()
  let folder = try ExportFixture.outputFolder()
  let database = folder + "/casebook.db"
  let metadata = ExportWriter.defaultMetadataPath(for: database)
  let dataset = try QuerySession.open(directory: catalogue.root, revision: nil).dataset()
  try ExportWriter.writeDatabase(dataset, to: database, metadata: metadata, options: DatasetteOptions(), force: false)
  return (folder, database, metadata, catalogue)
}

/// Reads the database with Python's sqlite3 and prints what the test checks, as JSON.
private let inspection = #"""
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA foreign_keys = ON")
out = {}
out["violations"] = db.execute("PRAGMA foreign_key_check").fetchall()
out["integrity"] = db.execute("PRAGMA integrity_check").fetchone()[0]
out["application_id"] = db.execute("PRAGMA application_id").fetchone()[0]
tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
out["tables"] = tables
out["foreign_keys"] = {t: sorted(f"{r[3]}->{r[2]}.{r[4]}" for r in db.execute(f'PRAGMA foreign_key_list("{t}")'))
                       for t in tables if not t.startswith("cases_fts")}
def leading(table):
    cols = set()
    for index in db.execute(f'PRAGMA index_list("{table}")'):
        first = db.execute(f'PRAGMA index_info("{index[1]}")').fetchone()
        if first: cols.add(first[2])
    return sorted(cols)
out["indexed"] = {t: leading(t) for t in tables if not t.startswith("cases_fts")}
def ids(query, *args): return [r[0] for r in db.execute(query, args)]
search = "SELECT id FROM cases WHERE number IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?) ORDER BY id"
out["fts_whatsapp"] = ids(search, "whatsapp")
out["fts_unaccented"] = ids(search, "ideeen")
out["fts_snow"] = ids(search, "snow")
out["category"] = db.execute("SELECT label_nl, label_en FROM categories WHERE id = 'participate'").fetchone()
out["participate_cases"] = ids("SELECT case_id FROM case_categories WHERE category = 'participate' ORDER BY case_id")
out["whatsapp_channel"] = ids("SELECT case_id FROM case_channels WHERE channel = 'whatsapp'")
out["policy_channels"] = ids("SELECT channel FROM policy_channels WHERE policy_id = 'nl/proefdorp/policy' ORDER BY channel")
out["summary"] = db.execute("SELECT summary FROM cases WHERE id = ?", (sys.argv[2],)).fetchone()[0]
out["lessons"] = json.loads(db.execute("SELECT lessons FROM cases WHERE id = ?", (sys.argv[2],)).fetchone()[0])
out["year_type"] = db.execute("SELECT typeof(year) FROM cases LIMIT 1").fetchone()[0]
out["monitoring"] = db.execute("SELECT typeof(\"listening.monitoring\"), \"listening.monitoring\" FROM policies WHERE id = 'be/testergem/policy'").fetchone()
out["scores"] = dict(db.execute("SELECT id, overall_score FROM policies"))
out["law"] = db.execute("SELECT earned, possible FROM policy_pillar_scores WHERE policy_id = 'be/testergem/policy' AND pillar = 'law'").fetchone()
out["archiving"] = db.execute("SELECT status, credit FROM policy_criterion_scores WHERE policy_id = 'be/testergem/policy' AND criterion = 'law.archiving'").fetchone()
out["municipalities"] = ids("SELECT id FROM municipalities ORDER BY id")
out["info"] = dict(db.execute("SELECT key, value FROM export_info"))
print(json.dumps(out))
"""#

@Suite("export --format sqlite")
struct SQLiteExportTests {
  @Test("Python's sqlite3 finds intact foreign keys, indexed facets, both languages, scores, full text and FTS5")
  func readWithPython() throws {
    let written = try writeDatabase()
    defer { try? FileManager.default.removeItem(atPath: written.folder) }
    let out = try TestPython.json(inspection, [written.database, ExportFixture.longCaseID])
    #expect((out["violations"] as? [Any])?.isEmpty == true, "\(out["violations"] ?? "")")
    #expect(out["integrity"] as? String == "ok")
    #expect(out["application_id"] as? Int == Int(CatalogueDatabase.applicationID))
    let tables = Set(try #require(out["tables"] as? [String]))
    let expected: Set<String> = [
      "municipalities", "cases", "policies", "categories", "channels", "tags", "case_categories", "case_channels",
      "case_tags", "policy_categories", "policy_channels", "pillars", "criteria", "policy_pillar_scores",
      "policy_criterion_scores", "cases_fts", "export_info",
    ]
    #expect(expected.isSubset(of: tables), "missing: \(expected.subtracting(tables))")
    let keys = try #require(out["foreign_keys"] as? [String: [String]])
    #expect(keys["cases"] == ["municipality->municipalities.id"])
    #expect(keys["policies"] == ["municipality->municipalities.id"])
    #expect(keys["case_categories"] == ["case_id->cases.id", "category->categories.id"])
    #expect(keys["case_channels"] == ["case_id->cases.id", "channel->channels.id"])
    #expect(keys["case_tags"] == ["case_id->cases.id", "tag->tags.id"])
    #expect(keys["policy_criterion_scores"] == ["criterion->criteria.id", "pillar->pillars.id", "policy_id->policies.id"])
    // Every facet column (those metadata.json offers as facets) leads an index.
    let indexed = try #require(out["indexed"] as? [String: [String]])
    let facets: [String: [String]] = [
      "cases": ["country", "year", "language", "municipality"], "policies": ["country", "status", "language"],
      "municipalities": ["country"], "case_categories": ["category"], "case_channels": ["channel"],
      "case_tags": ["tag"], "policy_categories": ["category"], "policy_channels": ["channel"],
      "policy_criterion_scores": ["status", "pillar", "criterion"], "policy_pillar_scores": ["pillar"],
      "criteria": ["pillar"],
    ]
    for (table, columns) in facets {
      for column in columns { #expect(indexed[table]?.contains(column) == true, "\(table).\(column) has no index") }
    }
    #expect(out["fts_whatsapp"] as? [String] == ["nl/voorbeeldstad/2024-meldingen-via-whatsapp"])
    #expect((out["fts_unaccented"] as? [String])?.contains(ExportFixture.longCaseID) == true, "search ignores accents")
    #expect(out["fts_snow"] as? [String] == ["gb/brighton-and-hove/2010-snow-4x4-drivers"])
    #expect(out["category"] as? [String] == ["Inspraak en participatie", "Participation and consultation"])
    #expect(out["participate_cases"] as? [String] == [
      ExportFixture.longCaseID, "gb/newcastle/2010-new-library-discussed-on-twitter",
      "nl/voorbeeldstad/2023-wijkbudget-online-en-in-de-wijk",
    ])
    #expect(out["whatsapp_channel"] as? [String] == ["nl/voorbeeldstad/2024-meldingen-via-whatsapp"])
    #expect(out["policy_channels"] as? [String] == ["facebook", "twitter"])
    #expect(out["summary"] as? String == ExportFixture.longSummary, "the full text, never cut short")
    #expect(out["lessons"] as? [String] == [ExportFixture.lessonWithBreaks])
    #expect(out["year_type"] as? String == "integer")
    #expect((out["monitoring"] as? [Any])?.first as? String == "integer")
    let scores = try #require(out["scores"] as? [String: Double])
    #expect(abs((scores["be/testergem/policy"] ?? 0) - 100 * 25.5 / 53) < 1e-9)
    #expect(scores["nl/voorbeeldstad/policy"] == 100 && scores["nl/proefdorp/policy"] == 4)
    #expect(out["law"] as? [Double] == [3.5, 11])
    #expect((out["archiving"] as? [Any])?.first as? String == "missing")
    #expect((out["municipalities"] as? [String])?.count == 6)
    #expect((out["info"] as? [String: String])?["model_version"] == "2")
  }

  @Test("metadata.json names the database, describes every table, and offers facets, labels, sorting and search")
  func metadata() throws {
    let written = try writeDatabase()
    defer { try? FileManager.default.removeItem(atPath: written.folder) }
    #expect(written.metadata == written.folder + "/casebook.metadata.json")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: written.metadata))) as? [String: Any])
    #expect((object["title"] as? String)?.isEmpty == false)
    #expect((object["description"] as? String)?.contains("working tree") == true)
    #expect(object["source"] as? String == "casebook")
    let databases = try #require(object["databases"] as? [String: Any])
    #expect(Array(databases.keys) == ["casebook"], "keyed by the name Datasette gives the file")
    let tables = try #require((databases["casebook"] as? [String: Any])?["tables"] as? [String: [String: Any]])
    let cases = try #require(tables["cases"])
    #expect(cases["label_column"] as? String == "title")
    #expect(cases["fts_table"] as? String == "cases_fts" && cases["fts_pk"] as? String == "number")
    #expect((cases["facets"] as? [Any])?.count == 6)
    #expect((cases["sortable_columns"] as? [String])?.contains("year") == true)
    for (name, table) in tables {
      #expect((table["description"] as? String)?.isEmpty == false, "\(name) has no description")
      #expect(table["sortable_columns"] is [String], "\(name) has no sortable columns")
    }
    #expect(tables["categories"]?["label_column"] as? String == "label_en")
    #expect(tables["municipalities"]?["label_column"] as? String == "name")
  }

  @Test("Datasette serves the export: a faceted table page and a full-text search through its JSON API",
        .enabled(if: TestPython.toolsAvailable))
  func datasette() throws {
    let written = try writeDatabase()
    defer { try? FileManager.default.removeItem(atPath: written.folder) }
    let out = try TestPython.json(datasetteScript, [written.database, written.metadata], tools: true, timeout: 90)
    let facets = try #require(out["facets"] as? [String: [String: Int]])
    #expect(facets["country"] == ["BE": 2, "GB": 3, "NL": 3])
    #expect(facets["categories"]?["participate"] == 3)
    #expect(out["rows"] as? Int == 8)
    #expect(out["search"] as? [String] == ["nl/voorbeeldstad/2024-meldingen-via-whatsapp"])
    #expect(out["filtered"] as? [String] == ["be/testergem/2021-ideeen-voor-het-dorpsplein", "be/testergem/2022-campagne-zwerfvuil"])
    #expect(out["policies"] as? [String] == ["nl/voorbeeldstad/policy", "be/testergem/policy", "nl/proefdorp/policy"])
  }
}

/// Starts datasette on a free port of 127.0.0.1, fetches pages through its JSON API, and stops it; every
/// step is bounded in time.
private let datasetteScript = #"""
import json, os, socket, subprocess, sys, time, urllib.request
database, metadata = sys.argv[1], sys.argv[2]
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
datasette = os.path.join(os.path.dirname(sys.executable), "datasette")
server = subprocess.Popen([datasette, "serve", database, "--metadata", metadata, "--host", "127.0.0.1",
                           "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
base = f"http://127.0.0.1:{port}/casebook"
def get(path):
    with urllib.request.urlopen(base + path, timeout=10) as response:
        return json.load(response)
try:
    deadline = time.time() + 45
    while True:
        try:
            get(".json")
            break
        except Exception:
            if server.poll() is not None or time.time() > deadline:
                raise SystemExit("datasette did not start: " + server.stderr.read().decode())
            time.sleep(0.2)
    page = get("/cases.json?_shape=objects")
    facets = {name: {str(v["value"]): v["count"] for v in result["results"]}
              for name, result in page["facet_results"].items()}
    search = get("/cases.json?_shape=objects&_search=whatsapp")
    filtered = get("/cases.json?_shape=objects&country=BE&_sort=id")
    policies = get("/policies.json?_shape=objects")
    print(json.dumps({"facets": facets, "rows": len(page["rows"]),
                      "search": [r["id"] for r in search["rows"]],
                      "filtered": [r["id"] for r in filtered["rows"]],
                      "policies": [r["id"] for r in policies["rows"]]}))
finally:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=10)
"""#
