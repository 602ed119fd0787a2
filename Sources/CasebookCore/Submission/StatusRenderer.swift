import CasebookText

/// Output formats of `casebook status`.
public enum StatusFormat: String, Sendable, Hashable, CaseIterable {
  /// Per municipality, a table of the files that need attention.
  case text
  /// One JSON object.
  case json
}

/// Renders an officer's status.
public enum StatusRenderer {
  /// The status as text in `language`, or as JSON.
  public static func render(_ status: OfficerStatus, format: StatusFormat, language: Language) -> String {
    switch format {
    case .text: Display.finish(text(status, language), color: false)
    case .json: json(status).text(pretty: true) + "\n"
    }
  }

  private static func text(_ status: OfficerStatus, _ language: Language) -> String {
    func say(_ entry: StatusText, _ arguments: MessageArgument...) -> String {
      Message(entry, arguments: arguments).text(language)
    }
    var output = say(.heading, .text(status.name), .text(status.email), .code(status.currentBranch ?? "HEAD")) + "\n"
    guard !status.municipalities.isEmpty else { return output + "\n" + say(.noMunicipality, .text(status.email)) + "\n" }
    var unsubmitted = false
    var failing = false
    for municipality in status.municipalities {
      let title = municipality.isNew ? StatusText.municipalityNew : .municipality
      output += "\n" + Display.bold(say(title, .text(municipality.name), .text(municipality.id))) + "\n"
      if !municipality.files.isEmpty {
        var table = Table(
          columns: [say(.columnFile), say(.columnState), say(.columnCheck), say(.columnSubmitted)],
          unbreakableColumns: [0])
        for file in municipality.files {
          table.rows.append([
            file.path, stateWord(file.state, language), check(file, language), submitted(file, language),
          ])
          if file.state != .unchanged && !file.submissions.contains(where: \.matchesWorkingTree) { unsubmitted = true }
          if file.errors > 0 { failing = true }
        }
        output += table.aligned()
      } else {
        output += say(.nothingToDo) + "\n"
      }
      if municipality.unchangedFiles > 0 && !municipality.files.isEmpty {
        output += say(.unchanged, .number(municipality.unchangedFiles)) + "\n"
      }
      if municipality.folderErrors > 0 {
        output += say(.folderErrors, .text("cases/" + municipality.id)) + "\n"
        failing = true
      }
    }
    if failing { output += "\n" + say(.nextFix) + "\n" }
    if unsubmitted { output += (failing ? "" : "\n") + say(.nextSubmit) + "\n" }
    return output
  }

  private static func stateWord(_ state: FileState, _ language: Language) -> String {
    let entry: StatusText =
      switch state {
      case .new: .stateNew
      case .changed: .stateChanged
      case .deleted: .stateDeleted
      case .unchanged: .stateUnchanged
      }
    return Message(entry).text(language)
  }

  private static func check(_ file: OfficerFile, _ language: Language) -> String {
    if file.state == .deleted { return Message(StatusText.checkNone).text(language) }
    if file.errors > 0 { return Message(StatusText.checkErrors, .number(file.errors)).text(language) }
    if file.warnings > 0 { return Message(StatusText.checkWarnings, .number(file.warnings)).text(language) }
    return Message(StatusText.checkPasses).text(language)
  }

  private static func submitted(_ file: OfficerFile, _ language: Language) -> String {
    guard !file.submissions.isEmpty else { return Message(StatusText.notSubmitted).text(language) }
    return file.submissions.map { submission in
      let state = Message(submission.merged ? StatusText.merged : pushWord(submission.pushed))
      let entry = submission.matchesWorkingTree ? StatusText.onBranch : .copyChanged
      return Message(entry, .text(submission.branch), .message(state)).text(language)
    }.joined(separator: "; ")
  }

  private static func pushWord(_ state: PushState) -> StatusText {
    switch state {
    case .notSent: .pushNotSent
    case .sent: .pushSent
    case .newCommits: .pushNewCommits
    case .remoteAhead: .pushRemoteAhead
    case .diverged: .pushDiverged
    }
  }

  /// The status as one JSON object: `name`, `email`, `branch` and `municipalities`, each with `id`, `name`,
  /// `new`, `folder_errors`, `unchanged_files` and `files` (`path`, `state`, `errors`, `warnings`,
  /// `submissions` with `branch`, `matches_working_tree`, `pushed`, `merged`).
  public static func json(_ status: OfficerStatus) -> JSONValue {
    .object([
      ("name", .string(status.name)), ("email", .string(status.email)),
      ("branch", status.currentBranch.map { .string($0) } ?? .null),
      (
        "municipalities",
        .array(
          status.municipalities.map { municipality in
            .object([
              ("id", .string(municipality.id)), ("name", .string(municipality.name)), ("new", .bool(municipality.isNew)),
              ("folder_errors", .int(municipality.folderErrors)), ("unchanged_files", .int(municipality.unchangedFiles)),
              (
                "files",
                .array(
                  municipality.files.map { file in
                    .object([
                      ("path", .string(file.path)), ("state", .string(file.state.rawValue)),
                      ("errors", .int(file.errors)), ("warnings", .int(file.warnings)),
                      (
                        "submissions",
                        .array(
                          file.submissions.map { submission in
                            .object([
                              ("branch", .string(submission.branch)),
                              ("matches_working_tree", .bool(submission.matchesWorkingTree)),
                              ("pushed", .string(submission.pushed.rawValue)), ("merged", .bool(submission.merged)),
                            ])
                          })
                      ),
                    ])
                  })
              ),
            ])
          })
      ),
    ])
  }
}
