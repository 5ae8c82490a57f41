#!/usr/bin/env bash
# Scale test: writes N synthetic articles (default 1000, ~9 MB, all three seed
# formats) with the deterministic generator, builds the release bundle from them,
# and prints build time, bundle size (gzip) and the browser timings (first list
# paint, keystroke-to-paint) in headless Chromium.
# Usage: ./scripts/scale.sh [N]
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
n="${1:-1000}"
seeds="$ROOT/target/scale-seeds-$n"
dist="$ROOT/target/scale-dist-$n"
rm -rf "$seeds"
cargo run -q --release -p explorer-core --features ingest --example gen_seeds -- "$n" "$seeds"
start=$(date +%s%N)
EXPLORER_SEEDS="$seeds" trunk build --release --offline --dist "$dist" 2>&1 | grep -E "ERROR|error\[|warning: .*seeds/" || true
end=$(date +%s%N)
echo "scale ($n articles): build $(( (end - start) / 1000000 )) ms (ingest, segmentation, compile, wasm-opt, compression)"
# The single file inlines the whole (large) wasm: a ceiling for this corpus, not the seeds'.
python3 scripts/size_budget.py "$dist" --budget-kb 5120 --single-file-kb 20480 | tail -2
PERF_REPORT_ONLY="${PERF_REPORT_ONLY:-1}" node tests/e2e/perf.mjs "$dist" "$n articles"
