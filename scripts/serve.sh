#!/usr/bin/env bash
# Installs what is missing, builds the release bundle and serves it on
# http://127.0.0.1:8080/ (Ctrl-C stops). Set PORT to use another port.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
step "serving the release build on http://127.0.0.1:${PORT:-8080}/"
exec trunk serve --release --offline --port "${PORT:-8080}"
