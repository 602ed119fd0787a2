// `format` assertions: RFC 3339 date and date-time, RFC 5321 e-mail addresses, RFC 3986 URIs.
// All checks work on the UTF-8 bytes, without allocating.

enum Format: Sendable {
  case date, dateTime, email, uri, uriReference

  init?(name: String) {
    switch name {
    case "date": self = .date
    case "date-time": self = .dateTime
    case "email": self = .email
    case "uri": self = .uri
    case "uri-reference": self = .uriReference
    default: return nil
    }
  }

  var name: String {
    switch self {
    case .date: "date"
    case .dateTime: "date-time"
    case .email: "email"
    case .uri: "uri"
    case .uriReference: "uri-reference"
    }
  }

  func accepts(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var scanner = ByteScanner(bytes)
      switch self {
      case .date: return scanner.fullDate() && scanner.atEnd
      case .dateTime: return scanner.dateTime() && scanner.atEnd
      case .email: return isEmail(bytes)
      case .uri: return isURI(bytes, allowRelative: false)
      case .uriReference: return isURI(bytes, allowRelative: true)
      }
    }
  }
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
}

func daysIn(month: Int, year: Int) -> Int {
  switch month {
  case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
  case 4, 6, 9, 11: 30
  default: 31
  }
}

// MARK: - E-mail (RFC 5321 Mailbox)

private func isAtext(_ byte: UInt8) -> Bool {
  switch byte {
  case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "!"), UInt8(ascii: "#")...UInt8(ascii: "'"),
    UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "="),
    UInt8(ascii: "?"), UInt8(ascii: "^")...UInt8(ascii: "`"), UInt8(ascii: "{")...UInt8(ascii: "~"):
    true
  default: false
  }
}

@inline(__always)
func isAlphaNumeric(_ byte: UInt8) -> Bool {
  (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
}

func isEmail(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  var position = 0
  // Local-part: Dot-string or Quoted-string.
  if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
    position += 1
    var closed = false
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        closed = true
        position += 1
        break
      }
      if byte == UInt8(ascii: "\\") {
        guard position + 1 < bytes.count, (32...126).contains(bytes[position + 1]) else { return false }
        position += 2
      } else {
        guard (32...126).contains(byte) else { return false }
        position += 1
      }
    }
    guard closed else { return false }
  } else {
    var atomLength = 0
    while position < bytes.count, bytes[position] != UInt8(ascii: "@") {
      let byte = bytes[position]
      if byte == UInt8(ascii: ".") {
        guard atomLength > 0 else { return false }
        atomLength = 0
      } else {
        guard isAtext(byte) else { return false }
        atomLength += 1
      }
      position += 1
    }
    guard atomLength > 0 else { return false }
  }
  guard position <= 64, position < bytes.count, bytes[position] == UInt8(ascii: "@") else { return false }
  let domain = UnsafeBufferPointer(rebasing: bytes[(position + 1)...])
  guard !domain.isEmpty, domain.count <= 255 else { return false }
  if domain[0] == UInt8(ascii: "[") {
    guard domain.last == UInt8(ascii: "]") else { return false }
    let literal = UnsafeBufferPointer(rebasing: domain[1..<(domain.count - 1)])
    let prefix = Array("IPv6:".utf8)
    if literal.count > prefix.count, literal.prefix(prefix.count).elementsEqual(prefix) {
      return isIPv6(UnsafeBufferPointer(rebasing: literal[prefix.count...]))
    }
    return isIPv4(literal)
  }
  return isDomainName(domain)
}

/// Dot-separated labels of letters, digits and inner hyphens.
func isDomainName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  var labelLength = 0
  var previous: UInt8 = 0
  for byte in bytes {
    if byte == UInt8(ascii: ".") {
      guard labelLength > 0, previous != UInt8(ascii: "-") else { return false }
      labelLength = 0
    } else if isAlphaNumeric(byte) || (byte == UInt8(ascii: "-") && labelLength > 0) {
      labelLength += 1
      guard labelLength <= 63 else { return false }
    } else {
      return false
    }
    previous = byte
  }
  return labelLength > 0 && previous != UInt8(ascii: "-")
}

// MARK: - IP addresses

/// Dotted-decimal IPv4 without leading zeros.
func isIPv4(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  var parts = 0
  var index = 0
  while true {
    let start = index
    var value = 0
    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39, index - start < 3 {
      value = value * 10 + Int(bytes[index] - 0x30)
      index += 1
    }
    let length = index - start
    guard length > 0, value <= 255, length == 1 || bytes[start] != 0x30 else { return false }
    parts += 1
    if parts == 4 { return index == bytes.count }
    guard index < bytes.count, bytes[index] == UInt8(ascii: ".") else { return false }
    index += 1
  }
}

/// RFC 4291 text form: eight groups of 1-4 hex digits, one `::`, an optional trailing IPv4 address.
func isIPv6(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  var groups = 0
  var compressed = false
  var index = 0
  if bytes.count >= 2, bytes[0] == UInt8(ascii: ":"), bytes[1] == UInt8(ascii: ":") {
    compressed = true
    index = 2
    if index == bytes.count { return true }
  } else if bytes.first == UInt8(ascii: ":") {
    return false
  }
  while index < bytes.count {
    let start = index
    while index < bytes.count, hexValue(bytes[index]) != nil, index - start < 5 { index += 1 }
    if index < bytes.count, bytes[index] == UInt8(ascii: "."), index > start {
      // A trailing IPv4 address counts as two groups.
      guard isIPv4(UnsafeBufferPointer(rebasing: bytes[start...])) else { return false }
      groups += 2
      index = bytes.count
      break
    }
    let length = index - start
    guard length >= 1, length <= 4 else { return false }
    groups += 1
    if index == bytes.count { break }
    guard bytes[index] == UInt8(ascii: ":") else { return false }
    index += 1
    if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
      guard !compressed else { return false }
      compressed = true
      index += 1
      if index == bytes.count { break }
    } else if index == bytes.count {
      return false
    }
  }
  return compressed ? groups <= 7 : groups == 8
}
