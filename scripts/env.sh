# Sourced by the other scripts: the project's tool paths and browser settings.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
TRUNK_VERSION="0.21.14"
# The wasm-bindgen CLI must match the wasm-bindgen crate pinned in Cargo.lock.
WASM_BINDGEN_VERSION="$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' "$ROOT/Cargo.lock")"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
