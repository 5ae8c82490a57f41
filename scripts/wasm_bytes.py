#!/usr/bin/env python3
"""What the bytes of a WebAssembly file are: code versus embedded data, raw and gzip.

Usage: python3 scripts/wasm_bytes.py FILE.wasm [--top N]

Prints each section's size raw and gzip-compressed on its own, then, when the file still
has a name section (a build before wasm-opt, e.g. target/wasm32-unknown-unknown/release/
explorer.wasm), the N largest functions by code size with their (demangled) names.
"""

import gzip
import re
import sys

SECTIONS = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
            7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}


def leb(buf, i):
    """An unsigned LEB128 number at buf[i:], and the index after it."""
    result = shift = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, i


def sections(buf):
    """(id, name, payload) for every section."""
    assert buf[:4] == b"\0asm", "not a WebAssembly file"
    i = 8
    while i < len(buf):
        sid = buf[i]
        size, j = leb(buf, i + 1)
        payload = buf[j : j + size]
        name = SECTIONS.get(sid, str(sid))
        if sid == 0:
            n, k = leb(payload, 0)
            name = "custom:" + payload[k : k + n].decode("utf-8", "replace")
        yield sid, name, payload
        i = j + size


def function_names(payload):
    """Function index -> name, from a `name` custom section."""
    n, i = leb(payload, 0)
    i += n
    names = {}
    while i < len(payload):
        kind = payload[i]
        size, i = leb(payload, i + 1)
        end = i + size
        if kind == 1:
            count, i = leb(payload, i)
            for _ in range(count):
                idx, i = leb(payload, i)
                ln, i = leb(payload, i)
                names[idx] = payload[i : i + ln].decode("utf-8", "replace")
                i += ln
        i = end
    return names


def demangle(name):
    """Legacy Rust symbols (`_ZN4core3fmt5write17h…E`) as `core::fmt::write`."""
    if not name.startswith("_ZN"):
        return name
    i, parts = 3, []
    while i < len(name) and name[i].isdigit():
        m = re.match(r"\d+", name[i:])
        n = int(m.group())
        i += len(m.group())
        part = name[i : i + n]
        i += n
        if re.fullmatch(r"h[0-9a-f]{16}", part):
            break
        parts.append(part)
    out = "::".join(parts)
    for a, b in (("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$RF$", "&"), ("$C$", ","), ("..", "::"),
                 ("$u7b$", "{"), ("$u7d$", "}"), ("$BP$", "*"), ("$u5b$", "["), ("$u5d$", "]")):
        out = out.replace(a, b)
    return out


def main():
    args = sys.argv[1:]
    top = 10
    if "--top" in args:
        k = args.index("--top")
        top = int(args[k + 1])
        del args[k : k + 2]
    buf = open(args[0], "rb").read()
    total_gz = len(gzip.compress(buf, 9))
    print(f"{args[0]}: {len(buf) / 1024:.1f} KB raw, {total_gz / 1024:.1f} KB gzip")
    print(f"{'section':<28} {'raw KB':>9} {'gzip KB (alone)':>16}")
    code = names = imports = None
    for sid, name, payload in sections(buf):
        print(f"{name:<28} {len(payload) / 1024:>9.1f} {len(gzip.compress(payload, 9)) / 1024:>16.1f}")
        if sid == 10:
            code = payload
        elif sid == 2:
            imports = payload
        elif name == "custom:name":
            names = function_names(payload)
    if code is None or names is None or top == 0:
        return
    n_imported = 0
    if imports is not None:  # function indices start after the imported functions
        count, i = leb(imports, 0)
        for _ in range(count):
            for _ in range(2):
                ln, i = leb(imports, i)
                i += ln
            kind = imports[i]
            i += 1
            if kind == 0:
                n_imported += 1
                _, i = leb(imports, i)
            elif kind == 1:
                i += 1
                flags = imports[i]
                _, i = leb(imports, i + 1)
                if flags & 1:
                    _, i = leb(imports, i)
            elif kind == 2:
                flags = imports[i]
                _, i = leb(imports, i + 1)
                if flags & 1:
                    _, i = leb(imports, i)
            elif kind == 3:
                i += 2
    count, i = leb(code, 0)
    bodies = []
    for f in range(count):
        size, j = leb(code, i)
        bodies.append((size, demangle(names.get(n_imported + f, f"func[{f}]"))))
        i = j + size
    bodies.sort(reverse=True)
    print(f"\n{top} largest functions of {count} ({sum(s for s, _ in bodies) / 1024:.1f} KB of code):")
    for size, name in bodies[:top]:
        print(f"{size / 1024:>8.1f} KB  {name[:110]}")


if __name__ == "__main__":
    main()
