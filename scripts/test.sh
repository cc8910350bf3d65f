#!/usr/bin/env bash
# Runs every test from a fresh Debian 12 machine: installs what is missing,
# builds (native, sanitizers, WASM, page), then runs
#   1. the doctest unit tests natively (ctest),
#   2. the same tests under AddressSanitizer + UndefinedBehaviorSanitizer,
#   3. the Node tests: CLI behaviour, native-vs-WASM identity, the acceptance
#      test on ../shared/corpus, and the browser tests in headless Chromium,
#   4. a short libFuzzer run over the whole analysis (PARALLAX_FUZZ_SECONDS, default 60).
# Ends with one line CI reads: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
log_dir=build/test-logs
mkdir -p "$log_dir"

bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
if ! bash scripts/build.sh --asan; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0
failed=0
count_ctest() {  # "100% tests passed, 0 tests failed out of 44"
  local line
  line=$(grep -E "tests passed, [0-9]+ tests? failed out of [0-9]+" "$1" | tail -1)
  if [[ -z "$line" ]]; then failed=$((failed + 1)); return; fi
  local f total
  f=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  total=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$line")
  passed=$((passed + total - f))
  failed=$((failed + f))
}

echo "== unit tests (native)"
(cd build/native && ctest --output-on-failure -j "$(nproc)") 2>&1 | tee "$log_dir/ctest-native.log"
count_ctest "$log_dir/ctest-native.log"

echo "== unit tests (AddressSanitizer + UndefinedBehaviorSanitizer)"
(cd build/asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j "$(nproc)") 2>&1 | tee "$log_dir/ctest-asan.log"
count_ctest "$log_dir/ctest-asan.log"

echo "== Node tests (CLI, WASM, acceptance, browser)"
node --test --test-concurrency=1 tests/js/ tests/browser/ 2>&1 | tee "$log_dir/node.log"
node_pass=$(grep -E "^# pass [0-9]+" "$log_dir/node.log" | tail -1 | awk '{print $3}')
node_fail=$(grep -E "^# fail [0-9]+" "$log_dir/node.log" | tail -1 | awk '{print $3}')
if [[ -z "$node_pass" ]]; then failed=$((failed + 1)); else
  passed=$((passed + node_pass)); failed=$((failed + ${node_fail:-0})); fi

echo "== fuzzing the whole analysis for ${PARALLAX_FUZZ_SECONDS:-60} s (libFuzzer, ASan, UBSan)"
if bash scripts/fuzz.sh "${PARALLAX_FUZZ_SECONDS:-60}" 2>&1 | tee "$log_dir/fuzz.log" && grep -q "^Done [0-9]* runs" "$log_dir/fuzz.log"; then
  passed=$((passed + 1))
else
  echo "fuzzing found a crash: see build/fuzz/ and $log_dir/fuzz.log"
  failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
