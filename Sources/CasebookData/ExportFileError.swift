/// Why `export --format xlsx` or `--format sqlite` wrote nothing. Nothing is ever half-written: the file is
/// built beside its destination and renamed into place only when complete.
public enum ExportFileError: Error, Sendable, Equatable {
  /// The destination is a symbolic link; casebook does not write through links.
  case symbolicLink(path: String)
  /// The destination is a folder or another non-file.
  case notAFile(path: String)
  /// The destination is a file casebook did not write (`format`: what casebook would have written there).
  case notAnExport(path: String, format: String)
  /// The folder to write into does not exist.
  case folderMissing(path: String)
  /// The operating system refused to write.
  case unwritable(path: String, reason: String)
  /// SQLite refused.
  case database(path: String, reason: String)
  /// The spreadsheet could not be put together.
  case spreadsheet(reason: String)
  /// A cell is longer than a spreadsheet cell can hold.
  case cellTooLong(column: String, record: String, length: Int)

  /// Never the command line's fault: exit code 1.
  public var isUsageError: Bool { false }

  /// What happened and what to do.
  public var message: String {
    switch self {
    case .symbolicLink(let path):
      return "`\(path)` is a symbolic link; casebook does not write through links: choose another file name, "
        + "or add --force to replace the link itself"
    case .notAFile(let path):
      return "`\(path)` is not a file: give the path of a file to write"
    case .notAnExport(let path, let format):
      return "`\(path)` exists and is not \(format) that casebook wrote, so it was left alone: choose another file "
        + "name, or add --force to replace it"
    case .folderMissing(let path):
      return "the folder `\(path)` does not exist: create it first, or write somewhere else"
    case .unwritable(let path, let reason):
      return "cannot write `\(path)`: \(reason)"
    case .database(let path, let reason):
      return "cannot write the SQLite database `\(path)`: \(reason)"
    case .spreadsheet(let reason):
      return "cannot put the spreadsheet together: \(reason)"
    case .cellTooLong(let column, let record, let length):
      return "`\(column)` of \(record) has \(length) characters, more than the 32,767 a spreadsheet cell holds; "
        + "nothing is cut short, so nothing was written: use --format csv, json or sqlite for this catalogue"
    }
  }
}
