/// A path pattern of `schema/rules.yaml`: `*` stands for any characters within one folder or file name, `?`
/// for one character, and a whole `**` part for any number of folders. A pattern also matches everything
/// below a folder it matches, so `cases/be` and `cases/be/**` both cover every Belgian file.
public struct PathGlob: Sendable, Hashable, CustomStringConvertible {
  /// The pattern as written.
  public let text: String
  private let parts: [Substring]

  /// A pattern, or nil when it cannot match a repository path (empty, starting with `/`, or with an empty,
  /// `.` or `..` part).
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard !text.isEmpty, !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
    self.text = text
    self.parts = parts
  }

  public var description: String { text }

  /// True when the pattern matches `path` or one of the folders it is in.
  public func matches(_ path: String) -> Bool {
    let names = path.split(separator: "/", omittingEmptySubsequences: false)
    return Self.match(parts[...], names[...], prefixes: true)
  }

  /// Matches the parts against the names; with `prefixes`, a match of the leading names is enough.
  private static func match(_ parts: ArraySlice<Substring>, _ names: ArraySlice<Substring>, prefixes: Bool) -> Bool {
    var parts = parts
    var names = names
    while let part = parts.first {
      if part == "**" {
        let rest = parts.dropFirst()
        if rest.isEmpty { return true }
        for start in names.indices where match(rest, names[start...], prefixes: prefixes) { return true }
        return false
      }
      guard let name = names.first, matchName(Array(part.unicodeScalars), Array(name.unicodeScalars)) else {
        return false
      }
      parts = parts.dropFirst()
      names = names.dropFirst()
    }
    return names.isEmpty || prefixes
  }

  /// `*` and `?` within one name, by the usual backtracking on the last `*` (linear in practice).
  private static func matchName(_ pattern: [Unicode.Scalar], _ name: [Unicode.Scalar]) -> Bool {
    var p = 0
    var n = 0
    var star: Int? = nil
    var resume = 0
    while n < name.count {
      if p < pattern.count, pattern[p] == "?" || pattern[p] == name[n] && pattern[p] != "*" {
        p += 1
        n += 1
      } else if p < pattern.count, pattern[p] == "*" {
        star = p
        resume = n
        p += 1
      } else if let star {
        p = star + 1
        resume += 1
        n = resume
      } else {
        return false
      }
    }
    while p < pattern.count, pattern[p] == "*" { p += 1 }
    return p == pattern.count
  }
}
