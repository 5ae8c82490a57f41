#!/usr/bin/env bash
# Builds the page from hostile and broken seeds (tests/fixtures/bad_seeds plus a
# generated 20 MB file) into target/hostile-dist, prints the build's warnings,
# and runs the hostile end-to-end test against it. Called by scripts/test.sh.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
seeds="$ROOT/target/hostile-seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
cp tests/fixtures/bad_seeds/* "$seeds/"
python3 - "$seeds/huge.txt" <<'PY'
import sys
line = "深度求索发布模型<script>window.__pwned=1</script>，二十兆字节的文件。\n\n"
with open(sys.argv[1], "w") as f:
    f.write("二十兆字节的文件\n\n")
    f.write(line * (20 * 1024 * 1024 // len(line.encode())))
PY
printf '<p onmouseover="window.__pwned=1">x</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>\n' > "$seeds/pwn.html"
EXPLORER_SEEDS="$seeds" trunk build --release --offline --dist target/hostile-dist 2>&1 | grep -E "seeds/|ERROR" || true
node tests/e2e/hostile.mjs target/hostile-dist "$seeds"
