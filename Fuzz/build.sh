#!/bin/sh
# Builds the libFuzzer target Fuzz/CasebookFuzz.swift.
#
# SwiftPM cannot link a libFuzzer binary (every product would get libFuzzer's main), so the four library
# modules are compiled here with swiftc, each into one object with coverage instrumentation and
# AddressSanitizer, and linked with the fuzz entry point. `-enable-testing` lets the target reach internal
# initialisers (`@testable import`) without adding public API for fuzzing.
#
# Environment: FUZZ_BUILD (output folder, default .build-fuzz), SWIFTC (default swiftc),
# FUZZ_SANITIZERS (default fuzzer,address).
set -eu
cd "$(dirname "$0")/.."
out=${FUZZ_BUILD:-.build-fuzz}
swiftc=${SWIFTC:-swiftc}
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
mkdir -p "$out"

include_flags=""
for folder in $(pkg-config --cflags-only-I libgit2 yaml-0.1 | tr ' ' '\n' | sed -n 's/^-I//p'); do
  include_flags="$include_flags -Xcc -I$folder"
done
flags="-sanitize=$sanitizers -parse-as-library -O -g -enable-testing -swift-version 6 -warnings-as-errors -package-name casebook
  -I $out -I Sources/CYAML -I Sources/CGit2 -I Sources/CGit2Loader/include $include_flags"

# libgit2 is loaded on first use through CGit2Loader's wrappers, as in the SwiftPM build (Package.swift).
echo "fuzz build: CGit2Loader"
clang -O1 -g -fsanitize=address $(pkg-config --cflags libgit2) -I Sources/CGit2Loader/include \
  -c -o "$out/git2_wrappers.o" Sources/CGit2Loader/git2_wrappers.c
clang -O1 -g -fsanitize=address $(pkg-config --cflags libgit2) -I Sources/CGit2Loader/include \
  -c -o "$out/git2_loader.o" Sources/CGit2Loader/loader.c

for module in CasebookText CasebookYAML CasebookGit CasebookSchema CasebookCore; do
  echo "fuzz build: $module"
  # shellcheck disable=SC2046,SC2086
  "$swiftc" $flags -module-name "$module" -wmo -c -o "$out/$module.o" \
    -emit-module -emit-module-path "$out/$module.swiftmodule" $(find "Sources/$module" -name '*.swift' | sort)
done
echo "fuzz build: casebook-fuzz"
# shellcheck disable=SC2086
"$swiftc" $flags -module-name CasebookFuzz "$PWD/Fuzz/CasebookFuzz.swift" "$PWD/Tests/CasebookYAMLTests/SameContent.swift" \
  "$out/CasebookText.o" "$out/CasebookYAML.o" "$out/CasebookGit.o" "$out/CasebookSchema.o" "$out/CasebookCore.o" \
  "$out/git2_wrappers.o" "$out/git2_loader.o" $(pkg-config --libs yaml-0.1) -use-ld=lld -o "$out/casebook-fuzz"
echo "fuzz build: $out/casebook-fuzz"
