/// Limits that keep hostile input from exhausting time or memory. The defaults suit catalogue files.
public struct YAMLLimits: Sendable, Hashable {
  /// Largest accepted input, in bytes.
  public var maxBytes: Int
  /// Deepest accepted nesting of sequences and mappings.
  public var maxDepth: Int
  /// Most alias references (`*name`) accepted in one document.
  public var maxAliases: Int
  /// Most nodes accepted in one document, counting every node an alias expands to.
  public var maxNodes: Int

  /// Creates limits; the defaults are safe for catalogue files.
  public init(maxBytes: Int = 1 << 20, maxDepth: Int = 64, maxAliases: Int = 100, maxNodes: Int = 100_000) {
    self.maxBytes = maxBytes
    self.maxDepth = maxDepth
    self.maxAliases = maxAliases
    self.maxNodes = maxNodes
  }
}

/// Why a YAML file could not be read. Every case knows its rule id, location and a message for editors.
public enum YAMLError: Error, Sendable, Equatable {
  case placeholder
}

extension YAMLError {
  /// Stable rule id, such as `yaml.syntax` or `yaml.duplicate-key`.
  public var rule: String { fatalError("unimplemented") }
  /// Where the problem is.
  public var location: SourceLocation { fatalError("unimplemented") }
  /// What happened and what to do, for a municipal editor.
  public var message: String { fatalError("unimplemented") }
}

/// Parses one YAML document into a ``Node`` tree.
public enum YAMLParser {
  /// Parses `bytes` as a single YAML document.
  public static func parse(_ bytes: [UInt8], limits: YAMLLimits = YAMLLimits()) throws(YAMLError) -> Node {
    fatalError("unimplemented")
  }
}
