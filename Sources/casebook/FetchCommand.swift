import ArgumentParser
import CasebookCore
import CasebookGit
import CasebookText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `casebook fetch`: the peer catalogues of `schema/peers.yaml`, into refs of casebook's own.
struct FetchCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "fetch", abstract: Speech.text(ToolHelpText.fetch), discussion: Speech.text(ToolHelpText.fetchDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: Speech.help(ToolHelpText.fetchNames))
  var names: [String] = []

  @Flag(help: Speech.help(ToolHelpText.fetchList))
  var list = false

  @Option(help: ArgumentHelp(Speech.text(ToolHelpText.fetchTimeout), valueName: Speech.text(ToolValueNameText.seconds)))
  var timeout: Double = PeerFetchDefaults.stallTimeout

  @Option(
    name: .customLong("max-time"),
    help: ArgumentHelp(Speech.text(ToolHelpText.fetchMaxTime), valueName: Speech.text(ToolValueNameText.seconds)))
  var maxTime: Double = PeerFetchDefaults.totalTimeout

  @Option(
    name: .customLong("max-fetch-size"),
    help: Speech.help(ToolHelpText.fetchMaxSize, value: .number))
  var maxFetchSize: String?

  @Option(
    name: .customLong("max-fetch-objects"),
    help: ArgumentHelp(
      Speech.text(ToolHelpText.fetchMaxObjects),
      valueName: Speech.text(ValueNameText.number)))
  var maxFetchObjects: Int = PeerFetchDefaults.maxObjects

  @Option(help: Speech.help(ToolHelpText.fetchFormat))
  var format: FetchListFormat = .table

  func validate() throws {
    guard timeout > 0, maxTime > 0, timeout.isFinite, maxTime.isFinite else {
      throw CLI.usageError(ToolText.fetchSecondsAboveZero)
    }
    guard maxFetchObjects > 0 else { throw CLI.usageError(ToolText.fetchObjectsAboveZero) }
    _ = try maxBytes()
    if list && !names.isEmpty { throw CLI.usageError(ToolText.fetchListWithNames) }
  }

  private func maxBytes() throws -> Int {
    guard let maxFetchSize else { return PeerFetchDefaults.maxBytes }
    do {
      return try LimitSetting.fileSize.parse(maxFetchSize)
    } catch {
      throw CLI.usageError(ToolText.fetchSizeInvalid, .code(maxFetchSize))
    }
  }

  func run() throws {
    let language = Speech.language
    if list {
      let listing = try CLI.perform { () throws(FederationError) in try PeerListing.list(directory: global.directory) }
      Terminal.write(FetchListRenderer.render(listing, format: format.rawValue, language: language))
      return
    }
    let limits = FetchLimits(
      stallTimeout: timeout, totalTimeout: maxTime, maxBytes: try maxBytes(), maxObjects: maxFetchObjects)
    let progress = PeerProgressLine(enabled: Terminal.stderrIsTerminal)
    let results = try CLI.perform { () throws(FederationError) in
      try PeerFetcher.fetch(directory: global.directory, names: names, limits: limits) { event in
        progress.show(FetchReport.progress(event, language))
      }
    }
    progress.clear()
    var failed = 0
    for result in results {
      switch result.outcome {
      case .success(let fetched):
        Terminal.write(FetchReport.fetched(result.peer, fetched, language) + "\n")
      case .failure(let failure):
        failed += 1
        Terminal.warn(Message(FederationText.fetchFailed, .text(result.peer.name), .text(failure.message(language))).text(language))
        if let kept = result.kept {
          Terminal.warn(FetchReport.kept(result.peer, kept, directory: global.directory, language))
        } else {
          Terminal.warn(Message(FederationText.fetchNeverFetched, .text(result.peer.name)).text(language))
        }
      }
    }
    if failed > 0 {
      Terminal.warn(Message(FederationText.fetchSummaryFailed, .number(failed), .number(results.count)).text(language))
      throw ExitCode(1)
    }
  }
}

/// Output formats of `fetch --list`.
enum FetchListFormat: String, ExpressibleByArgument, CaseIterable {
  case table
  case json
}

/// One line on standard error that is rewritten in place, only on a terminal, at most ten times a second.
final class PeerProgressLine {
  private let enabled: Bool
  private var shown = false
  private var lastTime: UInt64 = 0

  init(enabled: Bool) { self.enabled = enabled }

  func show(_ text: String) {
    guard enabled else { return }
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    let milliseconds = UInt64(now.tv_sec) * 1000 + UInt64(now.tv_nsec) / 1_000_000
    guard !shown || milliseconds - lastTime >= 100 else { return }
    lastTime = milliseconds
    shown = true
    Terminal.writeError("\r\u{1B}[K" + String(text.prefix(Terminal.errorWidth - 1)))
  }

  func clear() {
    guard enabled, shown else { return }
    shown = false
    Terminal.writeError("\r\u{1B}[K")
  }
}

extension FederationError: CommandLineReportable {
  var message: Message { Message(CommonText.name, .text(message(Speech.language))) }
}
