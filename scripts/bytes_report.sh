#!/usr/bin/env bash
# What the bytes of the page's WebAssembly are: code versus data (raw and gzip, from the
# release bundle in dist/), and the largest contributors to the code, by crate, from a copy
# of the same build that keeps function names (wasm-bindgen --keep-debug, wasm-opt -Oz -g).
# Needs twiggy (`cargo install twiggy`). Run after `trunk build --release --offline`.
# Usage: ./scripts/bytes_report.sh [N]   (N contributors, default 10; DIST and RAW name another
# bundle folder and the wasm cargo built for it)
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
n="${1:-10}"
python3 scripts/wasm_bytes.py "${DIST:-dist}"/*_bg.wasm --top 0
raw="${RAW:-${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/release/explorer.wasm}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
wasm-bindgen --target web --keep-debug --out-dir "$work" "$raw"
wasm-opt -Oz -g --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue "$work/explorer_bg.wasm" -o "$work/named.wasm"
twiggy top -n 1000000 -f csv "$work/named.wasm" > "$work/top.csv"
python3 - "$work/top.csv" "$n" <<'PY'
import csv, re, sys, collections
rows = list(csv.DictReader(open(sys.argv[1])))
n = int(sys.argv[2])
def owner(name):
    if name.startswith(("custom section", "data segment")) or "subsection" in name:
        return None
    name = re.sub(r"\[[0-9a-f]+\]", "", name)
    if "CompStateInner<COMP>" in name or "FunctionProvider" in name:
        return "page components (yew views, one copy per component)"
    bare = re.sub(r"^(dyn |mut |const )", "", name.lstrip("_<&*"))
    m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)::", bare)
    crate = m.group(1) if m else "other (imports, tables, glue)"
    if crate in ("core", "alloc", "std"):
        crate = "::".join(bare.split("::")[:3])
    return crate
sizes = collections.Counter()
for r in rows:
    who = owner(r["Name"])
    if who:
        sizes[who] += int(r["ShallowSize"])
total = sum(sizes.values())
print(f"\ncode by owner (after wasm-opt, raw; {total / 1024:.1f} KB in all):")
for who, size in sizes.most_common(n):
    print(f"{size / 1024:8.1f} KB  {100 * size / total:4.1f}%  {who}")
PY
