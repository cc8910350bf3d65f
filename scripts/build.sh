#!/usr/bin/env bash
# Builds everything: the native tool and tests (build/native), the WASM module
# (build/wasm) and the page (build/web). Incremental: a second run is quick.
#   scripts/build.sh            native + wasm + web
#   scripts/build.sh --asan     also the sanitizer build (build/asan) used by the tests
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

echo "build: native (build/native)"
[[ -f build/native/build.ninja ]] || cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j "$jobs"

if [[ "${1:-}" == "--asan" ]]; then
  echo "build: AddressSanitizer + UndefinedBehaviorSanitizer (build/asan)"
  [[ -f build/asan/build.ninja ]] || cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPARALLAX_SANITIZE=ON >/dev/null
  cmake --build build/asan -j "$jobs"
fi

echo "build: WASM (build/wasm)"
export NODE_PATH=/usr/share/nodejs
[[ -f build/wasm/build.ninja ]] || emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/wasm -j "$jobs"

echo "build: page (build/web)"
node scripts/build_web.mjs
