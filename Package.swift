// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "casebook",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "casebook", targets: ["casebook"]),
    .library(name: "CasebookCore", targets: ["CasebookCore"]),
    // For the benchmark package in bench/, which writes generated catalogues through the git layer.
    .library(name: "CasebookGit", targets: ["CasebookGit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CGit2", pkgConfig: "libgit2",
      providers: [.apt(["libgit2-dev"])]),
    .systemLibrary(
      name: "CYAML", pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]),
    .target(name: "CasebookText"),
    .target(name: "CasebookYAML", dependencies: ["CYAML"]),
    .target(name: "CasebookGit", dependencies: ["CGit2"]),
    .target(name: "CasebookSchema", dependencies: ["CasebookYAML"]),
    .target(
      name: "CasebookCore",
      dependencies: ["CasebookYAML", "CasebookGit", "CasebookSchema"]),
    .executableTarget(
      name: "casebook",
      dependencies: [
        "CasebookCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .target(
      name: "CasebookTestSupport", dependencies: ["CasebookGit"], path: "Tests/CasebookTestSupport"),
    .testTarget(
      name: "CasebookYAMLTests", dependencies: ["CasebookYAML"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "CasebookGitTests", dependencies: ["CasebookGit"]),
    .testTarget(name: "CasebookTextTests", dependencies: ["CasebookText"]),
    .testTarget(
      name: "CasebookSchemaTests", dependencies: ["CasebookSchema", "CasebookYAML"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "CasebookCoreTests",
      dependencies: ["CasebookCore", "CasebookGit", "CasebookYAML", "CasebookTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "CasebookCLITests",
      dependencies: ["CasebookGit", "CasebookTestSupport"]),
    .testTarget(
      name: "CasebookAttackTests",
      dependencies: ["CasebookGit", "CasebookTestSupport"]),
    .testTarget(
      name: "CasebookHostileTests",
      dependencies: ["CasebookCore", "CasebookGit", "CasebookSchema", "CasebookYAML", "CasebookTestSupport"],
      resources: [.copy("Fixtures")]),
  ],
  swiftLanguageModes: [.v6]
)
