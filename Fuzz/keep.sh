#!/bin/sh
# Proposes fuzz regression fixtures from the corpus that `make fuzz` built. For each kind of input (the
# selector byte, see `Target` in Fuzz/CasebookFuzz.swift) it minimises that kind's inputs with libFuzzer's
# -merge=1, then picks greedily the FUZZ_KEEP inputs (default 3) of at most FUZZ_KEEP_BYTES bytes (default
# 2048) that reach the most coverage features no other kept input reaches. The proposals are written to
# $FUZZ_BUILD/keep/ without their selector byte, named KIND-<hash>.EXT: read each one, give it a name that
# says what it is, and copy it to Tests/CasebookHostileTests/Fixtures/fuzz/ (see the README there).
#
# Environment: FUZZ_BUILD (default .build-fuzz), FUZZ_KEEP, FUZZ_KEEP_BYTES.
set -eu
cd "$(dirname "$0")/.."
out=${FUZZ_BUILD:-.build-fuzz}
keep=${FUZZ_KEEP:-3}
max_bytes=${FUZZ_KEEP_BYTES:-2048}
corpus="$out/corpus"
work="$out/keep-work"
proposals="$out/keep"
[ -x "$out/casebook-fuzz" ] || { echo "no fuzz target: run make fuzz first" >&2; exit 2; }
[ -d "$corpus" ] && [ -n "$(ls "$corpus")" ] || { echo "no corpus in $corpus: run make fuzz first" >&2; exit 2; }
rm -rf "$work" "$proposals"
mkdir -p "$work" "$proposals"

# The kinds in selector order, and the file extension of each.
kinds="case policy municipality taxonomy stewards schema instance best-practice"
extension() { case "$1" in schema|instance) echo json ;; *) echo yaml ;; esac; }

# Sort the corpus by kind: the first byte modulo the number of kinds.
for file in "$corpus"/*; do
  [ -s "$file" ] || continue
  byte=$(od -An -tu1 -N1 "$file" | tr -d ' ')
  index=$((byte % 8))
  mkdir -p "$work/in-$index"
  cp "$file" "$work/in-$index/"
done

index=0
for kind in $kinds; do
  if [ ! -d "$work/in-$index" ]; then
    echo "keep: no $kind inputs in the corpus" >&2
    index=$((index + 1))
    continue
  fi
  mkdir -p "$work/min-$index"
  # The control file names every input and, per input, the coverage features it was first to reach (FT).
  ASAN_OPTIONS="detect_stack_use_after_return=0:${ASAN_OPTIONS:-}" SWIFT_BACKTRACE=enable=no \
    "$out/casebook-fuzz" -merge=1 -merge_control_file="$work/control-$index" \
    "$work/min-$index" "$work/in-$index" > "$work/merge-$index.log" 2>&1
  # Greedy set cover over the inputs no larger than max_bytes: the input with the most new features
  # first, `keep` times. The control file names inputs by position in its list of files.
  awk -v keep="$keep" -v max="$max_bytes" '
    NR == 1 { files = $1; next }
    NR == 2 { next }
    NR <= files + 2 { name[NR - 3] = $0; next }
    # Inputs run smallest first, and each FT line holds only the features no earlier input reached: the first
    # one holds everything any input reaches (loading the rules, setting up the parsers) and is left out.
    $1 == "FT" && !started { started = 1; for (i = 3; i <= NF; i++) covered[$i] = 1; next }
    $1 == "FT" { features[$2] = ""; for (i = 3; i <= NF; i++) features[$2] = features[$2] " " $i }
    END {
      for (pick = 0; pick < keep; pick++) {
        best = -1; bestCount = 0
        for (input in features) {
          if (chosen[input]) continue
          command = "wc -c < \"" name[input] "\""; command | getline size; close(command)
          if (size + 0 > max) continue
          count = split(features[input], list, " "); fresh = 0
          for (i = 1; i <= count; i++) if (!(list[i] in covered)) fresh++
          if (fresh > bestCount) { best = input; bestCount = fresh }
        }
        if (best < 0) break
        chosen[best] = 1
        count = split(features[best], list, " ")
        for (i = 1; i <= count; i++) covered[list[i]] = 1
        print name[best]
      }
    }' "$work/control-$index" > "$work/chosen-$index"
  while read -r file; do
    sum=$(sha1sum "$file" | cut -c1-10)
    tail -c +2 "$file" > "$proposals/$kind-$sum.$(extension "$kind")"
  done < "$work/chosen-$index"
  echo "keep: $kind: $(ls "$work/in-$index" | wc -l) inputs, $(ls "$work/min-$index" | wc -l) after merging," \
    "$(wc -l < "$work/chosen-$index") proposed"
  index=$((index + 1))
done
echo "keep: proposals in $proposals/; review them, name them and copy them to Tests/CasebookHostileTests/Fixtures/fuzz/"
