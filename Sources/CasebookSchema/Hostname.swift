// The `hostname` format: RFC 1123 host names, whose `xn--` labels must be valid IDNA 2008 A-labels (RFC 5890,
// 5891, 5892): Punycode that decodes to a U-label of permitted characters, with the contextual rules for
// joiners, middle dots and the like.

/// Dot-separated labels of ASCII letters, digits and inner hyphens, at most 63 characters each and 253 in all.
func isHostname(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  guard !bytes.isEmpty, bytes.count <= 253, isDomainName(bytes) else { return false }
  var start = 0
  for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: ".") {
    let label = UnsafeBufferPointer(rebasing: bytes[start..<index])
    if label.count >= 4, label[0] | 0x20 == UInt8(ascii: "x"), label[1] | 0x20 == UInt8(ascii: "n"),
      label[2] == UInt8(ascii: "-"), label[3] == UInt8(ascii: "-")
    {
      guard let decoded = punycodeDecoded(UnsafeBufferPointer(rebasing: label[4...])), isULabel(decoded) else {
        return false
      }
    }
    start = index + 1
  }
  return true
}

/// RFC 3492 decoding; nil for malformed input.
func punycodeDecoded(_ input: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
  let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
  var output: [UInt32] = []
  var rest = input[...]
  if let delimiter = input.lastIndex(of: UInt8(ascii: "-")) {
    for byte in input[..<delimiter] {
      guard byte < 0x80 else { return nil }
      output.append(UInt32(byte))
    }
    rest = input[(delimiter + 1)...]
  }
  var n = 128, i = 0, bias = 72
  var position = rest.startIndex
  while position < rest.endIndex {
    let oldI = i
    var weight = 1
    var k = base
    while true {
      guard position < rest.endIndex else { return nil }
      let byte = rest[position]
      position += 1
      let digit: Int
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(byte - UInt8(ascii: "a"))
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(byte - UInt8(ascii: "A"))
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0")) + 26
      default: return nil
      }
      let (product, overflow) = digit.multipliedReportingOverflow(by: weight)
      guard !overflow, i <= Int(UInt32.max) - product else { return nil }
      i += product
      let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
      if digit < t { break }
      guard weight <= Int(UInt32.max) / (base - t) else { return nil }
      weight *= base - t
      k += base
    }
    // Bias adaptation (RFC 3492 section 6.1).
    var delta = oldI == 0 ? (i - oldI) / damp : (i - oldI) / 2
    delta += delta / (output.count + 1)
    var shifts = 0
    while delta > ((base - tMin) * tMax) / 2 {
      delta /= base - tMin
      shifts += base
    }
    bias = shifts + (base - tMin + 1) * delta / (delta + skew)
    n += i / (output.count + 1)
    i %= output.count + 1
    guard n <= 0x10FFFF, output.count < 64 else { return nil }
    output.insert(UInt32(n), at: i)
    i += 1
  }
  let scalars = output.compactMap(Unicode.Scalar.init)
  return scalars.count == output.count ? scalars : nil
}

/// A U-label that IDNA 2008 permits: not all ASCII, no `--` in the third and fourth place, no leading mark,
/// only PVALID characters, and CONTEXTJ/CONTEXTO characters only where their rules (RFC 5892 appendix A)
/// allow them.
func isULabel(_ label: [Unicode.Scalar]) -> Bool {
  guard !label.isEmpty, label.contains(where: { !$0.isASCII }) else { return false }
  if label.count >= 4, label[2] == "-", label[3] == "-" { return false }
  if let first = label.first, [.nonspacingMark, .spacingMark, .enclosingMark].contains(first.properties.generalCategory) {
    return false
  }
  let hasArabicIndic = label.contains { (0x660...0x669).contains($0.value) }
  let hasExtendedArabicIndic = label.contains { (0x6F0...0x6F9).contains($0.value) }
  if hasArabicIndic && hasExtendedArabicIndic { return false }
  for (index, scalar) in label.enumerated() {
    let before = index > 0 ? label[index - 1] : nil
    let after = index + 1 < label.count ? label[index + 1] : nil
    switch scalar.value {
    case 0x200C:  // ZERO WIDTH NON-JOINER: after a virama, or between joining letters.
      guard before?.properties.canonicalCombiningClass == .virama || joinsAround(label, index) else { return false }
    case 0x200D:  // ZERO WIDTH JOINER: after a virama.
      guard before?.properties.canonicalCombiningClass == .virama else { return false }
    case 0xB7:  // MIDDLE DOT: between two `l`.
      guard before == "l", after == "l" else { return false }
    case 0x375:  // GREEK LOWER NUMERAL SIGN (KERAIA): before a Greek character.
      guard let after, isGreek(after) else { return false }
    case 0x5F3, 0x5F4:  // HEBREW GERESH and GERSHAYIM: after a Hebrew character.
      guard let before, isHebrew(before) else { return false }
    case 0x30FB:  // KATAKANA MIDDLE DOT: in a label with Hiragana, Katakana or Han.
      guard label.contains(where: { $0.value != 0x30FB && isKanaOrHan($0) }) else { return false }
    case 0x660...0x669, 0x6F0...0x6F9:
      break  // Arabic-Indic digits: checked above for mixing.
    default:
      guard isPermitted(scalar) else { return false }
    }
  }
  return true
}

/// IDNA 2008 PVALID, approximated from the Unicode properties the derivation (RFC 5892 section 2) uses:
/// lower-case letters, other letters, modifiers, digits and combining marks that case folding leaves alone,
/// with the exceptions table of section 2.6 and old Hangul jamo left out.
private func isPermitted(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0xDF, 0x3C2, 0x6FD, 0x6FE, 0xF0B, 0x3007: return true
  case 0x640, 0x7FA, 0x302E, 0x302F, 0x3031...0x3035, 0x303B: return false
  case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF: return false
  case 0x2D, 0x30...0x39, 0x61...0x7A: return true
  default: break
  }
  let properties = scalar.properties
  switch properties.generalCategory {
  case .lowercaseLetter, .otherLetter, .modifierLetter, .decimalNumber, .nonspacingMark, .spacingMark:
    return !properties.changesWhenCaseFolded && !properties.isDefaultIgnorableCodePoint
  default:
    return false
  }
}

/// The ZWNJ regular-expression rule, approximated: a letter before and after it, skipping marks.
private func joinsAround(_ label: [Unicode.Scalar], _ index: Int) -> Bool {
  func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    [.otherLetter, .lowercaseLetter, .modifierLetter].contains(scalar.properties.generalCategory)
  }
  func isTransparent(_ scalar: Unicode.Scalar) -> Bool {
    [.nonspacingMark, .enclosingMark, .format].contains(scalar.properties.generalCategory)
  }
  let before = label[..<index].last { !isTransparent($0) }
  let after = label[(index + 1)...].first { !isTransparent($0) }
  return before.map(isLetter) == true && after.map(isLetter) == true
}

private func isGreek(_ scalar: Unicode.Scalar) -> Bool {
  (0x370...0x3FF).contains(scalar.value) || (0x1F00...0x1FFF).contains(scalar.value)
}

private func isHebrew(_ scalar: Unicode.Scalar) -> Bool {
  (0x591...0x5FF).contains(scalar.value) || (0xFB1D...0xFB4F).contains(scalar.value)
}

private func isKanaOrHan(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
    0x20000...0x2FA1F, 0x3005, 0x3007, 0x3021...0x3029, 0x3038...0x303B:
    true
  default: false
  }
}
