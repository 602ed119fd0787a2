// `format` checks for addresses: RFC 5321 e-mail addresses, IPv4 and IPv6 addresses, domain names.

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
