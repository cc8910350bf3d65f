#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the page: installs what is
# missing, builds everything, and serves build/web on 127.0.0.1.
#   scripts/serve.sh [--port 8080]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
echo "The page also works opened straight from disk: file://$PWD/build/web/index.html"
exec node scripts/serve.mjs "$@"
