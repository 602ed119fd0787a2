/// One mistake, one error: where several checks report the same value, the one that says most precisely what
/// is wrong is kept and the others are dropped. Only pairs listed here are merged; two problems of a value
/// that are each worth fixing (too long *and* not a web address) both stay.
enum OneMistake {
  /// For a rule, the rules it makes redundant when both report the same value (the same JSON pointer).
  static let outranks: [String: Set<String>] = [
    // "`Inspraak` means the category `participate`" says more than "does not have the expected form".
    "catalog.category-alias": ["schema.pattern", "schema.enum"],
    "catalog.unknown-category": ["schema.pattern", "schema.enum"],
    // "is not a valid date (YYYY-MM-DD)" says more than the pattern that spells out the same form.
    "schema.format": ["schema.pattern"],
    // A value of the wrong kind fails the checks of the right kind only because of that.
    "schema.type": ["schema.pattern", "schema.format", "schema.enum", "schema.const", "schema.minLength", "schema.maxLength"],
  ]

  /// Drops the findings that a more precise finding on the same value makes redundant.
  static func dropRedundant(_ diagnostics: inout [Diagnostic]) {
    guard diagnostics.count > 1 else { return }
    var rulesAt: [String: Set<String>] = [:]
    for diagnostic in diagnostics where outranks[diagnostic.rule] != nil {
      rulesAt[diagnostic.pointer, default: []].insert(diagnostic.rule)
    }
    guard !rulesAt.isEmpty else { return }
    diagnostics.removeAll { diagnostic in
      guard let present = rulesAt[diagnostic.pointer] else { return false }
      return present.contains { $0 != diagnostic.rule && outranks[$0]!.contains(diagnostic.rule) }
    }
  }
}
