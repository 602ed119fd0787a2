import CasebookGit
import CasebookYAML

/// What the score cache (`scores-<rules id>-<model id>`) keeps of one file, by blob id and path: for a
/// policy, the fields of its document that ``Policy`` reads (``ScoreLoader/heading(of:)``) and every
/// criterion's result against the model; for a municipality profile, its name. A policy's score depends only on its content, its place (the municipality id comes from the
/// path), the rules it was validated against and the model, which together make the key; the municipality's
/// name, the medians and the peers depend on other files and are worked out on every run from the cached parts.
enum CachedScoreEntry {
  case policy(document: Node, criteria: [CriterionResult])
  case profile(name: String)
  /// The file has no record (it has errors).
  case noRecord
}

/// The score cache of one rule set and one model.
enum ScoreCache {
  static let kind = "scores"

  /// The cache file for `rules` and the model whose file content has the blob id `modelID`.
  static func open(gitDirectory: String, rules: RuleSet, modelID: ObjectID) -> ResultCache {
    ResultCache(gitDirectory: gitDirectory, kind: kind, rulesID: "\(rules.id)-\(modelID.hex)")
  }
}

extension ByteWriter {
  /// Writes a cache entry; criterion findings are written as the position of their field check in the
  /// criterion (the model is part of the cache key, so the positions mean the same when read back). Returns
  /// false when a finding is not one of the criterion's field checks (then nothing should be cached).
  mutating func scoreEntry(_ entry: CachedScoreEntry) -> Bool {
    switch entry {
    case .noRecord: uint8(0)
    case .profile(let name):
      uint8(1)
      string(name)
    case .policy(let document, let criteria):
      uint8(2)
      node(document)
      int(criteria.count)
      for result in criteria {
        let leaves = Self.leaves(of: result.criterion, status: result.status)
        uint8(UInt8(CriterionStatus.allCases.firstIndex(of: result.status)!))
        uint8(result.result.outcome == .pass ? 0 : result.result.outcome == .partial ? 1 : 2)
        int(result.result.findings.count)
        for finding in result.result.findings {
          guard let leaf = leaves.firstIndex(where: { $0.0 == finding.path && $0.1 == finding.condition }) else {
            return false
          }
          int(leaf)
          foundValue(finding.found)
          bool(finding.passed)
        }
        int(result.result.tallies.count)
        for tally in result.result.tallies {
          int(tally.passed)
          int(tally.needed)
          int(tally.total)
        }
      }
    }
    return true
  }

  /// The field checks a result's findings come from: its condition's when it does not apply, else its check's.
  static func leaves(of criterion: Criterion, status: CriterionStatus) -> [(FieldPath, Condition)] {
    status == .notApplicable ? criterion.appliesIf?.fieldChecks ?? [] : criterion.check.fieldChecks
  }

  private mutating func foundValue(_ value: FoundValue) {
    switch value {
    case .missing: uint8(0)
    case .bool(let flag): uint8(flag ? 2 : 1)
    case .number(let number): uint8(3); double(number)
    case .text(let text): uint8(4); string(text)
    case .list(let count, let sample): uint8(5); int(count); strings(sample)
    case .section(let count): uint8(6); int(count)
    }
  }
}

/// What reading score entries needs of a model, worked out once per run rather than once per entry: each
/// criterion's field checks (of its check, and of its condition), in model order.
struct ScoreEntryLeaves: Sendable {
  let check: [[(FieldPath, Condition)]]
  let condition: [[(FieldPath, Condition)]]
  /// The criteria, one reference each that every entry's results share.
  let criteria: [SharedCriterion]

  init(model: BestPracticeModel) {
    criteria = model.criteria.map(SharedCriterion.init)
    check = model.criteria.map { ByteWriter.leaves(of: $0, status: .met) }
    condition = model.criteria.map { ByteWriter.leaves(of: $0, status: .notApplicable) }
  }
}

extension ByteReader {
  /// Reads an entry written by ``ByteWriter/scoreEntry(_:)`` against the same `model`.
  mutating func scoreEntry(model: BestPracticeModel) throws(CorruptCache) -> CachedScoreEntry {
    try scoreEntry(model: model, leaves: ScoreEntryLeaves(model: model))
  }

  /// Reads an entry written by ``ByteWriter/scoreEntry(_:)`` against the same `model`, whose field checks
  /// `leaves` holds.
  mutating func scoreEntry(model: BestPracticeModel, leaves known: ScoreEntryLeaves) throws(CorruptCache)
    -> CachedScoreEntry
  {
    switch try uint8() {
    case 0: return .noRecord
    case 1: return .profile(name: try string())
    case 2:
      let document = try node()
      guard try int() == model.criteria.count else { throw CorruptCache() }
      var criteria: [CriterionResult] = []
      criteria.reserveCapacity(model.criteria.count)
      let statuses = CriterionStatus.allCases
      let outcomes: [CheckOutcome] = [.pass, .partial, .fail]
      for position in model.criteria.indices {
        let statusIndex = Int(try uint8())
        guard statusIndex < statuses.count else { throw CorruptCache() }
        let status = statuses[statuses.index(statuses.startIndex, offsetBy: statusIndex)]
        let outcomeIndex = Int(try uint8())
        guard outcomeIndex < outcomes.count else { throw CorruptCache() }
        let leaves = status == .notApplicable ? known.condition[position] : known.check[position]
        var findings: [Finding] = []
        for _ in 0..<(try count()) {
          let leaf = try int()
          guard leaf >= 0, leaf < leaves.count else { throw CorruptCache() }
          let found = try foundValue()
          findings.append(Finding(path: leaves[leaf].0, condition: leaves[leaf].1, found: found, passed: try bool()))
        }
        var tallies: [Tally] = []
        for _ in 0..<(try count()) {
          tallies.append(Tally(passed: try int(), needed: try int(), total: try int()))
        }
        let result = CheckResult(outcome: outcomes[outcomeIndex], findings: findings, tallies: tallies)
        criteria.append(CriterionResult(criterion: known.criteria[position], status: status, result: result))
      }
      return .policy(document: document, criteria: criteria)
    default: throw CorruptCache()
    }
  }

  /// A count that the remaining bytes can hold (each counted item takes at least one byte).
  private mutating func count() throws(CorruptCache) -> Int {
    let count = try int()
    guard count >= 0, count <= bytes.count - offset else { throw CorruptCache() }
    return count
  }

  private mutating func foundValue() throws(CorruptCache) -> FoundValue {
    switch try uint8() {
    case 0: .missing
    case 1: .bool(false)
    case 2: .bool(true)
    case 3: .number(try double())
    case 4: .text(try string())
    case 5: .list(count: try int(), sample: try strings())
    case 6: .section(try int())
    default: throw CorruptCache()
    }
  }
}
