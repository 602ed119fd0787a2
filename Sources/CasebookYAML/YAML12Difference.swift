/// Places where libyaml and YAML 1.2 part ways, recognised after libyaml's error so that the message says
/// what to write instead of libyaml's terse report.
enum YAML12Difference {
  /// A key longer than 1024 characters, or a `:` that libyaml could not place, at the error `location`.
  static func colonError(
    problem: String, context: String?, at location: SourceLocation, in input: UnsafeBufferPointer<UInt8>
  ) -> YAMLError? {
    guard let offset = TextPosition.offset(of: location, in: input), input[offset] == UInt8(ascii: ":") else {
      return nil
    }
    let inFlow = context?.contains("flow") == true || problem.contains("expected ','")
    if let (keyStart, characters) = keyBefore(colon: offset, in: input, inFlow: inFlow), characters > 1024 {
      return .keyTooLong(characters: characters, at: TextPosition.location(ofByte: keyStart, in: input))
    }
    switch problem {
    case "did not find expected key":
      return .unexpectedColon(inFlow: false, at: location)
    case "did not find expected ',' or '}'", "did not find expected ',' or ']'", "found unexpected ':'",
      "did not find expected node content":
      return .unexpectedColon(inFlow: true, at: location)
    default:
      return nil
    }
  }

  /// Where the key before the `:` at `colon` starts on its line, and its length in characters.
  private static func keyBefore(colon: Int, in input: UnsafeBufferPointer<UInt8>, inFlow: Bool) -> (Int, Int)? {
    var start = colon
    while start > 0, input[start - 1] != 0x0A, input[start - 1] != 0x0D {
      let byte = input[start - 1]
      if inFlow, byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: ",") { break }
      start -= 1
    }
    while start < colon, input[start] == 0x20 || input[start] == 0x09 || input[start] == UInt8(ascii: "-")
      || input[start] == UInt8(ascii: "?")
    {
      start += 1
    }
    guard start < colon else { return nil }
    let characters = input[start..<colon].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    return (start, characters)
  }
}
