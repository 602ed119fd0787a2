import CasebookText
import Foundation

/// Every pillar's criteria, each as a compact block rather than a row of a wide table: the criterion in words
/// with its status, what was found, the recommendation and who to learn from, and one small line with the
/// technical names. On paper a wide table's narrow cells made every row tall and left pages half empty.
extension CompareHTML {
  func pillarSection(_ pillar: Pillar) -> String {
    let subject = report.subject
    let id = "pillar-\(pillar.id)"
    let heading = "\(pillar.title(language)): \(ScoreFormat.score(subject.pillarScore(pillar.id), language))"
    var html = "<section class=\"pillar\" aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">\(escape(heading))</h2>\n"
    if let description = pillar.description { html += "<p>\(escape(description(language)))</p>\n" }
    for result in subject.criteria where result.criterion.pillar == pillar.id {
      html += criterionBlock(result)
    }
    return html + "</section>\n"
  }

  /// One criterion: heading and status on one line, the findings, the advice when it is not met, the details.
  func criterionBlock(_ result: CriterionResult) -> String {
    let (head, tail) = fragments?.parts(of: result, language) { criterionParts(result) } ?? criterionParts(result)
    guard !result.peers.isEmpty, result.status == .partial || result.status == .missing else { return head + tail }
    let peers = "<p class=\"learn-from\"><strong>\(escape(words.peers)):</strong> "
      + result.peers.map(peer).joined(separator: "; ") + "</p>\n"
    return head + peers + tail
  }

  /// A criterion's block before and after its peers: everything that depends on the criterion, the status and
  /// what was found only, which many policies share.
  func criterionParts(_ result: CriterionResult) -> (head: String, tail: String) {
    let criterion = result.criterion
    let headingID = "criterion-" + String(decoding: criterion.id.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
    var html = "<div class=\"criterion\" role=\"group\" aria-labelledby=\"\(escape(headingID))\">\n"
    html += "<div class=\"criterion-head\"><h3 id=\"\(escape(headingID))\">\(escape(criterion.title(language)))</h3> "
      + "\(Self.status(result.status, words))</div>\n"
    html += found(result) + "\n"
    if result.status == .partial || result.status == .missing {
      html += "<p class=\"advice\"><strong>\(escape(words.recommendation)):</strong> "
        + "\(escape(criterion.recommendation(language)))</p>\n"
    }
    return (html, "<p class=\"technical\">\(technical(result))</p>\n</div>\n")
  }

  /// The detail line: the criterion's weight, its id in the model and the policy fields it reads.
  func technical(_ result: CriterionResult) -> String {
    let names = [result.criterion.id] + ReasonText.fields(result)
    return escape(words.say(.criterionDetails, .text(ScoreFormat.number(result.criterion.weight, language)))) + " "
      + names.map { "<code>\(Self.breakable($0))</code>" }.joined(separator: ", ")
  }

  /// An id or field path, escaped, that may wrap after each `.` and `_`, so that a narrow column or page breaks
  /// it there rather than overflowing or cutting it anywhere.
  static func breakable(_ name: String) -> String {
    var bytes: [UInt8] = []
    for byte in HTML.escape(name).utf8 {
      bytes.append(byte)
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") { bytes += "<wbr/>".utf8 }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A policy or case study to learn from, in words; linked to its page on the site.
  func peer(_ peer: Peer) -> String {
    let href = peerLink?(peer)
    func linked(_ text: String) -> String {
      guard let href else { return escape(text) }
      return "<a href=\"\(escape(href))\">\(escape(text))</a>"
    }
    switch peer {
    case .policy(_, let name, let score):
      return linked(name) + " " + escape(words.say(.peerPolicyScore, .text(ScoreFormat.score(score, language))))
    case .caseStudy(_, let title, let municipality, let year):
      return escape(words.caseWord) + ": " + linked(title) + " "
        + escape(words.say(.peerCaseOf, .text(municipality), .text(String(year))))
    }
  }
}

/// Criterion blocks already made, shared by the pages of one site: a thousand policies meet, miss or half meet
/// each criterion with far fewer different findings, so each distinct block is made once. Only for one model:
/// a block is known by its criterion's id.
final class CompareFragments: @unchecked Sendable {
  // Safe: `parts` is only touched under `lock`.
  private struct Key: Hashable {
    var language: Language
    var criterion: String
    var status: CriterionStatus
    var result: CheckResult
  }

  private let lock = NSLock()
  private var known: [Key: (head: String, tail: String)] = [:]

  /// The parts of `result`'s block in `language`, made by `make` the first time.
  func parts(
    of result: CriterionResult, _ language: Language, make: () -> (head: String, tail: String)
  ) -> (head: String, tail: String) {
    let key = Key(language: language, criterion: result.criterion.id, status: result.status, result: result.result)
    lock.lock()
    let found = known[key]
    lock.unlock()
    if let found { return found }
    let made = make()
    lock.lock()
    known[key] = made
    lock.unlock()
    return made
  }
}
