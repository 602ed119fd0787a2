import CasebookCore
import Foundation
internal import ZIPFoundation
import CasebookText

/// An export table as an Office Open XML workbook (`.xlsx`) with one sheet: a bold, frozen header row, then
/// one row per record. Text is stored as inline strings (never read as a formula), numbers as numbers, yes/no
/// as booleans, lists joined with `; ` as in CSV. Every character is kept except the control characters XML
/// cannot hold, which become U+FFFD as in the terminal; a cell that would be longer than a spreadsheet cell
/// holds is refused, never cut short.
public enum SpreadsheetXLSX {
  /// The most characters a cell holds in Excel and LibreOffice.
  public static let maximumCellLength = 32_767
  /// What `docProps/app.xml` names as the application; it is how casebook recognises its own file.
  static let application = "casebook"
  /// A fixed time for every part, so that the same table gives the same bytes.
  private static let partDate = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01, the first ZIP date

  /// The workbook's bytes.
  public static func workbook(_ table: ExportTable) throws(ExportFileError) -> [UInt8] {
    let sheet = try worksheet(table)
    let name = sheetName(table.kind)
    let parts: [(String, String)] = [
      ("[Content_Types].xml", contentTypes),
      ("_rels/.rels", packageRelationships),
      ("docProps/app.xml", header + "<Properties xmlns=\"\(extendedNamespace)\"><Application>\(application)</Application></Properties>"),
      ("xl/workbook.xml", header + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><sheets>"
        + "<sheet name=\"\(name)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
      ("xl/_rels/workbook.xml.rels", workbookRelationships),
      ("xl/styles.xml", styles),
      ("xl/worksheets/sheet1.xml", sheet),
    ]
    do {
      let archive = try Archive(accessMode: .create)
      for (path, text) in parts {
        let data = Data(text.utf8)
        try archive.addEntry(
          with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: partDate,
          compressionMethod: .deflate
        ) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let data = archive.data else { throw ExportFileError.spreadsheet(reason: Message(ExportText.emptyArchive)) }
      return [UInt8](data)
    } catch let error as ExportFileError {
      throw error
    } catch {
      throw .spreadsheet(reason: Message(ReadText.system, .text("\(error)")))
    }
  }

  /// True when the file at `path` is a workbook casebook wrote.
  static func isOurs(_ path: String) -> Bool {
    let archive: Archive
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil)
    } catch {
      return false
    }
    guard let entry = archive["docProps/app.xml"], entry.uncompressedSize < 1 << 20 else { return false }
    var data = Data()
    guard (try? archive.extract(entry) { data.append($0) }) != nil else { return false }
    return String(decoding: data, as: UTF8.self).contains("<Application>\(application)</Application>")
  }

  static func sheetName(_ kind: RecordKind) -> String {
    switch kind {
    case .caseStudy: "cases"
    case .policy: "policies"
    case .municipality: "municipalities"
    }
  }

  static func worksheet(_ table: ExportTable) throws(ExportFileError) -> String {
    var xml = header + "<worksheet xmlns=\"\(mainNamespace)\"><sheetViews><sheetView workbookViewId=\"0\">"
      + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
      + "<sheetData>"
    xml += "<row r=\"1\">"
    for (index, column) in table.columns.enumerated() {
      xml += "<c r=\"\(columnName(index))1\" t=\"inlineStr\" s=\"1\"><is><t>\(escape(column))</t></is></c>"
    }
    xml += "</row>"
    for (rowIndex, row) in table.rows.enumerated() {
      let number = rowIndex + 2
      xml += "<row r=\"\(number)\">"
      for (index, value) in row.enumerated() {
        let reference = "\(columnName(index))\(number)"
        switch value {
        case .null:
          continue
        case .integer(let integer):
          xml += "<c r=\"\(reference)\"><v>\(integer)</v></c>"
        case .number(let number) where number.isFinite:
          xml += "<c r=\"\(reference)\"><v>\(number)</v></c>"
        case .flag(let flag):
          xml += "<c r=\"\(reference)\" t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
        default:
          let text = value.csvText
          if text.utf16.count > maximumCellLength {
            let record = row.first.map { if case .text(let id) = $0 { "`\(id)`" } else { "row \(number)" } } ?? "row \(number)"
            throw .cellTooLong(column: table.columns[index], record: record, length: text.utf16.count)
          }
          xml += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
        }
      }
      xml += "</row>"
    }
    return xml + "</sheetData></worksheet>"
  }

  /// `A`, `B`, …, `Z`, `AA`, … for the column at `index` (from 0).
  static func columnName(_ index: Int) -> String {
    var number = index + 1
    var name = ""
    while number > 0 {
      let remainder = (number - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + remainder))) + name
      number = (number - 1) / 26
    }
    return name
  }

  /// Text as XML character data, escaped as JUnit reports escape it (characters XML 1.0 cannot hold become
  /// U+FFFD), with a carriage return kept as a reference: XML would read a raw one as a line feed.
  static func escape(_ text: String) -> String {
    var result = ""
    // By scalar: a CR before an LF is one Character with it, which a Character replacement would not match.
    for scalar in DiagnosticRenderer.xml(text).unicodeScalars {
      if scalar == "\r" { result += "&#13;" } else { result.unicodeScalars.append(scalar) }
    }
    return result
  }

  private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let extendedNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
  private static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

  private static let contentTypes = header
    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    + "<Override PartName=\"/xl/workbook.xml\" "
    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    + "<Override PartName=\"/xl/styles.xml\" "
    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    + "<Override PartName=\"/docProps/app.xml\" "
    + "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    + "</Types>"

  private static let packageRelationships = header
    + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"\(relationshipNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
    + "</Relationships>"

  private static let workbookRelationships = header
    + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
    + "</Relationships>"

  private static let styles = header
    + "<styleSheet xmlns=\"\(mainNamespace)\">"
    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"
}
