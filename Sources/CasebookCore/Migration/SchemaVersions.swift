import CasebookText
import CasebookYAML

/// A field path of a migration step: a JSON pointer whose `*` parts stand for every item of a list.
public struct FieldPattern: Sendable, Hashable, CustomStringConvertible {
  /// The parts, unescaped; `*` for any item.
  public let parts: [String]
  /// The pointer as written.
  public let text: String

  /// A pattern from a pointer such as `/sources/*/url`; nil when it does not start with `/` or has an empty part.
  public init?(_ text: String) {
    guard text.hasPrefix("/"), text.count > 1 else { return nil }
    let parts = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
      String($0).replacing("~1", with: "/").replacing("~0", with: "~")
    }
    guard !parts.contains(where: \.isEmpty) else { return nil }
    self.parts = parts
    self.text = text
  }

  public var description: String { text }
  /// How many `*` parts the pattern has.
  var wildcards: Int { parts.count { $0 == "*" } }
}

/// One declarative step that brings files of some kinds from one schema version to the next.
public enum MigrationStep: Sendable {
  /// `rename: /a/b` `to: c`: the key `b` becomes `c`, in place.
  case rename(FieldPattern, to: String)
  /// `move: /a/b` `to: /x/y`: the field moves to another place (missing parents are made); a mapping the move
  /// leaves empty goes too.
  case move(FieldPattern, to: FieldPattern)
  /// `values: /status` `map: {old: new}`: a value (or each item of a list) that is `old` becomes `new`.
  case values(FieldPattern, map: [String: Node])
  /// `split: /categories` `value: old` `into: [a, b]`: in a list, the item `old` becomes the items a and b
  /// (those not already in the list); a single value `old` becomes the list `[a, b]`.
  case split(FieldPattern, value: String, into: [String])
}

/// A step with the kinds of files it applies to.
public struct KindedStep: Sendable {
  public var step: MigrationStep
  public var kinds: Set<CatalogueFileKind>
}

/// What `schema/versions.yaml` declares: the current version of the catalogue schema, the older versions it
/// still reads, and the steps that bring a file from each older version to the next.
public struct SchemaVersions: Sendable {
  /// Where the declaration lives.
  public static let path = "schema/versions.yaml"
  /// The field every file may use to say which version it was written for.
  public static let field = "schema_version"

  /// The current version.
  public let current: Int
  /// The version of a file that does not say (default: the current one).
  public let unmarked: Int
  /// The older versions still read, oldest first, each with the steps to the next version.
  public let older: [(version: Int, steps: [KindedStep])]

  /// Without `schema/versions.yaml`: version 1, nothing older.
  public static let initial = SchemaVersions(current: 1, unmarked: 1, older: [])

  init(current: Int, unmarked: Int, older: [(version: Int, steps: [KindedStep])]) {
    self.current = current
    self.unmarked = unmarked
    self.older = older
  }

  /// The declaration in a parsed `schema/versions.yaml`; what cannot be used is left out (the file's own check
  /// reports it).
  public init(document: Node) {
    let current = document["current"]?.integer ?? 1
    var older: [(version: Int, steps: [KindedStep])] = []
    for item in document["older"]?.items ?? [] {
      guard let version = item["version"]?.integer, version < current,
        !older.contains(where: { $0.version == version })
      else { continue }
      older.append((version, (item["steps"]?.items ?? []).compactMap(Self.step)))
    }
    older.sort { $0.version < $1.version }
    let unmarked = document["unmarked"]?.integer ?? current
    self.init(
      current: current, unmarked: unmarked == current || older.contains { $0.version == unmarked } ? unmarked : current,
      older: older)
  }

  /// The versions this catalogue reads.
  public var readable: [Int] { older.map(\.version) + [current] }

  /// The steps that bring a file of `kind` written for `version` to the current version, in order.
  func steps(from version: Int, kind: CatalogueFileKind) -> [MigrationStep] {
    older.filter { $0.version >= version }.flatMap { $0.steps.filter { $0.kinds.contains(kind) }.map(\.step) }
  }

  /// A step read from one entry of `steps`; nil when it is not one of the known shapes.
  static func step(_ node: Node) -> KindedStep? {
    let kinds = Set((node["kinds"]?.items ?? []).compactMap { $0.string.flatMap(CatalogueFileKind.init(rawValue:)) })
    guard !kinds.isEmpty else { return nil }
    let step: MigrationStep
    if let from = node["rename"]?.string.flatMap(FieldPattern.init), let to = node["to"]?.string,
      !to.isEmpty, !to.contains("/"), from.parts.last != "*"
    {
      step = .rename(from, to: to)
    } else if let from = node["move"]?.string.flatMap(FieldPattern.init),
      let to = node["to"]?.string.flatMap(FieldPattern.init), isMovable(from, to)
    {
      step = .move(from, to: to)
    } else if let at = node["values"]?.string.flatMap(FieldPattern.init), let map = node["map"]?.entries {
      step = .values(at, map: Dictionary(map.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first }))
    } else if let at = node["split"]?.string.flatMap(FieldPattern.init), let value = node["value"]?.string,
      let into = node["into"]?.items?.compactMap(\.string), !into.isEmpty
    {
      step = .split(at, value: value, into: into)
    } else {
      return nil
    }
    return KindedStep(step: step, kinds: kinds)
  }

  /// A move keeps the list items it starts in: both paths share every part up to the last `*`, and neither
  /// path lies inside the other.
  static func isMovable(_ from: FieldPattern, _ to: FieldPattern) -> Bool {
    guard from.parts.last != "*", to.parts.last != "*", from != to else { return false }
    let shared = from.parts.lastIndex(of: "*").map { $0 + 1 } ?? 0
    guard to.parts.count > shared, Array(to.parts.prefix(shared)) == Array(from.parts.prefix(shared)),
      !to.parts.dropFirst(shared).contains("*")
    else { return false }
    return !to.parts.starts(with: from.parts) && !from.parts.starts(with: to.parts)
  }

  /// What `schema/versions.yaml` says that cannot work, beyond its schema.
  static func check(_ document: Node, add: (Message, Node, String) -> Void) {
    let current = document["current"]?.integer ?? 1
    var seen: Set<Int> = []
    for (index, item) in (document["older"]?.items ?? []).enumerated() {
      let pointer = "/older/\(index)"
      if let node = item["version"], let version = node.integer {
        if version >= current {
          add(
            Message(MigrationText.versionNotOlder, .text(String(version)), .text(String(current))), node,
            pointer + "/version")
        } else if !seen.insert(version).inserted {
          add(Message(MigrationText.versionTwice, .text(String(version))), node, pointer + "/version")
        }
      }
      for (position, step) in (item["steps"]?.items ?? []).enumerated() where Self.step(step) == nil {
        add(Message(MigrationText.stepUnusable), step, "\(pointer)/steps/\(position)")
      }
    }
    if let node = document["unmarked"], let unmarked = node.integer, unmarked != current, !seen.contains(unmarked) {
      add(Message(MigrationText.unmarkedUnknown, .code("unmarked: \(unmarked)")), node, "/unmarked")
    }
  }
}
