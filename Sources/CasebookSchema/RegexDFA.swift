// A deterministic automaton for ASCII text, built once from a pattern's program when the program has no
// lookarounds and no word-boundary assertions. Matching is then one table lookup per byte instead of a
// simulation of every NFA thread; text with a non-ASCII byte still goes to the Pike VM.

struct AsciiDFA: Sendable {
  /// The byte class of each ASCII byte: bytes no instruction tells apart share a class.
  private let classOf: [UInt8]
  private let classCount: Int
  /// `transitions[state * classCount + class]`: the next state.
  private let transitions: [Int32]
  /// A match was found on the way into the state (the search can stop).
  private let matched: [Bool]
  /// A match exists if the text ends in this state (through `$`, or a match already found).
  private let matchedAtEnd: [Bool]
  /// No match can be found from this state whatever follows.
  private let dead: [Bool]

  /// Most states built before giving up (the VM is used then).
  static let maximumStates = 512

  /// The automaton of `program`, or nil when the program needs what it cannot express.
  init?(program: RegexProgram, sets: [ScalarSet], anchoredAtStart: Bool) {
    let code = program.instructions
    guard !program.backward, code.count < 4_000 else { return nil }
    for instruction in code {
      switch instruction {
      case .look, .assert(.wordBoundary), .assert(.notWordBoundary): return nil
      default: continue
      }
    }
    func accepts(_ pc: Int, _ byte: UInt8) -> Bool {
      switch code[pc] {
      case .scalar(let value): value == UInt32(byte)
      case .set(let set): sets[set].contains(UInt32(byte))
      default: false
      }
    }
    // Byte classes: bytes accepted by exactly the same consuming instructions.
    let consuming = code.indices.filter {
      switch code[$0] {
      case .scalar, .set: true
      default: false
      }
    }
    var classOf = [UInt8](repeating: 0, count: 128)
    var signatures: [[Bool]: UInt8] = [:]
    var representatives: [UInt8] = []
    for byte in UInt8(0)..<128 {
      let signature = consuming.map { accepts($0, byte) }
      if let known = signatures[signature] {
        classOf[Int(byte)] = known
      } else {
        guard representatives.count < 128 else { return nil }
        signatures[signature] = UInt8(representatives.count)
        classOf[Int(byte)] = UInt8(representatives.count)
        representatives.append(byte)
      }
    }
    // Subset construction over closures of program counters.
    struct State: Hashable {
      var pcs: [Int32]
      var matched: Bool
      var matchedAtEnd: Bool
    }
    func closure(_ seeds: [Int], atStart: Bool, alreadyMatched: Bool) -> State {
      var seen = Set<Int>()
      var stack = seeds.reversed().map { $0 }
      var pcs: [Int32] = []
      var state = State(pcs: [], matched: alreadyMatched, matchedAtEnd: alreadyMatched)
      while let pc = stack.popLast() {
        guard seen.insert(pc).inserted else { continue }
        switch code[pc] {
        case .match: state.matched = true; state.matchedAtEnd = true
        case .jump(let target): stack.append(target)
        case .split(let first, let second): stack.append(second); stack.append(first)
        case .assert(.start): if atStart { stack.append(pc + 1) }
        case .assert(.end): if reachesMatchAtEnd(pc + 1, atStart: atStart) { state.matchedAtEnd = true }
        case .scalar, .set: pcs.append(Int32(pc))
        case .assert, .look: break
        }
      }
      state.pcs = pcs.sorted()
      return state
    }
    /// Whether `match` follows `pc` without consuming, when the text ends here.
    func reachesMatchAtEnd(_ start: Int, atStart: Bool) -> Bool {
      var seen = Set<Int>()
      var stack = [start]
      while let pc = stack.popLast() {
        guard seen.insert(pc).inserted else { continue }
        switch code[pc] {
        case .match: return true
        case .jump(let target): stack.append(target)
        case .split(let first, let second): stack.append(second); stack.append(first)
        case .assert(.end): stack.append(pc + 1)
        case .assert(.start): if atStart { stack.append(pc + 1) }
        default: continue
        }
      }
      return false
    }
    var states = [closure([0], atStart: true, alreadyMatched: false)]
    var numbers: [State: Int32] = [states[0]: 0]
    var transitions: [Int32] = []
    var next = 0
    while next < states.count {
      let state = states[next]
      next += 1
      for representative in representatives {
        var seeds = state.pcs.filter { accepts(Int($0), representative) }.map { Int($0) + 1 }
        if !anchoredAtStart { seeds.append(0) }
        let target = closure(seeds, atStart: false, alreadyMatched: state.matched)
        if let number = numbers[target] {
          transitions.append(number)
        } else {
          guard states.count < Self.maximumStates else { return nil }
          numbers[target] = Int32(states.count)
          transitions.append(Int32(states.count))
          states.append(target)
        }
      }
    }
    self.classOf = classOf
    classCount = representatives.count
    self.transitions = transitions
    matched = states.map(\.matched)
    matchedAtEnd = states.map(\.matchedAtEnd)
    dead = states.map { $0.pcs.isEmpty && !$0.matchedAtEnd }
  }

  /// Whether the pattern matches somewhere in `bytes`; nil when a non-ASCII byte decides it (use the VM).
  func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    var state = 0
    if matched[0] { return true }
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      state = Int(transitions[state &* classCount &+ Int(classOf[Int(byte)])])
      if matched[state] { return true }
      if dead[state] { return false }
    }
    return matchedAtEnd[state]
  }
}
