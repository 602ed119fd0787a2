@testable import CasebookCore
import Testing

@Suite("CSV cells")
struct TableCSVTests {
  @Test("A formula-like text cell gets a leading quote; a number in a numeric column stays a number")
  func numbersStayNumbers() {
    let table = Table(columns: ["title", "score"], rows: [["-2.5", "-2.5"], ["=1+1", "=1+1"], ["12", "7"]], numericColumns: [1])
    #expect(table.csv() == "title,score\r\n\"'-2.5\",-2.5\r\n\"'=1+1\",\"'=1+1\"\r\n12,7\r\n")
  }
}
