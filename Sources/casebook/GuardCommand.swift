import ArgumentParser
import CasebookCore
import Foundation
import CasebookText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `casebook guard`: server-side checks of pushes.
struct GuardCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "guard", abstract: Speech.text(GuardText.helpGuard), subcommands: [PreReceiveCommand.self])
  }
}

/// `casebook guard pre-receive`: the pre-receive hook itself. The hook template only runs this.
struct PreReceiveCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "pre-receive", abstract: Speech.text(GuardText.helpPreReceive),
      discussion: Speech.text(GuardText.helpPreReceiveDiscussion))
  }

  @OptionGroup var global: GlobalOptions

  /// More input than this is not from git's pre-receive (a thousand references take about 100 KB).
  private static let maxInput = 8 << 20

  func run() throws {
    guard let input = Self.readStandardInput(limit: Self.maxInput) else {
      refuse(Message(GuardText.inputTooLarge, .text(String(Self.maxInput))))
    }
    let updates: [RefUpdate]
    do {
      updates = try RefUpdate.parse(input)
    } catch {
      refuse(error.message)
    }
    if updates.isEmpty { return }
    let reports = try CLI.perform { () throws(CatalogueError) -> [RefReport]? in
      let workspace = try Workspace(directory: global.directory, objectDirectories: Environment.quarantineFolders)
      let settings = try workspace.guardSettings()
      let pusher: (address: String, source: String)
      do throws(PusherError) {
        pusher = try PusherIdentity.resolve(environment: ProcessInfo.processInfo.environment, settings: settings)
      } catch {
        say(Speech.text(GuardText.pushRefusedBecause, .message(error.message)) + " [push.identity]")
        return nil
      }
      say(
        Speech.text(
          GuardText.checking, .message(Message(count: updates.count, one: GuardText.reference, other: GuardText.references)),
          .text(pusher.address), .text(pusher.source)))
      return try PushGuard(workspace: workspace, settings: settings).check(updates, pusher: pusher.address)
    }
    guard let reports else { throw ExitCode(1) }
    for report in reports { show(report) }
    if reports.allSatisfy({ $0.isAccepted }) { return }
    say(Speech.text(GuardText.pushRefused))
    throw ExitCode(1)
  }

  private func show(_ report: RefReport) {
    let verdict = MessageArgument.message(Message(report.isAccepted ? GuardText.accepted : GuardText.refused))
    if report.commits > 0 {
      let commits = Message(count: report.commits, one: GuardText.newCommit, other: GuardText.newCommits)
      say(Speech.text(GuardText.verdictWithCommits, .message(report.summary), .message(commits), verdict))
    } else {
      say(Speech.text(GuardText.verdict, .message(report.summary), verdict))
    }
    let tip = report.update.new?.shortHex
    for diagnostic in report.diagnostics {
      let severity = diagnostic.severity.rawValue
      if diagnostic.line == 0 {
        say("  \(diagnostic.file): \(severity): [\(diagnostic.rule)] \(Speech.text(diagnostic.message))")
        continue
      }
      // A finding about a file that does not name the commit it was found in gets the pushed tip.
      var message = Speech.text(diagnostic.message)
      if let tip, !message.hasPrefix("commit "), !message.contains("commit \(tip)") {
        message = Speech.text(GuardText.atTip, .text(message), .text(tip))
      }
      say("  \(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(severity): [\(diagnostic.rule)] \(message)")
    }
  }

  private func refuse(_ message: Message) -> Never {
    say(Speech.text(GuardText.pushRefusedBecause, .message(message)))
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
