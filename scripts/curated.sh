#!/usr/bin/env bash
# Builds the page from a curator's own corpus (tests/fixtures/curated_corpus: real-world Markdown
# shapes, subfolders, embeds, its own explorer.toml) into target/curated-dist, and runs the
# end-to-end test of a site that is not the seeds' story against it. Called by scripts/test.sh.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
EXPLORER_SEEDS="$ROOT/tests/fixtures/curated_corpus" trunk build --release --offline --dist target/curated-dist 2>&1 | grep -E "seeds/|ERROR" || true
node tests/e2e/curated.mjs target/curated-dist
