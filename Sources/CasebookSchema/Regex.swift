import CasebookText
// A compiled pattern and its matcher: a Pike VM (breadth-first NFA simulation) over the UTF-8 bytes of
// the text, so matching takes time linear in the text and never backtracks exponentially.

enum RegexInstruction: Sendable {
  /// Consumes one scalar in the set.
  case set(Int)
  /// Consumes exactly this scalar.
  case scalar(UInt32)
  case split(Int, Int)
  case jump(Int)
  case assert(RegexAssertion)
  /// Succeeds when the sub-program matches (or, if negative, does not match) at the current position.
  case look(program: Int, negative: Bool)
  case match
}

struct RegexProgram: Sendable {
  var instructions: [RegexInstruction] = []
  /// Lookbehind bodies run right to left.
  var backward = false
}

/// An ECMA-262 regular expression (Unicode mode), compiled once and matched from any thread.
final class Regex: Sendable {
  let source: String
  private let programs: [RegexProgram]
  private let sets: [ScalarSet]
  private let anchoredAtStart: Bool
  /// The automaton for the main program, when the pattern allows one.
  private let automaton: RegexDFA?

  init(_ pattern: String) throws(RegexError) {
    source = pattern
    var parser = RegexParser(pattern)
    let tree = try parser.parse()
    var compiler = RegexCompiler()
    try compiler.compileProgram(tree, into: 0)
    programs = compiler.programs
    sets = compiler.sets.map { $0.finalized() }
    if case .assertion(.start) = tree {
      anchoredAtStart = true
    } else if case .sequence(let items) = tree, case .assertion(.start)? = items.first {
      anchoredAtStart = true
    } else {
      anchoredAtStart = false
    }
    automaton = RegexDFA(instructions: programs[0].instructions, sets: sets, anchoredAtStart: anchoredAtStart)
  }

  // MARK: - Matching

  /// True when the pattern matches somewhere in `text` (patterns are not implicitly anchored).
  func matches(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      if let automaton { return automaton.matches(bytes) }
      return run(program: 0, bytes: bytes, from: 0, searching: true)
    }
  }

  private func run(program index: Int, bytes: UnsafeBufferPointer<UInt8>, from start: Int, searching: Bool) -> Bool {
    let program = programs[index]
    let count = program.instructions.count
    // Two sparse sets of program counters (current and next step) and a work stack for closures.
    // The closure stack holds at most one entry per edge: two per instruction.
    return withUnsafeTemporaryAllocation(of: Int32.self, capacity: count * 6 + 2) { memory in
      memory.initialize(repeating: 0)
      var current = SparseSet(dense: memory.baseAddress!, sparse: memory.baseAddress! + count)
      var next = SparseSet(dense: memory.baseAddress! + 2 * count, sparse: memory.baseAddress! + 3 * count)
      let stack = memory.baseAddress! + 4 * count
      var position = start
      let backward = program.backward
      while true {
        if searching ? (!anchoredAtStart || position == 0) : position == start {
          if addThread(0, at: position, to: &current, stack: stack, program: program, bytes: bytes) { return true }
        }
        if current.count == 0, !searching || anchoredAtStart { return false }
        if backward ? position == 0 : position == bytes.count { return false }
        let (scalar, length) = backward ? decodeBefore(position, bytes) : decode(at: position, bytes)
        let nextPosition = backward ? position - length : position + length
        for slot in 0..<current.count {
          let pc = Int(current.dense[slot])
          let consumed: Bool
          switch program.instructions[pc] {
          case .scalar(let value): consumed = value == scalar
          case .set(let set): consumed = sets[set].contains(scalar)
          default: consumed = false
          }
          if consumed,
            addThread(pc + 1, at: nextPosition, to: &next, stack: stack, program: program, bytes: bytes)
          {
            return true
          }
        }
        swap(&current, &next)
        next.count = 0
        position = nextPosition
      }
    }
  }

  /// Adds `pc` and everything reachable from it without consuming input; true when that reaches `match`.
  private func addThread(
    _ pc: Int, at position: Int, to list: inout SparseSet, stack: UnsafeMutablePointer<Int32>,
    program: RegexProgram, bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    var depth = 0
    stack[0] = Int32(pc)
    depth = 1
    while depth > 0 {
      depth -= 1
      let pc = Int(stack[depth])
      if list.contains(pc) { continue }
      list.insert(pc)
      switch program.instructions[pc] {
      case .match:
        return true
      case .jump(let target):
        stack[depth] = Int32(target)
        depth += 1
      case .split(let first, let second):
        stack[depth] = Int32(second)
        stack[depth + 1] = Int32(first)
        depth += 2
      case .assert(let assertion):
        if holds(assertion, at: position, bytes) {
          stack[depth] = Int32(pc + 1)
          depth += 1
        }
      case .look(let sub, let negative):
        if run(program: sub, bytes: bytes, from: position, searching: false) != negative {
          stack[depth] = Int32(pc + 1)
          depth += 1
        }
      case .scalar, .set:
        break
      }
    }
    return false
  }

  private func holds(_ assertion: RegexAssertion, at position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    switch assertion {
    case .start: return position == 0
    case .end: return position == bytes.count
    case .wordBoundary, .notWordBoundary:
      let before = position > 0 && isWordByte(bytes[position - 1])
      let after = position < bytes.count && isWordByte(bytes[position])
      return (before != after) == (assertion == .wordBoundary)
    }
  }
}

/// Builds the programs of a pattern: the main one and one per lookaround.
private struct RegexCompiler {
  var programs = [RegexProgram()]
  var sets: [ScalarSet] = []
  static let maximumInstructions = 20_000

  mutating func compileProgram(_ tree: RegexNode, into program: Int) throws(RegexError) {
    var code: [RegexInstruction] = []
    try emit(tree, into: &code, backward: programs[program].backward)
    code.append(.match)
    programs[program].instructions = code
  }

  private mutating func emit(
    _ node: RegexNode, into code: inout [RegexInstruction], backward: Bool
  ) throws(RegexError) {
    if code.count > Self.maximumInstructions {
      throw RegexError(message: Message(RegexText.tooLarge))
    }
    switch node {
    case .scalar(let value):
      code.append(.scalar(value))
    case .set(let set):
      sets.append(set)
      code.append(.set(sets.count - 1))
    case .sequence(let items):
      for item in backward ? items.reversed() : items { try emit(item, into: &code, backward: backward) }
    case .alternation(let alternatives):
      var jumpsToEnd: [Int] = []
      for (position, alternative) in alternatives.enumerated() {
        if position < alternatives.count - 1 {
          let split = code.count
          code.append(.split(0, 0))
          try emit(alternative, into: &code, backward: backward)
          jumpsToEnd.append(code.count)
          code.append(.jump(0))
          code[split] = .split(split + 1, code.count)
        } else {
          try emit(alternative, into: &code, backward: backward)
        }
      }
      for jump in jumpsToEnd { code[jump] = .jump(code.count) }
    case .repetition(let body, let low, let high):
      for _ in 0..<low { try emit(body, into: &code, backward: backward) }
      if let high {
        var splits: [Int] = []
        for _ in low..<high {
          splits.append(code.count)
          code.append(.split(0, 0))
          try emit(body, into: &code, backward: backward)
          if code.count > Self.maximumInstructions { break }
        }
        for split in splits { code[split] = .split(split + 1, code.count) }
      } else {
        let split = code.count
        code.append(.split(0, 0))
        try emit(body, into: &code, backward: backward)
        code.append(.jump(split))
        code[split] = .split(split + 1, code.count)
      }
    case .assertion(let assertion):
      code.append(.assert(assertion))
    case .lookaround(let body, let ahead, let negative):
      programs.append(RegexProgram(backward: !ahead))
      let program = programs.count - 1
      try compileProgram(body, into: program)
      code.append(.look(program: program, negative: negative))
    }
    if code.count > Self.maximumInstructions {
      throw RegexError(message: Message(RegexText.tooLarge))
    }
  }
}

/// A set of small integers with O(1) insert, lookup and clear (Briggs & Torczon).
private struct SparseSet {
  let dense: UnsafeMutablePointer<Int32>
  let sparse: UnsafeMutablePointer<Int32>
  var count = 0

  init(dense: UnsafeMutablePointer<Int32>, sparse: UnsafeMutablePointer<Int32>) {
    self.dense = dense
    self.sparse = sparse
  }

  @inline(__always) func contains(_ value: Int) -> Bool {
    let slot = Int(sparse[value])
    return slot < count && dense[slot] == Int32(value)
  }

  @inline(__always) mutating func insert(_ value: Int) {
    dense[count] = Int32(value)
    sparse[value] = Int32(count)
    count += 1
  }
}

/// ASCII word characters (`\w` without the `i` flag); bytes of multi-byte sequences never are.
@inline(__always)
private func isWordByte(_ byte: UInt8) -> Bool {
  switch byte {
  case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
    true
  default: false
  }
}

/// The scalar starting at `position` in well-formed UTF-8, and its length in bytes.
@inline(__always)
func decode(at position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (UInt32, Int) {
  let lead = UInt32(bytes[position])
  if lead < 0x80 { return (lead, 1) }
  if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F), 2) }
  if lead < 0xF0 {
    return ((lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F), 3)
  }
  let value = (lead & 0x07) << 18 | UInt32(bytes[position + 1] & 0x3F) << 12
    | UInt32(bytes[position + 2] & 0x3F) << 6 | UInt32(bytes[position + 3] & 0x3F)
  return (value, 4)
}

/// The scalar ending at `position` in well-formed UTF-8, and its length in bytes.
@inline(__always)
private func decodeBefore(_ position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (UInt32, Int) {
  var start = position - 1
  while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
  return (decode(at: start, bytes).0, position - start)
}
