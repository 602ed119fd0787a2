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
  static let configuration = CommandConfiguration(
    commandName: "fetch",
    abstract: "Fetch the peer catalogues listed in schema/peers.yaml, to read them with --catalogue.",
    discussion: """
      Each peer's branch is fetched through git (https://, ssh://, git://, file:// or a local path) into \
      refs/casebook/peers/NAME: never into your branches, remote-tracking branches or working tree. Only what \
      is new is transferred. Afterwards search, show, stats, export and rank read the peers offline with \
      --catalogue NAME or --catalogue all. On a terminal a progress line per peer is shown on standard error. \
      A peer that fails (unreachable, too slow, too large, refused) is reported and the others go on; what was \
      fetched from it before is still read. Credentials come from the ssh agent and git's credential helpers; \
      casebook stores none.

      Exit status: 0 every peer fetched, 1 a peer failed or the peer list has errors, 64 bad usage.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: "Peers to fetch (default: every peer of schema/peers.yaml).")
  var names: [String] = []

  @Flag(help: "Fetch nothing: list each peer's fetched commit, its date and its records.")
  var list = false

  @Option(help: ArgumentHelp("Give a peer up after it sent nothing for this many seconds.", valueName: "SECONDS"))
  var timeout: Double = PeerFetchDefaults.stallTimeout

  @Option(
    name: .customLong("max-time"),
    help: ArgumentHelp("Give a peer up after this many seconds in all.", valueName: "SECONDS"))
  var maxTime: Double = PeerFetchDefaults.totalTimeout

  @Option(
    name: .customLong("max-fetch-size"),
    help: ArgumentHelp("Stop a peer that sends more than this many bytes (K, M, G allowed; default 1G).", valueName: "N"))
  var maxFetchSize: String?

  @Option(
    name: .customLong("max-fetch-objects"),
    help: ArgumentHelp("Stop a peer whose pack holds more objects (default \(PeerFetchDefaults.maxObjects)).", valueName: "N"))
  var maxFetchObjects: Int = PeerFetchDefaults.maxObjects

  @Option(help: "Output format of --list: table or json.")
  var format: FetchListFormat = .table

  func validate() throws {
    guard timeout > 0, maxTime > 0, timeout.isFinite, maxTime.isFinite else {
      throw ValidationError("--timeout and --max-time take a number of seconds above 0")
    }
    guard maxFetchObjects > 0 else { throw ValidationError("--max-fetch-objects takes a number above 0") }
    _ = try maxBytes()
    if list && !names.isEmpty { throw ValidationError("--list lists every peer: leave out the names") }
  }

  private func maxBytes() throws -> Int {
    guard let maxFetchSize else { return PeerFetchDefaults.maxBytes }
    do {
      return try LimitSetting.fileSize.parse(maxFetchSize)
    } catch {
      throw ValidationError("`\(maxFetchSize)` is not a valid --max-fetch-size: give a number of bytes, such as 500M")
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
