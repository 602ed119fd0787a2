import CasebookText

/// Turns libyaml's terse problem reports into advice for editors, keeping libyaml's own words at the end.
enum SyntaxHint {
  static func message(problem: String, context: String?, contextLocation: SourceLocation?) -> Message {
    var original = problem
    if let context {
      let started = contextLocation.map { Message(YAMLSyntaxText.contextStarted, .text(context), .text("\($0)")).text(.en) }
      original = (started ?? context) + ": " + problem
    }
    guard let hint = hint(problem: problem, context: context) else { return Message(YAMLSyntaxText.plain, .text(original)) }
    return Message(YAMLSyntaxText.withHint, .message(Message(hint)), .text(original))
  }

  private static func hint(problem: String, context: String?) -> YAMLSyntaxText? {
    let context = context ?? ""
    switch problem {
    case "mapping values are not allowed in this context": return .colonNotAllowed
    case "did not find expected key": return .expectedKey
    case "did not find expected '-' indicator": return .expectedDash
    case "block sequence entries are not allowed in this context": return .dashNotAllowed
    case "did not find expected node content": return .valueMissing
    case "did not find expected ',' or ']'": return .listNotClosed
    case "did not find expected ',' or '}'": return .mappingNotClosed
    case "could not find expected ':'": return .expectedColon
    case "found character that cannot start any token": return .reservedCharacter
    case "found unknown escape character": return .unknownEscape
    case "found undefined tag handle": return .undefinedTagHandle
    case "found incompatible YAML document": return .incompatibleVersion
    case "did not find expected <document start>": return .textAfterEnd
    case "did not find expected alphabetic or numeric character":
      return context.contains("anchor") || context.contains("alias") ? .anchorCharacters : nil
    case "found unexpected end of stream":
      return context.contains("quoted") ? .quoteNotClosed : .endInValue
    case "found unexpected document indicator": return .documentIndicator
    default: return nil
    }
  }
}
