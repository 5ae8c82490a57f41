#!/usr/bin/env bash
# The whole test suite: lints, native tests, browser tests in headless Chromium,
# the release bundle's size budget and the end-to-end test against that bundle
# served from a sub-path. Installs whatever is missing first.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"

step "format"
cargo fmt --all -- --check

step "layers: no import cycle between modules, components never import pages (scripts/check_layers.py)"
python3 scripts/check_layers.py
if python3 scripts/check_layers.py tests/fixtures/layers_cycle > /dev/null; then
  echo "check_layers.py missed the cycle in tests/fixtures/layers_cycle" >&2
  exit 1
fi

step "clippy (native)"
cargo clippy --workspace --all-targets --all-features -- -D warnings

step "clippy (wasm32)"
cargo clippy -p explorer --all-targets --target wasm32-unknown-unknown -- -D warnings

step "clippy (wasm32, chunked layout: the page's loader for a corpus written as chunks)"
EXPLORER_LAYOUT=chunked cargo clippy -p explorer --all-targets --target wasm32-unknown-unknown -- -D warnings

step "native tests"
cargo test --workspace --all-features

step "browser tests (wasm-bindgen-test in headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test -p explorer --target wasm32-unknown-unknown --test browser

step "release bundle"
trunk build --release --offline

step "size budget"
python3 scripts/size_budget.py dist

step "end-to-end (release bundle served from /explorer/, headless Chromium)"
node tests/e2e/run.mjs dist
node tests/e2e/passages.mjs dist
node tests/e2e/words.mjs dist

step "accessibility: axe-core on every view, both themes, both languages, 1280 and 390 px"
node tests/e2e/a11y.mjs dist

step "Lighthouse: accessibility, best practices, SEO at least 95 (performance printed, not enforced: it is a timing)"
LIGHTHOUSE_PERFORMANCE_REPORT_ONLY=1 node tests/e2e/lighthouse.mjs dist

step "browser timings on the seeds (printed, not enforced: they depend on the machine's load)"
PERF_REPORT_ONLY=1 node tests/e2e/perf.mjs dist seeds

step "scale: 1,000 generated articles (build, bundle under 5 MB gzip enforced; browser timings printed)"
./scripts/scale.sh 1000

step "chunked layout: the same 1,000 articles written as chunks (forced; first paint from the entry, engines agree with the embedded bundle, corrupt and missing files, the worker's cache; timings printed)"
./scripts/chunked.sh 1000

step "a curator's own corpus (tests/fixtures/curated_corpus): its site name, examples, natural title order, inert embeds, collapsing its copy, no DeepSeek"
./scripts/curated.sh

step "hostile and broken seeds: build from them and prove nothing runs"
./scripts/hostile.sh

step "single file: explorer.html works from file:// with no request; index.html from file:// says why; a first visit transfers the wasm once"
node tests/e2e/single.mjs dist

step "all tests passed"
