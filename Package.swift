// swift-tools-version: 6.1
import PackageDescription

// With CASEBOOK_STATIC_LIBGIT2=1 (`make release` sets it on Linux), libgit2 and the libraries it needs are
// linked in from their static archives (Debian's -dev packages ship them), so the loader maps 13 fewer
// shared libraries at every start. GSSAPI has no static archive and stays shared. Otherwise libgit2 is linked
// as pkg-config says.
let staticLibGit2 = Context.environment["CASEBOOK_STATIC_LIBGIT2"] == "1"
let libGit2Linkage: [LinkerSetting] =
  staticLibGit2
  ? [
    .unsafeFlags(
      (["-Bstatic"]
        + ["git2", "mbedtls", "mbedx509", "mbedcrypto", "http_parser", "ssh2", "crypto", "pcre2-8", "z"].map { "-l\($0)" }
        + ["-Bdynamic", "-l:libgssapi_krb5.so.2"]).flatMap { ["-Xlinker", $0] })
  ]
  : [.linkedLibrary("git2")]

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
      name: "CGit2", pkgConfig: staticLibGit2 ? nil : "libgit2",
      providers: [.apt(["libgit2-dev"])]),
    .systemLibrary(
      name: "CYAML", pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]),
    .target(name: "CasebookYAML", dependencies: ["CYAML"]),
    .target(name: "CasebookGit", dependencies: ["CGit2"], linkerSettings: libGit2Linkage),
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
    .testTarget(
      name: "CasebookSchemaTests", dependencies: ["CasebookSchema", "CasebookYAML"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "CasebookCoreTests",
      dependencies: ["CasebookCore", "CasebookGit", "CasebookYAML", "CasebookTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "CasebookCLITests",
      dependencies: ["casebook", "CasebookGit", "CasebookTestSupport"]),
    .testTarget(
      name: "CasebookHostileTests",
      dependencies: ["CasebookCore", "CasebookGit", "CasebookSchema", "CasebookYAML", "CasebookTestSupport"],
      resources: [.copy("Fixtures")]),
  ],
  swiftLanguageModes: [.v6]
)
