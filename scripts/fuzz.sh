#!/usr/bin/env bash
# Builds the libFuzzer target over the whole analysis (tests/fuzz/) with
# clang-14 under AddressSanitizer and UndefinedBehaviorSanitizer, and runs it
# for the given number of seconds (default 60) from a seed corpus of the
# project's own articles (web/samples/ and tests/fuzz/seeds/, written for the
# project), also as UTF-16, Windows-1252 and CRLF. A crash leaves its input in
# build/fuzz/.
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
# Pairs of the project's seed articles, the second as it is, as UTF-16 (with
# dates) and as Windows-1252 with CRLF (dates, furniture included, values off);
# byte 1's bits are read by tests/fuzz/fuzz_analyze.cpp.
seeds=tests/fuzz/seeds
for f in "$seeds"/*.txt; do
  base=$(basename "$f" .txt)
  { printf '\x1c\x01'; cat "$f"; printf '\xff\xfe'; cat "$seeds"/council-budget-wire.txt; } > "$out/corpus/$base-pair"
  { printf '\x3d\x81'; cat "$f"; printf '\xff\xfe'; printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$f"; } > "$out/corpus/$base-utf16"
  { printf '\x9c\x99'; cat "$f"; printf '\xff\xfe'; iconv -f UTF-8 -t WINDOWS-1252//TRANSLIT "$f" 2>/dev/null | sed 's/$/\r/'; } \
    > "$out/corpus/$base-cp1252-crlf"
done
"$out/tests/fuzz/parallax_fuzz_analyze" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
  -rss_limit_mb=4096 -artifact_prefix="$out/" -print_final_stats=1 "$out/corpus" 2>&1 | tail -12
