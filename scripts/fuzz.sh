#!/usr/bin/env bash
# Builds the libFuzzer target over the whole analysis (tests/fuzz/) with
# clang-14 under AddressSanitizer and UndefinedBehaviorSanitizer, and runs it
# for the given number of seconds (default 60) from a seed corpus of the
# project's own sample articles. A crash leaves its input in build/fuzz/.
#   scripts/fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=build/fuzz
mkdir -p "$out/corpus"
[[ -f "$out/build.ninja" ]] || CXX=clang++-14 cmake -S . -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPARALLAX_FUZZ=ON >/dev/null
cmake --build "$out" --target parallax_fuzz_analyze >/dev/null
# Seeds: each sample alone and the samples together (documents split by 0xFF 0xFE).
i=0
for f in web/samples/*.txt; do
  { printf '\x1c\x01'; cat "$f"; } > "$out/corpus/seed-$i"; i=$((i + 1))
done
{ printf '\x1c\x04'; for f in web/samples/*.txt; do cat "$f"; printf '\xff\xfe'; done; } > "$out/corpus/seed-all"
"$out/tests/fuzz/parallax_fuzz_analyze" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
  -rss_limit_mb=4096 -artifact_prefix="$out/" -print_final_stats=1 "$out/corpus" 2>&1 | tail -12
