import CasebookCore
import Foundation
internal import GRDB
internal import GRDBSQLite

/// One prepared `INSERT` whose values are bound straight through SQLite's C interface, a row at a time. The
/// export writes some hundred thousand rows; building GRDB's `StatementArguments` for each (an array of boxed
/// values per row) cost more than SQLite's own work. The statement stays owned by GRDB, which finalizes it.
final class RowInserter {
  private let statement: Statement
  private let database: Database

  /// Prepares `INSERT INTO table (columns…) VALUES (?…)`.
  init(_ database: Database, table: String, columns: [String]) throws {
    let names = columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
    let places = Array(repeating: "?", count: columns.count).joined(separator: ", ")
    statement = try database.makeStatement(
      sql: "INSERT INTO \(table.quotedDatabaseIdentifier) (\(names)) VALUES (\(places))")
    self.database = database
  }

  /// Binds `value` to the column at `position` (from 0) of the next row.
  func bind(_ value: DatabaseValue, at position: Int32) throws {
    switch value.storage {
    case .null: try bindNull(at: position)
    case .int64(let number): try bind(integer: number, at: position)
    case .double(let number): try bind(number: number, at: position)
    case .string(let text): try bind(text: text, at: position)
    case .blob(let data):
      let code = data.withUnsafeBytes { bytes in
        sqlite3_bind_blob(
          statement.sqliteStatement, position + 1, bytes.baseAddress ?? Self.empty, Int32(bytes.count),
          Self.transient)
      }
      try check(code, "sqlite3_bind_blob")
    }
  }

  /// Binds `text` to the column at `position` (from 0) of the next row; SQLite copies it.
  func bind(text: String, at position: Int32) throws {
    var text = text
    let code = text.withUTF8 { bytes in
      // An empty buffer may have no address; SQLite reads a null pointer as NULL, not as empty text.
      sqlite3_bind_text(
        statement.sqliteStatement, position + 1, bytes.baseAddress.map { UnsafeRawPointer($0) } ?? Self.empty,
        Int32(bytes.count), Self.transient)
    }
    try check(code, "sqlite3_bind_text")
  }

  /// Binds an export cell as the export stores it: numbers and yes/no as numbers, lists as a JSON array.
  func bind(_ value: ExportValue, at position: Int32) throws {
    switch value {
    case .null: try bindNull(at: position)
    case .text(let text): try bind(text: text, at: position)
    case .integer(let number): try bind(integer: Int64(number), at: position)
    case .number(let number): try bind(number: number, at: position)
    case .flag(let flag): try bind(integer: flag ? 1 : 0, at: position)
    case .list(let items): try bind(text: JSONValue.strings(items).text(), at: position)
    }
  }

  private func bindNull(at position: Int32) throws {
    try check(sqlite3_bind_null(statement.sqliteStatement, position + 1), "sqlite3_bind_null")
  }

  private func bind(integer: Int64, at position: Int32) throws {
    try check(sqlite3_bind_int64(statement.sqliteStatement, position + 1, integer), "sqlite3_bind_int64")
  }

  private func bind(number: Double, at position: Int32) throws {
    try check(sqlite3_bind_double(statement.sqliteStatement, position + 1, number), "sqlite3_bind_double")
  }

  /// Inserts the row bound so far and makes the statement ready for the next one.
  func insertRow() throws {
    let code = sqlite3_step(statement.sqliteStatement)
    sqlite3_reset(statement.sqliteStatement)
    guard code == SQLITE_DONE else { throw error(code, "sqlite3_step") }
  }

  private func check(_ code: Int32, _ function: String) throws {
    guard code == SQLITE_OK else { throw error(code, function) }
  }

  /// SQLite's error, its message led by the C function that returned it.
  private func error(_ code: Int32, _ function: String) -> DatabaseError {
    let message = database.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) } ?? "error \(code)"
    return DatabaseError(resultCode: ResultCode(rawValue: code), message: "\(function): \(message)")
  }

  /// `SQLITE_TRANSIENT`: SQLite copies bound text before the call returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
  private static var empty: UnsafeRawPointer { UnsafeRawPointer(("" as StaticString).utf8Start) }
}
