import Testing

@testable import casebook

@Suite("Search started before parsing")
struct EarlySearchTests {
  @Test(
    "A working-tree search is recognised with its -C folder, before or after the command's name",
    arguments: [
      (["search", "snow"], String?.none),
      (["-C", "catalogue", "search", "snow"], "catalogue"),
      (["search", "--category", "inform", "-C", "../other", "snow*"], "../other"),
      (["-C", "a", "search", "-C", "b"], "b"),
    ])
  func recognised(arguments: [String], directory: String?) {
    #expect(SearchCommand.earlyDirectory(arguments) == .some(directory))
  }

  @Test(
    "Any other command line is left to the parser alone",
    arguments: [
      ["validate"], ["show", "search"], ["-C", "search", "validate"], ["search", "--rev", "HEAD", "snow"],
      ["search", "--rev=main"], ["search", "--help"], ["search", "-h"], ["search", "--", "-C"], ["search", "-C"],
      [],
    ])
  func notRecognised(arguments: [String]) {
    #expect(SearchCommand.earlyDirectory(arguments) == nil)
  }
}
