import CasebookGit
import Foundation
import Testing

/// A fixed author, so that commits are reproducible.
let alice = Signature(name: "Alice Example", email: "alice@example.org", time: 1_700_000_000, offsetMinutes: 60)

/// Runs `body` with a fresh empty folder (without a trailing slash), removed afterwards.
func withScratchFolder<Result>(_ body: (String) throws -> Result) throws -> Result {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("casebook-git-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: url) }
  // Resolve symlinks (/tmp may be one) so paths compare equal to what libgit2 reports.
  return try body(url.resolvingSymlinksInPath().path)
}

/// A failed `git` command run by a test as an independent oracle.
struct GitCommandFailed: Error, CustomStringConvertible {
  var arguments: [String]
  var status: Int32
  var output: String
  var description: String { "git \(arguments.joined(separator: " ")) exited with \(status): \(output)" }
}

/// Runs the `git` command line tool in `folder` and returns its standard output without the final line
/// break. Used only to check results independently, never to build repositories.
@discardableResult
func git(_ arguments: String..., in folder: String, input: [UInt8]? = nil) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["git", "-C", folder] + arguments
  let output = Pipe()
  let errors = Pipe()
  let inputPipe = Pipe()
  process.standardOutput = output
  process.standardError = errors
  process.standardInput = inputPipe
  try process.run()
  if let input { inputPipe.fileHandleForWriting.write(Data(input)) }
  try inputPipe.fileHandleForWriting.close()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  let errorData = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  let text = String(decoding: data, as: UTF8.self)
  guard process.terminationStatus == 0 else {
    throw GitCommandFailed(
      arguments: arguments, status: process.terminationStatus,
      output: text + String(decoding: errorData, as: UTF8.self))
  }
  return text.hasSuffix("\n") ? String(text.dropLast()) : text
}

extension Repository {
  /// Commits text files on the branch HEAD points at, through `commitChanges`.
  @discardableResult
  func commitFiles(_ files: [String: String?], message: String, time: Int64 = 1_700_000_000) throws -> ObjectID {
    var changes: [String: FileChange] = [:]
    for (path, text) in files {
      changes[path] = text.map { .write(Array($0.utf8), .regular) } ?? .delete
    }
    var author = alice
    author.time = time
    return try commitChanges(changes, message: message, author: author, branch: try #require(try headBranch()))
  }
}

func writeFile(_ path: String, _ text: String) throws {
  let url = URL(fileURLWithPath: path)
  try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
  try Data(text.utf8).write(to: url)
}
