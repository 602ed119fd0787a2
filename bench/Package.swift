// swift-tools-version: 6.1
// The benchmark harness for `make bench`: a separate package, so `make test` never builds it.
import Foundation
import PackageDescription

// A path dependency is named after its folder; the casebook checkout may be in any folder.
let casebookFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
  name: "casebook-bench",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: casebookFolder.path)],
  targets: [
    .executableTarget(
      name: "casebook-bench",
      dependencies: [.product(name: "CasebookGit", package: casebookFolder.lastPathComponent.lowercased())]),
  ],
  swiftLanguageModes: [.v6]
)
