#!/usr/bin/env python3
"""Prints every file of the release bundle with its raw and gzip size, and fails
when what the browser downloads exceeds the budget (gzip). The single file
explorer.html (the whole explorer, for opening from disk; it has its own raw
ceiling) and a chunked corpus's corpus/ folder (fetched after the first paint)
are printed on lines of their own, not counted in what the first load downloads.

Usage: python3 scripts/size_budget.py [dist] [--budget-kb 345] [--single-file-kb 1536]
"""
import gzip
import os
import sys

SINGLE_FILE = "explorer.html"

def main():
    args = [a for a in sys.argv[1:]]
    budget_kb = 345
    if "--budget-kb" in args:
        i = args.index("--budget-kb")
        budget_kb = int(args[i + 1])
        del args[i:i + 2]
    single_kb = 1536
    if "--single-file-kb" in args:
        i = args.index("--single-file-kb")
        single_kb = int(args[i + 1])
        del args[i:i + 2]
    dist = args[0] if args else "dist"
    single = None
    rows = []
    corpus = [0, 0, 0]  # files, raw, gzip: a chunked corpus's corpus/, fetched after the first paint
    for dirpath, _, files in os.walk(dist):
        for name in files:
            path = os.path.join(dirpath, name)
            # Precompressed copies are alternatives, not extra downloads.
            if name.endswith((".gz", ".br")):
                continue
            if os.path.relpath(path, dist).startswith("corpus" + os.sep):
                gz = path + ".gz"
                corpus[0] += 1
                corpus[1] += os.path.getsize(path)
                corpus[2] += os.path.getsize(gz) if os.path.exists(gz) else len(gzip.compress(open(path, "rb").read(), 9))
                continue
            data = open(path, "rb").read()
            if os.path.relpath(path, dist) == SINGLE_FILE:
                single = (len(data), len(gzip.compress(data, 9)))
                continue
            rows.append((os.path.relpath(path, dist), len(data), len(gzip.compress(data, 9))))
    if not rows:
        sys.exit(f"no files in {dist}: build the bundle first (trunk build --release --offline)")
    rows.sort(key=lambda r: -r[2])
    print(f"{'file':<48} {'raw KB':>10} {'gzip KB':>10}")
    for name, raw, gz in rows:
        print(f"{name:<48} {raw / 1024:>10.1f} {gz / 1024:>10.1f}")
    # Before the total: scripts/scale.sh shows the last two lines (total and budget).
    if single:
        raw, gz = single
        print(f"{SINGLE_FILE + ' (single file, not in total)':<48} {raw / 1024:>10.1f} {gz / 1024:>10.1f}"
              f"   ceiling {single_kb} KB raw ({100 * raw / 1024 / single_kb:.0f}%)")
    else:
        print(f"no {SINGLE_FILE} in {dist} (scripts/post_build.mjs writes it)")
    if corpus[0]:
        print(f"{'corpus/ (%d files, fetched after the first paint)' % corpus[0]:<48} {corpus[1] / 1024:>10.1f} {corpus[2] / 1024:>10.1f}")
    total_raw = sum(r[1] for r in rows)
    total_gz = sum(r[2] for r in rows)
    print(f"{'total':<48} {total_raw / 1024:>10.1f} {total_gz / 1024:>10.1f}")
    print(f"budget: {budget_kb} KB gzip; used {total_gz / 1024:.1f} KB ({100 * total_gz / 1024 / budget_kb:.0f}%)")
    if total_gz > budget_kb * 1024:
        sys.exit(f"over budget: {total_gz / 1024:.1f} KB gzip > {budget_kb} KB")
    if single and single[0] > single_kb * 1024:
        sys.exit(f"{SINGLE_FILE} too large: {single[0] / 1024:.1f} KB raw > {single_kb} KB")

if __name__ == "__main__":
    main()
