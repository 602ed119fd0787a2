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
    case .null: try check(sqlite3_bind_null(statement.sqliteStatement, position + 1))
    case .int64(let number): try check(sqlite3_bind_int64(statement.sqliteStatement, position + 1, number))
    case .double(let number): try check(sqlite3_bind_double(statement.sqliteStatement, position + 1, number))
    case .string(let text): try bind(text: text, at: position)
    case .blob(let data):
      let code = data.withUnsafeBytes { bytes in
        sqlite3_bind_blob(
          statement.sqliteStatement, position + 1, bytes.baseAddress ?? Self.empty, Int32(bytes.count),
          Self.transient)
      }
      try check(code)
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
    try check(code)
  }

  /// Binds an export cell as the export stores it: numbers and yes/no as numbers, lists as a JSON array.
  func bind(_ value: ExportValue, at position: Int32) throws {
    switch value {
    case .null: try check(sqlite3_bind_null(statement.sqliteStatement, position + 1))
    case .text(let text): try bind(text: text, at: position)
    case .integer(let number): try check(sqlite3_bind_int64(statement.sqliteStatement, position + 1, Int64(number)))
    case .number(let number): try check(sqlite3_bind_double(statement.sqliteStatement, position + 1, number))
    case .flag(let flag): try check(sqlite3_bind_int64(statement.sqliteStatement, position + 1, flag ? 1 : 0))
    case .list(let items): try bind(text: JSONValue.strings(items).text(), at: position)
    }
  }

  /// Inserts the row bound so far and makes the statement ready for the next one.
  func insertRow() throws {
    let code = sqlite3_step(statement.sqliteStatement)
    sqlite3_reset(statement.sqliteStatement)
    guard code == SQLITE_DONE else { throw error(code) }
  }

  private func check(_ code: Int32) throws {
    guard code == SQLITE_OK else { throw error(code) }
  }

  private func error(_ code: Int32) -> DatabaseError {
    let message = database.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
    return DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
  }

  /// `SQLITE_TRANSIENT`: SQLite copies bound text before the call returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
  private static var empty: UnsafeRawPointer { UnsafeRawPointer(("" as StaticString).utf8Start) }
}
