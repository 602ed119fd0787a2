// JSON value semantics over `Node`: code-point string equality, numeric equality across integer and
// float, order-insensitive objects, and a hash consistent with that equality.
import CasebookYAML

/// True when both strings have the same code points. Swift's `==` compares canonical equivalence
/// (`"ä" == "a\u{308}"`), which JSON does not.
@inline(__always)
func sameText(_ lhs: String, _ rhs: String) -> Bool {
  // Equal code points imply `==`, so the (fast) `==` rules out most pairs; the bytes confirm the rest.
  guard lhs.utf8.count == rhs.utf8.count, lhs == rhs else { return false }
  var lhs = lhs
  var rhs = rhs
  return lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
}

/// A dictionary key that compares strings by code points.
struct TextKey: Hashable, Sendable {
  var text: String

  init(_ text: String) { self.text = text }

  static func == (lhs: TextKey, rhs: TextKey) -> Bool { sameText(lhs.text, rhs.text) }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}

/// A JSON number, kept exact when it is an integer.
enum JSONNumber: Sendable, CustomStringConvertible {
  case integer(Int)
  case double(Double)

  init?(_ node: Node) {
    switch node.value {
    case .integer(let int): self = .integer(int)
    case .float(let double): self = .double(double)
    default: return nil
    }
  }

  var description: String {
    switch self {
    case .integer(let int): String(int)
    case .double(let double):
      double.rounded() == double && abs(double) < 1e15 ? String(Int(double)) : "\(double)"
    }
  }

  var double: Double {
    switch self {
    case .integer(let int): Double(int)
    case .double(let double): double
    }
  }

  /// -1, 0 or 1, exact for integers and for integers against doubles.
  func compare(_ other: JSONNumber) -> Int {
    switch (self, other) {
    case (.integer(let a), .integer(let b)): return a < b ? -1 : (a == b ? 0 : 1)
    case (.integer(let a), .double(let b)): return -compareDouble(b, a)
    case (.double(let a), .integer(let b)): return compareDouble(a, b)
    case (.double(let a), .double(let b)): return a < b ? -1 : (a == b ? 0 : 1)
    }
  }

  private func compareDouble(_ a: Double, _ b: Int) -> Int {
    let converted = Double(b)
    if a < converted { return -1 }
    if a > converted { return 1 }
    // Equal as doubles; decide exactly when `b` is not exactly representable.
    guard let exact = Int(exactly: a) else { return a < 0 ? -1 : 1 }
    return exact < b ? -1 : (exact == b ? 0 : 1)
  }
}

/// JSON equality: 1 == 1.0, false != 0, strings by code points, objects regardless of key order.
func jsonEqual(_ lhs: Node, _ rhs: Node) -> Bool {
  switch (lhs.value, rhs.value) {
  case (.null, .null): return true
  case (.bool(let a), .bool(let b)): return a == b
  case (.integer, .integer), (.integer, .float), (.float, .integer), (.float, .float):
    return JSONNumber(lhs)!.compare(JSONNumber(rhs)!) == 0
  case (.string(let a), .string(let b)): return sameText(a, b)
  case (.sequence(let a), .sequence(let b)):
    guard a.count == b.count else { return false }
    for index in a.indices where !jsonEqual(a[index], b[index]) { return false }
    return true
  case (.mapping(let a), .mapping(let b)):
    guard a.count == b.count else { return false }
    if a.count > 12 {
      var byKey: [TextKey: Int] = [:]
      for (index, entry) in b.enumerated() { byKey[TextKey(entry.key)] = index }
      for entry in a {
        guard let index = byKey[TextKey(entry.key)], jsonEqual(entry.value, b[index].value) else { return false }
      }
      return true
    }
    outer: for entry in a {
      for other in b where sameText(entry.key, other.key) {
        if jsonEqual(entry.value, other.value) { continue outer }
        return false
      }
      return false
    }
    return true
  default:
    return false
  }
}

/// A hash consistent with ``jsonEqual(_:_:)``.
func jsonHash(_ node: Node, into hasher: inout Hasher) {
  switch node.value {
  case .null: hasher.combine(0 as UInt8)
  case .bool(let flag): hasher.combine(flag ? 1 as UInt8 : 2)
  case .integer(let int):
    hasher.combine(3 as UInt8)
    hasher.combine(int)
  case .float(let double):
    if let int = Int(exactly: double) {
      hasher.combine(3 as UInt8)
      hasher.combine(int)
    } else {
      hasher.combine(4 as UInt8)
      hasher.combine(double == 0 ? 0 : double)
    }
  case .string(let text):
    hasher.combine(5 as UInt8)
    hasher.combine(TextKey(text))
  case .sequence(let items):
    hasher.combine(6 as UInt8)
    hasher.combine(items.count)
    for item in items { jsonHash(item, into: &hasher) }
  case .mapping(let entries):
    hasher.combine(7 as UInt8)
    // Order-insensitive: combine the entries' own hashes commutatively.
    var sum = 0
    for entry in entries {
      var entryHasher = Hasher()
      entryHasher.combine(TextKey(entry.key))
      jsonHash(entry.value, into: &entryHasher)
      sum &+= entryHasher.finalize()
    }
    hasher.combine(sum)
  }
}

/// A node hashed and compared with JSON semantics.
struct JSONKey: Hashable {
  var node: Node
  static func == (lhs: JSONKey, rhs: JSONKey) -> Bool { jsonEqual(lhs.node, rhs.node) }
  func hash(into hasher: inout Hasher) { jsonHash(node, into: &hasher) }
}

/// Whether a node is an integer in the JSON Schema sense (a number with no fractional part).
@inline(__always)
func isJSONInteger(_ node: Node) -> Bool {
  switch node.value {
  case .integer: true
  case .float(let double): double.isFinite && double.rounded(.towardZero) == double
  default: false
  }
}

/// The number of Unicode code points, counted on the UTF-8 bytes.
func codePointCount(_ text: String) -> Int {
  var text = text
  return text.withUTF8 { bytes in
    var count = 0
    for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
    return count
  }
}
