/// Turns libyaml's terse problem reports into advice for editors, keeping libyaml's own words at the end.
enum SyntaxHint {
  static func message(problem: String, context: String?, contextLocation: SourceLocation?) -> String {
    var original = problem
    if let context {
      original = "\(context)" + (contextLocation.map { " started at \($0)" } ?? "") + ": " + problem
    }
    guard let hint = hint(problem: problem, context: context) else { return "YAML syntax error: \(original)" }
    return "\(hint) (libyaml: \(original))"
  }

  private static func hint(problem: String, context: String?) -> String? {
    let context = context ?? ""
    switch problem {
    case "mapping values are not allowed in this context":
      return "a `: ` is not allowed here; put text that contains `: ` in quotes, or check the indentation"
    case "did not find expected key":
      return "expected a `key: value` line at the indentation of the mapping above; check the indentation"
    case "did not find expected '-' indicator":
      return "expected a `- ` list item at the indentation of the list above; check the indentation"
    case "block sequence entries are not allowed in this context":
      return "a `- ` list item is not allowed here; start the list on a new line below its key, indented"
    case "did not find expected node content":
      return "a value is missing here"
    case "did not find expected ',' or ']'":
      return "a `[...]` list is not closed with `]`, or its items are not separated by commas"
    case "did not find expected ',' or '}'":
      return "a `{...}` mapping is not closed with `}`, or its entries are not separated by commas"
    case "could not find expected ':'":
      return "expected `: ` after this key; a key must fit on one line (at most 1024 characters)"
    case "found character that cannot start any token":
      return "this character cannot start a value (`@` and backquote are reserved); put the value in quotes"
    case "found unknown escape character":
      return "unknown escape sequence after a backslash in double-quoted text; write `\\\\` for a backslash "
        + "or use single quotes"
    case "found undefined tag handle":
      return "this tag uses an undefined `!handle!`; remove the tag"
    case "found incompatible YAML document":
      return "only YAML version 1.x is supported; remove or fix the `%YAML` line"
    case "did not find expected <document start>":
      return "unexpected text after the end of the document; remove it or check the indentation"
    case "did not find expected alphabetic or numeric character":
      return context.contains("anchor") || context.contains("alias")
        ? "an anchor or alias name (after `&` or `*`) may contain only letters, digits, `-` and `_`"
        : nil
    case "found unexpected end of stream":
      return context.contains("quoted")
        ? "quoted text is not closed; add the closing quote" : "the file ends in the middle of a value"
    case "found unexpected document indicator":
      return "a line starting with `---` or `...` ends the document inside quoted text; indent it or quote it"
    default:
      return nil
    }
  }
}
