import ArgumentParser
import CasebookCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `casebook guard`: server-side checks of pushes.
struct GuardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "guard",
    abstract: "Guard a catalogue server: check pushes before git accepts them.",
    subcommands: [PreReceiveCommand.self]
  )
}

/// `casebook guard pre-receive`: the pre-receive hook itself. The hook template only runs this.
struct PreReceiveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pre-receive",
    abstract: "Check a push as git's pre-receive hook: reads `<old> <new> <ref>` lines on standard input.",
    discussion: """
      Run by hooks/pre-receive in the server's bare repository. The pusher is read from the variable the \
      server sets (see SECURITY.md), settings from `git config casebook.*` in the repository. Exit status: \
      0 the push is accepted, 1 it is refused.
      """
  )

  @OptionGroup var global: GlobalOptions

  /// More input than this is not from git's pre-receive (a thousand references take about 100 KB).
  private static let maxInput = 8 << 20

  func run() throws {
    guard let input = Self.readStandardInput(limit: Self.maxInput) else {
      refuse("the hook's input is larger than \(Self.maxInput) bytes: push fewer references at once")
    }
    let updates: [RefUpdate]
    do {
      updates = try RefUpdate.parse(input)
    } catch {
      refuse(error.description)
    }
    if updates.isEmpty { return }
    let reports = try CLI.perform { () throws(CatalogueError) -> [RefReport]? in
      let workspace = try Workspace(directory: global.directory, objectDirectories: Environment.quarantineFolders)
      let settings = try workspace.guardSettings()
      let pusher: (address: String, source: String)
      do throws(PusherError) {
        pusher = try PusherIdentity.resolve(environment: ProcessInfo.processInfo.environment, settings: settings)
      } catch {
        say("casebook: push refused: \(error.description) [push.identity]")
        return nil
      }
      say("casebook: checking \(plural(updates.count, "reference")) pushed by \(pusher.address) (\(pusher.source))")
      return try PushGuard(workspace: workspace, settings: settings).check(updates, pusher: pusher.address)
    }
    guard let reports else { throw ExitCode(1) }
    for report in reports { show(report) }
    if reports.allSatisfy({ $0.isAccepted }) { return }
    say("casebook: push refused; fix the problems above and push again (nothing was changed on the server)")
    throw ExitCode(1)
  }

  private func show(_ report: RefReport) {
    let verdict = report.isAccepted ? "accepted" : "refused"
    let commits = report.commits > 0 ? ", \(plural(report.commits, "new commit"))" : ""
    say("casebook: \(report.summary)\(commits): \(verdict)")
    let tip = report.update.new?.shortHex
    for diagnostic in report.diagnostics {
      let severity = diagnostic.severity.rawValue
      if diagnostic.line == 0 {
        say("  \(diagnostic.file): \(severity): [\(diagnostic.rule)] \(diagnostic.message)")
        continue
      }
      var message = diagnostic.message
      if let tip, !message.hasPrefix("commit "), !message.contains("commit \(tip)") { message += " (at \(tip))" }
      say("  \(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(severity): [\(diagnostic.rule)] \(message)")
    }
  }

  private func refuse(_ message: String) -> Never {
    say("casebook: push refused: \(message)")
    Foundation.exit(1)
  }

  /// One line to standard error (git shows it to the pusher as `remote: …`), with control characters written
  /// out: names in a pushed tree must not drive the pusher's terminal.
  private func say(_ line: String) {
    var shown = ""
    for scalar in line.unicodeScalars {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        shown += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        shown.unicodeScalars.append(scalar)
      }
    }
    Terminal.warn(shown)
  }

  private func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

  private static func readStandardInput(limit: Int) -> [UInt8]? {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { return bytes }
      bytes += buffer[..<count]
      if bytes.count > limit { return nil }
    }
  }
}
