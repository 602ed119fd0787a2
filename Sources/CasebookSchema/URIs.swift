// RFC 3986 URIs: syntax checks for the `uri` and `uri-reference` formats, reference resolution for `$id`
// and `$ref`, and RFC 6901 JSON pointers.

// MARK: - Syntax check

@inline(__always)
private func isUnreserved(_ byte: UInt8) -> Bool {
  switch byte {
  case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
    UInt8(ascii: "~"):
    true
  default: false
  }
}

@inline(__always)
private func isSubDelimiter(_ byte: UInt8) -> Bool {
  switch byte {
  case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&")...UInt8(ascii: ","), UInt8(ascii: ";"),
    UInt8(ascii: "="):
    true
  default: false
  }
}

/// Bytes allowed in a URI component besides unreserved characters and sub-delimiters.
private struct ExtraBytes: OptionSet {
  let rawValue: UInt8
  static let colon = ExtraBytes(rawValue: 1)
  static let at = ExtraBytes(rawValue: 2)
  static let slash = ExtraBytes(rawValue: 4)
  static let question = ExtraBytes(rawValue: 8)
  /// Any non-ASCII character (the `ucschar` and `iprivate` of RFC 3987 IRIs; the text is valid UTF-8).
  static let unicode = ExtraBytes(rawValue: 16)
  static let pathCharacters: ExtraBytes = [.colon, .at, .slash]
  static let queryCharacters: ExtraBytes = [.colon, .at, .slash, .question]

  @inline(__always) func allows(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: ":"): contains(.colon)
    case UInt8(ascii: "@"): contains(.at)
    case UInt8(ascii: "/"): contains(.slash)
    case UInt8(ascii: "?"): contains(.question)
    default: false
    }
  }
}

/// Checks that every byte is allowed (`extra` lists bytes allowed besides unreserved and sub-delims)
/// and that every `%` starts a percent-encoded octet.
private func isEncoded(_ bytes: UnsafeBufferPointer<UInt8>, extra: ExtraBytes) -> Bool {
  var index = 0
  while index < bytes.count {
    let byte = bytes[index]
    if byte == UInt8(ascii: "%") {
      guard index + 2 < bytes.count, hexValue(bytes[index + 1]) != nil, hexValue(bytes[index + 2]) != nil
      else { return false }
      index += 3
      continue
    }
    guard isUnreserved(byte) || isSubDelimiter(byte) || extra.allows(byte)
      || (byte >= 0x80 && extra.contains(.unicode))
    else { return false }
    index += 1
  }
  return true
}

/// `URI` (RFC 3986 section 3) or, with `allowRelative`, `URI-reference` (section 4.1); with `international`,
/// `IRI` or `IRI-reference` (RFC 3987), which allow non-ASCII characters outside the scheme.
func isURI(_ bytes: UnsafeBufferPointer<UInt8>, allowRelative: Bool, international: Bool = false) -> Bool {
  let unicode: ExtraBytes = international ? .unicode : []
  var index = 0
  var hasScheme = false
  if let first = bytes.first, first | 0x20 >= 0x61, first | 0x20 <= 0x7A {
    var cursor = 1
    while cursor < bytes.count,
      isAlphaNumeric(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-")
        || bytes[cursor] == UInt8(ascii: ".")
    {
      cursor += 1
    }
    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") {
      hasScheme = true
      index = cursor + 1
    }
  }
  guard hasScheme || allowRelative else { return false }
  // Split off the fragment and the query.
  var end = bytes.count
  if let hash = bytes[index...].firstIndex(of: UInt8(ascii: "#")) {
    let fragment = UnsafeBufferPointer(rebasing: bytes[(hash + 1)...])
    guard isEncoded(fragment, extra: ExtraBytes.queryCharacters.union(unicode)) else { return false }
    end = hash
  }
  if let question = bytes[index..<end].firstIndex(of: UInt8(ascii: "?")) {
    let query = UnsafeBufferPointer(rebasing: bytes[(question + 1)..<end])
    guard isEncoded(query, extra: ExtraBytes.queryCharacters.union(unicode)) else { return false }
    end = question
  }
  var path = index..<end
  if end - index >= 2, bytes[index] == UInt8(ascii: "/"), bytes[index + 1] == UInt8(ascii: "/") {
    let authorityStart = index + 2
    let authorityEnd = bytes[authorityStart..<end].firstIndex(of: UInt8(ascii: "/")) ?? end
    guard isAuthority(UnsafeBufferPointer(rebasing: bytes[authorityStart..<authorityEnd]), unicode) else {
      return false
    }
    path = authorityEnd..<end
  } else if !hasScheme {
    // path-noscheme: no colon before the first slash.
    let firstSegmentEnd = bytes[path].firstIndex(of: UInt8(ascii: "/")) ?? end
    if bytes[path.lowerBound..<firstSegmentEnd].contains(UInt8(ascii: ":")) { return false }
  }
  return isEncoded(UnsafeBufferPointer(rebasing: bytes[path]), extra: ExtraBytes.pathCharacters.union(unicode))
}

private func isAuthority(_ bytes: UnsafeBufferPointer<UInt8>, _ unicode: ExtraBytes) -> Bool {
  var hostStart = 0
  if let at = bytes.firstIndex(of: UInt8(ascii: "@")) {
    guard isEncoded(UnsafeBufferPointer(rebasing: bytes[..<at]), extra: ExtraBytes.colon.union(unicode)) else {
      return false
    }
    hostStart = at + 1
  }
  var portStart: Int?
  if hostStart < bytes.count, bytes[hostStart] == UInt8(ascii: "[") {
    guard let close = bytes[hostStart...].firstIndex(of: UInt8(ascii: "]")) else { return false }
    let literal = UnsafeBufferPointer(rebasing: bytes[(hostStart + 1)..<close])
    guard isIPv6(literal) || isIPFuture(literal) else { return false }
    if close + 1 < bytes.count {
      guard bytes[close + 1] == UInt8(ascii: ":") else { return false }
      portStart = close + 2
    }
  } else {
    let colon = bytes[hostStart...].firstIndex(of: UInt8(ascii: ":"))
    guard isEncoded(UnsafeBufferPointer(rebasing: bytes[hostStart..<(colon ?? bytes.count)]), extra: unicode)
    else { return false }
    if let colon { portStart = colon + 1 }
  }
  if let portStart {
    for byte in bytes[portStart...] where byte < 0x30 || byte > 0x39 { return false }
  }
  return true
}

private func isIPFuture(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  guard bytes.count >= 4, bytes[0] | 0x20 == UInt8(ascii: "v"),
    let dot = bytes.firstIndex(of: UInt8(ascii: ".")), dot > 1, dot + 1 < bytes.count
  else { return false }
  for byte in bytes[1..<dot] where hexValue(byte) == nil { return false }
  for byte in bytes[(dot + 1)...] where !(isUnreserved(byte) || isSubDelimiter(byte) || byte == UInt8(ascii: ":")) {
    return false
  }
  return true
}

// MARK: - Reference resolution

/// The five components of a URI reference (RFC 3986 section 5.2).
struct URIReference {
  var scheme: String?
  var authority: String?
  var path: String
  var query: String?
  var fragment: String?

  init(_ text: String) {
    var rest = Substring(text)
    if let hash = rest.firstIndex(of: "#") {
      fragment = String(rest[rest.index(after: hash)...])
      rest = rest[..<hash]
    }
    if let question = rest.firstIndex(of: "?") {
      query = String(rest[rest.index(after: question)...])
      rest = rest[..<question]
    }
    if let colon = rest.firstIndex(of: ":"), let first = rest.first, first.isLetter,
      !rest[..<colon].contains(where: { $0 == "/" })
    {
      scheme = String(rest[..<colon])
      rest = rest[rest.index(after: colon)...]
    }
    if rest.hasPrefix("//") {
      let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
      let slash = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
      authority = String(rest[afterSlashes..<slash])
      rest = rest[slash...]
    }
    path = String(rest)
  }

  var text: String {
    var result = ""
    if let scheme { result += scheme + ":" }
    if let authority { result += "//" + authority }
    result += path
    if let query { result += "?" + query }
    if let fragment { result += "#" + fragment }
    return result
  }

  /// This reference resolved against `base` (RFC 3986 section 5.2.2).
  func resolved(against base: URIReference) -> URIReference {
    var target = self
    if scheme != nil {
      target.path = removeDotSegments(path)
      return target
    }
    target.scheme = base.scheme
    if authority != nil {
      target.path = removeDotSegments(path)
      return target
    }
    target.authority = base.authority
    if path.isEmpty {
      target.path = base.path
      target.query = query ?? base.query
    } else if path.hasPrefix("/") {
      target.path = removeDotSegments(path)
    } else {
      let merged: String
      if base.authority != nil, base.path.isEmpty {
        merged = "/" + path
      } else if let slash = base.path.lastIndex(of: "/") {
        merged = base.path[...slash] + path
      } else {
        merged = path
      }
      target.path = removeDotSegments(merged)
    }
    return target
  }
}

/// RFC 3986 section 5.2.4.
func removeDotSegments(_ path: String) -> String {
  guard path.contains(".") else { return path }
  var output: [Substring] = []
  let segments = path.split(separator: "/", omittingEmptySubsequences: false)
  for (index, segment) in segments.enumerated() {
    let isLast = index == segments.count - 1
    if segment == "." {
      if isLast { output.append("") }
    } else if segment == ".." {
      if output.count > 1 || (output.count == 1 && !output[0].isEmpty) { output.removeLast() }
      if isLast { output.append("") }
    } else {
      output.append(segment)
    }
  }
  var result = output.joined(separator: "/")
  if path.hasPrefix("/"), !result.hasPrefix("/") { result = "/" + result }
  return result
}

/// `reference` resolved against `base`; both may be relative.
func resolveURI(_ reference: String, against base: String) -> String {
  URIReference(reference).resolved(against: URIReference(base)).text
}

/// The URI without its fragment, and the fragment (empty when absent).
func splitFragment(_ uri: String) -> (base: String, fragment: String) {
  guard let hash = uri.firstIndex(of: "#") else { return (uri, "") }
  return (String(uri[..<hash]), String(uri[uri.index(after: hash)...]))
}

/// `%XX` sequences decoded; nil when they do not form UTF-8.
func percentDecoded(_ text: String) -> String? {
  guard text.contains("%") else { return text }
  var bytes: [UInt8] = []
  var utf8 = Array(text.utf8)[...]
  while let byte = utf8.popFirst() {
    if byte == UInt8(ascii: "%") {
      guard utf8.count >= 2, let high = hexValue(utf8[utf8.startIndex]),
        let low = hexValue(utf8[utf8.startIndex + 1])
      else { return nil }
      bytes.append(high << 4 | low)
      utf8 = utf8.dropFirst(2)
    } else {
      bytes.append(byte)
    }
  }
  let text = String(decoding: bytes, as: UTF8.self)
  return text.utf8.elementsEqual(bytes) ? text : nil
}

// MARK: - JSON pointers

/// One reference token escaped for a JSON pointer (`~` → `~0`, `/` → `~1`).
func escapePointerToken(_ token: String) -> String {
  guard token.contains(where: { $0 == "~" || $0 == "/" }) else { return token }
  return token.replacing("~", with: "~0").replacing("/", with: "~1")
}

/// The unescaped tokens of a JSON pointer, or nil when it is malformed.
func pointerTokens(_ pointer: String) -> [String]? {
  if pointer.isEmpty { return [] }
  guard pointer.hasPrefix("/") else { return nil }
  var tokens: [String] = []
  for raw in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
    var token = ""
    var iterator = raw.makeIterator()
    while let character = iterator.next() {
      if character == "~" {
        switch iterator.next() {
        case "0": token.append("~")
        case "1": token.append("/")
        default: return nil
        }
      } else {
        token.append(character)
      }
    }
    tokens.append(token)
  }
  return tokens
}
