import ArgumentParser
import CasebookCore
import CasebookText

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
    help: help(.fileSize, HelpText.maxFileSize, "1M"))
  var maxFileSize: String?

  @Option(
    name: .customLong(LimitSetting.depth.option),
    help: help(.depth, HelpText.maxDepth, nil))
  var maxDepth: String?

  @Option(name: .customLong(LimitSetting.aliases.option), help: help(.aliases, HelpText.maxAliases, nil))
  var maxAliases: String?

  @Option(
    name: .customLong(LimitSetting.nodes.option),
    help: help(.nodes, HelpText.maxNodes, nil))
  var maxNodes: String?

  @Option(name: .customLong(LimitSetting.files.option), help: help(.files, HelpText.maxFiles, nil))
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
      throw ValidationError(Speech.text(error.message))
    }
  }

  private static func help(_ setting: LimitSetting, _ text: HelpText, _ shownDefault: String?) -> ArgumentHelp {
    ArgumentHelp(
      Speech.text(
        HelpText.limit, .message(Message(text)), .text(shownDefault ?? String(setting.defaultValue)),
        .text(setting.environmentVariable)),
      valueName: Speech.text(ValueNameText.number))
  }
}
