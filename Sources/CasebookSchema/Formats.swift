// `format` assertions: RFC 3339 date, time, date-time and duration, RFC 5321 e-mail addresses, RFC 1123 host
// names (with IDNA A-labels), IPv4 and IPv6 addresses, RFC 3986 URIs and RFC 3987 IRIs, UUIDs, JSON pointers and
// ECMA-262 regular expressions. The checks work on the UTF-8 bytes.

enum Format: String, Sendable, CaseIterable {
  case date, time, dateTime = "date-time", duration, email, hostname, ipv4, ipv6, uri
  case uriReference = "uri-reference", iri, iriReference = "iri-reference", uuid, jsonPointer = "json-pointer"
  case regex

  /// The format a schema names; nil for formats this validator does not check (they pass).
  init?(name: String) {
    self.init(rawValue: name)
  }

  var name: String { rawValue }

  func accepts(_ text: String) -> Bool {
    if self == .regex { return isRegularExpression(text) }
    if self == .jsonPointer { return pointerTokens(text) != nil }
    var text = text
    return text.withUTF8 { bytes in
      var scanner = ByteScanner(bytes)
      switch self {
      case .date: return scanner.fullDate() && scanner.atEnd
      case .time: return scanner.fullTime() && scanner.atEnd
      case .dateTime: return scanner.dateTime() && scanner.atEnd
      case .duration: return scanner.duration() && scanner.atEnd
      case .email: return isEmail(bytes)
      case .hostname: return isHostname(bytes)
      case .ipv4: return isIPv4(bytes)
      case .ipv6: return isIPv6(bytes)
      case .uri: return isURI(bytes, allowRelative: false)
      case .uriReference: return isURI(bytes, allowRelative: true)
      case .iri: return isURI(bytes, allowRelative: false, international: true)
      case .iriReference: return isURI(bytes, allowRelative: true, international: true)
      case .uuid: return isUUID(bytes)
      case .jsonPointer, .regex: return false
      }
    }
  }
}

/// An ECMA-262 pattern: valid when it parses, or uses only what this engine leaves out (backreferences...).
private func isRegularExpression(_ text: String) -> Bool {
  do {
    var parser = RegexParser(text)
    _ = try parser.parse()
    return true
  } catch {
    return error.isUnsupported
  }
}

/// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in hexadecimal digits of either case (RFC 9562).
private func isUUID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  guard bytes.count == 36 else { return false }
  for (index, byte) in bytes.enumerated() {
    if [8, 13, 18, 23].contains(index) {
      guard byte == UInt8(ascii: "-") else { return false }
    } else if hexValue(byte) == nil {
      return false
    }
  }
  return true
}

struct ByteScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  var atEnd: Bool { position == bytes.count }

  mutating func take(_ byte: UInt8) -> Bool {
    guard position < bytes.count, bytes[position] == byte else { return false }
    position += 1
    return true
  }

  /// Exactly `count` ASCII digits as a number.
  mutating func digits(_ count: Int) -> Int? {
    guard position + count <= bytes.count else { return nil }
    var value = 0
    for offset in 0..<count {
      let byte = bytes[position + offset]
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    position += count
    return value
  }

  /// RFC 3339 `full-date`.
  mutating func fullDate() -> Bool {
    guard let year = digits(4), take(UInt8(ascii: "-")), let month = digits(2), take(UInt8(ascii: "-")),
      let day = digits(2), (1...12).contains(month), day >= 1
    else { return false }
    return day <= daysIn(month: month, year: year)
  }

  /// RFC 3339 `date-time`, with a leap second allowed only at 23:59:60 UTC.
  mutating func dateTime() -> Bool {
    guard fullDate(), position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "t") else { return false }
    position += 1
    return fullTime()
  }

  /// RFC 3339 `full-time`: `hh:mm:ss`, an optional fraction and `Z` or an offset; a leap second only at
  /// 23:59:60 UTC.
  mutating func fullTime() -> Bool {
    guard let hour = digits(2), take(UInt8(ascii: ":")), let minute = digits(2), take(UInt8(ascii: ":")),
      let second = digits(2), hour <= 23, minute <= 59, second <= 60
    else { return false }
    if take(UInt8(ascii: ".")) {
      guard digits(1) != nil else { return false }
      while digits(1) != nil {}
    }
    guard position < bytes.count else { return false }
    var offsetMinutes = 0
    if bytes[position] | 0x20 == UInt8(ascii: "z") {
      position += 1
    } else if bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
      let sign = bytes[position] == UInt8(ascii: "+") ? 1 : -1
      position += 1
      guard let offsetHour = digits(2), take(UInt8(ascii: ":")), let offsetMinute = digits(2),
        offsetHour <= 23, offsetMinute <= 59
      else { return false }
      offsetMinutes = sign * (offsetHour * 60 + offsetMinute)
    } else {
      return false
    }
    if second == 60 {
      let utcMinutes = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
      return utcMinutes == 23 * 60 + 59
    }
    return true
  }

  /// RFC 3339 Appendix A `duration`: `P` then dates (`1Y2M3D`), weeks (`2W`) or times (`T4H5M6S`), in order,
  /// each number with its unit; years go with months only, hours with minutes only.
  mutating func duration() -> Bool {
    guard take(UInt8(ascii: "P")) else { return false }
    if component("W") { return true }
    let dateUnits = units(in: "YMD")
    if take(UInt8(ascii: "T")) {
      let timeUnits = units(in: "HMS")
      guard !timeUnits.isEmpty, isContiguous(timeUnits, in: "HMS") else { return false }
    } else if dateUnits.isEmpty {
      return false
    }
    return isContiguous(dateUnits, in: "YMD")
  }

  /// A number followed by `unit`; restores the position when there is none.
  private mutating func component(_ unit: Character) -> Bool {
    let start = position
    var digits = 0
    while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
      position += 1
      digits += 1
    }
    if digits > 0, take(unit.asciiValue!) { return true }
    position = start
    return false
  }

  /// The units of `order` present, in that order (each at most once).
  private mutating func units(in order: String) -> [Character] {
    order.filter { component($0) }.map { $0 }
  }

  /// True when `present` is a run of neighbours in `order` (`1M2D`, `1Y2M` and `1M2S` are fine; `1Y2D` and
  /// `1H2S` are not).
  private func isContiguous(_ present: [Character], in order: String) -> Bool {
    let positions = present.map { order.firstIndex(of: $0)!.utf16Offset(in: order) }
    return zip(positions, positions.dropFirst()).allSatisfy { $1 == $0 + 1 }
  }
}

func daysIn(month: Int, year: Int) -> Int {
  switch month {
  case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
  case 4, 6, 9, 11: 30
  default: 31
  }
}

