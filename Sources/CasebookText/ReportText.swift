/// The words of `validate` and `submit` reports around the findings: the summary line and the JUnit names.
/// The severity words in `file:line:column: error: [rule] message` lines stay `error` and `warning` in both
/// languages, like the rule ids: editors and CI systems read them.
public enum ValidationReportText: String, MessageEntry {
  case filesChecked = "report.files-checked"
  case fileChecked = "report.file-checked"
  case inCommits = "report.in-commits"
  case inCommit = "report.in-commit"
  case noProblems = "report.no-problems"
  case problems = "report.problems"
  case errors = "report.errors"
  case error = "report.error"
  case warnings = "report.warnings"
  case warning = "report.warning"
  case otherFiles = "report.other-files"
  case otherFile = "report.other-file"

  public var texts: Texts {
    switch self {
    case .filesChecked: Texts(en: "{1} files checked", nl: "{1} bestanden gecontroleerd")
    case .fileChecked: Texts(en: "{1} file checked", nl: "{1} bestand gecontroleerd")
    case .inCommits: Texts(en: "{2} in {1} commits", nl: "{2} in {1} commits")
    case .inCommit: Texts(en: "{2} in {1} commit", nl: "{2} in {1} commit")
    case .noProblems: Texts(en: "{1}: no problems found", nl: "{1}: geen problemen gevonden")
    case .problems: Texts(en: "{1}: {2}, {3}", nl: "{1}: {2}, {3}")
    case .errors: Texts(en: "{1} errors", nl: "{1} fouten")
    case .error: Texts(en: "{1} error", nl: "{1} fout")
    case .warnings: Texts(en: "{1} warnings", nl: "{1} waarschuwingen")
    case .warning: Texts(en: "{1} warning", nl: "{1} waarschuwing")
    case .otherFiles: Texts(en: "{1} other files", nl: "{1} andere bestanden")
    case .otherFile: Texts(en: "{1} other file", nl: "{1} ander bestand")
    }
  }
}

/// Why a reading limit (`--max-depth`, `CASEBOOK_MAX_DEPTH`, …) cannot take the value given.
public enum LimitText: String, MessageEntry {
  case notWholeNumber = "limit.not-whole-number"
  case most = "limit.most"
  case least = "limit.least"
  case invalid = "limit.invalid"
  case exampleSize = "limit.example-size"
  case example = "limit.example"

  public var texts: Texts {
    switch self {
    case .notWholeNumber: Texts(en: "it is not a whole number", nl: "het is geen geheel getal")
    case .most: Texts(en: "the most it can be is {1}", nl: "het mag hoogstens {1} zijn")
    case .least: Texts(en: "the least it can be is {1}", nl: "het moet minstens {1} zijn")
    case .invalid:
      Texts(
        en: "{1} is not a valid {2} (or {3}): {4}; give a number, {5}",
        nl: "{1} is geen geldige {2} (of {3}): {4}; geef een getal, {5}")
    case .exampleSize: Texts(en: "for example 2M or 2097152", nl: "bijvoorbeeld 2M of 2097152")
    case .example: Texts(en: "for example {1}", nl: "bijvoorbeeld {1}")
    }
  }
}
