/// Checks raw bytes before libyaml sees them, so that encoding problems get exact locations and plain words.
enum InputCheck {
  /// Validates `bytes` as YAML-acceptable UTF-8 and returns the length of a leading byte order mark (0 or 3).
  static func validate(_ bytes: UnsafeBufferPointer<UInt8>) throws(YAMLError) -> Int {
    if let encoding = otherUnicodeEncoding(bytes) { throw .unsupportedEncoding(encoding) }
    let start = hasUTF8ByteOrderMark(bytes) ? 3 : 0
    let count = bytes.count
    guard let base = bytes.baseAddress else { return start }
    let raw = UnsafeRawPointer(base)
    var index = start
    while index < count {
      // Eight bytes at a time while they are all printable ASCII, which is nearly all of a typical file.
      while index + 8 <= count && isPrintableASCII(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
        index += 8
      }
      guard index < count else { break }
      let byte = bytes[index]
      if byte >= 0x20 && byte < 0x7F || byte == 0x0A || byte == 0x0D || byte == 0x09 {
        index += 1
        continue
      }
      if byte < 0x80 {
        throw .controlCharacter(UInt32(byte), at: location(of: index, start: start, in: bytes))
      }
      guard let (scalar, length) = decode(bytes, at: index) else {
        throw .invalidUTF8(at: location(of: index, start: start, in: bytes))
      }
      if !isPrintable(scalar) {
        throw .controlCharacter(scalar, at: location(of: index, start: start, in: bytes))
      }
      // libyaml reads NEL, LS and PS as line breaks (YAML 1.1); YAML 1.2 reads them as text.
      if scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029 {
        throw .lineSeparator(scalar, at: location(of: index, start: start, in: bytes))
      }
      if scalar == 0xFEFF { throw .byteOrderMark(at: location(of: index, start: start, in: bytes)) }
      index += length
    }
    return start
  }

  /// True when all eight bytes of `word` are in 0x20...0x7E (bit tricks: no high bit, none below 0x20, no 0x7F).
  @inline(__always)
  private static func isPrintableASCII(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    guard word & highBits == 0 else { return false }
    let belowSpace = (word &- ones &* 0x20) & ~word & highBits
    let delete = word ^ (ones &* 0x7F)
    let hasDelete = (delete &- ones) & ~delete & highBits
    return belowSpace | hasDelete == 0
  }

  static func hasUTF8ByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
  }

  /// Recognises UTF-16 and UTF-32 by byte order mark or by the zero bytes around a first ASCII character,
  /// following the detection table of the YAML specification.
  private static func otherUnicodeEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let count = bytes.count
    if count >= 4 {
      let (b0, b1, b2, b3) = (bytes[0], bytes[1], bytes[2], bytes[3])
      if b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 != 0) { return "UTF-32 (big-endian)" }
      if b2 == 0 && b3 == 0 && (b0 == 0xFF && b1 == 0xFE || b0 != 0 && b1 == 0) {
        return "UTF-32 (little-endian)"
      }
    }
    if count >= 2 {
      let (b0, b1) = (bytes[0], bytes[1])
      if b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 != 0 { return "UTF-16 (big-endian)" }
      if b0 == 0xFF && b1 == 0xFE || b0 != 0 && b1 == 0 { return "UTF-16 (little-endian)" }
    }
    return nil
  }

  /// Decodes the multi-byte UTF-8 sequence at `index`; nil when it is malformed, overlong, a surrogate or
  /// beyond U+10FFFF.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
    let lead = bytes[index]
    let length: Int
    let minimum: UInt32
    var scalar: UInt32
    switch lead {
    case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(lead & 0x1F))
    case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(lead & 0x0F))
    case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(lead & 0x07))
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    for offset in 1..<length {
      let next = bytes[index + offset]
      guard next & 0xC0 == 0x80 else { return nil }
      scalar = scalar << 6 | UInt32(next & 0x3F)
    }
    guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return nil }
    return (scalar, length)
  }

  /// YAML's printable set for characters outside ASCII: no C1 controls except NEL, no U+FFFE or U+FFFF.
  private static func isPrintable(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x85, 0xA0...0xFFFD: true
    case 0x10000...0x10FFFF: true
    default: false
    }
  }

  private static func location(of offset: Int, start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
    TextPosition.location(ofByte: offset - start, in: UnsafeBufferPointer(rebasing: bytes[start...]))
  }
}

/// Converts between byte offsets and line:column locations, counting line breaks the way libyaml does
/// (LF, CR, CRLF, NEL, LS, PS) and columns in Unicode scalars. Only used on error paths.
enum TextPosition {
  /// The location of the byte at `offset` in valid UTF-8 `text`.
  static func location(ofByte offset: Int, in text: UnsafeBufferPointer<UInt8>) -> SourceLocation {
    var line = 1
    var column = 1
    var index = 0
    while index < offset {
      let breakLength = lineBreakLength(text, at: index)
      if breakLength > 0 {
        line += 1
        column = 1
        index += breakLength
      } else {
        if text[index] & 0xC0 != 0x80 { column += 1 }
        index += 1
      }
    }
    return SourceLocation(line: line, column: column)
  }

  /// The first byte of the character at `location` in `text`, or nil when there is none.
  static func character(at location: SourceLocation, in text: UnsafeBufferPointer<UInt8>) -> UInt8? {
    offset(of: location, in: text).map { text[$0] }
  }

  /// The byte length of the line break at `index`, or 0 when there is none.
  static func lineBreakLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    switch text[index] {
    case 0x0A: return 1
    case 0x0D: return index + 1 < text.count && text[index + 1] == 0x0A ? 2 : 1
    case 0xC2: return index + 1 < text.count && text[index + 1] == 0x85 ? 2 : 0
    case 0xE2:
      guard index + 2 < text.count, text[index + 1] == 0x80 else { return 0 }
      return text[index + 2] == 0xA8 || text[index + 2] == 0xA9 ? 3 : 0
    default: return 0
    }
  }
}
