import CasebookCore
import CasebookTestSupport
import Testing

/// Scores of `Fixtures/compare/tiny-policy.yaml` against `tiny-model.yaml`; the expected numbers are worked out by
/// hand in the model file's header.
@Suite("Scoring arithmetic")
struct ScoringTests {
  private func tinyScore() throws -> (PolicyScore, RankReport) {
    let folder = try catalogue(
      ["tiny-model.yaml": try compareFixture("tiny-model.yaml")]
        .merging(municipality("nl/testdorp", name: "Testdorp", policy: try compareFixture("tiny-policy.yaml"))) { $1 })
    let report = try rank(folder, model: "tiny-model.yaml")
    return (try #require(report.catalogue.score(of: "nl/testdorp")), report)
  }

  @Test("Each criterion gets its status: met, partial, missing, not applicable")
  func statuses() throws {
    let (score, _) = try tinyScore()
    #expect(score.criteria.map(\.status) == [.met, .partial, .missing, .notApplicable, .partial])
  }

  @Test("Pillar and overall scores weigh met 1, partial 0.5, and leave not-applicable out")
  func arithmetic() throws {
    let (score, report) = try tinyScore()
    #expect(abs(try #require(score.pillarScore("a")) - 87.5) < 1e-9)
    #expect(abs(try #require(score.pillarScore("b")) - 50.0 / 3) < 1e-9)
    #expect(abs(try #require(score.score) - 400.0 / 7) < 1e-9)
    #expect(score.overall.possible == 7)
    #expect(report.catalogue.model.version == 3)
  }

  @Test("Recommendations come by the points they would add, ties in model order")
  func recommendations() throws {
    let (score, _) = try tinyScore()
    let recommendations = score.recommendations
    #expect(recommendations.map(\.criterion.criterion.id) == ["test.c3", "test.c2", "test.c5"])
    #expect(abs(recommendations[0].gain - 200.0 / 7) < 1e-9)
    #expect(abs(recommendations[1].gain - 50.0 / 7) < 1e-9)
  }

  @Test("A pillar where nothing applies has no score, shown as n/a; the other pillars still count")
  func nothingApplies() throws {
    let model = """
      version: 1
      title: {nl: Model, en: Model}
      pillars:
        - {id: a, title: {nl: Pijler A, en: Pillar A}}
        - {id: b, title: {nl: Pijler B, en: Pillar B}}
      criteria:
        - id: test.always
          pillar: a
          weight: 1
          title: {nl: Altijd, en: Always}
          guidance: {nl: Geldt altijd voor iedereen., en: Always applies to all.}
          source: test
          check: {path: listening.monitoring, equals: true}
          recommendation: {nl: Begin met monitoren., en: Start monitoring soon.}
        - id: test.dialogue
          pillar: b
          weight: 1
          title: {nl: Dialoog, en: Dialogue}
          guidance: {nl: Alleen bij dialoog van belang., en: Matters only in dialogue.}
          source: test
          applies_if: {path: interaction.mode, equals: dialogue}
          check: {path: interaction.reports_back, equals: true}
          recommendation: {nl: Koppel terug wat u deed., en: Report back what you did.}
      """
    let folder = try catalogue(
      ["model.yaml": model].merging(municipality("nl/leeg", name: "Leeg", policy: policy(""))) { $1 })
    let score = try #require(try rank(folder, model: "model.yaml").catalogue.score(of: "nl/leeg"))
    #expect(score.pillarScore("a") == 0)
    #expect(score.pillarScore("b") == nil)
    #expect(score.score == 0)
    #expect(ScoreFormat.score(score.pillarScore("b"), .en) == "n/a")
    #expect(ScoreFormat.score(score.pillarScore("b"), .nl) == "n.v.t.")
  }

  @Test("Scores print with at most one decimal", arguments: [(57.142857, "57.1"), (100.0, "100"), (16.66667, "16.7"), (0.04, "0")])
  func formatting(value: Double, text: String) {
    #expect(ScoreFormat.number(value) == text)
  }

  @Test("The median of the catalogue: the middle value, or the mean of the two middle values")
  func median() throws {
    let files = ["tiny-model.yaml": try compareFixture("tiny-model.yaml")]
      .merging(municipality("nl/een", name: "Een", policy: policy("listening:\n  monitoring: true\n"))) { $1 }
      .merging(municipality("nl/twee", name: "Twee", policy: policy("listening:\n  monitoring: false\n"))) { $1 }
    let report = try rank(try catalogue(files), model: "tiny-model.yaml")
    // Een: c1 met (3 of possible 3 + 1 + 2 + 1 = 7) → 300/7; Twee: 0. Median of two: their mean.
    #expect(abs(try #require(report.catalogue.medianScore) - 150.0 / 7) < 1e-9)
    #expect(report.catalogue.scores.map(\.municipality) == ["nl/een", "nl/twee"])
  }
}
