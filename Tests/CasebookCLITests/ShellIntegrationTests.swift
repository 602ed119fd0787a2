import CasebookTestSupport
import Foundation
import Testing

/// The visible subcommands of casebook, from its own description of itself: `validate`, …, `guard pre-receive`.
private func visibleCommands() throws -> [[String]] {
  let dump = try casebook(["--experimental-dump-help"])
  let root = (try jsonObject(dump.output))["command"] as? [String: Any]
  func walk(_ command: [String: Any], _ path: [String]) -> [[String]] {
    (command["subcommands"] as? [[String: Any]] ?? []).filter { $0["shouldDisplay"] as? Bool != false }.flatMap {
      sub -> [[String]] in
      let name = path + [sub["commandName"] as? String ?? ""]
      return [name] + walk(sub, name)
    }
  }
  return walk(root ?? [:], [])
}

/// A program that the Makefile's `test-shells` installs; the test fails with a note when it is missing.
private func tool(_ name: String) -> URL? {
  for folder in ["/usr/bin", "/bin", "/usr/local/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
    return URL(fileURLWithPath: "\(folder)/\(name)")
  }
  Issue.record("\(name) is missing: `make test-shells` installs it")
  return nil
}

@Suite("Shell completions and the man page")
struct ShellIntegrationTests {
  @Test("make install-completions install-man writes the four files under PREFIX, each naming every subcommand")
  func installed() throws {
    let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-prefix-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: prefix) }
    let make = try runProgram(
      URL(fileURLWithPath: "/usr/bin/make"),
      ["-s", "-C", packageRoot, "install-completions", "install-man", "PREFIX=\(prefix)", "CASEBOOK_BIN=\(casebookExecutable.path)"])
    #expect(make.status == 0, "\(make)")
    let commands = try visibleCommands()
    #expect(commands.contains(["status"]) && commands.contains(["list"]) && commands.contains(["guard", "pre-receive"]))
    #expect(!commands.contains(["generate-manual"]))
    let files = [
      "bash": prefix + "/share/bash-completion/completions/casebook",
      "zsh": prefix + "/share/zsh/site-functions/_casebook",
      "fish": prefix + "/share/fish/vendor_completions.d/casebook.fish",
      "man": prefix + "/share/man/man1/casebook.1",
    ]
    for (kind, path) in files {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      for command in commands {
        let named =
          kind == "man"
          ? ".SS casebook " + command.joined(separator: " ").replacingOccurrences(of: "-", with: "\\-") : command.last!
        #expect(text.contains(named), "\(kind) does not name \(command.joined(separator: " "))")
      }
    }
    // Each file is valid for the program that reads it.
    if let bash = tool("bash") { #expect(try runProgram(bash, ["-n", files["bash"]!]).status == 0) }
    if let zsh = tool("zsh") { #expect(try runProgram(zsh, ["-n", files["zsh"]!]).status == 0) }
    if let fish = tool("fish") { #expect(try runProgram(fish, ["--no-execute", files["fish"]!]).status == 0) }
    if let groff = tool("groff") {
      let formatted = try runProgram(
        groff, ["-man", "-Tutf8", "-z", "-Wall", "-wmac", "-wescape", "-winput", "-wchar", "-wfont", files["man"]!])
      #expect(formatted.status == 0 && formatted.errors.isEmpty, "\(formatted.errors)")
    }
  }

  @Test("The bash and fish completions complete subcommands and list subjects by asking casebook")
  func completes() throws {
    let scripts = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-completion-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: scripts, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scripts) }
    for shell in ["bash", "fish"] {
      let script = try casebook(["--generate-completion-script", shell])
      #expect(script.status == 0)
      try Data(script.output.utf8).write(to: URL(fileURLWithPath: "\(scripts)/casebook.\(shell)"))
    }
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = casebookExecutable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    if let bash = tool("bash") {
      let line = """
        source \(scripts)/casebook.bash
        complete_words() { COMPREPLY=(); COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; _casebook "$1" "${@: -1}" "${@: -2:1}"; echo "${COMPREPLY[*]}"; }
        complete_words casebook st
        complete_words casebook list ''
        """
      let result = try runProgram(bash, ["-c", line], environment: environment)
      #expect(result.output == "stats status\nmunicipalities categories channels tags\n", "\(result)")
    }
    if let fish = tool("fish") {
      let result = try runProgram(
        fish, ["--no-config", "-c", "source \(scripts)/casebook.fish; complete -C'casebook sta'"], environment: environment)
      #expect(result.output.hasPrefix("stats\t") && result.output.contains("\nstatus\t"), "\(result)")
    }
  }
}
