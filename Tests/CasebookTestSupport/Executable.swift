import Foundation

/// The built `casebook` executable, next to the test bundle in the build products folder.
public let casebookExecutable: URL = {
  var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("casebook").path),
    folder.path != "/"
  {
    folder.deleteLastPathComponent()
  }
  return folder.appendingPathComponent("casebook")
}()
