import ArgumentParser
import CasebookCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reading limits (`--max-file-size`, `--max-depth`, ...), each also settable through an environment
/// variable; the option wins over the variable, the variable over the safe default.
struct LimitOptions: ParsableArguments {
  @Option(
    name: .customLong(LimitSetting.fileSize.option),
    help: help(.fileSize, "Largest file accepted, in bytes (K, M, G allowed)", "1M"))
  var maxFileSize: String?

  @Option(
    name: .customLong(LimitSetting.depth.option),
    help: help(.depth, "Deepest nesting of lists and mappings in a file", nil))
  var maxDepth: String?

  @Option(name: .customLong(LimitSetting.aliases.option), help: help(.aliases, "Most aliases (*name) in a file", nil))
  var maxAliases: String?

  @Option(
    name: .customLong(LimitSetting.nodes.option),
    help: help(.nodes, "Most values in a file, counting alias copies", nil))
  var maxNodes: String?

  @Option(name: .customLong(LimitSetting.files.option), help: help(.files, "Most files a revision may list", nil))
  var maxFiles: String?

  func validate() throws {
    _ = try resolved()
  }

  /// The limits from these options, the environment and the defaults.
  func resolved() throws -> CatalogueLimits {
    let given: [LimitSetting: String?] = [
      .fileSize: maxFileSize, .depth: maxDepth, .aliases: maxAliases, .nodes: maxNodes, .files: maxFiles,
    ]
    var environment: [String: String] = [:]
    for setting in LimitSetting.allCases {
      if let value = getenv(setting.environmentVariable) {
        environment[setting.environmentVariable] = String(cString: value)
      }
    }
    do {
      return try CatalogueLimits(options: given.compactMapValues { $0 }, environment: environment)
    } catch {
      throw ValidationError(error.description)
    }
  }

  private static func help(_ setting: LimitSetting, _ text: String, _ shownDefault: String?) -> ArgumentHelp {
    ArgumentHelp(
      "\(text) (default \(shownDefault ?? String(setting.defaultValue)); env \(setting.environmentVariable)).",
      valueName: "N")
  }
}
