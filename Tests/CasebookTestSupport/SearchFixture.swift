import CasebookGit
import Foundation

/// Authors for history tests: different people at different times.
public enum TestAuthors {
  public static let alice = Signature(name: "Alice Jansen", email: "alice@lindendorp.example", time: 1_600_000_000)
  public static let bob = Signature(name: "Bob Peeters", email: "bob@beekhoven.example", time: 1_650_000_000, offsetMinutes: 120)
  public static let carol = Signature(name: "Carol Smith", email: "carol@riverton.example", time: 1_700_000_000)
}

extension TemporaryCatalogue {
  /// Where the search fixture catalogue lives in the package.
  public static let searchFixtureFolder = "Tests/CasebookCoreTests/Fixtures/search"

  /// The files of the search fixture catalogue (three invented municipalities, six case studies and a
  /// policy), keyed by their path in a catalogue (`cases/…`).
  public static func searchFixtureFiles() throws -> [String: String] {
    var files: [String: String] = [:]
    for (path, text) in try Self.files(under: searchFixtureFolder) {
      files[String(path.dropFirst(searchFixtureFolder.count + 1))] = text
    }
    return files
  }

  /// A repository with the schemas and the search fixture catalogue committed.
  public static func searchFixture(bare: Bool = false) throws -> TemporaryCatalogue {
    let catalogue = try TemporaryCatalogue(bare: bare)
    try catalogue.commit(try searchFixtureFiles(), message: "Add the search fixture catalogue", author: TestAuthors.alice)
    return catalogue
  }
}

/// A small RFC 4180 reader, to check CSV output by parsing it back.
public enum CSVReader {
  /// Why a text is not RFC 4180 CSV.
  public struct Malformed: Error, CustomStringConvertible {
    public var description: String
  }

  /// The records of `text`: fields separated by commas, records by CRLF; quoted fields may hold commas,
  /// line breaks and doubled quotes. A final line break is optional.
  public static func parse(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var fieldStarted = false
    var characters = Array(text.unicodeScalars)[...]
    while let scalar = characters.popFirst() {
      if quoted {
        if scalar == "\"" {
          if characters.first == "\"" {
            field.unicodeScalars.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"":
        guard field.isEmpty, !fieldStarted else { throw Malformed(description: "a quote inside an unquoted field") }
        quoted = true
        fieldStarted = true
      case ",":
        record.append(field)
        field = ""
        fieldStarted = false
      case "\r":
        guard characters.popFirst() == "\n" else { throw Malformed(description: "a CR without LF") }
        record.append(field)
        records.append(record)
        record = []
        field = ""
        fieldStarted = false
      case "\n":
        throw Malformed(description: "a bare LF ends a record (RFC 4180 uses CRLF)")
      default:
        field.unicodeScalars.append(scalar)
        fieldStarted = true
      }
    }
    if quoted { throw Malformed(description: "an unterminated quoted field") }
    if fieldStarted || !field.isEmpty || !record.isEmpty {
      record.append(field)
      records.append(record)
    }
    return records
  }

  /// Rows as dictionaries by the first record's column names; checks every row has as many fields.
  public static func rows(_ text: String) throws -> (columns: [String], rows: [[String: String]]) {
    let records = try parse(text)
    guard let header = records.first else { return ([], []) }
    var rows: [[String: String]] = []
    for record in records.dropFirst() {
      guard record.count == header.count else {
        throw Malformed(description: "a record has \(record.count) fields, the header \(header.count)")
      }
      rows.append(Dictionary(uniqueKeysWithValues: zip(header, record)))
    }
    return (header, rows)
  }
}
