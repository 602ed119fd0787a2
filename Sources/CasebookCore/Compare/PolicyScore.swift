import CasebookYAML

/// How far a policy meets one criterion.
public enum CriterionStatus: String, Sendable, Hashable, CaseIterable {
  /// The check passes.
  case met
  /// The check is partial.
  case partial
  /// The check fails.
  case missing
  /// The criterion's `applies_if` does not pass; left out of the scores.
  case notApplicable = "not-applicable"

  /// What the status counts for in a score: 1, 0.5, 0, or nil (left out).
  public var credit: Double? {
    switch self {
    case .met: 1
    case .partial: 0.5
    case .missing: 0
    case .notApplicable: nil
    }
  }
}

/// Something a municipality can look at to learn how to meet a criterion.
public enum Peer: Sendable, Hashable {
  /// Another municipality whose policy meets the criterion, with its overall score.
  case policy(municipality: String, name: String, score: Double?)
  /// A case study that shows the criterion in practice.
  case caseStudy(id: String, title: String, municipality: String, year: Int)
}

/// One criterion applied to one policy.
public struct CriterionResult: Sendable {
  /// The criterion.
  public var criterion: Criterion {
    // Read in place: reading a field of the criterion copies neither the criterion nor its other fields.
    _read { yield shared.criterion }
    set { shared = SharedCriterion(newValue) }
  }
  /// The criterion, shared by the results of every policy scored against one model: a score holds one result
  /// per criterion and a catalogue hundreds of scores, which then copy one reference rather than every field.
  private var shared: SharedCriterion
  /// Met, partial, missing or not applicable.
  public var status: CriterionStatus
  /// What the check read and found (for a criterion that does not apply: what its condition read).
  public var result: CheckResult
  /// Up to three municipalities that meet the criterion and up to three cases that show it; empty when met.
  public var peers: [Peer] = []

  init(criterion: SharedCriterion, status: CriterionStatus, result: CheckResult) {
    shared = criterion
    self.status = status
    self.result = result
  }

  init(criterion: Criterion, status: CriterionStatus, result: CheckResult) {
    self.init(criterion: SharedCriterion(criterion), status: status, result: result)
  }
}

/// A criterion behind one reference (see ``CriterionResult``).
final class SharedCriterion: Sendable {
  let criterion: Criterion

  init(_ criterion: Criterion) { self.criterion = criterion }
}

/// The score of a group of criteria: 100 × Σ(weight × credit) / Σ(weight), over the criteria that apply.
public struct Score: Sendable, Hashable {
  /// Σ weight × credit.
  public var earned: Double
  /// Σ weight of the criteria that apply.
  public var possible: Double

  /// 0–100, or nil when no criterion applies.
  public var value: Double? {
    possible > 0 ? 100 * earned / possible : nil
  }
}

/// A pillar's score for one policy.
public struct PillarScore: Sendable, Hashable {
  /// The pillar.
  public var pillar: Pillar
  /// Its score.
  public var score: Score
}

/// What meeting one criterion would add to the overall score.
public struct Recommendation: Sendable {
  /// The criterion's result.
  public var criterion: CriterionResult
  /// Points added to the overall score (0–100 scale) if the criterion were met.
  public var gain: Double
}

/// One policy scored against a model.
public struct PolicyScore: Sendable {
  /// `cc/slug` of the municipality.
  public var municipality: String
  /// The municipality's name (its folder name when it has no valid profile).
  public var name: String
  /// The policy.
  public var policy: Policy
  /// Every criterion, in model order.
  public var criteria: [CriterionResult]
  /// Every pillar, in model order.
  public var pillars: [PillarScore]
  /// The overall score: the same sum over all criteria (not an average of the pillars).
  public var overall: Score

  /// Scores `policy` against `model`.
  public init(policy: Policy, municipality: String, name: String, model: BestPracticeModel) {
    self.init(
      policy: policy, municipality: municipality, name: name,
      criteria: model.criteria.map { Self.apply($0, to: policy.document) }, model: model)
  }

  /// A policy whose criteria were applied before (the score cache keeps them).
  init(policy: Policy, municipality: String, name: String, criteria: [CriterionResult], model: BestPracticeModel) {
    self.municipality = municipality
    self.name = name
    self.policy = policy
    self.criteria = criteria
    var overall = Score(earned: 0, possible: 0)
    var byPillar: [String: Score] = [:]
    for result in criteria {
      guard let credit = result.status.credit else { continue }
      let weight = result.criterion.weight
      overall.earned += weight * credit
      overall.possible += weight
      byPillar[result.criterion.pillar, default: Score(earned: 0, possible: 0)].earned += weight * credit
      byPillar[result.criterion.pillar, default: Score(earned: 0, possible: 0)].possible += weight
    }
    self.overall = overall
    pillars = model.pillars.map { PillarScore(pillar: $0, score: byPillar[$0.id] ?? Score(earned: 0, possible: 0)) }
  }

  /// Applies one criterion: not applicable when its `applies_if` does not pass, else met/partial/missing.
  public static func apply(_ criterion: Criterion, to document: Node) -> CriterionResult {
    if let condition = criterion.appliesIf {
      let applicability = CheckEvaluator.evaluate(condition, on: document)
      if applicability.outcome != .pass {
        return CriterionResult(criterion: criterion, status: .notApplicable, result: applicability)
      }
    }
    let result = CheckEvaluator.evaluate(criterion.check, on: document)
    let status: CriterionStatus =
      switch result.outcome {
      case .pass: .met
      case .partial: .partial
      case .fail: .missing
      }
    return CriterionResult(criterion: criterion, status: status, result: result)
  }

  /// The overall score, 0–100 (nil when no criterion applies).
  public var score: Double? { overall.value }

  /// The score of the pillar `id`.
  public func pillarScore(_ id: String) -> Double? {
    pillars.first { $0.pillar.id == id }?.score.value
  }

  /// The result for the criterion `id`.
  public func result(for id: String) -> CriterionResult? {
    criteria.first { $0.criterion.id == id }
  }

  /// Criteria not met, by what meeting them would add to the overall score (most first; ties in model order).
  public var recommendations: [Recommendation] {
    guard overall.possible > 0 else { return [] }
    let open = criteria.enumerated().compactMap { (index, result) -> (Int, Recommendation)? in
      guard let credit = result.status.credit, credit < 1 else { return nil }
      let gain = 100 * result.criterion.weight * (1 - credit) / overall.possible
      return (index, Recommendation(criterion: result, gain: gain))
    }
    return open.sorted { ($1.1.gain, $0.0) < ($0.1.gain, $1.0) }.map(\.1)
  }
}
