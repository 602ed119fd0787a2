import CasebookCore
import CasebookText

/// Writes the file formats of `export` that are not text: an xlsx workbook, and a SQLite database with the
/// `metadata.json` Datasette reads. Each file is written beside its destination and renamed into place when
/// complete; an existing file is replaced only when casebook wrote it, or when `force` is given.
public enum ExportWriter {
  /// Writes `table` as a workbook at `path`.
  public static func writeWorkbook(_ table: ExportTable, to path: String, force: Bool) throws(ExportFileError) {
    let bytes = try SpreadsheetXLSX.workbook(table)
    let file = try PendingFile(
      destination: path, force: force, formatName: Message(ExportText.formatWorkbook), isOurs: SpreadsheetXLSX.isOurs)
    try file.write(bytes)
    try file.commit()
  }

  /// Writes `dataset` as a SQLite database at `path` and Datasette's metadata at `metadataPath`. Both are
  /// complete before either is renamed into place.
  public static func writeDatabase(
    _ dataset: CatalogueDataset, to path: String, metadata metadataPath: String, options: DatasetteOptions,
    force: Bool
  ) throws(ExportFileError) {
    guard metadataPath != path else { throw .notAFile(path: metadataPath) }
    let database = try PendingFile(
      destination: path, force: force, formatName: Message(ExportText.formatDatabase), isOurs: CatalogueDatabase.isOurs)
    let metadata = try PendingFile(
      destination: metadataPath, force: force, formatName: Message(ExportText.formatMetadata), isOurs: DatasetteMetadata.isOurs)
    try CatalogueDatabase.write(dataset, to: database.temporaryPath)
    try database.sync()
    let json = DatasetteMetadata.json(dataset, database: databaseName(path), options: options)
    try metadata.write(Array((json.text(pretty: true) + "\n").utf8))
    try database.commit()
    try metadata.commit()
  }

  /// The metadata file beside a database: `casebook.db` → `casebook.metadata.json`.
  public static func defaultMetadataPath(for databasePath: String) -> String {
    let slash = databasePath.lastIndex(of: "/")
    let nameStart = slash.map { databasePath.index(after: $0) } ?? databasePath.startIndex
    let folder = String(databasePath[..<nameStart])
    return folder + databaseName(databasePath) + ".metadata.json"
  }

  /// The name Datasette gives the database: the file name without its last extension.
  static func databaseName(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }
}
