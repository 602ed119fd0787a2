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
    // The SQLite export (system libsqlite3, with FTS5) and the xlsx container, behind CasebookData only.
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // libgit2's headers (Debian libgit2-dev). The library is not linked but loaded on first use by
    // CGit2Loader, so that commands which never touch git do not pay for loading it and its dependencies.
    .systemLibrary(name: "CGit2"),
    .target(name: "CGit2Loader", dependencies: ["CGit2"], linkerSettings: [.linkedLibrary("dl")]),
    .systemLibrary(
      name: "CYAML", pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]),
    .target(name: "CasebookText"),
    .target(name: "CasebookYAML", dependencies: ["CYAML", "CasebookText"]),
    .target(name: "CasebookGit", dependencies: ["CGit2", "CGit2Loader", "CasebookText"]),
    .target(name: "CasebookSchema", dependencies: ["CasebookYAML", "CasebookText"]),
    .target(
      name: "CasebookCore",
      dependencies: ["CasebookYAML", "CasebookGit", "CasebookSchema", "CasebookText"],
      // The page layer's scripts and styles are embedded by scripts/embed-assets, not bundled as resources.
      exclude: ["Pages/Assets"]),
    .target(
      name: "CasebookData",
      dependencies: [
        "CasebookCore", "CasebookText",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .executableTarget(
      name: "casebook",
      dependencies: [
        "CasebookCore", "CasebookData", "CasebookText",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .target(
      name: "CasebookTestSupport", dependencies: ["CasebookGit"], path: "Tests/CasebookTestSupport"),
    .testTarget(
      name: "CasebookYAMLTests", dependencies: ["CasebookYAML", "CasebookText"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "CasebookGitTests", dependencies: ["CasebookGit"]),
    .testTarget(name: "CasebookTextTests", dependencies: ["CasebookText"]),
    .testTarget(
      name: "CasebookSchemaTests", dependencies: ["CasebookSchema", "CasebookYAML", "CasebookText"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "CasebookCoreTests",
      dependencies: ["CasebookCore", "CasebookGit", "CasebookYAML", "CasebookText", "CasebookTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "CasebookDataTests",
      dependencies: ["CasebookCore", "CasebookData", "CasebookText", "CasebookTestSupport"]),
    .testTarget(
      name: "CasebookCLITests",
      dependencies: ["CasebookGit", "CasebookText", "CasebookTestSupport"]),
    .testTarget(
      name: "CasebookAttackTests",
      dependencies: ["CasebookGit", "CasebookTestSupport"]),
    .testTarget(
      name: "CasebookHostileTests",
      dependencies: [
        "CasebookCore", "CasebookGit", "CasebookSchema", "CasebookYAML", "CasebookText", "CasebookTestSupport",
      ],
      resources: [.copy("Fixtures")]),
  ],
  swiftLanguageModes: [.v6]
)
