/// Limits that keep hostile input from exhausting time or memory. The defaults suit catalogue files.
public struct YAMLLimits: Sendable, Hashable {
  /// Largest accepted input, in bytes.
  public var maxBytes: Int
  /// Deepest accepted nesting of sequences and mappings. Values above ``depthCeiling`` act as that ceiling.
  public var maxDepth: Int
  /// Most alias references (`*name`) accepted in one document.
  public var maxAliases: Int
  /// Most nodes accepted in one document, counting every node an alias expands to.
  public var maxNodes: Int

  /// The deepest nesting the parser ever accepts, whatever ``maxDepth`` says, so that code walking (or
  /// releasing) a tree recursively stays far from the stack limit.
  public static let depthCeiling = 1_000

  /// Creates limits; the defaults are safe for catalogue files.
  public init(maxBytes: Int = 1 << 20, maxDepth: Int = 64, maxAliases: Int = 100, maxNodes: Int = 100_000) {
    self.maxBytes = maxBytes
    self.maxDepth = maxDepth
    self.maxAliases = maxAliases
    self.maxNodes = maxNodes
  }
}

extension YAMLLimits: CustomStringConvertible {
  /// Every limit by name; cache keys include it. Spelled out, since the reflected default costs milliseconds
  /// the first time a process prints any value that way.
  public var description: String {
    "YAMLLimits(maxBytes: \(maxBytes), maxDepth: \(maxDepth), maxAliases: \(maxAliases), maxNodes: \(maxNodes))"
  }
}

/// Parses one YAML document into a ``Node`` tree.
///
/// The input must be UTF-8 (a byte order mark is allowed) holding exactly one document. Plain scalars are
/// resolved with the YAML 1.2 core schema; quoted and block scalars are strings; only the standard tags are
/// accepted. Mapping keys must be unique strings. Every node carries its 1-based line:column.
public enum YAMLParser {
  /// Parses `bytes` as a single YAML document.
  public static func parse(_ bytes: [UInt8], limits: YAMLLimits = YAMLLimits()) throws(YAMLError) -> Node {
    try bytes.withUnsafeBufferPointer { parseResult($0, limits: limits) }.get()
  }

  /// Parses the bytes in `buffer` as a single YAML document, without copying them (for bytes that live
  /// elsewhere, such as a blob inside libgit2).
  public static func parse(buffer: UnsafeBufferPointer<UInt8>, limits: YAMLLimits = YAMLLimits()) throws(YAMLError) -> Node {
    try parseResult(buffer, limits: limits).get()
  }

  /// Parses `text` as a single YAML document.
  public static func parse(_ text: String, limits: YAMLLimits = YAMLLimits()) throws(YAMLError) -> Node {
    var text = text
    return try text.withUTF8 { parseResult($0, limits: limits) }.get()
  }

  private static func parseResult(_ buffer: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) -> Result<Node, YAMLError> {
    Result { () throws(YAMLError) -> Node in
      guard buffer.count <= limits.maxBytes else {
        throw .tooLarge(byteCount: buffer.count, limit: limits.maxBytes)
      }
      let contentStart = try InputCheck.validate(buffer)
      let content = UnsafeBufferPointer(rebasing: buffer[contentStart...])
      guard !content.isEmpty else { throw .empty }
      let parser = try LibYAMLParser(input: content)
      var builder = TreeBuilder(limits: limits)
      return try builder.build(from: parser)
    }
  }
}
