import Testing

@testable import CasebookCore

@Suite("Parallel map")
struct ParallelMapTests {
  @Test("Every position is mapped once and the results keep their order", arguments: [0, 1, 63, 64, 129, 1_000, 10_007])
  func order(count: Int) {
    let mapped = ParallelMap.map(count, chunkSize: 16) { $0 * 3 + 1 }
    #expect(mapped == (0..<count).map { $0 * 3 + 1 })
  }

  /// With more chunks than the machine has cores times four, the last chunks can start past the end (on two
  /// cores: 10 positions in 8 chunks of 2), as they can on a server with many cores and a large catalogue.
  @Test("Small chunks that do not divide the positions evenly", arguments: [2, 9, 10, 17, 20, 1_001])
  func unevenChunks(count: Int) {
    let mapped = ParallelMap.map(count, chunkSize: 1) { $0 }
    #expect(mapped == Array(0..<count))
  }
}
