import CasebookYAML
import CasebookText

/// How much a run reads at most: the YAML limits for each file and the number of files in a revision. The
/// defaults are safe for hostile input; a user changes them with command-line options or environment
/// variables (see ``LimitSetting``).
public struct CatalogueLimits: Sendable, Hashable {
  /// Limits for each YAML file.
  public var yaml: YAMLLimits
  /// The most files a snapshot or change set may list.
  public var maxFiles: Int

  /// The number of files a revision may list unless configured otherwise: twice the size of the largest
  /// catalogue casebook is built for. A few kilobytes of git trees that refer to each other can describe
  /// millions of paths; past this limit a run stops with an error instead of reading them all.
  public static let defaultMaxFiles = 200_000

  /// The most new commits one `--changed` check (or one pushed reference) reads: each commit is checked on its
  /// own, so a push of a million tiny commits would otherwise keep a server hook busy for hours.
  public static let defaultMaxCommits = 10_000

  /// Creates limits; the defaults are the safe ones.
  public init(yaml: YAMLLimits = YAMLLimits(), maxFiles: Int = CatalogueLimits.defaultMaxFiles) {
    self.yaml = yaml
    self.maxFiles = maxFiles
  }

  /// The limits given by `options` (values as typed on the command line), else by `environment`, else the
  /// defaults. An empty environment variable counts as unset.
  public init(options: [LimitSetting: String], environment: [String: String]) throws(LimitSettingError) {
    self.init()
    for setting in LimitSetting.allCases {
      let text: String
      if let option = options[setting] {
        text = option
      } else if let variable = environment[setting.environmentVariable], !variable.isEmpty {
        text = variable
      } else {
        continue
      }
      let value = try setting.parse(text)
      switch setting {
      case .fileSize: yaml.maxBytes = value
      case .depth: yaml.maxDepth = value
      case .aliases: yaml.maxAliases = value
      case .nodes: yaml.maxNodes = value
      case .files: maxFiles = value
      }
    }
  }
}

/// One limit a user can change: `--max-depth 100` on the command line or `CASEBOOK_MAX_DEPTH=100` in the
/// environment (the option wins).
public enum LimitSetting: String, Sendable, Hashable, CaseIterable {
  /// The largest file, in bytes; `K`, `M` and `G` (powers of 1024) may follow the number.
  case fileSize = "max-file-size"
  /// The deepest nesting of lists and mappings in a file.
  case depth = "max-depth"
  /// The most alias references (`*name`) in a file.
  case aliases = "max-aliases"
  /// The most values in a file, counting every copy an alias makes.
  case nodes = "max-nodes"
  /// The most files a revision may list under `cases/` and `schema/` (or change, for `--changed`).
  case files = "max-files"

  /// The command-line option, without the leading dashes.
  public var option: String { rawValue }

  /// The environment variable: `CASEBOOK_MAX_FILE_SIZE`, `CASEBOOK_MAX_DEPTH`, ...
  public var environmentVariable: String {
    "CASEBOOK_" + String(rawValue.uppercased().map { $0 == "-" ? "_" : $0 })
  }

  /// The value when nothing is configured.
  public var defaultValue: Int {
    let defaults = CatalogueLimits()
    switch self {
    case .fileSize: return defaults.yaml.maxBytes
    case .depth: return defaults.yaml.maxDepth
    case .aliases: return defaults.yaml.maxAliases
    case .nodes: return defaults.yaml.maxNodes
    case .files: return defaults.maxFiles
    }
  }

  /// The largest value accepted.
  public var maximum: Int {
    self == .depth ? YAMLLimits.depthCeiling : Int.max
  }

  /// The smallest value accepted.
  public var minimum: Int {
    self == .aliases ? 0 : 1
  }

  /// Reads a value: digits, and for ``fileSize`` an optional `K`, `M` or `G` (also `KiB`, `MiB`, `GiB`).
  public func parse(_ text: String) throws(LimitSettingError) -> Int {
    var digits = Substring(text)
    var multiplier = 1
    if self == .fileSize {
      let upper = text.uppercased()
      let units = [(["KIB", "KB", "K"], 1 << 10), (["MIB", "MB", "M"], 1 << 20), (["GIB", "GB", "G"], 1 << 30)]
      for (suffixes, factor) in units {
        if let suffix = suffixes.first(where: { upper.hasSuffix($0) }) {
          digits = digits.dropLast(suffix.count)
          multiplier = factor
          break
        }
      }
    }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else {
      throw LimitSettingError(setting: self, value: text, problem: Message(LimitText.notWholeNumber))
    }
    let (value, overflow) = number.multipliedReportingOverflow(by: multiplier)
    guard !overflow, value <= maximum else {
      throw LimitSettingError(setting: self, value: text, problem: Message(LimitText.most, .text(String(maximum))))
    }
    guard value >= minimum else {
      throw LimitSettingError(setting: self, value: text, problem: Message(LimitText.least, .text(String(minimum))))
    }
    return value
  }
}

/// A limit given a value that cannot be used.
public struct LimitSettingError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Which limit.
  public var setting: LimitSetting
  /// The value as given.
  public var value: String
  /// Why it cannot be used.
  public var problem: Message

  /// What was wrong and how to write it, in either language.
  public var message: Message {
    let example =
      setting == .fileSize
      ? Message(LimitText.exampleSize) : Message(LimitText.example, .text(String(setting.defaultValue)))
    return Message(
      LimitText.invalid, .code(value), .code("--" + setting.option), .code(setting.environmentVariable),
      .message(problem), .message(example))
  }

  /// The message in English, for logs and tests.
  public var description: String { message.text(.en) }
}
