import CasebookGit
import Testing

@Suite struct ObjectIDTests {
  @Test(arguments: [
    "0000000000000000000000000000000000000000", "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391",
    "ffffffffffffffffffffffffffffffffffffffff", "0123456789abcdef0123456789abcdef01234567",
  ])
  func hexRoundTrips(hex: String) throws {
    let id = try #require(ObjectID(hex: hex))
    #expect(id.hex == hex)
    #expect(id.description == hex)
    #expect(id.shortHex == String(hex.prefix(7)))
    #expect(ObjectID(hex: hex.uppercased()) == id)
    #expect(ObjectID(bytes: id.bytes) == id)
    #expect(id.bytes.count == 20)
  }

  @Test(arguments: [
    "", "e69de29", "e69de29bb2d1d6434b8b29ae775ad8c2e48c539", "e69de29bb2d1d6434b8b29ae775ad8c2e48c53911",
    "g69de29bb2d1d6434b8b29ae775ad8c2e48c5391", "e69de29bb2d1d6434b8b29ae775ad8c2e48c539 ",
    "é9de29bb2d1d6434b8b29ae775ad8c2e48c5391",
  ])
  func malformedHexIsRejected(hex: String) {
    #expect(ObjectID(hex: hex) == nil)
  }

  @Test func bytesMustBeTwentyLong() {
    #expect(ObjectID(bytes: [UInt8](repeating: 1, count: 19)) == nil)
    #expect(ObjectID(bytes: [UInt8](repeating: 1, count: 21)) == nil)
    #expect(ObjectID(bytes: Array(1...20))?.hex == "0102030405060708090a0b0c0d0e0f1011121314")
  }

  @Test func orderIsTheOrderOfTheHexForm() throws {
    let hexes = [
      "ffffffffffffffffffffffffffffffffffffffff", "0000000000000000000000000000000000000001",
      "00000000000000000000000000000000000000ff", "0000000000000000000000000000000000000100",
      "8000000000000000000000000000000000000000", "7fffffffffffffffffffffffffffffffffffffff",
      "0000000000000000800000000000000000000000", "0000000000000000000000000000000080000000",
    ]
    let ids = try hexes.map { try #require(ObjectID(hex: $0)) }
    #expect(ids.sorted().map(\.hex) == hexes.sorted())
    #expect(Set(ids).count == hexes.count)
  }

  @Test func emptyBlobHasGitsWellKnownId() {
    #expect(ObjectID.blob(hashing: []).hex == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
  }
}
