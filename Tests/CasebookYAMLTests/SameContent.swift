// Also compiled into the fuzz target (Fuzz/build.sh), which checks that YAMLWriter keeps every value.
import CasebookYAML

/// True when both trees hold the same values in the same order; locations are ignored and NaN equals NaN.
/// Walks with an explicit stack like the code under test.
func sameContent(_ lhs: Node, _ rhs: Node) -> Bool {
  var pending = [(lhs, rhs)]
  while let (left, right) = pending.popLast() {
    switch (left.value, right.value) {
    case (.null, .null): continue
    case (.bool(let a), .bool(let b)) where a == b: continue
    case (.integer(let a), .integer(let b)) where a == b: continue
    case (.float(let a), .float(let b)) where a == b || a.isNaN && b.isNaN: continue
    case (.string(let a), .string(let b)) where a == b: continue
    case (.sequence(let a), .sequence(let b)) where a.count == b.count:
      pending.append(contentsOf: zip(a, b))
    case (.mapping(let a), .mapping(let b)) where a.count == b.count && a.map(\.key) == b.map(\.key):
      pending.append(contentsOf: zip(a.map(\.value), b.map(\.value)))
    default: return false
    }
  }
  return true
}
