#!/usr/bin/env bash
# Installs everything the build and the tests need on Debian 12, once:
# Debian packages (only the missing ones) and the npm packages of the
# committed lockfile. Safe to run again; it does nothing when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake ninja-build g++ emscripten nlohmann-json3-dev doctest-dev chromium snowball-data
          wordnet-base iso-codes clang-14 libclang-rt-14-dev time)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm ci is exact and reproducible; skip it when node_modules was made from
# this very lockfile (a copy of it is kept as a stamp).
if ! cmp -s package-lock.json node_modules/.parallax-lock-stamp 2>/dev/null; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.parallax-lock-stamp
fi
