import CasebookText

/// How diagnostics are written out.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
  /// `file:line:col: error: [rule] message`, one per line, then a summary.
  case text
  /// One JSON object with `files`, `errors`, `warnings` and `diagnostics`.
  case json
  /// GitHub Actions workflow commands (`::error file=…`), shown as annotations on the pull request.
  case github
  /// JUnit XML, one test case per checked file, for CI systems that show test reports.
  case junit
  /// SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.
  case sarif
}

/// Renders a validation report in any ``DiagnosticFormat``.
public enum DiagnosticRenderer {
  /// The report as text in `format`, its messages in `language`; `color` adds ANSI colours to the text format.
  public static func render(
    _ report: ValidationReport, format: DiagnosticFormat, language: Language = .en, color: Bool = false
  ) -> String {
    switch format {
    case .text: text(report, language: language, color: color)
    case .json: json(report, language: language).text(pretty: true) + "\n"
    case .github: github(report, language: language)
    case .junit: junit(report, language: language)
    case .sarif: SARIFRenderer.render(report, language: language)
    }
  }

  static func text(_ report: ValidationReport, language: Language, color: Bool) -> String {
    var output = ""
    for diagnostic in report.diagnostics {
      let severity = diagnostic.severity.rawValue
      let painted = color ? (diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m") + severity + "\u{1B}[0m" : severity
      // File names and messages quote what files and trees say: their control characters are made visible.
      let location = TerminalText.visible("\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)", keep: [])
      output += "\(color ? "\u{1B}[1m" + location + "\u{1B}[0m" : location): \(painted): [\(diagnostic.rule)] "
      output += TerminalText.visible(diagnostic.message.text(language)) + "\n"
    }
    output += summary(report).text(language) + "\n"
    return output
  }

  /// `12 files checked: 1 error, 2 warnings` (or `… no problems found`).
  public static func summary(_ report: ValidationReport) -> Message {
    var files = Message(
      count: report.files, one: ValidationReportText.fileChecked, other: ValidationReportText.filesChecked)
    if let commits = report.commits {
      files = Message(
        count: commits, one: ValidationReportText.inCommit, other: ValidationReportText.inCommits,
        .message(Message(count: report.files, one: ValidationReportText.fileChecked, other: ValidationReportText.filesChecked)))
    }
    if report.diagnostics.isEmpty { return Message(ValidationReportText.noProblems, .message(files)) }
    return Message(
      ValidationReportText.problems, .message(files),
      .message(Message(count: report.errors, one: ValidationReportText.error, other: ValidationReportText.errors)),
      .message(Message(count: report.warnings, one: ValidationReportText.warning, other: ValidationReportText.warnings)))
  }

  static func json(_ report: ValidationReport, language: Language) -> JSONValue {
    .object([
      ("files", .int(report.files)),
      ("errors", .int(report.errors)),
      ("warnings", .int(report.warnings)),
      (
        "diagnostics",
        .array(
          report.diagnostics.map { diagnostic in
            .object([
              ("file", .string(diagnostic.file)),
              ("line", .int(diagnostic.line)),
              ("column", .int(diagnostic.column)),
              ("severity", .string(diagnostic.severity.rawValue)),
              ("default_severity", .string(diagnostic.unconfiguredSeverity.rawValue)),
              ("rule", .string(diagnostic.rule)),
              ("message", .string(diagnostic.message.text(language))),
              ("pointer", .string(diagnostic.pointer)),
            ])
          })
      ),
    ])
  }

  static func github(_ report: ValidationReport, language: Language) -> String {
    var output = ""
    for diagnostic in report.diagnostics {
      let command = diagnostic.severity == .error ? "error" : "warning"
      output += "::\(command) file=\(property(diagnostic.file)),line=\(diagnostic.line),col=\(diagnostic.column)"
      output += ",title=\(property(diagnostic.rule))::\(data(diagnostic.message.text(language)))\n"
    }
    output += summary(report).text(language) + "\n"
    return output
  }

  static func junit(_ report: ValidationReport, language: Language) -> String {
    var byFile: [String: [Diagnostic]] = [:]
    for diagnostic in report.diagnostics { byFile[diagnostic.file, default: []].append(diagnostic) }
    let failing = byFile.values.filter { $0.contains { $0.severity == .error } }.count
    var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    output += "<testsuites name=\"casebook validate\" tests=\"\(max(report.files, byFile.count))\" "
    output += "failures=\"\(failing)\">\n"
    output += "  <testsuite name=\"casebook validate\" tests=\"\(max(report.files, byFile.count))\" "
    output += "failures=\"\(failing)\" errors=\"0\">\n"
    let passed = max(0, report.files - byFile.count)
    for file in byFile.keys.sorted() {
      let diagnostics = byFile[file]!
      output += "    <testcase classname=\"casebook.validate\" name=\"\(xml(file))\">\n"
      let errors = diagnostics.filter { $0.severity == .error }
      if !errors.isEmpty {
        let first = errors[0]
        output += "      <failure type=\"\(xml(first.rule))\" message=\"\(xml(first.message.text(language)))\">"
        output += errors.map { xml("\($0.file):\($0.line):\($0.column): [\($0.rule)] \($0.message.text(language))") }
          .joined(separator: "\n")
        output += "</failure>\n"
      }
      let warnings = diagnostics.filter { $0.severity == .warning }
      if !warnings.isEmpty {
        output += "      <system-out>"
        output += warnings.map {
          xml("\($0.file):\($0.line):\($0.column): warning: [\($0.rule)] \($0.message.text(language))")
        }
          .joined(separator: "\n")
        output += "</system-out>\n"
      }
      output += "    </testcase>\n"
    }
    if passed > 0 {
      let name = Message(count: passed, one: ValidationReportText.otherFile, other: ValidationReportText.otherFiles)
      output += "    <testcase classname=\"casebook.validate\" name=\"\(xml(name.text(language)))\"/>\n"
    }
    output += "  </testsuite>\n</testsuites>\n"
    return output
  }

  /// Escapes text for XML content and attribute values.
  public static func xml(_ text: String) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&apos;"
      case "\n", "\t", "\r": output.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: output += "\u{FFFD}"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  private static func data(_ text: String) -> String {
    TerminalText.visible(text, keep: ["\r", "\n", "\t"]).replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
  }

  private static func property(_ text: String) -> String {
    data(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }
}
