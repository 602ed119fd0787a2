import CasebookText

/// Why `export --format xlsx` or `--format sqlite` wrote nothing. Nothing is ever half-written: the file is
/// built beside its destination and renamed into place only when complete.
public enum ExportFileError: Error, Sendable, Equatable {
  /// The destination is a symbolic link; casebook does not write through links.
  case symbolicLink(path: String)
  /// The destination is a folder or another non-file.
  case notAFile(path: String)
  /// The destination is a file casebook did not write (`format`: what casebook would have written there).
  case notAnExport(path: String, format: Message)
  /// The folder to write into does not exist.
  case folderMissing(path: String)
  /// The operating system refused to write.
  case unwritable(path: String, reason: String)
  /// SQLite refused.
  case database(path: String, reason: String)
  /// The spreadsheet could not be put together.
  case spreadsheet(reason: Message)
  /// A cell is longer than a spreadsheet cell can hold.
  case cellTooLong(column: String, record: String, length: Int)

  /// Never the command line's fault: exit code 1.
  public var isUsageError: Bool { false }

  /// What happened and what to do, in either language. The reasons are the words of the operating system,
  /// SQLite or the zip library.
  public var message: Message {
    switch self {
    case .symbolicLink(let path): Message(ExportText.symbolicLink, .code(path))
    case .notAFile(let path): Message(ExportText.notAFile, .code(path))
    case .notAnExport(let path, let format): Message(ExportText.notOurs, .code(path), .message(format))
    case .folderMissing(let path): Message(ExportText.noFolder, .code(path))
    case .unwritable(let path, let reason): Message(ExportText.unwritable, .code(path), .text(reason))
    case .database(let path, let reason): Message(ExportText.database, .code(path), .text(reason))
    case .spreadsheet(let reason): Message(ExportText.spreadsheet, .message(reason))
    case .cellTooLong(let column, let record, let length):
      Message(ExportText.cellTooLong, .code(column), .text(record), .number(length))
    }
  }
}
