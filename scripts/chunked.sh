#!/usr/bin/env bash
# A chunked corpus: writes N generated articles (default 1000; reuses scripts/scale.sh's folder),
# builds the release bundle with the corpus as content-hashed files in corpus/
# (EXPLORER_LAYOUT=chunked: 1,000 articles are below the threshold, so it is forced), prints the
# build time and the sizes (first load vs corpus/), the browser timings (perf.mjs), and runs the
# chunked end-to-end test against the embedded bundle of the same corpus (built by scale.sh,
# or here if missing; above 1,000 articles there is none and that check is left to the native
# engines_agree test).
# Usage: ./scripts/chunked.sh [N]
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
n="${1:-1000}"
seeds="$ROOT/target/scale-seeds-$n"
embedded="$ROOT/target/scale-dist-$n"
dist="$ROOT/target/chunked-dist-$n"
if [ ! -d "$seeds" ]; then
  cargo run -q --release -p explorer-core --features ingest --example gen_seeds -- "$n" "$seeds"
fi
if [ "$n" -gt 1000 ]; then
  embedded=-
  # Loading takes seconds at this size: a query typed on the loading screen needs no slowed chunks.
  export CHUNK_DELAY_MS="${CHUNK_DELAY_MS:-0}"
elif [ ! -f "$embedded/index.html" ]; then
  EXPLORER_SEEDS="$seeds" EXPLORER_LAYOUT=embedded trunk build --release --offline --dist "$embedded" 2>&1 | grep -E "ERROR|error\[" || true
fi
start=$(date +%s%N)
EXPLORER_SEEDS="$seeds" EXPLORER_LAYOUT=chunked trunk build --release --offline --dist "$dist" 2>&1 | grep -E "ERROR|error\[|warning: .*seeds/|chunked corpus" || true
end=$(date +%s%N)
echo "chunked ($n articles): build $(( (end - start) / 1000000 )) ms (ingest, segmentation, split, compile, wasm-opt, compression)"
# 370 KB: issue 13 asked for 300; the word tools (issue 15) are in every build: 335.1 KB here, 340.8 KB
# with the word data fetched on demand, then the comparison's shared passages and collapsing
# copies (about 17 KB more on the seeds' bundle, 2026-12-03), then the spelling variants and the
# faster word list (5.6 KB on the seeds' bundle): 370 KB. The target is missed, not met.
python3 scripts/size_budget.py "$dist" --budget-kb 370 | tail -3
PERF_REPORT_ONLY="${PERF_REPORT_ONLY:-1}" node tests/e2e/perf.mjs "$dist" "$n articles, chunked"
node tests/e2e/chunked.mjs "$dist" "$embedded" "$n articles"
