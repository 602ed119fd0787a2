#!/bin/sh
# Runs the libFuzzer target built by Fuzz/build.sh for a bounded time and exits non-zero on any finding
# (a crash, a failed precondition, a leak, an input slower than FUZZ_TIMEOUT seconds or one that drives
# memory past FUZZ_RSS_MB). A finding is written to $FUZZ_BUILD/findings/; turn it into a fixture under
# Tests/CasebookHostileTests/Fixtures/fuzz/ (see the README there) once it is fixed.
#
# The seed corpus is the catalogue (cases/**/*.yaml, schema/*), the hostile fixtures and the fuzz
# regressions, each prefixed with the byte that selects what the harness treats it as. New inputs the
# fuzzer finds accumulate in $FUZZ_BUILD/corpus across runs.
#
# Environment: FUZZ_SECONDS (default 60), FUZZ_MAX_LEN (bytes, default 16384), FUZZ_TIMEOUT (seconds per
# input, default 10), FUZZ_RSS_MB (default 1536), FUZZ_BUILD (default .build-fuzz).
set -eu
cd "$(dirname "$0")/.."
out=${FUZZ_BUILD:-.build-fuzz}
seeds="$out/seeds"
corpus="$out/corpus"
findings="$out/findings"
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$findings"

# The selector byte of each kind, in the order of `Target` in Fuzz/CasebookFuzz.swift.
selector() {
  case "$1" in
    case) echo 0 ;; policy) echo 1 ;; municipality) echo 2 ;; taxonomy) echo 3 ;;
    stewards) echo 4 ;; schema) echo 5 ;; instance) echo 6 ;; best-practice) echo 7 ;;
    *) echo "unknown fuzz kind '$1'" >&2; exit 2 ;;
  esac
}

# seed KIND FILE: copies FILE into the seed corpus behind KIND's selector byte.
seed() {
  target="$seeds/$1-$(echo "$2" | tr '/' '_')"
  # shellcheck disable=SC2059
  printf "\\$(printf '%03o' "$(selector "$1")")" > "$target"
  cat "$2" >> "$target"
}

find cases -name '*.yaml' | sort | while read -r file; do
  case "$(basename "$file")" in
    municipality.yaml) seed municipality "$file" ;;
    policy.yaml) seed policy "$file" ;;
    *) seed case "$file" ;;
  esac
done
seed taxonomy schema/categories.yaml
seed stewards schema/stewards.yaml
seed best-practice schema/best-practice.yaml
for file in schema/*.json; do
  seed schema "$file"
  seed instance "$file"
done
for file in Tests/CasebookHostileTests/Fixtures/hostile/*; do
  seed case "$file"
done
# Regression fixtures are named KIND-DESCRIPTION.EXT.
for file in Tests/CasebookHostileTests/Fixtures/fuzz/*-*; do
  [ -f "$file" ] || continue
  case "$(basename "$file")" in
    best-practice-*) seed best-practice "$file" ;;
    *) seed "$(basename "$file" | cut -d- -f1)" "$file" ;;
  esac
done
echo "fuzz: $(ls "$seeds" | wc -l) seeds, $(ls "$corpus" | wc -l) inputs in the corpus, ${FUZZ_SECONDS:-60} s"

before=$(ls "$findings" | wc -l)
status=0
# Locals stay on the real stack, where the schema validator's stack guard measures the depth.
ASAN_OPTIONS="detect_stack_use_after_return=0:${ASAN_OPTIONS:-}" SWIFT_BACKTRACE=enable=no "$out/casebook-fuzz" "$corpus" "$seeds" \
  -dict=Fuzz/casebook.dict \
  -max_total_time="${FUZZ_SECONDS:-60}" \
  -max_len="${FUZZ_MAX_LEN:-16384}" \
  -timeout="${FUZZ_TIMEOUT:-10}" \
  -rss_limit_mb="${FUZZ_RSS_MB:-1536}" \
  -artifact_prefix="$findings/" \
  -print_final_stats=1 || status=$?
after=$(ls "$findings" | wc -l)
if [ "$status" -ne 0 ] || [ "$after" -ne "$before" ]; then
  echo "fuzz: FINDING (exit status $status); see $findings/" >&2
  exit 1
fi
echo "fuzz: no findings; the corpus now holds $(ls "$corpus" | wc -l) inputs"
