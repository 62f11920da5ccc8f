#!/bin/sh
# Runs one libFuzzer target for a fixed time: Scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]
# TARGET: reader | reread | framer | messages | all (each for SECONDS). See Documentation/Fuzzing.md.
# Builds GoujiFuzz with -sanitize=fuzzer,address into .build/fuzz (apart from the normal build), seeds the corpus
# from Examples/ and the reproducers (text targets) or Fuzz/seeds (protocol targets), keeps the grown corpus in .build/fuzz/corpus/TARGET and crashers in
# .build/fuzz/crashes/TARGET. Exits non-zero when a target crashed.
set -eu
cd "$(dirname "$0")/.."
target=${1:?usage: Scripts/fuzz.sh TARGET SECONDS [libFuzzer options]}
seconds=${2:?usage: Scripts/fuzz.sh TARGET SECONDS [libFuzzer options]}
shift 2
if [ "$target" = all ]; then
  for each in reader reread framer messages; do "$0" "$each" "$seconds" "$@"; done
  exit 0
fi
build=.build/fuzz
swift build -c release --build-path "$build" --product GoujiFuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING >&2
binary=$(swift build -c release --build-path "$build" --product GoujiFuzz --show-bin-path \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING)/GoujiFuzz
corpus=$build/corpus/$target
crashes=$build/crashes/$target
mkdir -p "$corpus" "$crashes"
# Text targets start from the examples and the reproducers (for `reread` their first 9 bytes choose the edit);
# the protocol targets from Fuzz/seeds.
case $target in
  reader | reread) seeds="Examples Tests/GoujiSyntaxTests/Fixtures/reproducers" ;;
  *) seeds=Fuzz/seeds/$target ;;
esac
# The Swift runtime's own backtracer is off: under AddressSanitizer it reports its own memory reads instead of the
# crash, and libFuzzer prints the runtime's message (`Fatal error: Index out of range`) and the stack anyway.
status=0
# shellcheck disable=SC2086
SWIFT_BACKTRACE=enable=no GOUJI_FUZZ_TARGET=$target "$binary" "$corpus" $seeds \
  -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
  -artifact_prefix="$crashes/" -print_final_stats=1 "$@" || status=$?
if [ "$status" -ne 0 ]; then
  # The crasher, printed so that a CI log alone reproduces it (`base64 -d > FILE`, then replay; Fuzzing.md).
  for artifact in "$crashes"/*; do
    [ -f "$artifact" ] || continue
    echo "fuzz.sh: $target crasher $artifact ($(wc -c <"$artifact") bytes), base64:" >&2
    head -c 65536 "$artifact" | base64 >&2
  done
  exit "$status"
fi
