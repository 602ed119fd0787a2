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
    try bytes.withUnsafeBufferPointer { parseResult($0, limits: limits) }.get().root
  }

  /// Parses the bytes in `buffer` as a single YAML document, without copying them (for bytes that live
  /// elsewhere, such as a blob inside libgit2).
  public static func parse(buffer: UnsafeBufferPointer<UInt8>, limits: YAMLLimits = YAMLLimits()) throws(YAMLError) -> Node {
    try parseResult(buffer, limits: limits).get().root
  }

  /// Parses `text` as a single YAML document.
  public static func parse(_ text: String, limits: YAMLLimits = YAMLLimits()) throws(YAMLError) -> Node {
    var text = text
    return try text.withUTF8 { parseResult($0, limits: limits) }.get().root
  }

  /// Parses the bytes in `buffer` as a single YAML document, with the warnings found on the way.
  public static func parseDocument(
    buffer: UnsafeBufferPointer<UInt8>, limits: YAMLLimits = YAMLLimits()
  ) throws(YAMLError) -> YAMLDocument {
    try parseResult(buffer, limits: limits).get()
  }

  /// Parses `text` as a single YAML document, with the warnings found on the way.
  public static func parseDocument(_ text: String, limits: YAMLLimits = YAMLLimits()) throws(YAMLError) -> YAMLDocument {
    var text = text
    return try text.withUTF8 { parseResult($0, limits: limits) }.get()
  }

  private static func parseResult(
    _ buffer: UnsafeBufferPointer<UInt8>, limits: YAMLLimits
  ) -> Result<YAMLDocument, YAMLError> {
    Result { () throws(YAMLError) -> YAMLDocument in
      guard buffer.count <= limits.maxBytes else {
        throw .tooLarge(byteCount: buffer.count, limit: limits.maxBytes)
      }
      let contentStart = try InputCheck.validate(buffer)
      let content = UnsafeBufferPointer(rebasing: buffer[contentStart...])
      guard !content.isEmpty else { throw .empty }
      let directives = try Directives.scan(content)
      // A copy with unknown directives made comments and separating tabs made spaces, once there are any;
      // each change keeps the length, so locations stay those of the file.
      var repaired: [UInt8]?
      if !directives.unknown.isEmpty {
        repaired = Array(content)
        for offset in directives.unknown { repaired![offset] = UInt8(ascii: "#") }
      }
      // Each repair reads the file again; the budget keeps a file full of such tabs from taking long.
      let maximumRepairs = min(10_000, max(16, (16 << 20) / content.count))
      var repairs = 0
      while true {
        var failure: (problem: String, context: String?)?
        let attempt =
          repaired?.withUnsafeBufferPointer { parseOnce($0, limits: limits, failure: &failure) }
          ?? parseOnce(content, limits: limits, failure: &failure)
        switch attempt {
        case .success(let root):
          return YAMLDocument(root: root, warnings: directives.warnings)
        case .failure(.tab(let location)):
          if repaired == nil { repaired = Array(content) }
          let tabs = repaired!.withUnsafeBufferPointer {
            TabRepair.separatingTabs(
              at: location, in: $0, problem: failure?.problem ?? "", context: failure?.context)
          }
          guard let tabs, !tabs.isEmpty else { throw .tab(at: location) }
          guard repairs < maximumRepairs else { throw .tooManyTabs(limit: maximumRepairs, at: location) }
          for offset in tabs { repaired![offset] = 0x20 }
          repairs += 1
        case .failure(let error):
          throw error
        }
      }
    }
  }

  private static func parseOnce(
    _ content: UnsafeBufferPointer<UInt8>, limits: YAMLLimits, failure: inout (problem: String, context: String?)?
  ) -> Result<Node, YAMLError> {
    var parser: LibYAMLParser?
    let result = Result { () throws(YAMLError) -> Node in
      parser = try LibYAMLParser(input: content)
      var builder = TreeBuilder(limits: limits)
      return try builder.build(from: parser!)
    }
    failure = parser?.failure
    return result
  }
}
