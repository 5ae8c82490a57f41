#!/usr/bin/env bash
# Every benchmark, printing its numbers: the query engine (criterion, native
# release: seeds and 1,000 synthetic articles), browser timings on the seeds,
# and the 1,000-article scale build. Not part of the test suite (timings depend
# on the machine's load); the README records what it printed.
set -euo pipefail
source "$(dirname "$0")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
step "query engine (criterion)"
cargo bench -p explorer-core --features ingest --bench search -- --warm-up-time 1 --measurement-time 3 2>&1 | grep -E "^[a-z_/ 0-9]+time:|time:" || true
step "browser timings on the seeds"
trunk build --release --offline
PERF_REPORT_ONLY=1 node tests/e2e/perf.mjs dist seeds
step "1,000 synthetic articles"
./scripts/scale.sh 1000
