import CasebookTestSupport
import Foundation
import Testing

/// The venv with the CI linters (`make test-tools`), or the one `CASEBOOK_TEST_VENV` names.
private let lintVenv = ProcessInfo.processInfo.environment["CASEBOOK_TEST_VENV"] ?? packageRoot + "/.build/test-venv"

/// Runs a linter from the venv; fails the test when it is not installed.
private func lint(_ tool: String, _ arguments: [String], in directory: String) throws -> CommandResult {
  let executable = lintVenv + "/bin/" + tool
  try #require(
    FileManager.default.isExecutableFile(atPath: executable),
    "\(tool) is not installed in \(lintVenv): run `make test-tools` (make test does)")
  return try runProgram(URL(fileURLWithPath: executable), arguments, in: directory)
}

/// The files `casebook init` writes, in a new folder.
private func initialised(_ options: [String]) throws -> (folder: String, sandbox: Sandbox) {
  let sandbox = try Sandbox(identity: (name: "Sam Steward", email: "steward@catalogue.example"))
  let folder = sandbox.home + "/catalogue"
  let result = try sandbox.casebook(["init", folder, "--no-commit"] + options, in: sandbox.home)
  try #require(result.status == 0, "\(result)")
  return (folder, sandbox)
}

private let pinned = [
  "--casebook-archive", "https://example.org/casebook/archive/v0.1.0.tar.gz",
  "--casebook-sha256", String(repeating: "ab", count: 32),
]

@Suite("CI templates")
struct CITemplateTests {
  @Test("zizmor (pedantic, offline) and actionlint with shellcheck find nothing in the GitHub workflow init writes",
    arguments: [[], pinned])
  func githubWorkflowLints(options: [String]) throws {
    let (folder, sandbox) = try initialised(options)
    defer { withExtendedLifetime(sandbox) {} }
    let zizmor = try lint("zizmor", ["--offline", "--persona", "pedantic", "--no-progress", "--color", "never", "."], in: folder)
    #expect(zizmor.status == 0, "zizmor: \(zizmor.output)\(zizmor.errors)")
    let actionlint = try lint(
      "actionlint",
      ["-no-color", "-shellcheck", lintVenv + "/bin/shellcheck", ".github/workflows/casebook.yml", ".github/workflows/pages.yml"],
      in: folder)
    #expect(actionlint.status == 0 && actionlint.output.isEmpty, "actionlint: \(actionlint.output)\(actionlint.errors)")
  }

  @Test("The GitHub workflow runs on pull_request with pins; the GitLab job pins its image and checks the archive first")
  func pins() throws {
    let (folder, sandbox) = try initialised(pinned)
    defer { withExtendedLifetime(sandbox) {} }
    let github = try String(contentsOfFile: folder + "/.github/workflows/casebook.yml", encoding: .utf8)
    #expect(!github.contains("pull_request_target") && github.contains("  pull_request:"))
    #expect(github.contains("image: " + "swift:6.1-bookworm@sha256:"))
    for line in github.split(separator: "\n") where line.contains("uses:") {
      #expect(line.wholeMatch(of: /\s*(- )?uses: [\w.\/-]+@[0-9a-f]{40} # v[\d.]+/) != nil, "not pinned by commit: \(line)")
    }
    let gitlab = try String(contentsOfFile: folder + "/.gitlab-ci.yml", encoding: .utf8)
    #expect(gitlab.contains("image: swift:6.1-bookworm@sha256:") && gitlab.contains("interruptible: true"))
    #expect(gitlab.contains("CASEBOOK_SHA256: \"\(String(repeating: "ab", count: 32))\""))
    for text in [github, gitlab] {
      let check = try #require(text.range(of: "sha256sum --check --strict"))
      for use in ["tar -xzf", "swift build"] {
        #expect(try #require(text.range(of: use)).lowerBound > check.upperBound, "\(use) before the checksum is checked")
      }
    }
    let owners = try String(contentsOfFile: folder + "/.github/CODEOWNERS", encoding: .utf8)
    #expect(owners.contains("*  steward@catalogue.example") && owners.contains("\n/cases/\n"))
  }

  @Test("init refuses a checksum, archive or image that is not pinned", arguments: [
    ["--casebook-sha256", "abc"], ["--casebook-archive", "http://example.org/x.tar.gz"],
    ["--ci-image", "swift:6.1"], ["--ci-image", "swift@sha256:1234"],
  ])
  func refusesLoosePins(options: [String]) throws {
    let sandbox = try Sandbox(identity: (name: "Sam Steward", email: "steward@catalogue.example"))
    let result = try sandbox.casebook(["init", sandbox.home + "/catalogue"] + options, in: sandbox.home)
    #expect(result.status == 64, "\(result)")
    #expect(!FileManager.default.fileExists(atPath: sandbox.home + "/catalogue"))
  }
}
