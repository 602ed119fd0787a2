import CasebookYAML
import Testing

@Suite("JSON pointer escapes of keys")
struct SourceMapEscapeTests {
  @Test(
    "A key's `~` becomes `~0` and its `/` becomes `~1` (RFC 6901); other keys stay as they are",
    arguments: [
      ("plain", "plain"), ("a/b", "a~1b"), ("a~b", "a~0b"), ("~/", "~0~1"), ("~1", "~01"), ("", ""),
      ("zoë/ß", "zoë~1ß"),
    ])
  func escape(key: String, escaped: String) {
    #expect(SourceMap.escape(key) == escaped)
  }
}
