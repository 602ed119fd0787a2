import Testing

@testable import CasebookCore

@Suite("Parallel map")
struct ParallelMapTests {
  @Test("Every position is mapped once and the results keep their order", arguments: [0, 1, 63, 64, 129, 1_000, 10_007])
  func order(count: Int) {
    let mapped = ParallelMap.map(count, chunkSize: 16) { $0 * 3 + 1 }
    #expect(mapped == (0..<count).map { $0 * 3 + 1 })
  }
}
