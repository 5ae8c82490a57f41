#!/usr/bin/env bash
# Installs whatever is missing for building and testing, and nothing that is
# already there at the right version. First run: ~20 min (trunk and
# wasm-bindgen-cli compile from source); afterwards: about a second.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  step "installing trunk $TRUNK_VERSION (about 12 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 6 minutes)"
  # Not --locked: the registry lacks one of its locked dependency versions.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
# Chromium for the browser tests; Noto CJK so screenshots show Chinese, not boxes.
if [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  step "installing Chromium, ChromeDriver and CJK fonts"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver fonts-noto-cjk
fi
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/lighthouse ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing npm test tools (wasm-opt, playwright-core, axe-core, lighthouse)"
  npm ci --no-audit --no-fund --loglevel=error
fi
# Builds run with --offline (trunk must not download tools), so fetch crates first; instant when cached.
cargo fetch --quiet
