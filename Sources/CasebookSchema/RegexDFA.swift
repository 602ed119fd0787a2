// A deterministic automaton built from a pattern's program at compile time, for the common patterns
// (no lookarounds, no \b, no \p{…} classes): matching is then one table lookup per character.
// Patterns it cannot handle, or whose automaton would be too large, use the Pike VM.

struct RegexDFA: Sendable {
  /// Character class of each ASCII scalar.
  private let asciiClass: [UInt16]
  /// Sorted starts of the scalar intervals and the class of each interval, for non-ASCII scalars.
  private let intervalStarts: [UInt32]
  private let intervalClass: [UInt16]
  private let classCount: Int
  /// `state * classCount + class` → next state, or -1 when no match is possible any more.
  private let transitions: [Int32]
  /// Whether the pattern has matched once the state is reached (so the search can stop).
  private let acceptsNow: [Bool]
  /// Whether the pattern matches if the text ends in the state (patterns ending in `$`).
  private let acceptsAtEnd: [Bool]

  // Bounds on the construction, so that compiling any pattern stays fast and small.
  private static let maximumInstructions = 1_000
  private static let maximumAtoms = 256
  private static let maximumClasses = 512
  private static let maximumStates = 2_048
  private static let maximumTableSize = 1 << 16
  private static let maximumKernelEntries = 200_000

  private struct StateKey: Hashable {
    var kernel: [Int32]
    var atStart: Bool
  }

  init?(instructions: [RegexInstruction], sets: [ScalarSet], anchoredAtStart: Bool) {
    guard instructions.count <= Self.maximumInstructions else { return nil }
    // The scalars each consuming instruction accepts ("atoms").
    var atomOf = [Int](repeating: -1, count: instructions.count)
    var atoms: [[ClosedRange<UInt32>]] = []
    for (pc, instruction) in instructions.enumerated() {
      switch instruction {
      case .scalar(let value):
        atomOf[pc] = atoms.count
        atoms.append([value...value])
      case .set(let set):
        guard let ranges = sets[set].intervals() else { return nil }
        atomOf[pc] = atoms.count
        atoms.append(ranges)
      case .look, .assert(.wordBoundary), .assert(.notWordBoundary):
        return nil
      default:
        break
      }
    }
    guard atoms.count <= Self.maximumAtoms else { return nil }

    // Split the scalars into intervals where atom membership is constant; equal membership → one class.
    var bounds: Set<UInt32> = [0]
    for ranges in atoms {
      for range in ranges {
        bounds.insert(range.lowerBound)
        if range.upperBound < 0x10FFFF { bounds.insert(range.upperBound + 1) }
      }
    }
    let starts = bounds.sorted()
    let words = max(1, (atoms.count + 63) / 64)
    var classBySignature: [[UInt64]: UInt16] = [:]
    var signatures: [[UInt64]] = []
    var intervalClass: [UInt16] = []
    var cursors = [Int](repeating: 0, count: atoms.count)
    for start in starts {
      var signature = [UInt64](repeating: 0, count: words)
      for (atom, ranges) in atoms.enumerated() {
        while cursors[atom] < ranges.count, ranges[cursors[atom]].upperBound < start { cursors[atom] += 1 }
        if cursors[atom] < ranges.count, ranges[cursors[atom]].lowerBound <= start {
          signature[atom / 64] |= 1 << UInt64(atom % 64)
        }
      }
      if let known = classBySignature[signature] {
        intervalClass.append(known)
      } else {
        guard signatures.count < Self.maximumClasses else { return nil }
        classBySignature[signature] = UInt16(signatures.count)
        intervalClass.append(UInt16(signatures.count))
        signatures.append(signature)
      }
    }
    let classCount = signatures.count
    func classOf(_ scalar: UInt32) -> Int {
      var low = 0
      var high = starts.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if starts[middle] <= scalar { low = middle } else { high = middle - 1 }
      }
      return Int(intervalClass[low])
    }

    // Subset construction. A state is the set of instructions reached after consuming a character
    // (its kernel); the start state also knows it is at the start of the text.
    func closure(_ kernel: [Int32], atStart: Bool, atEnd: Bool) -> (consuming: [Int], matched: Bool) {
      var seen = [Bool](repeating: false, count: instructions.count)
      var stack = kernel.map(Int.init)
      var consuming: [Int] = []
      var matched = false
      while let pc = stack.popLast() {
        if seen[pc] { continue }
        seen[pc] = true
        switch instructions[pc] {
        case .match: matched = true
        case .jump(let target): stack.append(target)
        case .split(let first, let second): stack += [second, first]
        case .assert(.start): if atStart { stack.append(pc + 1) }
        case .assert(.end): if atEnd { stack.append(pc + 1) }
        case .scalar, .set: consuming.append(pc)
        case .assert, .look: break
        }
      }
      return (consuming, matched)
    }

    let restart: [Int32] = anchoredAtStart ? [] : [0]
    var keys = [StateKey(kernel: [0], atStart: true)]
    var stateIndex = [keys[0]: Int32(0)]
    var transitions: [Int32] = []
    var acceptsNow: [Bool] = []
    var acceptsAtEnd: [Bool] = []
    var kernelEntries = 1
    var next = 0
    while next < keys.count {
      let key = keys[next]
      next += 1
      let (consuming, matched) = closure(key.kernel, atStart: key.atStart, atEnd: false)
      acceptsNow.append(matched)
      acceptsAtEnd.append(matched || closure(key.kernel, atStart: key.atStart, atEnd: true).matched)
      for characterClass in 0..<classCount {
        var kernel = restart
        let signature = signatures[characterClass]
        for pc in consuming where signature[atomOf[pc] / 64] & (1 << UInt64(atomOf[pc] % 64)) != 0 {
          kernel.append(Int32(pc + 1))
        }
        guard !kernel.isEmpty else {
          transitions.append(-1)
          continue
        }
        let target = StateKey(kernel: Array(Set(kernel)).sorted(), atStart: false)
        if let known = stateIndex[target] {
          transitions.append(known)
        } else {
          kernelEntries += target.kernel.count
          guard keys.count < Self.maximumStates, (keys.count + 1) * classCount <= Self.maximumTableSize,
            kernelEntries <= Self.maximumKernelEntries
          else { return nil }
          stateIndex[target] = Int32(keys.count)
          transitions.append(Int32(keys.count))
          keys.append(target)
        }
      }
    }

    self.asciiClass = (0..<128).map { UInt16(classOf($0)) }
    self.intervalStarts = starts
    self.intervalClass = intervalClass
    self.classCount = classCount
    self.transitions = transitions
    self.acceptsNow = acceptsNow
    self.acceptsAtEnd = acceptsAtEnd
  }

  func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var state = 0
    if acceptsNow[0] { return true }
    var position = 0
    while position < bytes.count {
      let byte = bytes[position]
      let characterClass: Int
      if byte < 0x80 {
        characterClass = Int(asciiClass[Int(byte)])
        position += 1
      } else {
        let (scalar, length) = decode(at: position, bytes)
        characterClass = nonASCIIClass(scalar)
        position += length
      }
      let target = transitions[state * classCount + characterClass]
      if target < 0 { return false }
      state = Int(target)
      if acceptsNow[state] { return true }
    }
    return acceptsAtEnd[state]
  }

  private func nonASCIIClass(_ scalar: UInt32) -> Int {
    var low = 0
    var high = intervalStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if intervalStarts[middle] <= scalar { low = middle } else { high = middle - 1 }
    }
    return Int(intervalClass[low])
  }
}
