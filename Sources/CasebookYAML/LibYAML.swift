internal import CYAML

/// Owns one libyaml parser that reads UTF-8 from a buffer the caller keeps alive while this object exists.
final class LibYAMLParser {
  private let handle: UnsafeMutablePointer<yaml_parser_t>
  /// The bytes libyaml reads (without a byte order mark); used to look at the character an error points to.
  let input: UnsafeBufferPointer<UInt8>
  /// libyaml's own words for the error that stopped parsing, if any.
  private(set) var failure: (problem: String, context: String?)?

  /// Starts a parser over `input`, which must not be empty.
  init(input: UnsafeBufferPointer<UInt8>) throws(YAMLError) {
    let handle = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    do {
      try Self.check(yaml_parser_initialize(handle), "yaml_parser_initialize", handle, input)
    } catch {
      handle.deallocate()
      throw error
    }
    // Fixing the encoding stops libyaml from guessing UTF-16; the input was checked to be UTF-8 already.
    yaml_parser_set_encoding(handle, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(handle, input.baseAddress, input.count)
    self.handle = handle
    self.input = input
  }

  deinit {
    yaml_parser_delete(handle)
    handle.deallocate()
  }

  /// Replaces the content of `event` with the next event of the stream.
  func next(into event: LibYAMLEvent) throws(YAMLError) {
    yaml_event_delete(event.raw)
    let result = yaml_parser_parse(handle, event.raw)
    if result == 0 {
      failure = (handle.pointee.problem.map { String(cString: $0) } ?? "", handle.pointee.context.map { String(cString: $0) })
    }
    try Self.check(result, "yaml_parser_parse", handle, input)
  }

  /// The one place where libyaml's return codes are checked and its error report is turned into a `YAMLError`.
  private static func check(
    _ result: Int32, _ function: String, _ parser: UnsafeMutablePointer<yaml_parser_t>,
    _ input: UnsafeBufferPointer<UInt8>
  ) throws(YAMLError) {
    guard result == 0 else { return }
    let report = parser.pointee
    switch report.error {
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_READER_ERROR:
      let location = SourceLocation(mark: report.problem_mark)
      let problem = report.problem.map { String(cString: $0) } ?? "unknown problem"
      if TextPosition.character(at: location, in: input) == UInt8(ascii: "\t") {
        throw .tab(at: location)
      }
      let context = report.context.map { String(cString: $0) }
      if let error = YAML12Difference.colonError(problem: problem, context: context, at: location, in: input) {
        throw error
      }
      let contextLocation = context == nil ? nil : SourceLocation(mark: report.context_mark)
      throw .syntax(problem: problem, context: context, contextLocation: contextLocation, at: location)
    default:
      let problem = report.problem.map { String(cString: $0) } ?? "out of memory"
      throw .libyaml(function: function, problem: problem)
    }
  }
}

/// Owns the event most recently produced by a `LibYAMLParser`.
final class LibYAMLEvent {
  let raw: UnsafeMutablePointer<yaml_event_t>

  init() {
    raw = .allocate(capacity: 1)
    raw.initialize(to: yaml_event_t())
  }

  deinit {
    yaml_event_delete(raw)
    raw.deallocate()
  }
}

extension SourceLocation {
  /// Converts a 0-based libyaml mark (which counts characters, like this type) to a 1-based location.
  init(mark: yaml_mark_t) {
    self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }
}
